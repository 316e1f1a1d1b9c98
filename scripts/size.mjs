// The size budget (gzip -9): the self-contained bundle, the package's own code
// with Lit left out, and Lit alone as the baseline. Run after the build.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { bundlePlugins } from '../rollup.config.mjs';

const BUDGET = { bundle: 10.0, own: 4.0 };
const LIT = /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/;
const gz = (code) => gzipSync(code, { level: 9 }).length / 1000;

// Minified exactly as the bundle is; `external` leaves Lit out.
async function minified(input, external) {
  const plugins = [...bundlePlugins()];
  if (input.startsWith('\0')) plugins.unshift({ name: 'entry', resolveId: (id) => (id === input ? id : null), load: (id) => (id === input ? LIT_ENTRY : null) });
  const bundle = await rollup({ input, external, plugins, onwarn: () => {} });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return output[0].code;
}

// What the element takes from Lit, and nothing more.
const LIT_ENTRY = "export { LitElement, html, css, nothing } from 'lit';\nexport { property, state } from 'lit/decorators.js';";

const sizes = {
  bundle: gz(readFileSync('dist/b24-call-status.bundle.js')),
  own: gz(await minified('dist/index.js', (id) => LIT.test(id))),
  lit: gz(await minified('\0lit-entry')),
};
const row = (name, kb, budget) => `  ${name.padEnd(44)} ${kb.toFixed(2).padStart(6)} KB${budget ? `  (budget ${budget.toFixed(1)} KB)` : ''}`;
console.log('gzip -9 sizes:');
console.log(row('dist/b24-call-status.bundle.js (Lit included)', sizes.bundle, BUDGET.bundle));
console.log(row('the package\'s own code (Lit excluded)', sizes.own, BUDGET.own));
console.log(row('Lit alone, as the element uses it (baseline)', sizes.lit));
const over = Object.keys(BUDGET).filter((k) => sizes[k] > BUDGET[k]);
if (over.length) {
  console.error(`✖ over budget: ${over.join(', ')}`);
  process.exit(1);
}
