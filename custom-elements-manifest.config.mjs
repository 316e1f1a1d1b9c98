// `npm run analyze`: the manifest from the JSDoc in src/, then everything made from it by the
// standard generators. `npm test` runs it again and fails when a committed output differs
// (scripts/test.mjs, with the list below).
import { cemValidatorPlugin } from '@wc-toolkit/cem-validator';
import { modulePathResolverPlugin } from '@wc-toolkit/module-path-resolver';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementSveltePlugin } from 'custom-element-svelte-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';
import { distPaths, documentedEventsOnly, publicApiOnly, publicTypesExported, reactApi, readmeApi, typings, writeFile } from './scripts/cem-plugins.mjs';

/** Every file `npm run analyze` writes. */
export const generated = [
  'custom-elements.json',
  'vscode.html-custom-data.json',
  'vscode.css-custom-data.json',
  'web-types.json',
  'types/jsx.d.ts',
  'types/vue.d.ts',
  'types/svelte.d.ts',
  'types/react.d.ts',
  'types/preact.d.ts',
  'src/react-api.ts',
  'README.md',
];

// The generated typings sit in types/ and take the classes from the shipped entry.
const typed = { outdir: 'types', globalTypePath: '../dist/index.js', hideLogs: true };

// Svelte 5 also takes `on<event>` and plain property props, which the generator (Svelte 4's
// `on:` and `bind:`) does not write; and its `svelteHTML` namespace must be global to count.
const svelte5 = (text) =>
  text
    .replace(/^(\s*)"on:([\w-]+)"(\?: .*)$/gm, '$&\n$1"on$2"$3')
    .replace(/^(\s*)"bind:(\w+)"(\?: .*)$/gm, '$&\n$1"$2"$3')
    .replace(/declare namespace svelteHTML \{([^]*)\}\s*$/, 'declare global {\n  namespace svelteHTML {$1}\n}\n');

// Vue's templates turn \`@b24-status-change\` into the prop \`onB24StatusChange\`, which vue-tsc
// checks; the generator writes the event's own name (\`onb24-status-change\`), which it never matches.
// And the generator's \`DefineComponent<Props>\` takes only the element's own props, so under
// strictTemplates \`id\`, \`class\`, \`@click\` and every other global attribute were errors: the
// element takes what Vue's own elements take (runtime-dom's HTMLAttributes and ReservedProps), and
// data-* (a component's \`data-x\` reaches vue-tsc camelized, as \`dataX\`).
const VUE_ELEMENT = `
/** What Vue's own elements take (id, class, style, title, hidden, slot, aria-*, native events, key, ref), data-*, and the element's own props. */
type ElementProps<Own> = Own &
  Omit<HTMLAttributes & GlobalAttributes, keyof Own> &
  ReservedProps & { [data: \`data-\${string}\` | \`data\${Capitalize<string>}\`]: unknown };

/** The global attributes runtime-dom's HTMLAttributes leaves out. */
type GlobalAttributes = {
  slot?: string | undefined;
  part?: string | undefined;
  exportparts?: string | undefined;
  autofocus?: boolean | 'true' | 'false' | undefined;
  nonce?: string | undefined;
  popover?: boolean | '' | 'auto' | 'manual' | 'hint' | undefined;
};
`;
const vue = (text) =>
  text
    .replace(/"on([\w-]+)"(\?: \(e: \w+Event\))/g, (_, name, rest) => `on${name.replace(/(^|-)(\w)/g, (_m, _d, c) => c.toUpperCase())}${rest}`)
    .replace('import type { DefineComponent } from "vue";', `import type { DefineComponent, HTMLAttributes, ReservedProps } from "vue";\n${VUE_ELEMENT}`)
    .replace(/DefineComponent<(\w+Props)>/g, 'DefineComponent<ElementProps<$1>>');

// React 19 and Preact read custom elements' props from their JSX namespaces; the JSX
// generator leaves that augmentation to users, so it is shipped here.
const REACT = `import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { B24CallStatus } from '../dist/index.js';
import type { CustomElements } from './jsx.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'b24-call-status': DetailedHTMLProps<HTMLAttributes<B24CallStatus>, B24CallStatus> & CustomElements['b24-call-status'];
    }
  }
}
`;
const PREACT = `import type { CustomElements } from './jsx.js';

declare module 'preact' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the point is the extends
    interface IntrinsicElements extends CustomElements {}
  }
}
`;

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  litelement: true,
  plugins: [
    documentedEventsOnly,
    publicApiOnly,
    modulePathResolverPlugin({
      modulePathTemplate: (path) => path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js'),
    }),
    distPaths({ tag: 'b24-call-status', className: 'B24CallStatus' }),
    // Two rules do not fit, and publicTypesExported checks what the second meant to: the analyzer
    // writes schema 1.0.0, which is what the manifest follows; and the types the element uses are
    // exported from the entry (dist/index.js), not from the element's own module.
    cemValidatorPlugin({ logErrors: false, rules: { manifest: { schemaVersion: 'off', exportTypes: 'off' } } }),
    publicTypesExported,
    customElementVsCodePlugin({ outdir: './', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json', hideLogs: true }),
    // "web-types" is set in package.json by hand: the plugin's own packageJson option rewrites the file.
    customElementJetBrainsPlugin({ outdir: './', webTypesFileName: 'web-types.json', packageJson: false, hideLogs: true }),
    typings(customElementJsxPlugin({ ...typed, fileName: 'jsx.d.ts' }), 'types/jsx.d.ts'),
    typings(customElementVuejsPlugin({ ...typed, fileName: 'vue.d.ts' }), 'types/vue.d.ts', vue),
    typings(customElementSveltePlugin({ ...typed, fileName: 'svelte.d.ts' }), 'types/svelte.d.ts', svelte5),
    writeFile('types/react.d.ts', REACT),
    writeFile('types/preact.d.ts', PREACT),
    reactApi(),
    readmeApi(),
  ],
};
