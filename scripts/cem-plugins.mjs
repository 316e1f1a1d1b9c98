// Our own analyzer plugins, around the standard ones in custom-elements-manifest.config.mjs:
// they trim the manifest to the public API, point it at dist/, and write what no
// standard generator writes (the README's API tables).
import { readFileSync, writeFileSync } from 'node:fs';

const toDist = (path) => path.replace(/^(\.\/)?src\//, 'dist/').replace(/\.ts$/, '.js');

/**
 * The analyzer also guesses events from dispatchEvent() calls; those guesses (unnamed, or
 * named after a local variable) duplicate the documented @fires entries, so they are dropped.
 */
export const documentedEventsOnly = {
  name: 'documented-events-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      for (const decl of mod.declarations ?? []) {
        if (decl.events) decl.events = decl.events.filter((e) => e.name && e.description);
      }
    }
  },
};

/**
 * Only what a user can import is documented: the entry (src/index.ts), the locale modules
 * (each a package export), and, in the other modules, just the declarations the entry
 * re-exports. Modules left with nothing public (the adapters, the hub, the styles) go.
 */
export const publicApiOnly = {
  name: 'public-api-only',
  packageLinkPhase({ customElementsManifest: cem }) {
    const entry = cem.modules.find((m) => m.path === 'src/index.ts');
    const named = new Set();
    const whole = new Set();
    for (const e of entry.exports ?? []) {
      const module = toDist(e.declaration.module.replace(/^\.\//, 'src/').replace(/\.js$/, '.ts'));
      if (e.name === '*') whole.add(module);
      else named.add(`${module}#${e.declaration.name}`);
    }
    cem.modules = cem.modules.filter((mod) => {
      if (mod === entry || mod.path.startsWith('src/locales/')) return true;
      const path = toDist(mod.path);
      const isPublic = (name) => whole.has(path) || named.has(`${path}#${name}`);
      mod.declarations = (mod.declarations ?? []).filter((d) => isPublic(d.name));
      mod.exports = (mod.exports ?? []).filter((e) => isPublic(e.name));
      return mod.declarations.length > 0;
    });
  },
};

/**
 * @wc-toolkit/module-path-resolver moves the element's module to dist/; this moves every
 * other module and every reference to one, and says where the tag is defined (the entry,
 * through define()), which the analyzer cannot see behind the guarded definition.
 */
export const distPaths = ({ tag, className }) => ({
  name: 'dist-paths',
  packageLinkPhase({ customElementsManifest: cem }) {
    const ref = (d) => {
      if (d?.module) d.module = toDist(d.module.replace(/^\.\//, 'src/').replace(/\.js$/, '.ts'));
    };
    for (const mod of cem.modules) {
      mod.path = toDist(mod.path);
      for (const e of mod.exports ?? []) ref(e.declaration);
      for (const d of mod.declarations ?? []) {
        ref(d.superclass);
        for (const m of d.members ?? []) ref(m.inheritedFrom);
      }
    }
    const entry = cem.modules.find((m) => m.path === 'dist/index.js');
    entry.exports.push({ kind: 'custom-element-definition', name: tag, declaration: { name: className, module: 'dist/b24-call-status.js' } });
  },
});

const oneLine = (s = '') => s.replace(/\s*\n\s*/g, ' ');
const cell = (s = '') => oneLine(s).replace(/\|/g, '\\|');
const table = (head, rows) =>
  rows.length ? `| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|\n${rows.map((r) => `| ${r.map(cell).join(' | ')} |`).join('\n')}\n` : '';
const isPublic = (m) => !m.static && (m.privacy ?? 'public') === 'public' && !/^[_#]/.test(m.name);

function apiTables(el) {
  const fields = el.members.filter((m) => m.kind === 'field' && isPublic(m));
  const methods = el.members.filter((m) => m.kind === 'method' && isPublic(m));
  const attrOf = (f) => el.attributes?.find((a) => a.fieldName === f.name)?.name;
  return `<!-- api:start (generated from custom-elements.json by \`npm run analyze\`) -->
### Attributes

${table(['attribute', 'type', 'default', 'description'], (el.attributes ?? []).map((a) => [`\`${a.name}\``, `\`${a.type?.text ?? ''}\``, a.default ? `\`${a.default}\`` : '', a.description]))}
### Properties

${table(['property', 'attribute', 'type', 'description'], fields.map((f) => [`\`${f.name}\``, attrOf(f) ? `\`${attrOf(f)}\`` : '', `\`${f.type?.text ?? ''}\`${f.readonly ? ' (read-only)' : ''}`, f.description]))}
### Methods

${table(['method', 'returns', 'description'], methods.map((m) => [`\`${m.name}()\``, `\`${m.return?.type?.text ?? 'void'}\``, m.description]))}
### Events

All bubble and cross shadow roots (\`composed\`). None is dispatched inside \`connectedCallback\`,
a property setter, \`callCard()\` or \`subscribe()\`: they go out a microtask after the change, so
a listener added on the line after \`append()\` (or after \`callCard()\`, or by a framework after
the element is in the DOM) hears the first one. An element that joins a page whose status is
known, or is removed and appended again, fires its first \`b24-status-change\` (with \`previous\`
undefined) that way too.

${table(['event', 'class', 'description'], (el.events ?? []).map((e) => [`\`${e.name}\``, `\`${e.type?.text ?? 'Event'}\``, e.description]))}
### Parts

