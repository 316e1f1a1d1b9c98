import { expect } from '@open-wc/testing';
import { parseCommand } from '../../demo/portal.js';

describe('the emulated portal reads commands as Bitrix24 does', () => {
  it('splits from the end, so params JSON may hold colons', () => {
    expect(parseCommand('openPath:{"path":"http://x/crm/deal/details/1/"}:cb1:sid9')).to.deep.equal({
      command: 'openPath',
      params: { path: 'http://x/crm/deal/details/1/' },
      callbackId: 'cb1',
      appSid: 'sid9',
    });
  });

  it('reads both libraries\' empty params slot, and a missing callbackId', () => {
    expect(parseCommand('getInitData::cb1:sid9')).to.include({ command: 'getInitData', params: '', callbackId: 'cb1' });
    expect(parseCommand('getInitData:cb1:sid9')).to.include({ command: 'getInitData', params: '', callbackId: 'cb1' });
    expect(parseCommand('disableAutoClose:{}::sid9')).to.include({ callbackId: '', appSid: 'sid9' });
  });

  it('accepts the object form, and nothing that is neither', () => {
    expect(parseCommand({ method: 'getStatus', params: {}, callback: 'cb1', appSid: 'sid9' })).to.deep.equal({
      command: 'getStatus',
      params: {},
      callbackId: 'cb1',
      appSid: 'sid9',
    });
    for (const junk of ['getStatus', 'a:b', 42, null, { b24DemoReport: {} }]) expect(parseCommand(junk), String(junk)).to.equal(undefined);
  });
});
