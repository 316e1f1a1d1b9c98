/**
 * A React component mounted after the status is known hears the first
 * b24-status-change: @lit/react adds its listeners after the element is in
 * the DOM, so an event fired inside connectedCallback is lost to it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { createBX24 } from '../support/bx24-stand-in.js';
import { DOC_STATUS } from '../support/fake-portal.js';

describe('React: a component mounted after the status is known', () => {
  it('the second <B24CallStatus> hears its first b24-status-change, with no second host read', async () => {
    const app = '/__apps__/react-late.js'; // served by bundle-apps.mjs, so not a module tsc can find
    const { start, showSecond } = (await import(/* @vite-ignore */ app)) as {
      start(root: HTMLElement, transport: unknown): void;
      showSecond(): void;
    };
    const { BX24, portal } = createBX24();
    const root = document.body.appendChild(document.createElement('div'));
    const log = () => [...root.querySelectorAll('.log li')].map((li) => li.textContent!.trim());
    start(root, BX24);
    await waitUntil(() => log().includes(`first ${DOC_STATUS.PHONE_NUMBER}`), `first never logged: ${log().join('; ')}`);
    const reads = portal.count('getStatus');
    showSecond();
    await waitUntil(() => log().includes(`second ${DOC_STATUS.PHONE_NUMBER}`), `the second component never heard the status: ${log().join('; ')}`, {
      timeout: 3000,
    });
    expect(portal.count('getStatus')).to.equal(reads);
    root.remove();
  });
});
