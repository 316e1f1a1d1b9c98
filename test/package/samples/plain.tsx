// Plain TypeScript against the packed package: the entry, a locale, the bundle and the global.
// (.tsx only so that the repository's own type check, which takes test/**/*.ts, leaves it out.)
import { B24CallStatus, StatusChangeEvent, type PlainTransport } from 'b24-call-status';
import { de } from 'b24-call-status/locales/de';
import * as bundle from 'b24-call-status/bundle';
import type {} from 'b24-call-status/iife';
import { callCard, type CallCardSnapshot } from 'b24-call-status/core';

const el = document.createElement('b24-call-status');
const asClass: B24CallStatus = el;
const transport: PlainTransport = { call: async () => ({}) };
el.transport = transport;
el.timeout = 3000;
el.addEventListener('b24-status-change', (e) => console.log(e.detail.status.PHONE_NUMBER, e.detail.previous));
el.addEventListener('b24-error', (e) => console.log(e.detail.code));
const Global: typeof B24CallStatus = window.B24CallStatus;
const FromBundle: typeof B24CallStatus = bundle.B24CallStatus;
console.log(asClass, de, Global, FromBundle, StatusChangeEvent);

// @ts-expect-error: a transport is an object, not a number
el.transport = 42;
el.addEventListener('b24-status-change', (e) => {
  // @ts-expect-error: the detail is {status, previous}; `stauts` is misspelled
  console.log(e.detail.stauts);
});

// The core alone: a handle, its snapshot, its events.
const card = callCard(transport, { timeout: 3000, names: false });
const off = card.subscribe((s: CallCardSnapshot) => console.log(s.state, s.status?.PHONE_NUMBER, s.names['CONTACT:797']));
card.addEventListener('b24-call-state-change', (e) => console.log(e.detail.state));
off();
card.dispose();
// @ts-expect-error: a misspelled snapshot field
console.log(card.getSnapshot().status?.PHONE_NUMBR);
