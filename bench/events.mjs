// Benchmark 3: event to paint. CallStateChanged arrives in the app frame; the
// new state is painted in the next animation frame, with no host call.
import { fixed, median, p95, structural, table, verdict } from './stats.mjs';

export async function eventsBench(bench, { events = 500, frames = 60 } = {}) {
  const rows = [];
  const goals = [];
  for (const lib of ['b24jssdk', 'bx24']) {
    const app = await bench.load(lib);
    const frameMs = await app.run((n) => window.bench.frameInterval(n), frames);
    await app.run(() => window.bench.eventSetup());
    // Counted from the element's status on: its own first read is not one of these.
    const before = await bench.counts();
    const r = await app.run((n) => window.bench.eventToPaint(n), events);
    const calls = (await bench.counts()).commands - before.commands;
    rows.push([lib, events, fixed(median(r.rendered)), fixed(p95(r.rendered)), fixed(median(r.painted)), fixed(p95(r.painted)),
      `${r.sameFrame} / ${events}`, calls]);
    goals.push(
      verdict(r.sameFrame === events && p95(r.painted) <= frameMs + 1,
        `${lib}: every event painted in the first frame after it arrived (p95 ≤ one frame, ${fixed(frameMs)} ms)`),
      structural(calls === 0, `${lib}: 0 host calls for ${events} events`)
    );
  }
  return table(
    'Event to paint: CallStateChanged → new state painted, ms',
    ['library', 'events', 'arrival → rendered median', 'p95', 'arrival → painted median', 'p95', 'in the first frame', 'host calls'],
    rows,
    goals
  );
}
