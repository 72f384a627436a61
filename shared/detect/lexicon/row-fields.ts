// The fields of a list's row written on one line: "Nguyễn Văn Cường – SN 1989 –
// ấp Tân Hòa", "Tống Văn Khuê  1972  xã Yên Khánh", "NAM - 1964 - LÀM THUÊ".
// A field ends at a dash, a comma, a tab or a '|' (spaces around it), or at a
// gap of two spaces in a table laid out with spaces.

/** '-', ',', tab, '|'. */
function isMark(c: number): boolean {
  return c === 45 || c === 44 || c === 9 || c === 124;
}

/**
 * Where the field before `pos` ends, its separator read back (at most five
 * units), or `pos` when none is there. With `wideGap` false two spaces alone
 * are no separator.
 */
export function fieldBefore(folded: string, pos: number, wideGap = true): number {
  let i = pos;
  let marked = false;
  while (i > 0 && pos - i < 5) {
    const c = folded.charCodeAt(i - 1);
    if (isMark(c)) marked = true;
    else if (c !== 32) break;
    i--;
  }
  return marked || (wideGap && pos - i >= 2) ? i : pos;
}

/** Whether another field follows the word starting at `start` on its line (" - ", " | ", a tab, a wide gap). */
export function fieldAfter(s: string, start: number): boolean {
  let i = start;
  while (i < s.length && s.charCodeAt(i) !== 32 && s.charCodeAt(i) !== 9 && s.charCodeAt(i) !== 10) i++;
  return s.startsWith(' - ', i) || s.startsWith(' | ', i) || s.charCodeAt(i) === 9 || s.startsWith('  ', i);
}
