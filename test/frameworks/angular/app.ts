// The Angular app of the framework tests, compiled JIT in the browser (no CLI);
// the README's Angular snippets are taken from it. It shows the element, and, through
// the CallStatus service (./call-status.ts), the call's data in components of its own.
import '@angular/compiler';
import {
  Component,
  CUSTOM_ELEMENTS_SCHEMA,
  InjectionToken,
  inject,
  provideZonelessChangeDetection,
  signal,
} from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import 'b24-call-status';
import type { StatusChangeEvent, StatusErrorEvent } from 'b24-call-status';
import type { Transports } from '../transports.js';
import { first, line, liveCards, type DataApp } from '../data-probe.js';
import { CALL_TRANSPORT, CallStatus } from './call-status.js';

const TRANSPORTS = new InjectionToken<Transports>('transports');

/** One call, through a CallStatus of its own: the handle lives as long as the component. */
abstract class CallView {
  abstract readonly label: string;
  readonly call = inject(CallStatus);
  readonly firstRender = first(this.call.snapshot());
  readonly line = line;
}
const VIEW = `<div class="call" [id]="'call-' + label">
    <span class="line">{{ line(call.snapshot()) }}</span> <span class="first">{{ firstRender }}</span>
    @if (call.snapshot().status; as status) {
      <span class="phone">{{ status.PHONE_NUMBER }}</span>
    }
  </div>`;
const on = (which: keyof Transports) => [CallStatus, { provide: CALL_TRANSPORT, useFactory: () => inject(TRANSPORTS)[which] }];

@Component({ selector: 'ok-call', template: VIEW, providers: on('ok') })
class OkCall extends CallView {
  readonly label = 'ok';
}

@Component({ selector: 'broken-call', template: VIEW, providers: on('broken') })
class BrokenCall extends CallView {
  readonly label = 'broken';
}

@Component({ selector: 'late-call', template: VIEW, providers: on('ok') })
class LateCall extends CallView {
  readonly label = 'late';
}

@Component({
  selector: 'call-card-app',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  imports: [OkCall, BrokenCall, LateCall],
  template: `
    <button class="keep-open" (click)="keepOpen.set(!keepOpen())">Keep open</button>
    <b24-call-status id="ok" [transport]="transports.ok" [keepOpen]="keepOpen()"
      (b24-status-change)="onStatus($event)" (b24-error)="onError($event)"></b24-call-status>
    <b24-call-status id="broken" [transport]="transports.broken"
      (b24-status-change)="onStatus($event)" (b24-error)="onError($event)"></b24-call-status>
    <ol class="log">
      @for (line of log(); track $index) {
        <li>{{ line }}</li>
      }
    </ol>
    <button class="late" (click)="late.set(true)">Late</button>
    <ok-call /><broken-call />
    @if (late()) {
      <late-call />
    }`,
})
class CallCardApp {
  readonly transports = inject(TRANSPORTS);
  readonly keepOpen = signal(false);
  readonly late = signal(false);
  readonly log = signal<string[]>([]);

  onStatus(e: Event) {
    const { status } = (e as StatusChangeEvent).detail;
    this.log.update((l) => [...l, `status ${status.CALL_STATE} ${status.PHONE_NUMBER}`]);
  }

  onError(e: Event) {
    this.log.update((l) => [...l, `error ${(e as StatusErrorEvent).detail.code}`]);
  }
}

export { liveCards };

export async function start(root: HTMLElement, transports: Transports): Promise<DataApp> {
  const host = document.createElement('call-card-app');
  root.append(host);
  const app = await bootstrapApplication(CallCardApp, {
    providers: [provideZonelessChangeDetection(), { provide: TRANSPORTS, useValue: transports }],
  });
  return { stop: () => app.destroy() };
}
