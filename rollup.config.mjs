// The two self-contained browser files. `tsc -p tsconfig.build.json` has
// already written the ES build (dist/*.js, dist/locales/*.js, .d.ts, maps);
// both bundles start from it, so the code is compiled once.
import { createHash } from 'node:crypto';
import { readFileSync, existsSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import htmlLiterals from 'rollup-plugin-html-literals';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

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

// Terser leaves template literals alone: the styles' whitespace and comments, and the
// markup's, are pure weight. minify-literals (through this plugin) minifies html`` with
// html-minifier-terser and css`` with clean-css, keeping the bindings.
const templates = htmlLiterals({ include: [/\/dist\/[^/]+\.js$/, /\/dist\/internal\/[^/]+\.js$/], failOnError: true });

// The CDN snippet for each browser file, pinned to this version, with its Subresource
// Integrity hash (of the file as written, so after the source map comment is added).
const sri = (attrs) => ({
  name: 'sri',
  writeBundle(options) {
    const hash = createHash('sha384').update(readFileSync(options.file)).digest('base64');
    const src = `https://cdn.jsdelivr.net/npm/b24-call-status@${version}/${options.file}`;
    console.log(`<script ${attrs}src="${src}"\n  integrity="sha384-${hash}" crossorigin="anonymous"></script>`);
  },
});

// tsc's decorator helper reads a top-level `this`; in a module that is undefined, as intended.
const onwarn = (warning, warn) => {
  if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
};

/** Resolve Lit's production build, keep the maps, minify: shared with scripts/size.mjs. */
export const bundlePlugins = ({ module = true } = {}) => [
  tscSourceMaps,
  templates,
  nodeResolve({ exportConditions: ['production'] }),
  terser({ ecma: 2022, module, compress: { passes: 2 }, format: { comments: false } }),
];

export default [
  {
    input: ENTRY,
    onwarn,
    plugins: [...bundlePlugins(), sri('type="module" ')],
    output: { file: 'dist/b24-call-status.bundle.js', format: 'es', sourcemap: true },
  },
  {
    input: IIFE_ENTRY,
    onwarn,
    // Not a module: the top-level `var B24CallStatus` must survive minifying.
    plugins: [iifeEntry, ...bundlePlugins({ module: false }), sri('')],
    output: { file: 'dist/b24-call-status.iife.js', format: 'iife', name: 'B24CallStatus', exports: 'default', sourcemap: true },
  },
];
