// `npm test`'s server-rendering step for the bindings (node --test, after the build): the React
// hook and the Vue composable render `loading` on the server (there is no call card there) and
// leave nothing running: no handle is made, so no timer waits for a BX24 that never comes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createElement } from 'react';
import { renderToString as renderReact } from 'react-dom/server';
import { createSSRApp, h } from 'vue';
import { renderToString as renderVue } from 'vue/server-renderer';

const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

test('useCallStatus (React) renders loading on the server and leaves no timer', async () => {
  const { useCallStatus } = await import('../../dist/react.js');
  const before = timers();
  const Call = () => {
    const { state, status } = useCallStatus();
    return createElement('p', null, `${state} ${status?.PHONE_NUMBER ?? '-'}`);
  };
  assert.equal(renderReact(createElement(Call)), '<p>loading -</p>');
  assert.equal(timers(), before);
});

test('useCallStatus (Vue) renders loading on the server and leaves no timer', async () => {
  const { useCallStatus } = await import('../../dist/vue.js');
  const before = timers();
  const app = createSSRApp({
    setup() {
      const call = useCallStatus();
      return () => h('p', `${call.value.state} ${call.value.status?.PHONE_NUMBER ?? '-'}`);
    },
  });
  assert.equal(await renderVue(app), '<p>loading -</p>');
  assert.equal(timers(), before);
});
