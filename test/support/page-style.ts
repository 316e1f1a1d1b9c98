/**
 * Light and dark page styles for tests: the preferred colour scheme, plus a
 * page that follows it, as a real app page in a dark portal would.
 */
import { emulateMedia } from '@web/test-runner-commands';

/** A plain page says dark by its color-scheme; a b24ui page by its tokens and a class on <html> (no color-scheme). */
export type Scheme = 'light' | 'dark' | 'b24ui-light' | 'b24ui-dark' | 'b24ui-edge-light' | 'b24ui-edge-dark';
export const SCHEMES: Scheme[] = ['light', 'dark', 'b24ui-light', 'b24ui-dark'];
const MODES = ['light', 'dark', 'edge-light', 'edge-dark'];

/** The b24ui stand-in's tokens (demo/b24ui-tokens.css) on this page, loaded once. */
async function b24uiTokens(on: boolean): Promise<void> {
  let link = document.getElementById('b24ui-tokens') as HTMLLinkElement | null;
  if (on && !link) {
    link = Object.assign(document.createElement('link'), { id: 'b24ui-tokens', rel: 'stylesheet', href: '/demo/b24ui-tokens.css' });
    const loaded = new Promise((resolve) => link!.addEventListener('load', resolve, { once: true }));
    document.head.append(link);
    await loaded;
  }
  if (link) link.disabled = !on;
}

export async function usePageStyle(scheme: Scheme): Promise<void> {
  const dark = scheme.endsWith('dark');
  await emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
  const b24ui = scheme.startsWith('b24ui-');
  await b24uiTokens(b24ui);
  const root = document.documentElement;
  root.classList.remove(...MODES);
  if (b24ui) root.classList.add(scheme.slice('b24ui-'.length));
  else root.style.colorScheme = scheme;
  root.style.background = b24ui ? 'var(--air-theme-bg-color)' : dark ? '#121212' : '#ffffff';
  root.style.color = dark ? '#eeeeee' : '#111111';
}

export async function resetPageStyle(): Promise<void> {
  await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  await b24uiTokens(false);
  document.documentElement.classList.remove(...MODES);
  for (const prop of ['color-scheme', 'background', 'color']) document.documentElement.style.removeProperty(prop);
}
