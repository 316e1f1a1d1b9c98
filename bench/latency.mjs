// Benchmark 2: latency to first status. A fresh element per run on an
// initialised transport, from connected to painted (the first animation frame
// after its render), against the floor (a bare postMessage round trip on the
// same two frames) and the client library called by hand.
import { fixed, median, p95, table, verdict } from './stats.mjs';

// The legacy script throttles REST itself after about 90 quick requests (its RestrictionManager): keep the names runs few.
const NAME_RUNS = 20;
const LIBS = { bx24: "BX24.placement.call('getStatus')", b24jssdk: "$b24.placement.call('getStatus')" };

export async function latencyBench(bench, runs = 200) {
  const rows = [];
  const goals = [];
  for (const [lib, plainName] of Object.entries(LIBS)) {
    const app = await bench.load(lib);
    const frameMs = await app.run(() => window.bench.frameInterval());
    const floor = await app.run((n) => window.bench.roundTrip(n), runs);
    const plain = await app.run((n) => window.bench.plainCall(n), runs);
    const before = await bench.counts();
    const element = await app.run((n) => window.bench.firstStatus(n), runs);
    const reads = (await bench.counts()).getStatus - before.getStatus;
    // Each run must have crossed the frame: 5 warm-up runs plus the recorded ones.
    if (reads !== runs + 5) throw new Error(`${lib}: ${reads} getStatus for ${runs + 5} elements`);
    const early = await app.run((n) => window.bench.firstPaint(n), runs);
    const names = await app.run((n) => window.bench.namesPaint(n), NAME_RUNS);
    const rtt = median(floor.answered);
    const withFrame = median(floor.painted);
    const row = (name, r) => [lib, name, fixed(median(r.answered)), fixed(p95(r.answered)), fixed(median(r.painted)), fixed(p95(r.painted)),
      `${fixed(median(r.answered) / rtt, 1)}×`, `${fixed(median(r.painted) / withFrame, 2)}×`];
    rows.push(
      row('bare postMessage round trip (floor)', floor),
      row(plainName, plain),
      row('`<b24-call-status>` connected → first paint from options', early),
      row('`<b24-call-status>` connected → getStatus painted', element),
      row(`\`<b24-call-status>\` status painted → CRM names painted (${NAME_RUNS} runs; one REST batch each)`, names)
    );
    const limit = 2 * (rtt + frameMs);
    goals.push(verdict(median(element.painted) <= limit,
      `${lib}: element median ${fixed(median(element.painted))} ms ≤ 2 × (round trip ${fixed(rtt)} ms + one frame ${fixed(frameMs)} ms) = ${fixed(limit)} ms`));
  }
  return table(
    `Latency to first status: ${runs} runs each, ms`,
    ['library', 'path', 'answer median', 'answer p95', 'painted median', 'painted p95', 'answer ÷ floor', 'painted ÷ floor + frame'],
    rows,
    goals
  );
}
