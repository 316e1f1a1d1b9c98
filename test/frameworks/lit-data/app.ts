// Lit: an element of the app's own with the package's CallStatusController. A new
// `transport` on the controller starts over with a new handle.
import { LitElement, html } from 'lit';
import { CallStatusController, type Transport } from 'b24-call-status';
import { first, line, liveCards, type DataApp } from '../data-probe.js';

class CallView extends LitElement {
  static override properties = { label: {} };
  label = '';
  readonly call = new CallStatusController(this);
  #first?: string;

  override render() {
    this.#first ??= first(this.call.value);
    return html`<div class="call" id="call-${this.label}">
      <span class="line">${line(this.call.value)}</span> <span class="first">${this.#first}</span>
    </div>`;
  }

  // Light DOM, so the test reads it as it reads the other apps.
  protected override createRenderRoot() {
    return this;
  }
}
customElements.define('lit-data-call', CallView);

export { liveCards };

export function start(root: HTMLElement, { ok, broken }: { ok: unknown; broken: unknown }): DataApp {
  const view = (label: string, transport: unknown) => {
    const el = document.createElement('lit-data-call') as CallView;
    el.label = label;
    el.call.transport = transport as Transport;
    return el;
  };
  const late = document.createElement('button');
  late.className = 'late';
  late.onclick = () => root.append(view('late', ok));
  const swap = document.createElement('button');
  swap.className = 'swap';
  swap.onclick = () => (calls[0].call.transport = broken as Transport);
  const calls = [view('ok', ok), view('broken', broken)];
  root.append(late, swap, ...calls);
  return { stop: () => root.replaceChildren() };
}
