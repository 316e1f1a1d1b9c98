import { bundledApp, checkApp } from './app-contract.js';

checkApp('React 19', bundledApp('react'));
