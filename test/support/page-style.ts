/**
 * Light and dark page styles for tests: the preferred colour scheme, plus a
 * page that follows it, as a real app page in a dark portal would.
 */
import { emulateMedia } from '@web/test-runner-commands';

export type Scheme = 'light' | 'dark';
export const SCHEMES: Scheme[] = ['light', 'dark'];

export async function usePageStyle(scheme: Scheme): Promise<void> {
  await emulateMedia({ colorScheme: scheme });
  const root = document.documentElement.style;
  root.colorScheme = scheme;
  root.background = scheme === 'dark' ? '#121212' : '#ffffff';
  root.color = scheme === 'dark' ? '#eeeeee' : '#111111';
}

export async function resetPageStyle(): Promise<void> {
  await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  for (const prop of ['color-scheme', 'background', 'color']) document.documentElement.style.removeProperty(prop);
}
