import { expect, waitUntil } from '@open-wc/testing';
import type { B24CallStatus } from '../src/index.js';
import { createBX24 } from './support/bx24-stand-in.js';
import { createFrame } from './support/frame-stand-in.js';

// The client libraries own the frame channel; the element must never listen
// to `window` 'message' itself. This file imports the element only after the
// recorder is in place (static imports would run first), so every listener
// its modules add, at import or at run time, is seen.
const added: string[] = [];
const addEventListener = EventTarget.prototype.addEventListener;
EventTarget.prototype.addEventListener = function (this: EventTarget, ...args: Parameters<EventTarget['addEventListener']>) {
  if (this === window && args[0] === 'message') added.push(new Error('message listener').stack ?? '');
  return addEventListener.apply(this, args);
};

after(() => {
  EventTarget.prototype.addEventListener = addEventListener;
});

describe('the frame channel', () => {
  it('the recorder sees a window message listener (control)', () => {
    const listener = () => {};
    window.addEventListener('message', listener);
    window.removeEventListener('message', listener);
    expect(added.length).to.equal(1);
    added.length = 0;
  });

  it('is never listened to by the element, at import or through its whole life', async () => {
    await import('../src/index.js');
    const mount = async (transport: unknown, keepOpen = false) => {
      const el = document.createElement('b24-call-status');
      el.transport = transport as B24CallStatus['transport'];
      el.keepOpen = keepOpen;
      document.body.append(el);
      await waitUntil(() => el.state !== 'loading', 'never left loading');
      return el;
    };
    const { BX24, portal } = createBX24();
    const { frame, portal: framePortal } = createFrame({ safelyMs: 30 });
    const plain = { call: async () => ({ CALL_STATE: 'idle', CRM_ENTITY_TYPE: 'DEAL', CRM_ENTITY_ID: 1 }) };
    const els = [await mount(BX24, true), await mount(frame), await mount(plain), await mount(null)];
    expect(els.map((e) => e.state)).to.deep.equal(['ready', 'ready', 'ready', 'error']);

    await new Promise((r) => setTimeout(r, 60)); // past the frame's early-event window
    for (const p of [portal, framePortal]) {
      p.fire('CallCard::CallStateChanged', 'connected');
      p.fire('CallCard::EntityChanged', { PHONE_NUMBER: '+1', CRM_ENTITY_TYPE: 'LEAD', CRM_ENTITY_ID: 2 });
      p.fire('CallCard::BeforeClose');
    }
    await waitUntil(() => els[0].callState === 'connected' && els[1].callState === 'connected', 'events not applied');
    await Promise.all(els.map((e) => e.refresh()));
    els[2].shadowRoot!.querySelector<HTMLButtonElement>('[part="crm"]')!.click();
    els.forEach((e) => e.remove());

    expect(added, added.join('\n\n')).to.deep.equal([]);
    expect(window.onmessage).to.equal(null);
  });
});
