// Everything that follows from custom-elements.json: VS Code's HTML data, the
// React and Vue typings, and the README's API tables. `--check` writes
// nothing and fails when any of them is stale (npm test runs it that way).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const mod = manifest.modules.find((m) => m.declarations?.some((d) => d.customElement));
const el = mod.declarations.find((d) => d.customElement);
const exported = (name) => manifest.modules.some((m) => m.exports?.some((e) => e.name === name));

const HEADER = '// Generated from custom-elements.json by scripts/gen-editor-data.mjs: do not edit.\n';
const isPublic = (m) => !m.static && (m.privacy ?? 'public') === 'public' && !/^[_#]/.test(m.name);
const fields = el.members.filter((m) => m.kind === 'field' && isPublic(m));
const writable = fields.filter((m) => !m.readonly);
const methods = el.members.filter((m) => m.kind === 'method' && isPublic(m));
const events = el.events ?? [];
const oneLine = (s = '') => s.replace(/\s*\n\s*/g, ' ');
const doc = (s, indent) => (s ? `${indent}/** ${oneLine(s).replace(/\*\//g, '*\\/')} */\n` : '');
for (const e of events) if (!exported(e.type.text)) throw new Error(`${e.name}: its type ${e.type.text} is not exported`);

// 'a' | 'b' → ['a', 'b']; anything else has no fixed values.
const literals = (type = '') => (/^\s*'[^']*'(\s*\|\s*'[^']*')*\s*$/.test(type) ? type.match(/'[^']*'/g).map((v) => v.slice(1, -1)) : undefined);

function vscodeData() {
  const attributes = el.attributes.map((a) => {
    const values = literals(a.type?.text);
    return {
      name: a.name,
      description: oneLine(a.description),
      ...(values ? { values: values.map((name) => ({ name })) } : a.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
    };
  });
  const data = { version: 1.1, tags: [{ name: el.tagName, description: oneLine(`${el.summary ?? ''} ${el.description ?? ''}`.trim()), attributes }] };
  return JSON.stringify(data, null, 2) + '\n';
}

const eventImports = events.map((e) => e.type.text);
const imports = (extra) => `import type { ${[el.name, ...eventImports].join(', ')} } from '../dist/index.js';\n${extra}`;
const propKeys = writable.map((f) => `'${f.name}'`).join(' | ');

function reactTypes() {
  const handlers = events.map((e) => `${doc(e.description, '  ')}  'on${e.name}'?: (event: ${e.type.text}) => void;\n`).join('');
  return `${HEADER}// React 19 sets a custom element's known properties and listens to \`on<event-name>\` props.
${imports("import type { DetailedHTMLProps, HTMLAttributes } from 'react';\n")}
export type ${el.name}Props = DetailedHTMLProps<HTMLAttributes<${el.name}>, ${el.name}> &
  Partial<Pick<${el.name}, ${propKeys}>> & {
${handlers}};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      '${el.tagName}': ${el.name}Props;
    }
  }
}
`;
}

function vueTypes() {
  // Vue's templates turn @b24-status-change into the prop onB24StatusChange.
  const camel = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());
  const key = (name) => `on${camel(name)[0].toUpperCase()}${camel(name).slice(1)}`;
  const handlers = events.map((e) => `${doc(e.description, '  ')}  ${key(e.name)}?: (event: ${e.type.text}) => void;\n`).join('');
  const attrs = el.attributes
    .filter((a) => a.fieldName && writable.some((f) => f.name === a.fieldName) && a.name !== a.fieldName)
    .map((a) => `  '${a.name}'?: ${el.name}['${a.fieldName}'];\n`)
    .join('');
  return `${HEADER}// Types \`<${el.tagName}>\` in Vue templates (vue-tsc, Volar) through GlobalComponents.
${imports("import type { DefineComponent } from 'vue';\n")}
export type ${el.name}VueProps = Partial<Pick<${el.name}, ${propKeys}>> & {
${attrs}${handlers}};

declare module 'vue' {
  interface GlobalComponents {
    '${el.tagName}': DefineComponent<${el.name}VueProps>;
  }
}
`;
}

const cell = (s = '') => oneLine(s).replace(/\|/g, '\\|');
const table = (head, rows) =>
  rows.length ? `| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|\n${rows.map((r) => `| ${r.map(cell).join(' | ')} |`).join('\n')}\n` : '';

function readmeApi() {
  const attrOf = (f) => el.attributes.find((a) => a.fieldName === f.name)?.name;
  return `<!-- api:start (generated from custom-elements.json by scripts/gen-editor-data.mjs) -->
### Attributes

${table(['attribute', 'type', 'default', 'description'], el.attributes.map((a) => [`\`${a.name}\``, `\`${a.type?.text ?? ''}\``, a.default ? `\`${a.default}\`` : '', a.description]))}
### Properties

