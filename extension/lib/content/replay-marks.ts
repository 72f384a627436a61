// Events the guard replays itself after the user chose to go on: the
// listeners let these through instead of deciding again.
export const replayMarks = {
  submittingForms: new WeakSet<HTMLFormElement>(),
  restoringFiles: new WeakSet<HTMLInputElement>(),
};
