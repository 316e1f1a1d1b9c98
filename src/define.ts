/**
 * Defines `<b24-call-status>` once per page. A drop-in bundle and an app
 * bundle on one page is common, so a second definition is skipped, and a
 * different version is warned about once.
 */
import { B24CallStatus, VERSION } from './b24-call-status.js';

export const TAG = 'b24-call-status';

let warned = false;

export function define(): void {
  const registry = globalThis.customElements;
  if (!registry) return; // Node, SSR: nothing to define.
  const existing = registry.get(TAG) as (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) {
    registry.define(TAG, B24CallStatus);
  } else if (existing !== B24CallStatus && existing.version !== VERSION && !warned) {
    warned = true;
    console.warn(`<${TAG}> ${existing.version} is defined; ${VERSION} is not used`);
  }
}