${table(['property', 'attribute', 'type', 'description'], fields.map((f) => [`\`${f.name}\``, attrOf(f) ? `\`${attrOf(f)}\`` : '', `\`${f.type?.text ?? ''}\`${f.readonly ? ' (read-only)' : ''}`, f.description]))}
### Methods

${table(['method', 'returns', 'description'], methods.map((m) => [`\`${m.name}()\``, `\`${m.return?.type?.text ?? 'void'}\``, m.description]))}
### Events

All bubble and cross shadow roots (\`composed\`).

${table(['event', 'class', 'description'], events.map((e) => [`\`${e.name}\``, `\`${e.type.text}\``, e.description]))}
### Parts

${table(['part', 'description'], (el.cssParts ?? []).map((p) => [`\`${p.name}\``, p.description]))}
### CSS custom properties

${table(['property', 'default', 'description'], (el.cssProperties ?? []).map((p) => [`\`${p.name}\``, p.default ? `\`${p.default}\`` : '', p.description]))}${
    el.slots?.length ? `\n### Slots\n\n${table(['slot', 'description'], el.slots.map((s) => [s.name ? `\`${s.name}\`` : '(default)', s.description]))}` : ''
  }<!-- api:end -->`;
}

const README_BLOCK = /<!-- api:start[\s\S]*?<!-- api:end -->|<!-- issue 4: attributes[^\n]*-->/;
const readme = readFileSync('README.md', 'utf8');
if (!README_BLOCK.test(readme)) throw new Error('README.md has no API block to fill');

const outputs = {
  'vscode.html-custom-data.json': vscodeData(),
  'types/react.d.ts': reactTypes(),
  'types/vue.d.ts': vueTypes(),
  'README.md': readme.replace(README_BLOCK, () => readmeApi()),
};

// Error codes are a type, not in the manifest: the README's hand-written table must list each.
const codes = /type ErrorCode =([^;]*);/.exec(readFileSync('src/host.ts', 'utf8'))?.[1].match(/'[A-Z_]+'/g) ?? [];
const undocumented = codes.map((c) => c.slice(1, -1)).filter((c) => !readme.includes(`| \`${c}\` |`));
if (!codes.length || undocumented.length) {
  console.error(`✖ README.md's error code table misses: ${undocumented.join(', ') || 'src/host.ts has no ErrorCode'}`);
  process.exit(1);
}

if (process.argv.includes('--check')) {
  const stale = Object.entries(outputs).filter(([file, text]) => {
    try {
      return readFileSync(file, 'utf8') !== text;
    } catch {
      return true;
    }
  });
  if (stale.length) {
    console.error(`✖ stale: ${stale.map(([f]) => f).join(', ')}. Run \`npm run analyze\` and commit the result.`);
    process.exit(1);
  }
  console.log('✔ editor data, typings and README API tables match custom-elements.json');
} else {
  mkdirSync('types', { recursive: true });
  for (const [file, text] of Object.entries(outputs)) writeFileSync(file, text);
}
