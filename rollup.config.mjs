// The two self-contained browser files. `tsc -p tsconfig.build.json` has
// already written the ES build (dist/*.js, dist/locales/*.js, .d.ts, maps);
// both bundles start from it, so the code is compiled once.
import { readFileSync, existsSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const ENTRY = 'dist/index.js';

// Chain the tsc maps (sources inlined) so the bundles' maps lead back to src/.
const tscSourceMaps = {
  name: 'tsc-source-maps',
  load(id) {
    if (!id.includes('/dist/') || !existsSync(`${id}.map`)) return null;
    return { code: readFileSync(id, 'utf8'), map: readFileSync(`${id}.map`, 'utf8') };
  },
};

// The classic script exposes the class that owns the tag, which is another
// copy's when one was defined first.
const IIFE_ENTRY = '\0iife-entry';
const iifeEntry = {
  name: 'iife-entry',
  resolveId: (id) => (id === IIFE_ENTRY ? id : null),
  load: (id) =>
    id === IIFE_ENTRY
      ? `import { B24CallStatus, TAG } from './${ENTRY}';\nexport default globalThis.customElements?.get(TAG) ?? B24CallStatus;`
      : null,
};

// Terser leaves template literals alone: the styles' indentation and comments,
// and the line breaks that only format html`` templates, are pure weight.
// Also `[part='x']` → `[part=x]` and `0.5em` → `.5em`, as CSS minifiers do.
const squeezeCss = (body) =>
  body
    .replace(/\/\*[^]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}')
    .replace(/\[([\w-]+)='([\w-]+)'\]/g, '[$1=$2]')
    .replace(/([\s:,(])0\.(\d)/g, '$1.$2')
    .trim();
const squeezeTemplates = {
  name: 'squeeze-templates',
  transform(code, id) {
    if (!/\/dist\/[^/]+\.js$/.test(id)) return null;
    const out = code
      .replace(/\bcss\s*`([^`$]*)`/g, (_, body) => `css\`${squeezeCss(body)}\``)
      // A line break plus indentation between tags or bindings is one space to HTML: keep just the space.
      .replace(/([>}])\n\s*(<|\$\{)/g, '$1 $2');
    return out === code ? null : { code: out, map: null };
  },
};

// tsc's decorator helper reads a top-level `this`; in a module that is undefined, as intended.
const onwarn = (warning, warn) => {
  if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
};

/** Resolve Lit's production build, keep the maps, minify: shared with scripts/size.mjs. */
export const bundlePlugins = ({ module = true } = {}) => [
  tscSourceMaps,
  squeezeTemplates,
  nodeResolve({ exportConditions: ['production'] }),
  terser({ ecma: 2022, module, compress: { passes: 2 }, format: { comments: false } }),
];

export default [
  {
    input: ENTRY,
    onwarn,
    plugins: bundlePlugins(),
    output: { file: 'dist/b24-call-status.bundle.js', format: 'es', sourcemap: true },
  },
  {
    input: IIFE_ENTRY,
    onwarn,
    // Not a module: the top-level `var B24CallStatus` must survive minifying.
    plugins: [iifeEntry, ...bundlePlugins({ module: false })],
    output: { file: 'dist/b24-call-status.iife.js', format: 'iife', name: 'B24CallStatus', exports: 'default', sourcemap: true },
  },
];
