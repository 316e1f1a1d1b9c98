import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { restMiddleware } from './demo/rest-server.mjs';
import { CHROME_ARGS, ensureChrome } from './scripts/chrome.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { frameworkApps } from './test/frameworks/bundle-apps.mjs';
import { ssrPages } from './test/ssr/ssr-pages.mjs';
import { framedRunnerHtml, topRunnerHtml } from './test/support/framed-runner.mjs';

const executablePath = ensureChrome();
// `web-test-runner test/x.test.ts` runs just the files named, not every group.
const NAMED_FILES = process.argv.slice(2).some((a) => /\.test\.[jt]s$/.test(a));
const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));
const chrome = (extra = []) => chromeLauncher({ launchOptions: { executablePath, args: [...CHROME_ARGS, ...extra] } });

// The page test/csp.test.ts loads: served as a locked-down production page would be.
const STRICT_PAGE = '/test/csp/strict.html';
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
async function strictCsp(ctx, next) {
  await next();
  if (ctx.path === STRICT_PAGE) ctx.set('Content-Security-Policy', STRICT_CSP);
}

// One group per kind of test; `web-test-runner --group NAME` runs one.
export default {
  // restMiddleware: the emulated portal's REST endpoint (demo/rest-server.mjs) on the test server.
  middleware: [restMiddleware(), strictCsp],
  // browser: the "browser" field too (axios, inside b24jssdk, maps its Node adapters away there).
  nodeResolve: { exportConditions: ['browser', 'development'], browser: true },
  reporters: [defaultReporter(), summaryReporter()],
  plugins: [esbuildPlugin({ ts: true, tsconfig, target: 'es2022' }), frameworkApps(), ssrPages(), a11ySnapshotPlugin()],
  browsers: [chrome()],
  // Framed, as in Bitrix24 (see test/support/framed-runner.mjs); the a11y group reads the
  // accessibility tree of the top page, so it runs unframed with plain transports.
  testRunnerHtml: framedRunnerHtml,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 600000,
  concurrency: 2,
  groups: [
    // The element, the model and the adapters, against in-page stand-ins.
    { name: 'unit', files: ['test/*.test.ts', 'test/core/**/*.test.ts', '!test/a11y.test.ts', '!test/unframed.test.ts'] },
    // Unframed: the accessibility tree is read from the top page (plain transports there), and a page not in a frame is tested.
    { name: 'top', files: ['test/a11y.test.ts', 'test/unframed.test.ts'], testRunnerHtml: topRunnerHtml },
    // The portal emulator and the real b24jssdk across two origins.
    { name: 'e2e', files: 'test/e2e/**/*.test.ts' },
    // Vue, React 18/19, Preact, Svelte, Angular and plain-HTML apps using the built package.
    { name: 'frameworks', files: 'test/frameworks/**/*.test.ts' },
    // The server-rendered element (test/ssr/render-card.mjs) hydrated in the browser.
    { name: 'ssr', files: 'test/ssr/**/*.test.ts' },
    // Leak checks that need a forced GC.
    { name: 'gc', files: 'test/gc/**/*.test.ts', browsers: [chrome(['--js-flags=--expose-gc', '--enable-precise-memory-info'])] },
  ].filter((g) => existsSync([g.files].flat()[0].split('/*')[0]) && !NAMED_FILES),
};
