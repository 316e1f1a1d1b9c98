import { expect, waitUntil } from '@open-wc/testing';

// The self-contained bundle (built by `npm run build`) on a page served with
// `default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'`.
type StrictWindow = Window & { violations: string[]; customElements: CustomElementRegistry };

async function openStrictPage(): Promise<{ win: StrictWindow; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 480px; height: 400px';
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = '/test/csp/strict.html';
  document.body.append(frame);
  await loaded;
  return { win: frame.contentWindow as StrictWindow, frame };
}

describe('a strict Content-Security-Policy page', () => {
  it('is served with the policy, and reports what breaks it (control)', async () => {
    const res = await fetch('/test/csp/strict.html');
    expect(res.headers.get('content-security-policy')).to.contain("require-trusted-types-for 'script'");
    const { win, frame } = await openStrictPage();
    await waitUntil(() => Array.isArray(win.violations), 'the page script did not run');
    const style = win.document.createElement('style');
    style.textContent = 'body { color: red }';
    win.document.head.append(style);
    await waitUntil(() => win.violations.some((v) => v.startsWith('style-src')), 'an inline style was not reported');
    const div = win.document.createElement('div');
    expect(() => (div.innerHTML = '<b>x</b>'), 'a string reached an HTML sink').to.throw();
    await waitUntil(() => win.violations.some((v) => v.startsWith('require-trusted-types-for')), 'a Trusted Types breach was not reported');
    frame.remove();
  });

  it('runs the bundle with no violation and renders the status', async () => {
    const { win, frame } = await openStrictPage();
    const el = win.document.querySelector('b24-call-status') as HTMLElement & { state: string; updateComplete: Promise<boolean> };
    await waitUntil(() => el.state === 'ready', `never ready; violations: ${win.violations}`, { timeout: 5000 });
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('[part~="phone"]')!.textContent?.trim()).to.equal('+19999999666');
    expect(root.querySelector('[part~="state"]')!.textContent?.trim()).to.equal('Idle');
    // Lit adopts constructable stylesheets, which style-src 'self' allows: check they truly apply.
    expect(root.adoptedStyleSheets.length).to.be.at.least(1);
    const base = win.getComputedStyle(root.querySelector('[part="base"]')!);
    expect(base.display).to.equal('flex');
    expect(base.borderTopLeftRadius).to.equal('10px');
    // A click runs under the policy too.
    root.querySelector<HTMLButtonElement>('[part="crm"]')!.click();
    expect(win.violations).to.deep.equal([]);
    frame.remove();
  });
});
