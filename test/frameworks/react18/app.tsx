// React 18 through the wrapper: ../react19-wrapper's app, bundled with `react` and
// `react-dom` aliased to React 18 (bundle-apps.mjs). React 18 sets a bare custom
// element's props as attributes and drops its `on…` props; the wrapper must not.
export { reactVersion, start } from '../react19-wrapper/app.js';
