// `npm run bench`: builds, then prints every benchmark's table (markdown, as
// README "Benchmarks" quotes them) under the date and the machine.
// `npm run bench -- size latency` runs only those. Not timed in `npm test`:
// there `--quick` runs every bench with tiny counts (no build: the test run has
// just built), where only completing and the structural verdicts count.
// Exits non-zero when a bench fails or a structural verdict (host calls, what
// is left behind) is missed; timings are reported, never asserted.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { openBench } from './browser.mjs';
import { churnBench } from './churn.mjs';
import { eventsBench } from './events.mjs';
import { latencyBench } from './latency.mjs';
import { scaleBench } from './scale.mjs';
import { sizeBench } from './size.mjs';
import { judgeTimings, missed } from './stats.mjs';

const BROWSER = { latency: latencyBench, events: eventsBench, scale: scaleBench, churn: churnBench };
// The quick mode's counts: enough for every code path, including the structural checks.
const QUICK = {
  size: { quick: true },
  latency: { runs: 5, nameRuns: 2, frames: 10 },
  events: { events: 5, frames: 10 },
  scale: { sizes: [1, 10] },
  churn: { cycles: 300 },
};
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const build = !args.includes('--no-build') && !quick;
const asked = args.filter((a) => !a.startsWith('--'));
const wanted = (name) => asked.length === 0 || asked.includes(name);
const unknown = [...asked.filter((a) => a !== 'size' && !(a in BROWSER)), ...args.filter((a) => a.startsWith('--') && a !== '--quick' && a !== '--no-build')];
if (unknown.length) {
  console.error(`Unknown bench or option: ${unknown.join(', ')}. Benches: size, ${Object.keys(BROWSER).join(', ')}; options: --quick, --no-build.`);
  process.exit(2);
}

const started = Date.now();
if (build) execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
else if (!existsSync('dist/b24-call-status.bundle.js')) {
  console.error('No build in dist/: run `npm run build` first (--quick and --no-build do not build).');
  process.exit(2);
}

// /proc/cpuinfo names the CPU on Linux; elsewhere Node's name for it.
let cpu = cpus()[0]?.model ?? 'unknown CPU';
try {
  cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m)?.[1] ?? cpu;
} catch {
  // Not Linux.
}
judgeTimings(!quick);
const options = (name) => (quick ? QUICK[name] : {});
const bench = Object.keys(BROWSER).some(wanted) ? await openBench() : undefined;
console.log(`Measured ${new Date().toISOString().slice(0, 10)} on ${availableParallelism()} × ${cpu}, ${bench ? `${bench.version} (headless), ` : ''}Node ${process.version}: \`npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}\`${quick ? ' (quick: tiny counts, the timings mean nothing)' : ''}\n`);
try {
  if (wanted('size')) await sizeBench(options('size'));
  for (const [name, run] of Object.entries(BROWSER)) if (wanted(name)) await run(bench, options(name));
} finally {
  await bench?.close();
}
const secs = ((Date.now() - started) / 1000).toFixed(0);
if (missed.length) {
  console.error(`✖ ${missed.length} structural verdict${missed.length > 1 ? 's' : ''} missed (${secs} s):\n  ${missed.join('\n  ')}`);
  process.exit(1);
}
console.log(`Done in ${secs} s.`);
