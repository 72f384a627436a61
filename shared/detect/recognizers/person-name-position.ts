// An official's position over a signature (Decree 30/2020/NĐ-CP layout),
// as its upper-cased lines spell it: "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH",
// "KT. GIÁM ĐỐC". Written once for both patterns below, which must name the
// same positions (a position only one of them knew would be missed).
const ABBREVIATIONS = '(?:TM|KT|Q|TL|TUQ)\\.';
const TITLES = 'CHU TICH|GIAM DOC|CHANH VAN PHONG|TRUONG (?:PHONG|BAN|KHOA)|BO TRUONG|THU TRUONG|BI THU|VIEN TRUONG|CUC TRUONG|HIEU TRUONG|\\(DA KY\\)|\\(KY(?:,| TEN)';

/** The positions, on upper-cased text. */
export const POSITIONS = new RegExp(`\\b${ABBREVIATIONS}|${TITLES}`);

// The positions case-blind and without the word's bound before the
// abbreviations, or a unit that upper-cases to a string holding an ASCII
// unit ("ı" to "I", "ﬀ" to "FF", "ß" to "SS"; no astral character does, the
// test reads every code point): POSITIONS, run on an upper-cased copy, may
// match it, a case-blind pattern matches no ASCII letter to it. Every
// stretch holding a position holds one of these, and so does every stretch
// inside another that does (a bound would show at a stretch's start where
// the whole has none).
const POSITION_OR_UPPER_TO_ASCII = new RegExp(`${ABBREVIATIONS}|${TITLES}|[\\xdf\\u0131\\u0149\\u017f\\u01f0\\u1e96-\\u1e9a\\ufb00-\\ufb06]`, 'i');

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
