// Mounts ./App.svelte (legacy mode), compiled by bundle-apps.mjs with svelte/compiler.
import { flushSync, mount } from 'svelte';
import App from './App.svelte';
import type { Transports } from '../transports.js';

export function start(target: HTMLElement, props: Transports) {
  mount(App, { target, props });
  flushSync();
}
