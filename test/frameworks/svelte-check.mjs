// `npm test`'s Svelte typing step: svelte-check over the Svelte apps and the samples in
// svelte-typing/, against the build and the generated typings (types/svelte.d.ts). The apps
// must check clean; in the samples, exactly the lines marked "refused" must be errors.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const bin = fileURLToPath(new URL('../../node_modules/.bin/svelte-check', import.meta.url));
const r = spawnSync(bin, ['--workspace', here, '--tsconfig', './tsconfig.svelte.json', '--output', 'machine'], { encoding: 'utf8' });

const found = new Map();
for (const m of r.stdout.matchAll(/^\d+ (ERROR|WARNING) "([^"]+)" (\d+):\d+ (".*")$/gm)) found.set(`${m[2]}:${m[3]}`, `${m[1]} ${JSON.parse(m[4])}`);
const expected = new Set();
for (const file of readdirSync(`${here}svelte-typing`)) {
  readFileSync(`${here}svelte-typing/${file}`, 'utf8')
    .split('\n')
    .forEach((line, i) => line.includes('<!-- refused') && expected.add(`svelte-typing/${file}:${i + 1}`));
}

const problems = [];
if (!/COMPLETED \d+ FILES/.test(r.stdout)) problems.push(`svelte-check did not complete:\n${r.stdout}${r.stderr}`);
for (const at of expected) if (!found.has(at)) problems.push(`${at}: accepted, but must be refused`);
for (const [at, what] of found) if (!expected.has(at)) problems.push(`${at}: ${what}`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`svelte-check: the apps check clean, and ${expected.size} refused samples are errors`);
