// Benchmark 5: churn. Mount, first render and remove, 10 000 times, then
// the heap growth after GC, and the hub subscriptions and timers left.
// Growth that does not scale with the cycles is V8's own (code, feedback),
// not a leak: one element with its shadow root weighs ~8 KB (see scale), so
// one leaked in a hundred cycles would already show ~80 bytes per cycle.
import { fixed, structural, table, verdict } from './stats.mjs';

export async function churnBench(bench, { cycles = 10_000, lib = 'b24jssdk' } = {}) {
  const app = await bench.load(lib);
  const before = await bench.counts();
  const r = await app.run((n) => window.bench.churn(n), cycles);
  const reads = (await bench.counts()).getStatus - before.getStatus;
  return table(
    `Churn: ${cycles} mount → render → remove cycles (${lib})`,
    ['cycles', 'µs per cycle', 'heap growth after GC, KB', 'bytes per cycle', 'hub listeners left', 'timers left', 'getStatus sent (warm-up included)'],
    [[cycles, fixed(r.perCycle * 1000, 0), fixed(r.heapGrowth / 1024, 1), fixed(r.heapGrowth / cycles, 1), r.listeners, r.timers, reads]],
    [
      structural(r.listeners === 0 && r.timers === 0, `nothing left behind: ${r.listeners} hub listeners, ${r.timers} timers (0 each)`),
      structural(reads === 1, `one getStatus in all (the first status, then the page's current one): ${reads}`),
      verdict(r.heapGrowth / cycles < 40, 'under 40 bytes per cycle after GC'),
    ]
  );
}
