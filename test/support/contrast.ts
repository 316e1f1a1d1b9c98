/**
 * WCAG 2 contrast from computed CSS colours: parse `rgb()`/`rgba()`, blend a
 * translucent colour over its background, and compare relative luminances.
 */
export type RGBA = [number, number, number, number];

export function parseColor(css: string): RGBA {
  const m = css.match(/^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/);
  if (!m) throw new Error(`not an rgb() colour: ${css}`);
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** `fg` painted with `opacity` (and its own alpha) over an opaque `bg`. */
export function blend(fg: RGBA, bg: RGBA, opacity = 1): RGBA {
  const a = fg[3] * opacity;
  return [0, 1, 2].map((i) => fg[i] * a + bg[i] * (1 - a)).concat(1) as RGBA;
}

export function luminance([r, g, b]: RGBA): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a: RGBA, b: RGBA): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
