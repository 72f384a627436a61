// The engine's word tables and lexicons take tens of milliseconds to build.
// The content script is loaded into every frame of every page, most of which
// the user never types into, so nothing is built when the modules load: each
// table registers how to fill itself, and the first scan fills them all, in
// the order they were registered (a module's imports register first, so a
// table built from another table finds it filled).

const pending: (() => void)[] = [];
let ready = false;

/** Runs `fill` at the first scan, or now if the first scan has happened. */
export function atFirstScan(fill: () => void): void {
  if (ready) fill();
  else pending.push(fill);
}

/** Fills every registered table; cheap once done. Called by every scan. */
export function prepareTables(): void {
  if (ready) return;
  // Set first: the fills scan their own keywords, and what they register runs at once.
  ready = true;
  for (let i = 0; i < pending.length; i++) pending[i]();
  pending.length = 0;
}

/** Whether the tables have been filled. */
export function tablesReady(): boolean {
  return ready;
}
