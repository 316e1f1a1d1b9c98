// The "data in your own UI" apps from the packed tarball, each bundled in a consumer project
// that installs only the tarball and its framework (./consumers.mjs); the same checks as
// test/frameworks/data.test.ts, which runs them from the build. Each app on a page of its own
// would cost a browser page per app; on one page, the first app's copy of the package defines
// <b24-call-status>, and the checks count the elements of that copy only.
// The assertions (expect) live in ../frameworks/data-checks.ts.
import { checkDataApp, type DataAppModule } from '../frameworks/data-checks.js';

const app = (name: string) => () => import(/* @vite-ignore */ `/__installed__/${name}.js`) as Promise<DataAppModule>;

checkDataApp('React 19 from the tarball: useCallStatus and <B24CallStatus>', { load: app('react19'), elements: 1, swap: true, react: '19', element: true });
checkDataApp('React 18 from the tarball: useCallStatus and <B24CallStatus>', { load: app('react18'), elements: 1, swap: true, react: '18', element: true });
checkDataApp('Vue 3 from the tarball: useCallStatus, and the element with id and class', { load: app('vue'), elements: 1, swap: true, element: true });
checkDataApp('Svelte 5 from the tarball: the CallCard store', { load: app('svelte') });
checkDataApp('Angular from the tarball: the CallStatus service\'s signal', { load: app('angular'), elements: 2 });
checkDataApp('Lit from the tarball: CallStatusController', { load: app('lit'), swap: true });
