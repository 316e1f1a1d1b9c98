// The Vue 3 app of the framework tests; the README's Vue snippet is taken from it.
import { createApp, ref } from 'vue';
import 'b24-call-status';
import type { StatusChangeEvent, StatusErrorEvent } from 'b24-call-status';
import type { Transports } from '../transports.js';

export function start(root: HTMLElement, { ok, broken }: Transports) {
  const app = createApp({
    setup() {
      const keepOpen = ref(false);
      const log = ref<string[]>([]);
      const onStatus = (e: StatusChangeEvent) => log.value.push(`status ${e.detail.status.CALL_STATE} ${e.detail.status.PHONE_NUMBER}`);
      const onError = (e: StatusErrorEvent) => log.value.push(`error ${e.detail.code}`);
      return { ok, broken, keepOpen, log, onStatus, onError };
    },
    template: `
      <button class="keep-open" @click="keepOpen = !keepOpen">Keep open</button>
      <b24-call-status id="ok" :transport.prop="ok" :keepOpen.prop="keepOpen"
        @b24-status-change="onStatus" @b24-error="onError"></b24-call-status>
      <b24-call-status id="broken" :transport.prop="broken"
        @b24-status-change="onStatus" @b24-error="onError"></b24-call-status>
      <ol class="log"><li v-for="line in log">{{ line }}</li></ol>`,
  });
  // Without this, Vue looks for a component called b24-call-status and warns.
  app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('b24-');
  app.config.warnHandler = (msg) => {
    const li = document.createElement('li');
    li.textContent = `warn ${msg}`;
    root.querySelector('.log')?.append(li);
  };
  app.mount(root);
}
