import { expect } from '@open-wc/testing';
import { loadBX24 } from '../../demo/bx24-wire.js';
import { liveSuite } from './support/live-suite.js';

liveSuite('bx24');

describe('the wire-level BX24 stand-in', () => {
  it('throws outside a Bitrix24 frame and leaves a full, dead window.BX24, like the real script', () => {
    const w = window as { BX24?: { getDomain(): string; init: unknown } };
    delete w.BX24;
    const left = () => w.BX24 as { getDomain(): string; init: unknown };
    try {
      expect(() => loadBX24()).to.throw('Unable to initialize Bitrix24 JS library!');
      expect(left().init).to.be.a('function');
      expect(left().getDomain()).to.equal('');
    } finally {
      delete w.BX24;
    }
  });
});
