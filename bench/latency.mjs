// Benchmark 2: latency to first status. A fresh element (or core handle) per
// run on an initialised transport, from connected to painted (the first
// animation frame after its render), against the floor (a bare postMessage
// round trip on the same two frames) and the client library called by hand.
import { fixed, median, p95, structural, table, verdict } from './stats.mjs';

const LIBS = { bx24: "BX24.placement.call('getStatus')", b24jssdk: "$b24.placement.call('getStatus')" };

/**
 * `runs` per row (after 5 unrecorded warm-up runs); `nameRuns` for the names row: the legacy script
 * throttles REST itself after about 90 quick requests (its RestrictionManager), so keep those few.
 */
export async function latencyBench(bench, { runs = 200, nameRuns = 20, frames = 60 } = {}) {
  const rows = [];
  const goals = [];
  for (const [lib, plainName] of Object.entries(LIBS)) {
    const app = await bench.load(lib);
    const frameMs = await app.run((n) => window.bench.frameInterval(n), frames);
    const floor = await app.run((n) => window.bench.roundTrip(n), runs);
    const plain = await app.run((n) => window.bench.plainCall(n), runs);
    // Each run must have crossed the frame on a fresh transport: 5 warm-up runs plus the recorded ones.
    const reads = async (what, run) => {
      const before = (await bench.counts()).getStatus;
      const r = await run();
      const sent = (await bench.counts()).getStatus - before;
      goals.push(structural(sent === runs + 5, `${lib}: ${what}: one getStatus per fresh transport (${sent} for ${runs + 5})`));
      return r;
    };
    const element = await reads('element', () => app.run((n) => window.bench.firstStatus(n), runs));
    const core = await reads('core', () => app.run((n) => window.bench.coreReady(n), runs));
    const early = await app.run((n) => window.bench.firstPaint(n), runs);
    const names = await app.run((n) => window.bench.namesPaint(n), nameRuns);
    const rtt = median(floor.answered);
    const withFrame = median(floor.painted);
    const row = (name, r) => [lib, name, fixed(median(r.answered)), fixed(p95(r.answered)), fixed(median(r.painted)), fixed(p95(r.painted)),
      `${fixed(median(r.answered) / rtt, 1)}×`, `${fixed(median(r.painted) / withFrame, 2)}×`];
    rows.push(
      row('bare postMessage round trip (floor)', floor),
      row(plainName, plain),
      row('core: `callCard()` connected → first snapshot ready (no element)', core),
      row('`<b24-call-status>` connected → first paint from options', early),
      row('`<b24-call-status>` connected → getStatus painted', element),
      row(`\`<b24-call-status>\` status painted → CRM names painted (${nameRuns} runs; one REST batch each)`, names)
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
