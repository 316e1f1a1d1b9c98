// The Angular app of the framework tests, compiled JIT in the browser (no CLI);
// the README's Angular snippet is taken from it.
import '@angular/compiler';
import { Component, CUSTOM_ELEMENTS_SCHEMA, InjectionToken, inject, provideZonelessChangeDetection, signal } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import 'b24-call-status';
import type { StatusChangeEvent, StatusErrorEvent } from 'b24-call-status';
import type { Transports } from '../transports.js';

const TRANSPORTS = new InjectionToken<Transports>('transports');

@Component({
  selector: 'call-card-app',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
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
    </ol>`,
})
class CallCardApp {
  readonly transports = inject(TRANSPORTS);
  readonly keepOpen = signal(false);
  readonly log = signal<string[]>([]);

  onStatus(e: Event) {
    const { status } = (e as StatusChangeEvent).detail;
    this.log.update((l) => [...l, `status ${status.CALL_STATE} ${status.PHONE_NUMBER}`]);
  }

  onError(e: Event) {
    this.log.update((l) => [...l, `error ${(e as StatusErrorEvent).detail.code}`]);
  }
}

export async function start(root: HTMLElement, transports: Transports) {
  root.append(document.createElement('call-card-app'));
  await bootstrapApplication(CallCardApp, {
    providers: [provideZonelessChangeDetection(), { provide: TRANSPORTS, useValue: transports }],
  });
}
