// The types as users get them: pack the package, unpack the tarball into a scratch project
// outside the repository (so nothing from its node_modules leaks in), give that project only
// the package's dependencies and peers, typescript, @types/react, vue, vue-tsc, svelte and
// svelte-check, and type-check samples with skipLibCheck off. Each must-fail line is under a
// @ts-expect-error (or @vue-expect-error), so the check fails when that error goes away; a second
// pass with the directives removed checks that each of those lines, and only those, has an error.
// Run after the build (`npm test` does).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const modules = join(repo, 'node_modules');
const scratch = mkdtempSync(join(tmpdir(), 'b24-call-status-types-'));
const fail = (message) => {
  console.error(`✖ ${message}\n  (scratch project kept at ${scratch})`);
  process.exit(1);
};

// 1. Pack (no scripts: dist/ is already built) and unpack as npm would into node_modules.
const packed = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', scratch], { cwd: repo, encoding: 'utf8' }))[0];
const pkgDir = join(scratch, 'node_modules', packed.name);
mkdirSync(pkgDir, { recursive: true });
execFileSync('tar', ['-xzf', join(scratch, packed.filename), '-C', pkgDir, '--strip-components=1']);
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));

// 2. What a user installs beside it: its dependency, its peers, and the tools. Linked from
// the repository's node_modules, so no network is needed; their own dependencies resolve
// from there (through the links' real paths), the package's cannot.
const tools = ['typescript', '@types/react', 'vue', 'vue-tsc', 'svelte', 'svelte-check'];
for (const name of new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {}), ...tools])) {
  const link = join(scratch, 'node_modules', name);
  mkdirSync(dirname(link), { recursive: true });
  symlinkSync(join(modules, name), link, 'dir');
}

// 3. No published declaration imports anything but lit, the package itself, and, in the
// framework typings (types/), the framework it types.
const FRAMEWORKS = /^(react|vue|preact|svelte|@lit\/react)(\/|$)/;
const foreign = [];
const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
for (const file of walk(pkgDir).filter((f) => f.endsWith('.d.ts'))) {
  // Comments may show examples with any import; only code counts.
  const text = readFileSync(file, 'utf8').replace(/\/\*[^]*?\*\/|^\s*\/\/(?!\/).*$/gm, '');
  for (const [, spec] of text.matchAll(/(?:from|import\(|require\(|reference types=)\s*["']([^"']+)["']/g)) {
    // lit-html and friends come with lit but are not the package's dependency: a strict
    // installer (pnpm) leaves them out of reach, so `lit` must be named instead.
    const ok = spec.startsWith('.') || /^lit(\/|$)/.test(spec) || FRAMEWORKS.test(spec);
    if (!ok) foreign.push(`${file.slice(pkgDir.length + 1)} imports '${spec}'`);
  }
}
if (foreign.length) fail(`the published types import packages users do not have:\n  ${foreign.join('\n  ')}`);

// 4. The samples, type-checked as they are, then with the expect-error directives removed.
cpSync(join(here, 'samples'), join(scratch, 'samples'), { recursive: true });
writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
const compilerOptions = {
  target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2023', 'DOM', 'DOM.Iterable'],
  jsx: 'react-jsx', strict: true, noEmit: true, skipLibCheck: false, types: [],
};
const configs = {
  'tsconfig.ts.json': { compilerOptions, include: ['samples/*.tsx'] },
  'tsconfig.vue.json': { compilerOptions, vueCompilerOptions: { strictTemplates: true }, include: ['samples/*.vue'] },
  'tsconfig.svelte.json': { compilerOptions, include: ['samples/*.svelte'] },
};
for (const [file, config] of Object.entries(configs)) writeFileSync(join(scratch, file), JSON.stringify(config, null, 2));

// Each checker: its command, and how to read an error's file and line from its output.
const TSC_ERROR = /^(samples\/[^(]+)\((\d+),\d+\): error/gm;
const checkers = [
  ['tsc', [join(scratch, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.ts.json', '--pretty', 'false'], TSC_ERROR],
  ['vue-tsc', [join(scratch, 'node_modules/vue-tsc/bin/vue-tsc.js'), '-p', 'tsconfig.vue.json', '--pretty', 'false'], TSC_ERROR],
  [
    'svelte-check',
    [join(scratch, 'node_modules/svelte-check/bin/svelte-check'), '--workspace', scratch, '--tsconfig', './tsconfig.svelte.json', '--output', 'machine', '--fail-on-warnings'],
    /^\d+ (?:ERROR|WARNING) "(samples\/[^"]+)" (\d+):\d+/gm,
  ],
];
const check = (args) => spawnSync(process.execPath, args, { cwd: scratch, encoding: 'utf8' });

for (const [name, args] of checkers) {
  const r = check(args);
  if (r.status !== 0) fail(`${name}: the samples do not type-check as published:\n${r.stdout}${r.stderr}`);
}

// Strip the directives (keeping line numbers); every line that had one must now be an error.
const DIRECTIVE = /(\/\/ @ts-expect-error|<!-- @vue-expect-error)[^\n]*/;
const expected = new Set();
for (const file of readdirSync(join(scratch, 'samples'))) {
  const path = join(scratch, 'samples', file);
  const lines = readFileSync(path, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (!DIRECTIVE.test(line)) return;
    expected.add(`samples/${file}:${i + 2}`);
    lines[i] = line.replace(DIRECTIVE, line.includes('<!--') ? '<!-- -->' : '//');
  });
  writeFileSync(path, lines.join('\n'));
}
const seen = new Set();
for (const [, args, errors] of checkers) {
  const r = check(args);
  for (const [, file, line] of `${r.stdout}`.matchAll(errors)) seen.add(`${file}:${line}`);
}
const missing = [...expected].filter((k) => !seen.has(k));
const extra = [...seen].filter((k) => !expected.has(k));
if (!expected.size || missing.length || extra.length) {
  fail(`must-fail samples: ${missing.length ? `no error at ${missing.join(', ')}` : ''}${extra.length ? ` unexpected errors at ${extra.join(', ')}` : ''}`);
}

rmSync(scratch, { recursive: true, force: true });
console.log(`✔ ${packed.filename}: types stand alone (skipLibCheck off); ${expected.size} must-fail samples fail where expected`);
