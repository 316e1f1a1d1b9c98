/**
 * The portal side of the demo app's side channel: the app's reports (its
 * widgets' events and what they show) and the controls sent back to it. Not
 * Bitrix24 protocol; it only lets a page see into the cross-origin frame.
 */
import type { DemoControl, DemoReport, WidgetSnapshot } from './app.js';
import type { Portal } from './portal.js';

export type EventReport = Extract<DemoReport, { type: 'event' }>;

export class AppLink {
  readonly portal: Portal;
  readonly events: EventReport[] = [];
  widgets: WidgetSnapshot[] = [];
  #onReport: (r: DemoReport) => void;
  #listener = (e: MessageEvent) => {
    const r = (e.data as { b24DemoReport?: DemoReport } | null)?.b24DemoReport;
    if (!r || !e.source || e.source !== this.portal.iframe?.contentWindow || e.origin !== this.portal.appOrigin) return;
    if (r.type === 'event') this.events.push(r);
    else this.widgets = r.widgets;
    this.#onReport(r);
  };

  constructor(portal: Portal, onReport: (r: DemoReport) => void = () => {}) {
    this.portal = portal;
    this.#onReport = onReport;
    window.addEventListener('message', this.#listener);
  }

  control(c: DemoControl): void {
    this.portal.iframe?.contentWindow?.postMessage({ b24DemoControl: c }, this.portal.appOrigin);
  }

  named(name: string): EventReport[] {
    return this.events.filter((e) => e.name === name);
  }

  dispose(): void {
    window.removeEventListener('message', this.#listener);
  }
}
