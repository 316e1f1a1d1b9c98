// Mounts ./App.svelte, compiled by bundle-apps.mjs with svelte/compiler.
import { flushSync, mount } from 'svelte';
import App from './App.svelte';
import type { Transport } from 'b24-call-status';

export function start(target: HTMLElement, props: { ok: Transport; broken: Transport }) {
  mount(App, { target, props });
  flushSync();
}
