// `npm run screenshots`: renders demo/gallery.html in headless Chromium and
// saves one PNG per state into docs/screenshots/. Run after the build.
import { mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, ensureChrome } from './chrome.mjs';

const STATES = ['loading', 'idle', 'connecting', 'connected', 'error'];
const OUT = 'docs/screenshots';

mkdirSync(OUT, { recursive: true });
const browser = await puppeteer.launch({ executablePath: ensureChrome(), args: CHROME_ARGS, headless: true });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 800, deviceScaleFactor: 2 });
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await page.goto(pathToFileURL('demo/gallery.html').href, { waitUntil: 'load' });
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
}
