// `npm test`: type check, lint, generated files current, build, typings, the packed package, size, then the browser tests.
// Each step prints its name and time; the first failure stops the run.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureChrome } from './chrome.mjs';

const bin = (name) => join('node_modules', '.bin', name);

function run(title, cmd, args) {
  const start = Date.now();
  console.log(`\n▶ ${title}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  const secs = ((Date.now() - start) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`✖ ${title} failed (${secs} s)`);
    process.exit(r.status ?? 1);
  }
  console.log(`✔ ${title} (${secs} s)`);
}

process.env.CHROME_PATH = ensureChrome();
run('type check', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
run('lint: eslint', bin('eslint'), ['.']);
run('lint: lit-analyzer', bin('lit-analyzer'), ['src', '--strict', '--quiet']);
run('manifest, editor data, typings, README API: generated and current', 'node', ['scripts/check-generated.mjs']);
run('build (tsc + rollup)', 'npm', ['run', 'build', '--silent']);
run('the ES build imports in Node', 'node', ['-e', "import('./dist/index.js').then((m) => { if (!m.B24CallStatus) process.exit(1); })"]);
run('server rendering: @lit-labs/ssr in Node', 'node', ['--test-reporter=spec', 'test/ssr/render.mjs']);
run('server rendering: the React hook and the Vue composable in Node', 'node', ['--test-reporter=spec', '--test', 'test/frameworks/ssr-bindings.mjs']);
run('type check: the framework apps, against the build', bin('tsc'), ['-p', 'test/types/tsconfig.apps.json']);
run('type check: the React wrapper, React 18 and Preact apps, against the build', bin('tsc'), ['-p', 'test/frameworks/tsconfig.json']);
run('typings: Svelte templates (svelte-check)', 'node', ['test/frameworks/svelte-check.mjs']);
run('typings: React 19 JSX (tsc)', bin('tsc'), ['-p', 'test/types/tsconfig.json']);
run('typings: Vue templates (vue-tsc)', bin('vue-tsc'), ['-p', 'test/types/tsconfig.vue.json']);
run('package: npm pack files as expected', 'node', ['test/package/pack-files.mjs']);
run('package: the tarball\'s types stand alone (tsc, vue-tsc, svelte-check)', 'node', ['test/package/tarball-types.mjs']);
run('package: every binding from the tarball, in consumer projects that install only it and their framework (headless Chromium)', bin('web-test-runner'), ['--config', 'test/package/web-test-runner.config.mjs']);
run('size budget', 'node', ['scripts/size.mjs']);
run('benchmarks, quick: every bench completes', 'node', ['bench/run.mjs', '--quick']);
run('browser tests (headless Chromium)', bin('web-test-runner'), []);
