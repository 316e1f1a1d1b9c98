// A web-test-runner plugin: `/__ssr__/card.html` is what render-card.mjs prints, made in a
// Node process of its own (the server render installs Lit's DOM shim on its globals). Once per run.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./render-card.mjs', import.meta.url));

export function ssrPages() {
  let card;
  return {
    name: 'ssr-pages',
    async serve(context) {
      if (context.path !== '/__ssr__/card.html') return undefined;
      card ??= promisify(execFile)(process.execPath, [script]).then((r) => r.stdout);
      return { body: await card, type: 'html' };
    },
  };
}
