import { expect } from '@open-wc/testing';
import { crmKind, crmPath, entityTypeId, itemName, itemRequest, MAX_NAME } from '../../src/core/crm.js';
import { crmPath as crmPathFromCore } from '../../src/core/index.js';
import { crmPath as crmPathFromIndex } from '../../src/index.js';

describe('crm: types, ids, paths and names', () => {
  it('gives each CRM type its entityTypeId, and DYNAMIC_<n> its n', () => {
    const ids = { LEAD: 1, DEAL: 2, CONTACT: 3, COMPANY: 4, QUOTE: 7, SMART_INVOICE: 31, DYNAMIC_128: 128, DYNAMIC_1035: 1035 };
    for (const [type, id] of Object.entries(ids)) expect(entityTypeId(type), type).to.equal(id);
    for (const none of ['lead', 'Deal', 'DYNAMIC_', 'DYNAMIC_0', 'DYNAMIC_-1', 'DYNAMIC_1e3', '__proto__', 'toString', '', 3, null, undefined, {}]) {
      expect(entityTypeId(none), String(none)).to.equal(undefined);
    }
  });

  it('has a word key for every type, one for all smart processes', () => {
    expect(['LEAD', 'DEAL', 'CONTACT', 'COMPANY', 'QUOTE', 'SMART_INVOICE', 'DYNAMIC_128', 'DYNAMIC_1044'].map(crmKind)).to.deep.equal([
      'LEAD', 'DEAL', 'CONTACT', 'COMPANY', 'QUOTE', 'SMART_INVOICE', 'DYNAMIC', 'DYNAMIC',
    ]);
    expect(crmKind('SMART')).to.equal(undefined);
    // Smart processes start at 128: DYNAMIC_1 must not pass for a lead.
    expect(['DYNAMIC_1', 'DYNAMIC_7', 'DYNAMIC_127'].map(crmKind)).to.deep.equal([undefined, undefined, undefined]);
  });

  it('links every type to its details page, and src/index still exports crmPath', () => {
    expect(crmPath('LEAD', 311)).to.equal('/crm/lead/details/311/');
    expect(crmPath('DEAL', 4615)).to.equal('/crm/deal/details/4615/');
    expect(crmPath('CONTACT', 797)).to.equal('/crm/contact/details/797/');
    expect(crmPath('COMPANY', 643)).to.equal('/crm/company/details/643/');
    expect(crmPath('QUOTE', 18)).to.equal('/crm/quote/show/18/');
    expect(crmPath('SMART_INVOICE', 25)).to.equal('/crm/type/31/details/25/');
    expect(crmPath('DYNAMIC_128', 7)).to.equal('/crm/type/128/details/7/');
    for (const [type, id] of [['DEAL', 0], ['DEAL', -1], ['DEAL', 1.5], ['DEAL', '5'], ['DEAL', 2 ** 53], ['SMART', 1], ['contact', 1], ['../DEAL', 1], ['DYNAMIC_1', 1]] as const) {
      expect(crmPath(type, id), `${type} ${id}`).to.equal(undefined);
    }
    // The element's entry and the core's both give the core's crmPath.
    expect(crmPathFromIndex).to.equal(crmPath);
    expect(crmPathFromCore).to.equal(crmPath);
  });

  it('gives the crm.item.get params of an item that can be asked for', () => {
    expect(itemRequest('CONTACT', 797)).to.deep.equal({ entityTypeId: 3, id: 797 });
    expect(itemRequest('DYNAMIC_128', 7)).to.deep.equal({ entityTypeId: 128, id: 7 });
    for (const [type, id] of [['DEAL', 0], ['DEAL', -3], ['DEAL', 1.5], ['DEAL', '5'], ['SMART', 1], ['DYNAMIC_1', 1], [null, 1]] as const) {
      expect(itemRequest(type, id), `${type} ${id}`).to.equal(undefined);
    }
  });

  it('names an item by its title, or a contact by its name parts', () => {
    expect(itemName({ item: { id: 4615, title: 'Website redesign' } })).to.equal('Website redesign');
    expect(itemName({ item: { name: 'Ivan', secondName: '', lastName: 'Petrov' } })).to.equal('Ivan Petrov');
    expect(itemName({ name: ' Ivan ', secondName: 'Ivanovich', lastName: ' Petrov\n' })).to.equal('Ivan Ivanovich Petrov');
    expect(itemName({ item: { title: '  Acme \t LLC ' } })).to.equal('Acme LLC');
    expect(itemName({ item: { title: '', name: 'Olga' } })).to.equal('Olga');
  });

  it('has no name for empty, non-string or hostile values, and caps a long one', () => {
    const hostile = { get item() { throw new Error('x'); } };
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    for (const none of [undefined, null, 'Acme', 42, [], {}, { item: {} }, { item: { title: '   ' } }, { item: { title: 5, name: ['Ivan'] } }, { item: { name: { toString: () => 'x' } } }, hostile, revoked.proxy]) {
      expect(itemName(none), typeof none).to.equal(undefined);
    }
    expect(itemName({ item: { title: 'x'.repeat(100_000) } })).to.have.length(MAX_NAME);
  });
});
