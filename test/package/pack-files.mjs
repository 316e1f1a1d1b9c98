// `npm pack --dry-run` against test/package/expected-files.txt: nothing missing (a build
// output, the typings, the licence) and nothing extra (tests, sources, a stray tarball).
// Run after the build.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: resolve(here, '../..'), encoding: 'utf8' });
const packed = JSON.parse(out)[0].files.map((f) => f.path);
const lines = readFileSync(join(here, 'expected-files.txt'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
const regex = (line) => new RegExp(`^${line.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]+')}$`);
const patterns = lines.map((line) => [line, regex(line)]);

const extra = packed.filter((f) => !patterns.some(([, re]) => re.test(f)));
const missing = patterns.filter(([, re]) => !packed.some((f) => re.test(f))).map(([line]) => line);
if (extra.length || missing.length) {
  if (extra.length) console.error(`✖ packed but not expected:\n  ${extra.join('\n  ')}`);
  if (missing.length) console.error(`✖ expected but not packed:\n  ${missing.join('\n  ')}`);
  console.error('  Fix the package, or test/package/expected-files.txt if the change is meant.');
  process.exit(1);
}
console.log(`✔ npm pack: ${packed.length} files, as test/package/expected-files.txt expects`);
