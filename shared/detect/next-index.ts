/**
 * s.indexOf(String.fromCharCode(code), from) for `from` ≥ 0, looking at the next few
 * characters by char code first. Recognizers that step from one '@' or '°'
 * to the next make one call per sign, and in dense noise ("a@a@a@…",
 * "1°1°1°…") a builtin call per sign costs more than the sign's own check;
 * in prose the first look fails fast and indexOf does the long search.
 */
export function nextIndex(s: string, code: number, from: number): number {
  const stop = Math.min(s.length, from + 16);
  for (let k = from; k < stop; k++) if (s.charCodeAt(k) === code) return k;
  return stop >= s.length ? -1 : s.indexOf(String.fromCharCode(code), stop);
}
