import { bundledApp, checkApp } from './app-contract.js';

checkApp('Vue 3', bundledApp('vue'));
