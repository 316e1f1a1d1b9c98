// `npm run bench`: builds, then prints every benchmark's table (markdown, as
// README "Benchmarks" quotes them) under the date and the machine.
// `npm run bench -- size latency` runs only those; not part of `npm test`.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { openBench } from './browser.mjs';
import { churnBench } from './churn.mjs';
import { eventsBench } from './events.mjs';
import { latencyBench } from './latency.mjs';
import { scaleBench } from './scale.mjs';
import { sizeBench } from './size.mjs';

const BROWSER = { latency: latencyBench, events: eventsBench, scale: scaleBench, churn: churnBench };
const asked = process.argv.slice(2);
const wanted = (name) => asked.length === 0 || asked.includes(name);
const unknown = asked.filter((a) => a !== 'size' && !(a in BROWSER));
if (unknown.length) {
  console.error(`Unknown bench: ${unknown.join(', ')}. Known: size, ${Object.keys(BROWSER).join(', ')}.`);
  process.exit(2);
}

const started = Date.now();
execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });

// /proc/cpuinfo names the CPU on Linux; elsewhere Node's name for it.
let cpu = cpus()[0]?.model ?? 'unknown CPU';
try {
  cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m)?.[1] ?? cpu;
} catch {
  // Not Linux.
}
const bench = Object.keys(BROWSER).some(wanted) ? await openBench() : undefined;
console.log(`Measured ${new Date().toISOString().slice(0, 10)} on ${availableParallelism()} × ${cpu}, ${bench ? `${bench.version} (headless), ` : ''}Node ${process.version}: \`npm run bench${asked.length ? ` -- ${asked.join(' ')}` : ''}\`\n`);
try {
  if (wanted('size')) await sizeBench();
  for (const [name, run] of Object.entries(BROWSER)) if (wanted(name)) await run(bench);
} finally {
  await bench?.close();
}
console.log(`Done in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
