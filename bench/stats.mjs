// Summaries and markdown tables, shared by every bench script.

/** The value at quantile q (0..1) of xs, nearest rank. */
export function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}
export const median = (xs) => quantile(xs, 0.5);
export const p95 = (xs) => quantile(xs, 0.95);

/** A number with `digits` decimals. */
export const fixed = (x, digits = 2) => x.toFixed(digits);

/** Prints a markdown table (as the README quotes it) under a title, and returns it. */
export function table(title, head, rows, notes = []) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  const text = [`#### ${title}`, '', line(head), line(head.map(() => '---')), ...rows.map(line), ...(notes.length ? ['', ...notes] : [])].join('\n');
  console.log(`${text}\n`);
  return text;
}

let judging = true;
/** The quick mode's counts are too small for timings (or heap per cycle) to mean anything: print those goals unjudged. */
export const judgeTimings = (on) => void (judging = on);

/** ✅ or ❌ and the goal it was checked against (in quick mode, timings unjudged). */
export const verdict = (met, goal) => (judging ? mark(met, goal) : `➖ not judged (quick): ${goal}`);
const mark = (met, goal) => `${met ? '✅ met' : '❌ missed'}: ${goal}`;

/** The structural verdicts that were missed (counts, not timings): `npm run bench` and its quick mode exit non-zero on any. */
export const missed = [];

/** A verdict on structure (host calls, what is left behind), never on time: a miss fails the run. */
export function structural(met, goal) {
  if (!met) missed.push(goal);
  return mark(met, goal);
}
