import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { CHROME_ARGS, ensureChrome } from './scripts/chrome.mjs';

const executablePath = ensureChrome();
const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

export default {
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig, target: 'es2022' })],
  browsers: [chromeLauncher({ launchOptions: { executablePath, args: CHROME_ARGS } })],
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
  concurrency: 2,
  files: 'test/**/*.test.ts',
};
