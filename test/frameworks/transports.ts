/** What each framework app is handed: a working host and a broken one. Kept apart from the test side, which imports src/. */
export interface Transports {
  ok: unknown;
  broken: unknown;
}
