import { checkApp, type MountApp } from './app-contract.js';

// The page runs in a frame of its own, as it would on a site.
const plainPage: MountApp = async (transports) => {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = new URL('./plain/index.html', import.meta.url).href;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { start(t: unknown): void; B24CallStatus?: unknown };
  if (win.B24CallStatus !== win.customElements.get('b24-call-status')) throw new Error('window.B24CallStatus is not the element class');
  win.start(transports);
  return frame.contentDocument!.body;
};

checkApp('Plain HTML + iife', plainPage);
