// `npm start`: bundles the demo with esbuild, then serves the emulated portal
// and the app page from two different origins, so that the origin checks of
// the protocol run for real. Plain node:http; no network needed.
//   PORTAL_PORT (default 8000) → http://localhost:PORT/
//   APP_PORT    (default 8001) → http://127.0.0.1:PORT/app.html
// The portal origin also serves REST (/rest/…, demo/rest-server.mjs).
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { handleRest } from './rest-server.mjs';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const portalPort = Number(process.env.PORTAL_PORT ?? 8000);
const appPort = Number(process.env.APP_PORT ?? 8001);
const portalUrl = `http://localhost:${portalPort}/`;
const appUrl = `http://127.0.0.1:${appPort}/app.html`;

const started = Date.now();
const bundle = await build({
  entryPoints: { 'portal-ui': here('./portal-ui.ts'), app: here('./app.ts') },
  bundle: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  sourcemap: 'inline',
  tsconfig: here('../tsconfig.json'),
  outdir: here('./.out'),
  write: false,
  logLevel: 'warning',
});
const js = (name) => bundle.outputFiles.find((f) => f.path.endsWith(`${name}.js`)).contents;

// The HTML pages load `./x.ts`: here that name serves the bundle, while the
// e2e tests' dev server compiles the same page's TypeScript itself.
const portalIndex = (await readFile(here('./index.html'), 'utf8')).replace('%APP_URL%', appUrl);
const routes = {
  portal: { '/': ['text/html', portalIndex], '/index.html': ['text/html', portalIndex], '/portal-ui.ts': ['text/javascript', js('portal-ui')] },
  app: { '/': ['text/html', await readFile(here('./app.html'))], '/app.html': ['text/html', await readFile(here('./app.html'))], '/app.ts': ['text/javascript', js('app')] },
};

function serve(name, port, host) {
  const server = createServer((req, res) => {
    // The portal's REST endpoint (and its controls), on the portal's origin as in Bitrix24.
    if (name === 'portal' && handleRest(req, res)) return;
    const route = routes[name][new URL(req.url ?? '/', 'http://x').pathname];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, { 'content-type': `${route[0]}; charset=utf-8`, 'cache-control': 'no-store' }).end(route[1]);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

try {
  await serve('portal', portalPort, 'localhost');
  await serve('app', appPort, '127.0.0.1');
} catch (e) {
  console.error(`Cannot serve the demo: ${e.message} (set PORTAL_PORT / APP_PORT to free ports)`);
  process.exit(1);
}
console.log(`Bundled in ${Date.now() - started} ms.`);
console.log(`Portal (open this): ${portalUrl}`);
console.log(`App in its call card: ${appUrl}`);
console.log('Ctrl+C stops.');
