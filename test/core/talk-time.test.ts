import { expect } from '@open-wc/testing';
import { TalkTime } from '../../src/core/talk-time.js';
import { clock } from '../../src/core/time.js';

// A fake epoch: time moves only when a test says so.
const real = { ...clock };
let now = 0;
const advance = (ms: number) => void (now += ms);

/** The ms talked as a view shows it: counting from connectedAt while connected, else talkTime. */
const talked = (t: { connectedAt?: number; talkTime?: number }) => (t.connectedAt !== undefined ? now - t.connectedAt : t.talkTime);

describe('TalkTime: how long the agent has talked on the page\'s call', () => {
  beforeEach(() => {
    now = 1_000_000;
    clock.now = () => now;
  });
  afterEach(() => Object.assign(clock, real));

  it('knows nothing until the call is connected', () => {
    const t = new TalkTime();
    expect(t.track('c1', 'idle')).to.deep.equal({});
    advance(3000);
    expect(t.track('c1', 'connecting')).to.deep.equal({});
    expect(t.track(undefined, undefined)).to.deep.equal({});
  });

  it('counts from the first connected (connectedAt), then keeps the measured talk time (talkTime)', () => {
    const t = new TalkTime();
    t.track('c1', 'connecting');
    advance(3000);
    expect(t.track('c1', 'connected')).to.deep.equal({ connectedAt: now });
    advance(65_000);
    // A repeated connected (a re-read mid-call) does not restart the count.
    expect(t.track('c1', 'connected')).to.deep.equal({ connectedAt: now - 65_000 });
    advance(1000);
    expect(t.track('c1', 'idle')).to.deep.equal({ talkTime: 66_000 });
    advance(60_000);
    // After the call the time stays as measured; only one of the two is ever set.
    expect(t.track('c1', 'idle')).to.deep.equal({ talkTime: 66_000 });
    expect(t.track('c1', undefined)).to.deep.equal({ talkTime: 66_000 });
  });

  it('adds a second stretch of the same call to the first: connectedAt moves back by the earlier talk', () => {
    const t = new TalkTime();
    t.track('c1', 'connected');
    advance(4000);
    expect(t.track('c1', 'connecting')).to.deep.equal({ talkTime: 4000 });
    advance(10_000);
    const again = t.track('c1', 'connected');
    expect(again).to.deep.equal({ connectedAt: now - 4000 });
    advance(3000);
    expect(talked(again)).to.equal(7000);
    expect(t.track('c1', 'idle')).to.deep.equal({ talkTime: 7000 });
  });

  it('starts over on a new CALL_ID, and not on an empty or unknown one', () => {
    const t = new TalkTime();
    t.track('c1', 'connected');
    advance(5000);
    expect(talked(t.track('', 'connected'))).to.equal(5000);
    expect(talked(t.track(undefined, undefined))).to.equal(5000);
    advance(1000);
    expect(talked(t.track(undefined, 'connected'))).to.equal(6000);
    expect(t.track('c2', 'idle')).to.deep.equal({});
    t.track('c2', 'connected');
    advance(2000);
    expect(talked(t.track('c2', 'connected'))).to.equal(2000);
  });

  it('a new CALL_ID that arrives connected starts a new count at once', () => {
    const t = new TalkTime();
    t.track('c1', 'connected');
    advance(5000);
    expect(t.track('c2', 'connected')).to.deep.equal({ connectedAt: now });
  });

  it('an unknown state is no news, and any known state but connected stops the count', () => {
    const t = new TalkTime();
    t.track('c1', 'connected');
    advance(2000);
    expect(talked(t.track('c1', undefined))).to.equal(2000);
    advance(1000);
    // A state the docs do not list (kept as it came by the model) is not connected.
    expect(t.track('c1', 'onhold')).to.deep.equal({ talkTime: 3000 });
  });

  it('reads the clock when it tracks, so every view of the call agrees on one connectedAt', () => {
    const t = new TalkTime();
    const first = t.track('c1', 'connected');
    advance(700);
    // A second view joining later gets the same origin.
    expect(t.track('c1', 'connected')).to.deep.equal(first);
  });
});
