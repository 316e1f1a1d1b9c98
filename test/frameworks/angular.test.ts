import { bundledApp, checkApp } from './app-contract.js';

checkApp('Angular', bundledApp('angular'));
