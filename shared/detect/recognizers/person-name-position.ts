// An official's position over a signature (Decree 30/2020/NĐ-CP layout),
// as its upper-cased lines spell it: "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH",
// "KT. GIÁM ĐỐC". Written once for both patterns below, which must name the
// same positions (a position only one of them knew would be missed).
const ABBREVIATIONS = '(?:TM|KT|Q|TL|TUQ)\\.';
const TITLES = 'CHU TICH|GIAM DOC|CHANH VAN PHONG|TRUONG (?:PHONG|BAN|KHOA)|BO TRUONG|THU TRUONG|BI THU|VIEN TRUONG|CUC TRUONG|HIEU TRUONG|\\(DA KY\\)|\\(KY(?:,| TEN)';

/** The positions, on upper-cased text. */
export const POSITIONS = new RegExp(`\\b${ABBREVIATIONS}|${TITLES}`);

/**
 * The UTF-16 units whose upper case holds an ASCII unit ("ı" to "I", "ﬀ" to
 * "FF", "ß" to "SS"), as ranges; no astral character's does (the test reads
 * every code point). Every other unit upper-cases to units none of which is
 * ASCII, so no ASCII pattern matches across it.
 */
export const UPPER_TO_ASCII: readonly (readonly [number, number])[] = [
  [0xdf, 0xdf], [0x131, 0x131], [0x149, 0x149], [0x17f, 0x17f], [0x1f0, 0x1f0], [0x1e96, 0x1e9a], [0xfb00, 0xfb06],
];

function unitEscape(unit: number): string {
  return `\\u${unit.toString(16).padStart(4, '0')}`;
}

// The positions case-blind and without the word's bound before the
// abbreviations, or a unit of UPPER_TO_ASCII: POSITIONS, run on an
// upper-cased copy, may match what it turns into, a case-blind pattern
// matches no ASCII letter to it. Every
// stretch holding a position holds one of these, and so does every stretch
// inside another that does (a bound would show at a stretch's start where
// the whole has none).
const POSITION_OR_UPPER_TO_ASCII = new RegExp(`${ABBREVIATIONS}|${TITLES}|[${UPPER_TO_ASCII.map(([a, b]) => `${unitEscape(a)}-${unitEscape(b)}`).join('')}]`, 'i');

/**
 * False when plain[from, to), upper-cased, surely holds no position; true
 * when it may. The stretch is read as it is, no upper-cased copy: the lines
 * above an e-mail's names hold brackets, "trường" and sentences' last
 * "t.", the hints that used to tell first, and upper-casing them (their
 * quotes and dashes are not ASCII) for the positions' pattern was a tenth
 * of scanning an e-mail.
 */
export function mayHoldPosition(plain: string, from: number, to: number): boolean {
  return POSITION_OR_UPPER_TO_ASCII.test(plain.slice(from, to));
}
