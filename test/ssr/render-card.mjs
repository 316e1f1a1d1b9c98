// Server-renders `<b24-call-status>` with @lit-labs/ssr, from the built package as a
// server would import it. Run as a script, it prints the page fragment the hydration
// test (hydrate.test.ts, through ssr-pages.mjs) loads.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { fileURLToPath } from 'node:url';

/** The HTML @lit-labs/ssr makes of `template` (default: one bare element), once the package is imported. */
export async function renderCard(template) {
  await import('b24-call-status');
  return collectResult(render(template ?? html`<b24-call-status id="card"></b24-call-status>`));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.stdout.write(await renderCard());
