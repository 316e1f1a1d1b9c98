// Serves the bench's portal page (http://localhost) and app page
// (http://127.0.0.1), two origins as in Bitrix24, and drives them in headless
// Chromium. The pages' TypeScript is bundled once with esbuild, minified.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, ensureChrome } from '../scripts/chrome.mjs';
import { handleRest } from '../demo/rest-server.mjs';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const page = (script) => `<!doctype html><meta charset="utf-8"><body><script type="module" src="/${script}.js"></script>`;

async function bundle() {
  const { outputFiles } = await build({
    entryPoints: { portal: here('./portal-page.ts'), app: here('./app-page.ts') },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    minify: true,
    tsconfig: here('../tsconfig.json'),
    outdir: here('./.out'),
    write: false,
    logLevel: 'warning',
  });
  const js = (name) => outputFiles.find((f) => f.path.endsWith(`/${name}.js`)).contents;
  return { '/portal.html': ['text/html', page('portal')], '/portal.js': ['text/javascript', js('portal')], '/app.html': ['text/html', page('app')], '/app.js': ['text/javascript', js('app')] };
}

function listen(routes, host) {
  const server = createServer((req, res) => {
    // The portal origin also answers REST (CRM names), as Bitrix24 does.
    if (host === 'localhost' && handleRest(req, res)) return;
    const route = routes[new URL(req.url ?? '/', 'http://x').pathname];
    if (!route) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': `${route[0]}; charset=utf-8` }).end(route[1]);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve(server));
  });
}

/** Starts the servers and Chromium on the portal page; `load(lib)` opens a fresh call card and returns its app frame. */
export async function openBench() {
  const routes = await bundle();
  const portalServer = await listen(routes, 'localhost');
  const appServer = await listen(routes, '127.0.0.1');
  const appUrl = `http://127.0.0.1:${appServer.address().port}/app.html`;
  const browser = await puppeteer.launch({
    executablePath: ensureChrome(),
    args: [...CHROME_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
    protocolTimeout: 120_000,
  });
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  await tab.goto(`http://localhost:${portalServer.address().port}/portal.html?app=${encodeURIComponent(appUrl)}`);
  await tab.waitForFunction(() => 'portalBench' in window);

  return {
    version: await browser.version(),
    counts: () => tab.evaluate(() => window.portalBench.counts()),
    async load(lib) {
      await tab.evaluate((l) => window.portalBench.load(l), lib);
      const frame = tab.frames().find((f) => f.url().startsWith(`${appUrl}?`) && f.url().includes(`lib=${lib}`) && !f.detached);
      if (!frame) throw new Error(`the app frame (${lib}) did not load`);
      await frame.waitForFunction(() => 'bench' in window);
      await frame.evaluate(() => window.bench.ready);
      return { run: (fn, ...args) => frame.evaluate(fn, ...args) };
    },
    async close() {
      await browser.close();
      portalServer.close();
      appServer.close();
      if (errors.length) console.warn(`Page errors:\n  ${errors.join('\n  ')}`);
    },
  };
}
