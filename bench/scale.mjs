// Benchmark 4: scale. 1, 10, 100 and 1000 elements on a fresh call card: the
// host calls the portal saw, the time until all are painted, the heap per
// element, and one CallStateChanged fanned out to all of them.
import { fixed, structural, table, verdict } from './stats.mjs';

export async function scaleBench(bench, { sizes = [1, 10, 100, 1000], lib = 'b24jssdk' } = {}) {
  const rows = [];
  const perElement = [];
  let calls = true;
  for (const n of sizes) {
    const before = await bench.counts();
    const app = await bench.load(lib);
    const r = await app.run((k) => window.bench.scale(k), n);
    const after = await bench.counts();
    const reads = after.getStatus - before.getStatus;
    const binds = after.binds.map((b, i) => b - before.binds[i]);
    calls &&= reads === 1 && binds.every((b) => b === 1);
    perElement.push({ time: r.painted / n, heap: r.heapPerElement });
    rows.push([n, reads, binds.join(' / '), fixed(r.painted, 1), fixed((r.painted / n) * 1000, 0), fixed(r.heapPerElement / 1024, 2),
      fixed(r.eventPainted, 1), fixed((r.eventPainted / n) * 1000, 0)]);
  }
  // Flat or falling, within noise: no step costs more per element than 1.25× the one before.
  const flat = (k) => perElement.every((p, i) => i === 0 || p[k] <= perElement[i - 1][k] * 1.25);
  return table(
    `Scale: n elements on one page (${lib}, a fresh call card each)`,
    ['n', 'getStatus', 'binds per event (state / entity / close)', 'all painted, ms', 'µs per element', 'heap per element, KB', 'event → all painted, ms', 'µs per element'],
    rows,
    [
      structural(calls, 'one getStatus and one bind per event, whatever n'),
      verdict(flat('time'), 'time per element flat or falling as n grows'),
      verdict(flat('heap'), 'heap per element flat or falling as n grows'),
    ]
  );
}
