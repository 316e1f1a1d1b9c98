// `npm run screenshots`: renders demo/gallery.html in headless Chromium and saves into
// docs/screenshots/ one contact sheet per page theme, language and frame width (every state),
// two sheets without CRM names, and the single pictures the README shows. Run after the build.
// The OS theme is emulated dark throughout: a light page must still get a light widget.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, ensureChrome } from './chrome.mjs';

const OUT = 'docs/screenshots';
const SHEETS = [];
// Light and dark, on a b24ui page (its --ui-* tokens) and on a plain one; the glass themes (b24ui only).
for (const theme of ['light', 'dark']) for (const tokens of [true, false]) for (const lang of ['en', 'ru']) for (const width of [320, 440]) SHEETS.push({ theme, tokens, lang, width, names: true });
for (const theme of ['edge-light', 'edge-dark']) for (const lang of ['en', 'ru']) for (const width of [320, 440]) SHEETS.push({ theme, tokens: true, lang, width, names: true });
for (const width of [320, 440]) SHEETS.push({ theme: 'light', tokens: true, lang: 'en', width, names: false });
// The README's pictures: [file, figure id, page query].
const SINGLES = [
  ['connected.png', 'connected', { theme: 'light', lang: 'en', width: 440 }],
  ['connected-dark.png', 'connected', { theme: 'dark', lang: 'en', width: 440 }],
  ['connected-ru.png', 'connected', { theme: 'light', lang: 'ru', width: 440 }],
  ['loading.png', 'loading', { theme: 'light', lang: 'en', width: 440 }],
  ['idle.png', 'idle', { theme: 'light', lang: 'en', width: 440 }],
  ['connecting.png', 'connecting', { theme: 'light', lang: 'en', width: 440 }],
  ['ended.png', 'ended', { theme: 'light', lang: 'en', width: 440 }],
  ['not-in-crm.png', 'not-in-crm', { theme: 'light', lang: 'en', width: 440 }],
  ['stale.png', 'stale', { theme: 'light', lang: 'en', width: 440 }],
  ['error.png', 'err-timeout', { theme: 'light', lang: 'en', width: 440 }],
  ['error-admin.png', 'err-wrong-placement', { theme: 'light', lang: 'en', width: 440 }],
  ['edge.png', 'connected', { theme: 'edge-dark', lang: 'en', width: 440 }],
  ['narrow.png', 'long', { theme: 'light', lang: 'en', width: 320 }],
];

mkdirSync(OUT, { recursive: true });
for (const old of readdirSync(OUT)) if (old.endsWith('.png')) rmSync(join(OUT, old));
// Module scripts do not load from file://, so the repository is served on loopback for the shot.
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };
// The gallery runs framed, as the widget does in a call card (an unframed page is NO_APP_CONTEXT for
// BX24 and b24jssdk hosts): this page only holds it in an iframe as tall as its content.
const FRAMED = `<!doctype html><meta charset="utf-8"><style>body{margin:0}iframe{border:0;width:100%;display:block}</style><iframe id="gallery"></iframe>
<script type="module">const f = document.getElementById('gallery'); f.src = '/demo/gallery.html' + location.search;</script>`;
const server = createServer(async (req, res) => {
  if (new URL(req.url, 'http://x').pathname === '/framed.html') return void res.writeHead(200, { 'content-type': 'text/html' }).end(FRAMED);
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^([/\\.])+/, '');
  try {
    const body = await readFile(join(process.cwd(), path));
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}/framed.html`;
const browser = await puppeteer.launch({ executablePath: ensureChrome(), args: CHROME_ARGS, headless: true });

async function open(query, scale) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1600, height: 900, deviceScaleFactor: scale });
  await page.emulateMediaFeatures([
    { name: 'prefers-reduced-motion', value: 'reduce' },
    { name: 'prefers-color-scheme', value: 'dark' },
  ]);
  const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v === true ? 1 : v === false ? 0 : v)]));
  await page.goto(`${base}?${qs}`, { waitUntil: 'load' });
  const gallery = await (await page.waitForSelector('#gallery')).contentFrame();
  await gallery.waitForFunction(() => !!window.galleryReady);
  await gallery.evaluate(() => window.galleryReady);
  await page.evaluate(() => {
    const f = document.getElementById('gallery');
    f.style.height = `${f.contentDocument.documentElement.scrollHeight}px`;
    // Laid out at its new height before the picture is taken.
    return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  return { page, gallery };
}

const saved = [];
try {
  for (const sheet of SHEETS) {
    const { page } = await open(sheet, 1);
    const file = `${OUT}/sheet-${sheet.theme}-${sheet.tokens ? 'b24ui' : 'plain'}-${sheet.lang}-${sheet.width}${sheet.names ? '' : '-no-names'}.png`;
    await page.screenshot({ path: file, fullPage: true });
    saved.push(file);
    await page.close();
  }
  for (const [name, id, query] of SINGLES) {
    const { page, gallery } = await open({ ...query, only: id }, 2);
    const file = `${OUT}/${name}`;
    await (await gallery.$(`#${id} .frame`)).screenshot({ path: file });
    saved.push(file);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(saved.join('\n'));
