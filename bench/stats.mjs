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

/** ✅ or ❌ and the goal it was checked against. */
export const verdict = (met, goal) => `${met ? '✅ met' : '❌ missed'}: ${goal}`;
