// A web-test-runner plugin: `/__apps__/<name>.js` is test/frameworks/<name>/app.ts(x)
// bundled by esbuild, as a user's bundler would, with `b24-call-status`
// resolved to the built package (dist/). Bundles are made once per run.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'svelte/compiler';
import { compileScript, parse } from 'vue/compiler-sfc';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const root = here('../../');

/** How an app is bundled for the browser, as its users' bundler would: shared with the tarball's consumers (test/package/consumers.mjs). */
export const APP_BUILD = {
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  sourcemap: 'inline',
  logLevel: 'silent',
  jsx: 'automatic',
  define: {
    'process.env.NODE_ENV': '"development"',
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
};

const options = {
  ...APP_BUILD,
  absWorkingDir: root,
  tsconfig: `${root}tsconfig.json`,
  // Lit's production build, as a user's production bundle gets it.
  conditions: ['production'],
  alias: {
    'b24-call-status/react': './dist/react.js',
    'b24-call-status/vue': './dist/vue.js',
    'b24-call-status/core': './dist/core/index.js',
    'b24-call-status': './dist/index.js',
    // Vue's full build: the app's template is compiled in the browser.
    vue: 'vue/dist/vue.esm-bundler.js',
  },
};

// .svelte files, compiled as a Svelte bundler plugin would (styles injected by the component).
export const svelte = {
  name: 'svelte',
  setup(b) {
    b.onLoad({ filter: /\.svelte$/ }, async ({ path }) => {
      const { js } = compile(await readFile(path, 'utf8'), { filename: path, generate: 'client', css: 'injected', dev: false });
      return { contents: js.code, loader: 'js', resolveDir: dirname(path) };
    });
  },
};

// .vue files (script setup, template inlined), compiled as @vitejs/plugin-vue would, with
// the `b24-` tags left to the browser as custom elements.
export const vue = {
  name: 'vue',
  setup(b) {
    b.onLoad({ filter: /\.vue$/ }, async ({ path }) => {
      const compilerOptions = { isCustomElement: (tag) => tag.startsWith('b24-') };
      const { descriptor, errors } = parse(await readFile(path, 'utf8'), { filename: path, templateParseOptions: compilerOptions });
      if (errors.length) throw errors[0];
      const id = path.replace(/\W/g, '').slice(-8);
      const script = compileScript(descriptor, {
        id,
        inlineTemplate: true,
        templateOptions: { compilerOptions },
      });
      return { contents: script.content, loader: 'ts', resolveDir: dirname(path) };
    });
  },
};

// An app bundled with another version of a library than the installed one: the npm aliases of it.
const aliases = {
  react18: { react: 'react18', 'react-dom': 'react-dom18' },
  'react18-data': { react: 'react18', 'react-dom': 'react-dom18' },
};

export function frameworkApps() {
  const bundles = new Map();
  return {
    name: 'framework-apps',
    async serve(context) {
      const name = /^\/__apps__\/([\w-]+)\.js$/.exec(context.path)?.[1];
      if (!name) return undefined;
      const entry = ['app.ts', 'app.tsx'].map((f) => here(`./${name}/${f}`)).find(existsSync);
      if (!entry) return undefined;
      if (!bundles.has(name)) bundles.set(name, build({ ...options, alias: { ...options.alias, ...aliases[name] }, plugins: [svelte, vue], entryPoints: [entry] }).then((r) => r.outputFiles[0].text));
      return { body: await bundles.get(name), type: 'js' };
    },
  };
}
