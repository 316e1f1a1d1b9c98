// The "data in your own UI" apps, bundled from the built package (bundle-apps.mjs); the same
// apps run from the packed tarball in test/package/installed.test.ts.
// The assertions (expect) live in data-checks.ts, shared with the tarball run.
import { checkDataApp, type DataAppModule } from './data-checks.js';

const app = (name: string) => () => import(/* @vite-ignore */ `/__apps__/${name}.js`) as Promise<DataAppModule>;

checkDataApp('React 19: useCallStatus', { load: app('react-data'), elements: 1, swap: true, react: '19', element: true });
checkDataApp('React 18: useCallStatus', { load: app('react18-data'), elements: 1, swap: true, react: '18', element: true });
checkDataApp('Vue 3: useCallStatus', { load: app('vue-data'), elements: 1, swap: true, element: true });
checkDataApp('Svelte 5: the CallCard store', { load: app('svelte-data') });
checkDataApp('Angular: the CallStatus service', { load: app('angular'), elements: 2 });
checkDataApp('Lit: CallStatusController', { load: app('lit-data'), swap: true });
