// Consumer projects as users have them: `npm install <tarball> <framework>`, then their bundler.
// Each project, in a scratch folder outside the repository, holds the packed package (its
// files only), what npm installs with it (its dependencies and required peers: not its optional
// peers), and the framework the app uses, linked from the repository's node_modules so no
// network is needed; nothing else. Its app is one of test/frameworks' "data in your own UI"
// apps, copied in, type-checked there (tsc, vue-tsc or svelte-check, skipLibCheck off), and
// bundled by esbuild from there. A missing dependency (say @lit/react left an optional peer)
// fails the bundle as it fails a user's build.
// Used by test/package/web-test-runner.config.mjs; run after the build (`npm test` does).
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_BUILD, svelte, vue } from '../frameworks/bundle-apps.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const modules = join(repo, 'node_modules');
const frameworks = join(repo, 'test/frameworks');

const ANGULAR = ['@angular/core', '@angular/common', '@angular/compiler', '@angular/platform-browser', 'rxjs', 'tslib'];

/**
 * Each consumer: what it installs beside the package (name → the folder in the repository's
 * node_modules that stands for it), the app folders it copies from test/frameworks, its entry,
 * and the checker its sources pass.
 */
export const CONSUMERS = {
  react18: { install: { react: 'react18', 'react-dom': 'react-dom18', '@types/react': '@types/react', '@types/react-dom': '@types/react-dom' }, apps: ['react-data'], entry: 'react-data/app.tsx', check: 'tsc' },
  react19: { install: { react: 'react', 'react-dom': 'react-dom', '@types/react': '@types/react', '@types/react-dom': '@types/react-dom' }, apps: ['react-data'], entry: 'react-data/app.tsx', check: 'tsc' },
  vue: { install: { vue: 'vue' }, apps: ['vue-data'], entry: 'vue-data/app.ts', check: 'vue-tsc' },
  svelte: { install: { svelte: 'svelte' }, apps: ['svelte-data'], entry: 'svelte-data/app.ts', check: 'svelte-check' },
  angular: { install: Object.fromEntries(ANGULAR.map((n) => [n, n])), apps: ['angular'], entry: 'angular/app.ts', check: 'tsc' },
  lit: { install: {}, apps: ['lit-data'], entry: 'lit-data/app.ts', check: 'tsc' },
};

// What every app copies beside its own folder.
const SHARED = ['data-probe.tsx', 'transports.ts'];

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2023', 'DOM', 'DOM.Iterable'],
    jsx: 'react-jsx', strict: true, noEmit: true, skipLibCheck: false, types: [], isolatedModules: true,
    // Lit's reactive properties are accessors on the prototype: class fields must not shadow them.
    useDefineForClassFields: false,
  },
  vueCompilerOptions: { strictTemplates: true },
  include: ['src'],
};

const link = (project, name, target = name) => {
  const at = join(project, 'node_modules', name);
  if (existsSync(at)) return;
  mkdirSync(dirname(at), { recursive: true });
  symlinkSync(join(modules, target), at, 'dir');
};

/** Packs the package once (dist/ already built) into `dir`; the tarball's path. */
export function pack(dir) {
  const packed = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: repo, encoding: 'utf8' }))[0];
  return join(dir, packed.filename);
}

/** A consumer project in `dir`: the package from `tarball`, what npm would install with it, the framework, the app. */
export function makeConsumer(dir, name, tarball) {
  const consumer = CONSUMERS[name];
  const pkgDir = join(dir, 'node_modules', 'b24-call-status');
  mkdirSync(pkgDir, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', pkgDir, '--strip-components=1']);
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  // npm installs dependencies and required peers (hoisted beside the package); optional peers only when the app has them.
  const required = Object.keys(pkg.peerDependencies ?? {}).filter((p) => !pkg.peerDependenciesMeta?.[p]?.optional);
  for (const dep of [...Object.keys(pkg.dependencies ?? {}), ...required]) link(dir, dep);
  for (const [as, target] of Object.entries(consumer.install)) link(dir, as, target);
  for (const app of consumer.apps) cpSync(join(frameworks, app), join(dir, 'src', app), { recursive: true });
  for (const file of SHARED) cpSync(join(frameworks, file), join(dir, 'src', file));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `consumer-${name}`, private: true, type: 'module' }));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(TSCONFIG, null, 2));
  return dir;
}

/** The consumer's sources type-checked as its users' would be; throws with the checker's output. */
export function typeCheck(dir, name) {
  const { check } = CONSUMERS[name];
  const bin = {
    tsc: [join(modules, 'typescript/bin/tsc'), '-p', 'tsconfig.json', '--pretty', 'false'],
    'vue-tsc': [join(modules, 'vue-tsc/bin/vue-tsc.js'), '-p', 'tsconfig.json', '--pretty', 'false'],
    'svelte-check': [join(modules, 'svelte-check/bin/svelte-check'), '--workspace', dir, '--tsconfig', './tsconfig.json', '--output', 'machine', '--fail-on-warnings'],
  }[check];
  const r = spawnSync(process.execPath, bin, { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${name}: ${check} refuses the app against the packed package:\n${r.stdout}${r.stderr}`);
}

// The framework from the project, whoever imports it: a linked package's own imports resolve
// from its real folder in the repository, where another version may sit (react-dom 18 would
// find React 19 there). A user's project has one copy; so does this.
const dedupe = (dir, names) => ({
  name: 'dedupe',
  setup(b) {
    const filter = new RegExp(`^(${names.map((n) => n.replace(/[/.]/g, '\\$&')).join('|')})(/|$)`);
    b.onResolve({ filter }, (args) => (args.resolveDir.startsWith(dir) || args.pluginData === 'dedupe' ? undefined : b.resolve(args.path, { kind: args.kind, resolveDir: dir, pluginData: 'dedupe' })));
  },
});

/** The consumer's app bundled by esbuild from its own folder, as its users' bundler would: the bundle's text. */
export async function bundle(dir, name) {
  const { entry, install } = CONSUMERS[name];
  const r = await build({
    ...APP_BUILD,
    entryPoints: [join(dir, 'src', entry)],
    absWorkingDir: dir,
    tsconfig: join(dir, 'tsconfig.json'),
    plugins: [dedupe(dir, Object.keys(install)), svelte, vue],
  });
  return r.outputFiles[0].text;
}

/** Every consumer made, checked and bundled in a fresh scratch folder: name → bundle text. */
export async function buildConsumers(names = Object.keys(CONSUMERS)) {
  const scratch = mkdtempSync(join(tmpdir(), 'b24-call-status-consumers-'));
  const tarball = pack(scratch);
  const bundles = {};
  for (const name of names) {
    const dir = makeConsumer(join(scratch, name), name, tarball);
    try {
      typeCheck(dir, name);
      bundles[name] = await bundle(dir, name);
    } catch (e) {
      // esbuild's own message lists each unresolved import; the project stays for a look.
      const detail = e.errors?.map((m) => `${m.location?.file ?? ''}: ${m.text}`).join('\n') ?? '';
      throw new Error(`✖ consumer "${name}" (kept at ${dir}): ${e.message}\n${detail}`, { cause: e });
    }
  }
  return { scratch, bundles };
}