${table(['part', 'description'], (el.cssParts ?? []).map((p) => [`\`${p.name}\``, p.description]))}
### CSS custom properties

${table(['property', 'default', 'description'], (el.cssProperties ?? []).map((p) => [`\`${p.name}\``, p.default ? `\`${p.default}\`` : '', p.description]))}${
    el.slots?.length ? `\n### Slots\n\n${table(['slot', 'description'], el.slots.map((s) => [s.name ? `\`${s.name}\`` : '(default)', s.description]))}` : ''
  }<!-- api:end -->`;
}

const README_BLOCK = /<!-- api:start[\s\S]*?<!-- api:end -->/;

/**
 * The README's API tables, between its api:start and api:end marks. Error codes are a
 * type, not in the manifest: this also fails when the README's hand-written table misses one.
 */
export const readmeApi = ({ file = 'README.md', errorCodes = 'src/core/errors.ts' } = {}) => ({
  name: 'readme-api',
  packageLinkPhase({ customElementsManifest: cem }) {
    const el = cem.modules.flatMap((m) => m.declarations ?? []).find((d) => d.customElement);
    const readme = readFileSync(file, 'utf8');
    if (!README_BLOCK.test(readme)) throw new Error(`${file} has no api:start … api:end block to fill`);
    const codes = /type ErrorCode =([^;]*);/.exec(readFileSync(errorCodes, 'utf8'))?.[1].match(/'[A-Z_]+'/g) ?? [];
    const undocumented = codes.map((c) => c.slice(1, -1)).filter((c) => !readme.includes(`| \`${c}\` |`));
    if (!codes.length || undocumented.length) {
      throw new Error(`${file}'s error code table misses: ${undocumented.join(', ') || `${errorCodes} has no ErrorCode`}`);
    }
    const next = readme.replace(README_BLOCK, () => apiTables(el));
    if (next !== readme) writeFileSync(file, next);
  },
});

// Names in the element's types that come from TypeScript or the DOM, not from the package.
const GLOBAL_TYPES = new Set(['Partial', 'Readonly', 'Record', 'Promise', 'PromiseLike', 'Array', 'ReadonlyArray', 'Event', 'CustomEvent', 'HTMLElement']);

/** Every type the element's public API names is exported from the entry, so users can name it too. */
export const publicTypesExported = {
  name: 'public-types-exported',
  packageLinkPhase({ customElementsManifest: cem }) {
    const entry = cem.modules.find((m) => m.path === 'dist/index.js');
    // `export * from './events.js'` is one entry: it stands for that module's exports.
    const exported = new Set(
      (entry.exports ?? []).flatMap((e) =>
        e.name === '*' ? (cem.modules.find((m) => m.path === e.declaration.module)?.exports ?? []).map((x) => x.name) : [e.name],
      ),
    );
    const el = cem.modules.flatMap((m) => m.declarations ?? []).find((d) => d.customElement);
    const texts = [
      ...(el.members ?? []).filter(isPublic).flatMap((m) => [m.type?.text, m.return?.type?.text]),
      ...(el.attributes ?? []).map((a) => a.type?.text),
      ...(el.events ?? []).map((e) => e.type?.text),
    ];
    const names = new Set(texts.join(' ').match(/\b[A-Z]\w*/g) ?? []);
    const missing = [...names].filter((n) => !GLOBAL_TYPES.has(n) && !exported.has(n));
    if (missing.length) throw new Error(`${el.name} names types the entry does not export: ${missing.join(', ')}`);
  },
};

/**
 * What the framework typings should offer: the settable API only. The read-only reflected
 * attributes (`state`, `call-state`, `stale`) have no field the generators can name (they
 * write `B24CallStatus["undefined"]`), and read-only fields are not props. A field whose
 * attribute has another name (`keepOpen` / `keep-open`) is offered under both names, as
 * React 19, Vue and Svelte set the property when they know it.
 */
function settableApi(cem) {
  for (const el of cem.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement)) {
    const writable = (name) => el.members?.some((m) => m.name === name && m.kind === 'field' && !m.readonly);
    const settable = new Set(attributeOnly(el));
    el.attributes = (el.attributes ?? []).filter((a) => (a.fieldName && writable(a.fieldName)) || settable.has(a));
    el.members = (el.members ?? [])
      .filter((m) => m.kind !== 'field' || (isPublic(m) && !m.readonly))
      .map((m) => (m.attribute && m.attribute !== m.name ? { ...m, attribute: undefined } : m));
  }
  return cem;
}

/**
 * Runs a standard typings generator on the settable API, then fixes its output: the
 * generators type every event as `CustomEvent<type>`, but our events are their own classes
 * (extending Event, with a typed `detail`), so `CustomEvent<StatusChangeEvent>` would give
 * `e.detail` the wrong type. `extra` adds what the generator has no option for.
 */
