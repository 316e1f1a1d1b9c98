// `npm run screenshots`: renders demo/gallery.html in headless Chromium and
// saves one PNG per state into docs/screenshots/. Run after the build.
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, ensureChrome } from './chrome.mjs';

const STATES = ['loading', 'idle', 'connecting', 'connected', 'error'];
const OUT = 'docs/screenshots';

mkdirSync(OUT, { recursive: true });
// Module scripts do not load from file://, so the repository is served on loopback for the shot.
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.map': 'application/json' };
const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^([/\\.])+/, '');
  try {
    const body = await readFile(join(process.cwd(), path));
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await puppeteer.launch({ executablePath: ensureChrome(), args: CHROME_ARGS, headless: true });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 800, deviceScaleFactor: 2 });
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await page.goto(`http://127.0.0.1:${server.address().port}/demo/gallery.html`, { waitUntil: 'load' });
  // Every element has left loading, except the one that must stay there.
  await page.waitForFunction(() =>
    [...document.querySelectorAll('b24-call-status')].every((el) => el.closest('#loading') || el.getAttribute('state') !== 'loading')
  );
  for (const state of STATES) {
    const figure = await page.$(`#${state}`);
    await figure.screenshot({ path: `${OUT}/${state}.png` });
    console.log(`${OUT}/${state}.png`);
  }
} finally {
  await browser.close();
  server.close();
}
