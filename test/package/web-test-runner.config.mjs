// `web-test-runner --config test/package/web-test-runner.config.mjs` (a step of `npm test`, after
// the build): the "data in your own UI" apps run in headless Chromium from the packed tarball,
// each bundled in a consumer project that installs only the tarball and its framework
// (./consumers.mjs: React 18 and 19, Vue, Svelte, Angular, Lit). The projects are made, type-
// checked and bundled before the browser starts; /__installed__/<name>.js serves each bundle.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHROME_ARGS, ensureChrome } from '../../scripts/chrome.mjs';
import { summaryReporter } from '../../scripts/summary-reporter.mjs';
import { framedRunnerHtml } from '../support/framed-runner.mjs';
import { buildConsumers } from './consumers.mjs';

const { scratch, bundles } = await buildConsumers();
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

const installedApps = {
  name: 'installed-apps',
  serve(context) {
    const name = /^\/__installed__\/([\w-]+)\.js$/.exec(context.path)?.[1];
    return name && bundles[name] ? { body: bundles[name], type: 'js' } : undefined;
  },
};

export default {
  rootDir: fileURLToPath(new URL('../..', import.meta.url)),
  files: ['test/package/installed.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'], browser: true },
  reporters: [defaultReporter(), summaryReporter()],
  plugins: [esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)), target: 'es2022' }), installedApps],
  // Framed, as in Bitrix24 (a page that is not framed has no call card).
  testRunnerHtml: framedRunnerHtml,
  browsers: [chromeLauncher({ launchOptions: { executablePath: ensureChrome(), args: CHROME_ARGS } })],
  testFramework: { config: { timeout: 20000 } },
};
