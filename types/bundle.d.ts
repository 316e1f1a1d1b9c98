// b24-call-status/bundle: the self-contained module exports what the entry does.
export * from '../dist/index.js';