export function typings(plugin, file, extra = (text) => text) {
  return {
    name: `${plugin.name}-typed-events`,
    packageLinkPhase(ctx) {
      const cem = settableApi(structuredClone(ctx.customElementsManifest));
      plugin.packageLinkPhase({ ...ctx, customElementsManifest: cem });
      // An attribute with no property has no field to take the type of: the generators write
      // `B24CallStatus["undefined"]`; it gets the type its @attr documents.
      const attributes = cem.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement).flatMap(attributeOnly);
      let text = readFileSync(file, 'utf8');
      for (const a of attributes) {
        text = text.replace(new RegExp(`("?${a.name}"?\\??: )\\w+\\[["']undefined["']\\]`, 'g'), (_, head) => `${head}${a.type?.text ?? 'string'}`);
      }
      if (/\[["']undefined["']\]/.test(text)) throw new Error(`${file}: a prop typed by a field that does not exist`);
      text = text
        .replace(/CustomEvent<(\w+Event)>/g, '$1')
        .replace(/^\s*\/\/ eslint-disable-next-line.*\n/gm, '');
      // Generated code is not linted: its style is the generator's.
      writeFileSync(file, `// Generated by \`npm run analyze\` (${plugin.name}): do not edit.\n/* eslint-disable */\n${extra(text)}`);
    },
  };
}

/** Writes a small generated file (the module augmentations the generators leave to users). */
export const writeFile = (file, text) => ({
  name: `write ${file}`,
  packageLinkPhase() {
    writeFileSync(file, `// Generated by \`npm run analyze\` (custom-elements-manifest.config.mjs): do not edit.\n${text}`);
  },
});

const camel = (kebab) => kebab.replace(/-(\w)/g, (_, c) => c.toUpperCase());
const jsdoc = (text = '', indent = '  ') => `${indent}/** ${oneLine(text).replace(/\*\//g, '*\\/')} */\n`;

/**
 * The attributes a page may set that have no property: documented with `@attr` only, not
 * reflecting a read-only field (as `state`, `call-state` and `stale` do). `theme` is one.
 */
export function attributeOnly(el) {
  const field = (name) => el.members?.some((m) => m.kind === 'field' && m.name === name);
  return (el.attributes ?? []).filter((a) => !a.fieldName && !field(camel(a.name)));
}

/** The React prop of an event: `b24-status-change` → `onStatusChange`, `b24-error` → `onError`. */
export const reactEventProp = (event) => `on${camel(`-${event.replace(/^b24-/, '')}`)}`;

/**
 * src/react-api.ts: the `<B24CallStatus>` wrapper's element props and event props, written
 * from the manifest, so a public property, attribute or event added to the element is a
 * prop of the wrapper as soon as `npm run analyze` runs (and `npm test` fails until it has).
 */
export const reactApi = ({ file = 'src/react-api.ts' } = {}) => ({
  name: 'react-api',
  packageLinkPhase({ customElementsManifest: cem }) {
    const el = cem.modules.flatMap((m) => m.declarations ?? []).find((d) => d.customElement);
    const fields = (el.members ?? []).filter((m) => m.kind === 'field' && isPublic(m) && !m.readonly);
    const events = (el.events ?? []).filter((e) => e.name);
    const classes = [...new Set(events.map((e) => e.type?.text ?? 'Event'))].filter((t) => t !== 'Event');
    const props = [
      ...fields.map((f) => `${jsdoc(f.description)}  ${f.name}?: ${el.name}['${f.name}'];\n`),
      ...attributeOnly(el).map((a) => `${jsdoc(`${a.description} (attribute \`${a.name}\`, no property)`)}  ${a.name}?: ${a.type?.text ?? 'string'};\n`),
    ];
    const handlers = events.map((e) => `${jsdoc(`\`${e.name}\`: ${e.description}`)}  ${reactEventProp(e.name)}?: (event: ${e.type?.text ?? 'Event'}) => void;\n`);
    const names = events.map((e) => `  ${reactEventProp(e.name)}: '${e.name}' as EventName<${e.type?.text ?? 'Event'}>,\n`);
    writeFileSync(
      file,
      `// Generated by \`npm run analyze\` from custom-elements.json (scripts/cem-plugins.mjs): do not edit.
// What \`<B24CallStatus>\` (./react.ts) takes besides React's own props: every settable
// property and attribute, and every event, of <${el.tagName}>.
import type { EventName } from '@lit/react';
import type { ${[el.name, ...classes].join(', ')} } from './index.js';

/** The element's settable properties, and its attributes that have no property. */
export interface ${el.name}ElementProps {
${props.join('')}}

/** The element's events, as \`<${el.name}>\` props. */
export interface ${el.name}Handlers {
${handlers.join('')}}

/** Each event prop's event, for @lit/react's \`createComponent\`. */
export const events = {
${names.join('')}} satisfies Record<keyof ${el.name}Handlers, string>;
`,
    );
  },
});
