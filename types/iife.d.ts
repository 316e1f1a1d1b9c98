// b24-call-status/iife: a classic script. It exports nothing and sets one global, the class
// that owns <b24-call-status> (another copy's when one was defined first).
import type { B24CallStatus as B24CallStatusElement } from '../dist/index.js';

declare global {
  var B24CallStatus: typeof B24CallStatusElement;
}

export {};
