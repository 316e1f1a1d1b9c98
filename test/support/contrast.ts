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

/** Any computed colour Chrome serialises: `rgb()`/`rgba()`, or `color(srgb r g b / a)` (what color-mix() computes to). */
export function parseAnyColor(css: string): RGBA {
  const m = css.match(/^color\(srgb\s+([\d.e-]+)\s+([\d.e-]+)\s+([\d.e-]+)(?:\s*\/\s*([\d.e-]+%?))?\s*\)$/);
  if (!m) return parseColor(css);
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return [Number(m[1]) * 255, Number(m[2]) * 255, Number(m[3]) * 255, alpha];
}

// The parent in the flat tree: a shadow root's host, a slotted node's slot is not needed here.
const up = (el: Element): Element | null => el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);

/** What is painted behind `el`: its own and its ancestors' backgrounds, blended up to the first opaque one (white if none). */
export function backgroundOf(el: Element): RGBA {
  const layers: RGBA[] = [];
  for (let e: Element | null = el; e; e = up(e)) {
    const bg = parseAnyColor(getComputedStyle(e).backgroundColor);
    if (bg[3] > 0) layers.push(bg);
    if (bg[3] === 1) break;
  }
  return layers.reduceRight<RGBA>((below, layer) => blend(layer, below), [255, 255, 255, 1]);
}

/** The contrast of `el`'s text (its colour and opacity) against what is painted behind it. */
export function textContrast(el: Element): number {
  const css = getComputedStyle(el);
  const bg = backgroundOf(el);
  return contrast(blend(parseAnyColor(css.color), bg, Number(css.opacity)), bg);
}
