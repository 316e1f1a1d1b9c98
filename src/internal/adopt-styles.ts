/**
 * Styles for an element in another document (`document.adoptNode`, or moved
 * into a same-origin child frame). Constructed style sheets belong to the
 * document they were made in and cannot be adopted elsewhere, so the element's
 * sheets are made again in that document, once per document.
 */
import type { CSSResultOrNative } from 'lit';

const made = new WeakMap<Document, CSSStyleSheet[]>();

function cssText(style: CSSResultOrNative): string {
  return style instanceof CSSStyleSheet ? [...style.cssRules].map((r) => r.cssText).join('\n') : style.cssText;
}

/** True when `doc` is not the document Lit made the element's sheets in. */
export const foreign = (doc: Document): boolean => doc !== globalThis.document;

/** Give `root` the element's styles in its own document. */
export function adoptStylesIn(root: ShadowRoot, styles: CSSResultOrNative[]): void {
  const doc = root.ownerDocument;
  const Sheet = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet;
  let sheets = made.get(doc);
  if (!sheets && Sheet && 'replaceSync' in Sheet.prototype) {
    sheets = styles.map((style) => {
      const sheet = new Sheet();
      sheet.replaceSync(cssText(style));
      return sheet;
    });
    made.set(doc, sheets);
  }
  if (sheets) {
    root.adoptedStyleSheets = sheets;
    return;
  }
  // A document without constructable sheets: plain <style> elements.
  root.querySelectorAll('style[data-b24-adopted]').forEach((s) => s.remove());
  for (const style of styles) {
    const el = doc.createElement('style');
    el.dataset.b24Adopted = '';
    el.textContent = cssText(style);
    root.prepend(el);
  }
}
