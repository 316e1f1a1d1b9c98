// The framework typing entries (b24-call-status/vue, /svelte, /preact, /jsx) are types only;
// this empty module keeps a non-type import of one from breaking a build.
export {};
