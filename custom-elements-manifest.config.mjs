// The manifest is made from JSDoc alone: the analyzer also guesses events from
// dispatchEvent() calls, and those guesses (unnamed, or named after a local
// variable) duplicate the documented @fires entries, so they are dropped.
export default {
  globs: ['src/**/*.ts'],
  litelement: true,
  plugins: [
    {
      name: 'documented-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            if (decl.events) decl.events = decl.events.filter((e) => e.name && e.description);
          }
        }
      },
    },
  ],
};
