// `npm test`'s staleness check: runs `npm run analyze` (the manifest, then every file the
// generators make from it) and fails when any committed output differs. The analyzer writes
// in place, so the committed copies are put back before failing.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { generated } from '../custom-elements-manifest.config.mjs';

const read = (file) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);
const files = [...generated, 'package.json'];
const committed = new Map(files.map((f) => [f, read(f)]));

const r = spawnSync(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--quiet'], { encoding: 'utf8' });
if (r.status !== 0) {
  process.stderr.write(r.stdout + r.stderr);
  console.error('✖ the analyzer (or a generator, or the manifest validator) failed');
  process.exit(1);
}

const stale = files.filter((f) => read(f) !== committed.get(f));
if (stale.length) {
  for (const f of stale) {
    const text = committed.get(f);
    if (text === undefined) rmSync(f, { force: true });
    else writeFileSync(f, text);
  }
  console.error(`✖ stale: ${stale.join(', ')}. Run \`npm run analyze\` and commit the result.`);
  process.exit(1);
}
console.log(`✔ ${generated.length} generated files match the sources (manifest validated)`);
