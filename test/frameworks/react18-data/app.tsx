// ../react-data's app, bundled with `react` and `react-dom` aliased to React 18 (bundle-apps.mjs).
export { liveCards, reactVersion, start } from '../react-data/app.js';
