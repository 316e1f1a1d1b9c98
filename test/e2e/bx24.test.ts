import { expect } from '@open-wc/testing';
import { loadBX24 } from '../../demo/bx24-wire.js';
import { liveSuite } from './support/live-suite.js';

liveSuite('bx24');

describe('the wire-level BX24 stand-in', () => {
  it('throws and leaves window.BX24 null outside a frame, like the real script', () => {
    const w = window as { BX24?: unknown };
    w.BX24 = 'before';
    try {
      expect(() => loadBX24()).to.throw('Unable to initialize Bitrix24 JS library!');
      expect(w.BX24).to.equal(null);
    } finally {
      delete w.BX24;
    }
  });
});
