// Mounts ./App.svelte, compiled by bundle-apps.mjs with svelte/compiler.
import { flushSync, mount, unmount } from 'svelte';
import App from './App.svelte';
import type { Transport } from 'b24-call-status/core';
import { liveCards, type DataApp } from '../data-probe.js';

export { liveCards };

export function start(target: HTMLElement, props: { ok: unknown; broken: unknown }): DataApp {
  const app = mount(App, { target, props: props as { ok: Transport; broken: Transport } });
  flushSync();
  return { stop: () => void unmount(app) };
}
