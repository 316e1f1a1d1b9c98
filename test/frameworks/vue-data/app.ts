// Mounts ./App.vue, compiled by bundle-apps.mjs with vue/compiler-sfc.
import { createApp } from 'vue';
import App from './App.vue';
import { liveCards, type DataApp } from '../data-probe.js';

export { liveCards };

export function start(root: HTMLElement, transports: { ok: unknown; broken: unknown }): DataApp {
  const app = createApp(App, transports);
  app.config.warnHandler = (msg) => {
    throw new Error(`Vue warned: ${msg}`);
  };
  app.mount(root);
  return { stop: () => app.unmount() };
}
