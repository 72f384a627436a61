import type { ScanContext } from './recognizer.ts';

import { prepareTables } from './first-scan.ts';
import { doubled } from './typed-arrays.ts';

// Folding runs on every keystroke, so it is a single char-code loop over a
// precomputed BMP table instead of normalize()/regex per character. A code
// maps to DROP when it folds away entirely (combining marks of NFD input,
// zero-width characters, soft hyphens).
const DROP = 0xffff;

/**
 * Both forms of every BMP unit in one entry: the plain form in the low half,
 * the folded (lower-case) form of the plain form in the high half, so the
 * scan loop makes one table load per unit. Filled on the first scan, not at
 * load (see first-scan.ts); allocated at load, zeroed pages that cost no
 * memory until then, so that the folding loop reads a constant array: read
 * from a variable, the table cost that loop about a sixth more.
 */
const FORMS = new Uint32Array(0x10000);
let built = false;
/**
 * Per unit, by its folded form: 1 for a digit, 2 for o, l or i. Two
 * neighbours multiply to 2 only when they are a digit and such a letter, so
 * the folding loop tells whether `readOcrDigits` has anything to do: a
 * pattern run over the folded text for that cost prose a third of the
 * folding's time.
 */
const OCR_CLASS = new Uint8Array(0x10000);
/** OCR_CLASS of a 0: a digit's 1 plus 64, so its products set the bits a digit's do, and higher ones no other check reads (the class table below says more). */
const ZERO = 65;
/** The bit only a 0 beside a letter other than o, l, i sets (ZERO × 32). */
const ZERO_BESIDE_LETTER = 2048;
/** By text unit, its folded form's class as the word index reads it (word-index.ts): −1 for a–z and 0–9, and −1 for a–z alone. */
const WORD_MASK = new Int8Array(0x10000);
const LETTER_MASK = new Int8Array(0x10000);

function plainTable(): Uint16Array {
  const plain = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) plain[c] = c;
  // Precomposed Latin (Vietnamese lives in Latin-1, Latin Extended-A/B and
  // Latin Extended Additional): keep the ASCII base letter of the NFD form.
  const ranges: [number, number][] = [
    [0x00c0, 0x024f],
    [0x1e00, 0x1eff],
  ];
  for (const [from, to] of ranges) {
    for (let c = from; c <= to; c++) {
      const d = String.fromCharCode(c).normalize('NFD');
      if (d.length > 1 && d.charCodeAt(0) < 0x80) plain[c] = d.charCodeAt(0);
    }
  }
  // Letters NFD leaves alone but Vietnamese writers treat as d.
  plain[0x0111] = 0x64; // đ
  plain[0x0110] = 0x44; // Đ
  plain[0x00f0] = 0x64; // ð, a common stand-in for đ
  plain[0x00d0] = 0x44; // Ð
  plain[0x0189] = 0x44; // Ɖ
  // Combining diacritics (NFD input) fold away; so do invisible characters
  // that get pasted into the middle of numbers.
  for (let c = 0x0300; c <= 0x036f; c++) plain[c] = DROP;
  for (const c of [0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]) plain[c] = DROP;
  // Unusual spaces become a plain space.
  for (const c of [0x00a0, 0x1680, 0x202f, 0x205f, 0x3000]) plain[c] = 0x20;
  for (let c = 0x2000; c <= 0x200a; c++) plain[c] = 0x20;
  // Dashes and the minus sign become '-', so "0912–345–678" reads like ASCII.
  for (const c of [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe63]) plain[c] = 0x2d;
  // C1 controls (stray bytes of a mis-decoded paste) are spaces, and NEL the
  // line break it stands for: with them out, a plain form in Latin-1 is a
  // one-byte string (see decode).
  for (let c = 0x80; c <= 0x9f; c++) plain[c] = 0x20;
  plain[0x85] = 0x0a;
  // A word processor's quotes and ellipsis are ASCII's ("K’Brơi", “…”): the
  // rules read one kind, and a document holding a single curly quote would
  // otherwise make both views two-byte strings, slower for every pass.
  for (const c of [0x201c, 0x201d, 0x201e, 0x201f, 0x00ab, 0x00bb, 0x2033]) plain[c] = 0x22;
  for (const c of [0x2018, 0x2019, 0x201a, 0x201b, 0x2032]) plain[c] = 0x27;
  plain[0x2026] = 0x2e;
  // Full-width ASCII (IME input, OCR of CJK-formatted documents).
  for (let c = 0xff01; c <= 0xff5e; c++) plain[c] = c - 0xfee0;
  return plain;
}

const BLOCK = 512;

function buildForms(): void {
  const plain = plainTable();
  // A character whose lower case is longer (none survive in `plain` for Latin
  // text) keeps its plain form, so `folded` stays aligned with `plain`.
  // Lower-cased a block at a time (one toLowerCase call per 512 units instead
  // of one per unit); a block whose length changes is done unit by unit.
  for (let from = 0; from < 0x10000; from += BLOCK) {
    const block = plain.subarray(from, from + BLOCK);
    const lower = String.fromCharCode.apply(null, block as unknown as number[]).toLowerCase();
    const aligned = lower.length === BLOCK;
    for (let k = 0; k < BLOCK; k++) {
      const p = block[k];
      let f = p;
      if (p === DROP) f = DROP;
      else if (aligned) f = lower.charCodeAt(k);
      else {
        const one = String.fromCharCode(p).toLowerCase();
        if (one.length === 1) f = one.charCodeAt(0);
      }
      FORMS[from + k] = p | (f << 16);
      // A space's class is 4: two in a row multiply to 16, a bit no other pair
      // sets, so the folding loop tells at no cost whether the text has a wide gap.
      // Another letter's is 32, and a 0's is a digit's 1 plus 64: beside such
      // a letter it alone sets bit 11 (65 × 32 = 2080), and only then may a 0
      // stand for an O (readOcrLetters, a search for every 0 of the text, ran
      // on any digit beside a letter: most mixed text has one, few a 0 so).
      WORD_MASK[from + k] = (f >= 48 && f <= 57) || (f >= 97 && f <= 122) ? -1 : 0;
      LETTER_MASK[from + k] = f >= 97 && f <= 122 ? -1 : 0;
      OCR_CLASS[from + k] = f === 48 ? ZERO : f >= 49 && f <= 57 ? 1 : f === 111 || f === 108 || f === 105 ? 2 : f === 32 ? 4 : f >= 97 && f <= 122 ? 32 : 0;
    }
  }
}

/** The table, built now if this is the first scan. */
function formsTable(): Uint32Array {
  if (!built) {
    built = true;
    buildForms();
    prepareTables();
  }
  return FORMS;
}

const decoder = new TextDecoder('utf-16le');
// Folded Vietnamese is nearly always ASCII, else Latin-1 ("m²", "37°C").
// Decoded as single bytes it comes out as a one-byte string, about ten times
// faster than the UTF-16 decode, and every later charCodeAt, indexOf and
// regular expression over it is cheaper too. (This label is windows-1252,
// which is Latin-1 outside 0x80–0x9F: it is used only when every unit is
// below 0x100, and the folding table leaves none in that range.)
const oneByteDecoder = new TextDecoder('latin1');
let bytes = new Uint8Array(1024);
/** Below this length building the string directly beats a decoder call. */
const SMALL = 256;

/** The plain form of one UTF-16 unit (0xffff when it folds away). */
export function plainCode(c: number): number {
  return formsTable()[c] & 0xffff;
}

function identity(index: number): number {
  return index;
}

// Output buffers reused across scans (one scan runs at a time on a thread),
// grown to the largest text seen: no allocation per keystroke.
let plainUnits = new Uint16Array(1024);
let foldedUnits = new Uint16Array(1024);
// The same buffers two units at a time (see foldPairs).
let plainPairs = pairsOf(plainUnits);
let foldedPairs = pairsOf(foldedUnits);
// The scan whose units the buffers hold (not a WeakRef: V8 keeps a WeakRef's
// target alive until the task ends, so a loop of scans would pile up texts).
let unitsOwner: ScanContext | null = null;

/**
 * `ctx.folded` as UTF-16 units while `ctx` is still the latest scan (null once
 * another scan reused the buffers), followed by a 0: a loop reading words
 * stops there without a bounds test per character. Whole-text passes read these instead of
 * calling charCodeAt, which costs several times a typed-array load.
 */
export function foldedUnitsOf(ctx: ScanContext): Uint16Array | null {
  return ctx === unitsOwner ? foldedUnits : null;
}

/** `ctx.plain` as UTF-16 units, on the same terms as `foldedUnitsOf`. */
export function plainUnitsOf(ctx: ScanContext): Uint16Array | null {
  return ctx === unitsOwner ? plainUnits : null;
}

/**
 * Whether `ctx` is the latest scan and its plain units are all ASCII, and so
 * its folded ones too (a test holds it of every unit): its words as
 * isWordCode reads them are then the word index's (runs of a–z and 0–9).
 * Vietnamese text is, once its marks are folded.
 */
export function asciiUnitsOf(ctx: ScanContext): boolean {
  return ctx === unitsOwner && unitsAscii;
}

let unitsAscii = false;

/** Lets go of the last scan, so its text does not stay in memory after detect() returns. */
export function releaseScanUnits(): void {
  unitsOwner = null;
  wordsOwner = null;
}

/**
 * units[0, length) as a string; `oneByte` when every unit is below 0x100 and
 * none is a C1 control (which the single-byte label would read as
 * windows-1252's letters: the folding table has none left).
 */
export function decode(units: Uint16Array, length: number, oneByte: boolean): string {
  const view = units.subarray(0, length);
  if (oneByte && nativeCopy && length >= LATIN1_DIRECT) return latin1Of(view);
  if (length < SMALL) return String.fromCharCode.apply(null, view as unknown as number[]);
  if (!oneByte) return decoder.decode(view);
  if (bytes.length < length) bytes = new Uint8Array(units.length);
  const out = bytes.subarray(0, length);
  out.set(view);
  return oneByteDecoder.decode(out);
}

// Where Node's Buffer exists, a one-byte string is read from a copy of the
// units in a reused Buffer: about half a TextDecoder call's time from a few
// dozen units on (0.25 against 0.45 µs for 300, a message's scan), and
// several times faster than String.fromCharCode from there to SMALL.
let latin1Bytes: UnitWriter | null = null;
/** Below this length String.fromCharCode beats the copy. */
const LATIN1_DIRECT = 24;

function latin1Of(view: Uint16Array): string {
  if (latin1Bytes === null || latin1Bytes.length < view.length) latin1Bytes = NodeBuffer!.allocUnsafeSlow(Math.max(1024, view.length + (view.length >> 2)));
  latin1Bytes.set(view);
  return latin1Bytes.toString('latin1', 0, view.length);
}

// Reading the text by charCodeAt costs several times a typed-array load, more
// so on a sliced string (a paste cut into chunks, an incremental window),
// which each call unwraps again. Where Node's Buffer exists, one native call
// copies every UTF-16 unit into a reused buffer first; browsers read by
// charCodeAt. (Little-endian only, as every platform the product runs on.)
interface UnitWriter extends Uint8Array {
  write(value: string, offset: number, encoding: 'utf16le'): number;
  toString(encoding?: 'latin1', start?: number, end?: number): string;
}
const NodeBuffer = (globalThis as { Buffer?: { allocUnsafeSlow(size: number): UnitWriter } }).Buffer;
const littleEndian = new Uint16Array(new Uint8Array([1, 0]).buffer)[0] === 1;
let source: UnitWriter | null = null;
let sourceUnits: Uint16Array = new Uint16Array(0);
let sourcePairs = pairsOf(sourceUnits);

/** A 32-bit view of `units` (whose buffer starts it), two units per element. */
function pairsOf(units: Uint16Array): Uint32Array {
  return new Uint32Array(units.buffer, units.byteOffset, units.length >> 1);
}

/** The UTF-16 units of `text`, in an array reused by every scan. */
function unitsOf(text: string): Uint16Array {
  const n = text.length;
  if (sourceUnits.length < n || (nativeCopy && source === null)) {
    const size = n + (n >> 2);
    if (nativeCopy) {
      source = NodeBuffer!.allocUnsafeSlow(2 * size);
      sourceUnits = new Uint16Array(source.buffer, source.byteOffset, size);
    } else sourceUnits = new Uint16Array(size);
    sourcePairs = pairsOf(sourceUnits);
  }
  if (nativeCopy) source!.write(text, 0, 'utf16le');
  else for (let i = 0; i < n; i++) sourceUnits[i] = text.charCodeAt(i);
  return sourceUnits;
}

// Test hook: run readOcrLetters on every text, to check that the folding
// loop's flag passes over none it would change.
let everyOcrLetterPass = false;
export function readOcrLettersAlwaysForTests(on: boolean): void {
  everyOcrLetterPass = on;
}

let nativeCopy = NodeBuffer !== undefined && littleEndian;
let shortUnits = true;
/** Test hook: a short detection's context keeps no units (as before 23 Nov 2026), so its passes read the strings. */
export function keepShortUnits(on: boolean): void {
  shortUnits = on;
}
/** Test hook: read by charCodeAt (the browsers' path) instead of the native copy. */
export function useNativeCopy(on: boolean): void {
  nativeCopy = on && NodeBuffer !== undefined && littleEndian;
  source = null;
  sourceUnits = new Uint16Array(0);
  sourcePairs = pairsOf(sourceUnits);
}

/** What foldPairs saw: OR of the plain units' changes, the folded ones' changes, the plain units, and the OCR classes' products; and, from one block to the next, the OCR class of the last unit read. */
const pairFlags = new Int32Array(5);
const CHANGED = 0;
const LOWERED = 1;
const UNITS = 2;
const OCR = 3;
const LAST = 4;

/**
 * The folding loop two units at a time, until a pair holds a unit that
 * folds away: one load of the text and one store per form for two units,
 * and the flags gathered for both at once (about a third less time than a
 * unit at a time). Returns the number of pairs folded; the caller goes on a
 * unit at a time from there, with `last` the OCR class of the unit before.
 * Little-endian: a pair's first unit is its low half.
 */
function foldPairs(pairs: number, words: boolean): number {
  if (blockFlags.length <= pairs >> BLOCK_SHIFT) blockFlags = new Int32Array((pairs >> BLOCK_SHIFT) + 16);
  let changed = 0;
  let lowered = 0;
  let units = 0;
  let ocr = 0;
  pairFlags[LAST] = 0;
  let q = 0;
  // A block at a time, its OCR products kept apart (see blockFlags).
  for (let block = 0; q < pairs; block++) {
    const stop = Math.min(pairs, q + (1 << BLOCK_SHIFT));
    while (words && wordStarts.length < wordState[COUNT] + (1 << BLOCK_SHIFT) + 4) growWords();
    const end = words ? foldBlockWords(q, stop) : foldBlock(q, stop);
    changed |= pairFlags[CHANGED];
    lowered |= pairFlags[LOWERED];
    units |= pairFlags[UNITS];
    blockFlags[block] = pairFlags[OCR];
    ocr |= pairFlags[OCR];
    q = end;
    if (end < stop) break;
  }
  foldedPairCount = q;
  pairFlags[CHANGED] = changed;
  pairFlags[LOWERED] = lowered;
  pairFlags[UNITS] = (units >>> 16) | (units & 0xffff);
  pairFlags[OCR] = ocr;
  return q;
}

/** The folding loop over pairs [from, stop), until a unit folds away: returns where it stopped, its flags in pairFlags (UNITS not yet halved), LAST carried from block to block. */
function foldBlock(from: number, stop: number): number {
  const input = sourcePairs;
  const plainOut = plainPairs;
  const foldedOut = foldedPairs;
  let changed = 0;
  let lowered = 0;
  let units = 0;
  let ocr = 0;
  let last = pairFlags[LAST];
  let q = from;
  for (; q < stop; q++) {
    const cc = input[q];
    const c0 = cc & 0xffff;
    const c1 = cc >>> 16;
    const a = FORMS[c0];
    const b = FORMS[c1];
    const p = (a & 0xffff) | (b << 16);
    if ((a & 0xffff) === DROP || (b & 0xffff) === DROP) break;
    const f = (a >>> 16) | (b & 0xffff0000);
    plainOut[q] = p;
    foldedOut[q] = f;
    changed |= p ^ cc;
    lowered |= f ^ p;
    units |= p;
    const k0 = OCR_CLASS[c0];
    const k1 = OCR_CLASS[c1];
    ocr |= (last * k0) | (k0 * k1);
    last = k1;
  }
  pairFlags[CHANGED] = changed;
  pairFlags[LOWERED] = lowered;
  pairFlags[UNITS] = units;
  pairFlags[OCR] = ocr;
  pairFlags[LAST] = last;
  return q;
}

/**
 * The word list of a whole detection (what word-index.ts's readUnits reads
 * from the folded units), read in the folding loop while the units are in
 * registers: starts and hashes as readUnits stores them, its loop's state
 * carried from block to block in wordState.
 */
// At least a block's words (1 << BLOCK_SHIFT, and 4 to spare) from the start, so doubling always makes room.
let wordStarts = new Int32Array(4096);
let wordHashes = new Int32Array(4096);
const wordState = new Int32Array(4);
const COUNT = 0;
const IN_WORD = 1;
const LEADING = 2;
const HASH = 3;
/** The scan whose words wordStarts and wordHashes hold (null when the folding loop did not read them all, or the OCR readers changed the folded units since). */
let wordsOwner: ScanContext | null = null;

function growWords(): void {
  wordStarts = doubled(wordStarts);
  wordHashes = doubled(wordHashes);
}

// Whether the last whole detection asked for its words, and so whether the
// next one reads them in the folding loop: a detection for structured types
// only asks for none, and reading them cost it about a fifth of its time.
let wordsAsked = true;

/** The word list the folding loop read for `ctx`, or null: count, starts and hashes (one slot at least to spare after the last word). */
export function foldedWordsOf(ctx: ScanContext): { count: number; starts: Int32Array; hashes: Int32Array } | null {
  if (ctx === unitsOwner) wordsAsked = true;
  return ctx === wordsOwner && ctx === unitsOwner ? { count: wordState[COUNT], starts: wordStarts, hashes: wordHashes } : null;
}

/**
 * foldBlock reading the words too (word-index.ts's paired loop, the masks by
 * text unit). Both loops' bodies are copied here, not called: the state of
 * both (nine values) stays in registers only while it is one loop, and a
 * shared step would take and give back four of them per pair. word-index.test.ts
 * checks that the lists equal indexString's; foldBlock stays for the scans
 * that ask for no words (reading them cost a structured-only detection a fifth).
 */
function foldBlockWords(from: number, stop: number): number {
  const input = sourcePairs;
  const plainOut = plainPairs;
  const foldedOut = foldedPairs;
  const starts = wordStarts;
  const hashes = wordHashes;
  let changed = 0;
  let lowered = 0;
  let units = 0;
  let ocr = 0;
  let last = pairFlags[LAST];
  let count = wordState[COUNT];
  let inWord = wordState[IN_WORD];
  let leading = wordState[LEADING];
  let h = wordState[HASH];
  let q = from;
  for (; q < stop; q++) {
    const cc = input[q];
    const c0 = cc & 0xffff;
    const c1 = cc >>> 16;
    const a = FORMS[c0];
    const b = FORMS[c1];
    const p = (a & 0xffff) | (b << 16);
    if ((a & 0xffff) === DROP || (b & 0xffff) === DROP) break;
    const f = (a >>> 16) | (b & 0xffff0000);
    plainOut[q] = p;
    foldedOut[q] = f;
    changed |= p ^ cc;
    lowered |= f ^ p;
    units |= p;
    const k0 = OCR_CLASS[c0];
    const k1 = OCR_CLASS[c1];
    ocr |= (last * k0) | (k0 * k1);
    last = k1;
    const word0 = WORD_MASK[c0];
    const word1 = WORD_MASK[c1];
    const opens0 = word0 & ~inWord;
    const opens1 = word1 & ~word0;
    starts[count] = (q << 1) + 1 + opens0;
    const opens = opens0 | opens1;
    count -= opens;
    h &= ~opens;
    leading = (leading | opens0) & LETTER_MASK[c0];
    h = (h + ((Math.imul(h, 30) + (a >>> 16)) & leading)) | 0;
    leading = (leading | opens1) & LETTER_MASK[c1];
    h = (h + ((Math.imul(h, 30) + (b >>> 16)) & leading)) | 0;
    hashes[count + (word0 | word1)] = h;
    inWord = word1;
  }
  pairFlags[CHANGED] = changed;
  pairFlags[LOWERED] = lowered;
  pairFlags[UNITS] = units;
  pairFlags[OCR] = ocr;
  pairFlags[LAST] = last;
  wordState[COUNT] = count;
  wordState[IN_WORD] = inWord;
  wordState[LEADING] = leading;
  wordState[HASH] = h;
  return q;
}

/** The words' last pair of an odd text of length n: its last unit `c` (folded to `f`) and the 0 after it, as readUnits reads it. */
function lastWordUnit(n: number, c: number, f: number): void {
  const word0 = WORD_MASK[c];
  const opens0 = word0 & ~wordState[IN_WORD];
  let count = wordState[COUNT];
  wordStarts[count] = n + opens0;
  count -= opens0;
  let h = wordState[HASH] & ~opens0;
  const leading = (wordState[LEADING] | opens0) & LETTER_MASK[c];
  h = (h + ((Math.imul(h, 30) + f) & leading)) | 0;
  wordHashes[count + word0] = h;
  wordState[COUNT] = count;
}

/**
 * The OCR products of each block of pairs the folding loop read (a pair's
 * products include its first unit with the unit before): the passes that
 * read OCR letters look only in the blocks whose products say they may find
 * something, and at every unit from foldedPairCount's pair on, which the
 * loop did not read. A dense text has a letter beside a digit somewhere in
 * most of its pages, and searched whole for them, their search cost more
 * than folding it.
 */
const BLOCK_SHIFT = 11;
let blockFlags = new Int32Array(64);
let foldedPairCount = 0;

/** Whether the pair-read part holds `bit` of the OCR products at unit position s, its products then being those of pair (s + 1) >> 1 (the pair made of s and s + 1 or of s − 1 and s). */
function blockMayHold(s: number, bit: number): boolean {
  const q = (s + 1) >> 1;
  return q >= foldedPairCount || (blockFlags[q >> BLOCK_SHIFT] & bit) !== 0 || everyOcrBlock;
}

// Test hook: search every block and read at every date separator, to check that those passed over hold nothing to read.
let everyOcrBlock = false;
export function searchEveryOcrBlockForTests(on: boolean): void {
  everyOcrBlock = on;
}

/** By folded unit: 1 for a digit, 2 for o, l or i (a digit and such a letter multiply to 2). */
const DIGIT_OR_OCR_LETTER = new Uint8Array(0x10000).fill(1, 48, 58);
DIGIT_OR_OCR_LETTER[111] = DIGIT_OR_OCR_LETTER[108] = DIGIT_OR_OCR_LETTER[105] = 2;

/**
 * Where /\d[oli]|[oli]\d/ next matches in u[0, n) from `from` (as its search
 * from lastIndex = from would), or −1: only in the blocks whose products
 * hold a digit beside such a letter (bit 1 of the products: 1 × 2 and 65 × 2
 * set it, no other product does).
 */
function nextOcrPair(u: Uint16Array, from: number, n: number): number {
  let s = from;
  while (s < n - 1) {
    const q = (s + 1) >> 1;
    // The first position of the next block.
    const blockEnd = (((q >> BLOCK_SHIFT) + 1) << (BLOCK_SHIFT + 1)) - 1;
    if (!blockMayHold(s, 2)) {
      s = Math.min(blockEnd, 2 * foldedPairCount - 1);
      continue;
    }
    const end = q >= foldedPairCount ? n - 1 : Math.min(n - 1, blockEnd);
    for (; s < end; s++) if (((DIGIT_OR_OCR_LETTER[u[s]] * DIGIT_OR_OCR_LETTER[u[s + 1]]) & 2) !== 0) return s;
  }
  return -1;
}

/**
 * Builds the `plain`/`folded` views of `text` in one pass. Offsets map back
 * exactly: `toOriginal(i)` is where plain character `i` came from, and
 * `toOriginal(plain.length)` is `text.length`, so a match's end lands after
 * any combining marks that belonged to its last letter.
 *
 * `whole`: the context of a whole detection, which keeps the typed units
 * whatever the text's length until the engine lets them go
 * (releaseScanUnits). Other short contexts (a keyword, a value being
 * canonicalized) keep none: one made during a scan overwrites the buffers,
 * and the scan reads its strings from then on, as before.
 */
export function createScanContext(text: string, whole = false): ScanContext {
  const n = text.length;
  // One unit more than the text: the folded units end with a 0 (see foldedUnitsOf).
  if (plainUnits.length <= n) {
    plainUnits = new Uint16Array(n + (n >> 2));
    foldedUnits = new Uint16Array(n + (n >> 2));
    plainPairs = pairsOf(plainUnits);
    foldedPairs = pairsOf(foldedUnits);
  }
  const plainOut = plainUnits;
  const foldedOut = foldedUnits;
  // Plain index of every dropped unit, non-decreasing: toOriginal(j) is j plus
  // the drops recorded at or before j. Text without drops pays nothing.
  let drops: number[] | null = null;
  formsTable();
  const input = unitsOf(text);
  // Until a unit folds away (most texts have none), plain index = text index:
  // one counter, and a loop about twice as fast as the general one below,
  // itself run two units at a time as far as it goes.
  // A whole detection's words are read in the same loop (word-index.ts reads them from there).
  const words = whole && littleEndian && wordsAsked;
  if (whole) wordsAsked = false;
  wordsOwner = null;
  if (words) wordState.fill(0);
  const pairCount = littleEndian ? n >> 1 : 0;
  let i = 2 * foldPairs(pairCount, words);
  const wordsRead = words && i === 2 * pairCount;
  let changed = pairFlags[CHANGED];
  let lowered = pairFlags[LOWERED];
  let units = pairFlags[UNITS];
  let ocr = pairFlags[OCR];
  let last = i === 0 ? 0 : OCR_CLASS[input[i - 1]];
  for (; i < n; i++) {
    const c = input[i];
    const forms = FORMS[c];
    const p = forms & 0xffff;
    if (p === DROP) break;
    const f = forms >>> 16;
    plainOut[i] = p;
    foldedOut[i] = f;
    changed |= p ^ c;
    lowered |= f ^ p;
    units |= p;
    const k = OCR_CLASS[c];
    ocr |= last * k;
    last = k;
  }
  let j = i;
  for (; i < n; i++) {
    const c = input[i];
    const forms = FORMS[c];
    const p = forms & 0xffff;
    if (p === DROP) {
      (drops ??= []).push(j);
      continue;
    }
    const f = forms >>> 16;
    plainOut[j] = p;
    foldedOut[j] = f;
    changed |= p ^ c;
    lowered |= f ^ p;
    units |= p;
    const k = OCR_CLASS[c];
    ocr |= last * k;
    last = k;
    j++;
  }
  foldedOut[j] = 0;
  // An odd text's last unit, unless it folded away.
  if (wordsRead && (n & 1) === 1 && j === n) lastWordUnit(n, input[n - 1], foldedOut[n - 1]);
  // Lower case never leaves Latin-1 (µ, ß and ÿ stay as they are), so a
  // Latin-1 plain form ("m²", "37°C", "×") has a Latin-1 folded form: both are
  // one-byte strings, which every later pass reads faster.
  const oneByte = units < 0x100;
  const plain = changed === 0 && drops === null ? text : decode(plainOut, j, oneByte);
  // An ASCII plain form lower-cased is the folded one, and V8 lower-cases a
  // one-byte string several units at a time: about half the decode's time.
  // (Not the caller's text, which may be stored two bytes a unit.)
  let folded = lowered === 0 ? plain : oneByte && plain !== text ? plain.toLowerCase() : decode(foldedOut, j, oneByte);
  const unread = folded;
  if (ocr & 2) folded = readOcrDigits(folded, plain, foldedOut, oneByte);
  if ((ocr & ZERO_BESIDE_LETTER) !== 0 || everyOcrLetterPass) folded = readOcrLetters(folded, foldedOut, oneByte);
  const toOriginal = drops === null ? identity : dropMapper(drops, j);
  // A unit changed or dropped is what makes `plain` differ from `text`.
  // (`units` ORs every plain unit: a bit at 0x4000 or above is set by a character from U+4000 on, Han ones among them.)
  const ctx = { text, plain, folded, toOriginal, marks: changed !== 0 || drops !== null, gaps: (ocr & 16) !== 0, wide: (units & 0xc000) !== 0 };
  // A short text other than a detection's (a keyword, a finding's value
  // being canonicalized) gains nothing from the typed units and must not stay
  // referenced here. A detection's does: without the units, its passes
  // copied the text into arrays of their own, and a message of a few words
  // paid more for the copies than for reading it.
  unitsOwner = n >= SMALL || (whole && shortUnits) ? ctx : null;
  // The words read are those of the units before the OCR readers changed any.
  if (wordsRead && j === n && folded === unread) wordsOwner = ctx;
  // (`units` ORs every plain unit.)
  unitsAscii = units < 0x80;
  return ctx;
}

// Scanned cards read O for 0 and l or I for 1 ("O31189OO4527", "2l/O5/2019").
// Such letters touching a digit, with no other letter beside them, are the
// digits in `folded` (same length, so offsets hold): every recognizer then
// reads the number, and `plain` keeps what was written. Most texts have
// none, which the folding loop tells (OCR_CLASS). Where some are, they are
// looked for in the blocks of the text whose products hold one (nextOcrPair):
// the pattern /\d[oli]|[oli]\d/ searched the whole text, and one e-mail
// address such as "mai20@" made a page of prose pay for it (about a third
// of folding it).

function isOcrLetter(c: number): boolean {
  return c === 111 || c === 108 || c === 105;
}

const DATE_SEPARATORS = ['/', '-', '.'];

/** a–z or 0–9 (folded text). */
function isAlnumUnit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122);
}

function isOcrDateUnit(c: number): boolean {
  return (c >= 48 && c <= 57) || isOcrLetter(c);
}

/**
 * The end of a d/m/y date written with O, l or I among its digits whose first
 * separator is at `at` (1–2 units, separator, 1–2 units, the same separator,
 * 2 or 4 units, nothing alphanumeric around), holding a letter to read and at
 * least two real digits; else -1.
 */
function ocrDateAt(folded: string, at: number): number {
  const sep = folded.charCodeAt(at);
  let a = at;
  while (a > 0 && at - a < 3 && isOcrDateUnit(folded.charCodeAt(a - 1))) a--;
  if (at - a < 1 || at - a > 2 || isAlnumUnit(folded.charCodeAt(a - 1))) return -1;
  let m = at + 1;
  while (m - at - 1 < 3 && isOcrDateUnit(folded.charCodeAt(m))) m++;
  if (m - at - 1 < 1 || m - at - 1 > 2 || folded.charCodeAt(m) !== sep) return -1;
  let y = m + 1;
  while (y - m - 1 < 5 && isOcrDateUnit(folded.charCodeAt(y))) y++;
  const yearLength = y - m - 1;
  if ((yearLength !== 2 && yearLength !== 4) || isAlnumUnit(folded.charCodeAt(y))) return -1;
  let digits = 0;
  let letters = 0;
  for (let k = a; k < y; k++) {
    const c = folded.charCodeAt(k);
    if (c >= 48 && c <= 57) digits++;
    else if (isOcrLetter(c)) letters++;
  }
  return letters > 0 && digits >= 2 ? y : -1;
}

/** Whether u[from, to) holds an o, l or i (from may be below 0). */
function ocrLetterIn(u: Uint16Array, from: number, to: number): boolean {
  for (let k = from < 0 ? 0 : from; k < to; k++) if (DIGIT_OR_OCR_LETTER[u[k]] === 2) return true;
  return false;
}

function readOcrDigits(folded: string, plain: string, units: Uint16Array, oneByte: boolean): string {
  const letter = (c: number) => c >= 97 && c <= 122;
  const digit = (c: number) => c >= 48 && c <= 57;
  let changed = false;
  let done = 0;
  // Only around the digits beside such a letter: a text of numbers and
  // e-mail addresses ("mai12@…") must not pay a pass over every character.
  // The pairs are found in the units, which the loop below changes only
  // before where the search goes on.
  const n = folded.length;
  let lastIndex = 0;
  for (let s = nextOcrPair(units, 0, n); s >= 0; s = nextOcrPair(units, lastIndex, n)) {
    lastIndex = s + 2;
    // The digit of the pair (a letter's code is above any digit's).
    const d = lastIndex - (folded.charCodeAt(lastIndex - 2) > 57 ? 1 : 2);
    // The letters before the digit, then those after it.
    for (let side = -1; side < 2; side += 2) {
      let i = d + side;
      if (!isOcrLetter(folded.charCodeAt(i))) continue;
      let j = i;
      while (isOcrLetter(folded.charCodeAt(i - 1))) i--;
      while (isOcrLetter(folded.charCodeAt(j + 1))) j++;
      j++;
      if (i < done) continue;
      done = j;
      const before = folded.charCodeAt(i - 1);
      const after = folded.charCodeAt(j);
      // "61L3-639.72": a capital L after two digits is a licence plate's series.
      const series = j - i === 1 && plain.charCodeAt(i) === 76 && digit(before) && digit(folded.charCodeAt(i - 2)) && !digit(folded.charCodeAt(i - 3));
      if (letter(before) || letter(after) || series) continue;
      for (let k = i; k < j; k++) units[k] = folded.charCodeAt(k) === 111 ? 48 : 49;
      changed = true;
    }
    // Pairs inside the letters just read hold no other digit: on from their end.
    lastIndex = Math.max(lastIndex, done);
  }
  // A date's parts between its separators ("l6/ll/l987", "O2-ll-1969"): the
  // letters touch no digit, but the shape says what they are.
  // Most separators are a plain date's or number's, which ocrDateAt reads
  // through to find no letter: passed over where the units tell so. They
  // hold o, l, i turned into digits, never the other way, so a separator
  // with no digit or such letter before it starts no date; and until a
  // letter is read as a digit they are the folded text, so one with no o,
  // l, i in ocrDateAt's reach (2 units before it to 8 after) starts none.
  let pristine = !changed;
  for (const sep of DATE_SEPARATORS) {
    for (let at = folded.indexOf(sep); at >= 0; at = folded.indexOf(sep, at + 1)) {
      if (!everyOcrBlock && (at === 0 || DIGIT_OR_OCR_LETTER[units[at - 1]] === 0 || (pristine && !ocrLetterIn(units, at - 2, Math.min(n, at + 8))))) continue;
      const end = ocrDateAt(folded, at);
      if (end < 0) continue;
      let k = at;
      while (k > 0 && isOcrDateUnit(folded.charCodeAt(k - 1))) k--;
      for (; k < end; k++) if (isOcrLetter(folded.charCodeAt(k))) units[k] = folded.charCodeAt(k) === 111 ? 48 : 49;
      changed = true;
      pristine = false;
      at = end;
    }
  }
  // The same scans read "Số" before a number as "S0": the label, not a digit of the number.
  for (let at = folded.indexOf('s0 '); at >= 0; at = folded.indexOf('s0 ', at + 3)) {
    const before = folded.charCodeAt(at - 1);
    const next = folded.charCodeAt(at + 3);
    if ((before >= 97 && before <= 122) || (before >= 48 && before <= 57)) continue;
    if (!((next >= 48 && next <= 57) || isOcrLetter(next))) continue;
    units[at + 1] = 111;
    changed = true;
  }
  return changed ? decode(units, folded.length, oneByte) : folded;
}

/**
 * The other way round: a 0 inside a word is the letter O, which scans of
 * forms without diacritics read as a digit ("Dan t0c", "T0n giao", "H0 va
 * ten", "0ng", "KH0A"). In `folded` it is read as the o it stands for, so
 * labels and names are found; not beside a digit or beside another letter
 * that scans confuse with one ("0l/0l/2012" is a date), nor at a word's
 * end when a number follows ("sdt0.765 132 489" keeps its phone).
 */
function readOcrLetters(folded: string, units: Uint16Array, oneByte: boolean): string {
  const digit = (c: number) => c >= 48 && c <= 57;
  const letter = (c: number) => c >= 97 && c <= 122 && !isOcrLetter(c);
  const other = (c: number) => !digit(c) && !isOcrLetter(c);
  let changed = false;
  for (let at = folded.indexOf('0'); at >= 0; at = folded.indexOf('0', at + 1)) {
    // Such a 0 is beside a letter other than o, l, i in the text as folded
    // (readOcrDigits turns none into a 0 there), which the products of the
    // pair ending at it or at the next unit tell: none in this block, on from the next one.
    if (!everyOcrLetterPass && !blockMayHold(at - 1, ZERO_BESIDE_LETTER) && !blockMayHold(at, ZERO_BESIDE_LETTER)) {
      at = Math.min((((((at + 1) >> 1) >> BLOCK_SHIFT) + 1) << (BLOCK_SHIFT + 1)) - 1, 2 * foldedPairCount - 1) - 1;
      continue;
    }
    const before = folded.charCodeAt(at - 1);
    const after = folded.charCodeAt(at + 1);
    if (!other(before) || !other(after) || !(letter(before) || letter(after))) continue;
    // A word's last letter, then a number: "sdt0 0912…", "sdt0.765…".
    if (!letter(after) && digit(folded.charCodeAt(at + 2))) continue;
    units[at] = 111;
    changed = true;
  }
  return changed ? decode(units, folded.length, oneByte) : folded;
}

function dropMapper(drops: number[], length: number): (index: number) => number {
  return (index: number) => {
    const k = index < 0 ? 0 : index > length ? length : index;
    // Count of drops with plain index <= k (upper bound by binary search).
    let lo = 0;
    let hi = drops.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (drops[mid] <= k) lo = mid + 1;
      else hi = mid;
    }
    return k + lo;
  };
}

/** Folds a keyword the way `folded` is folded (for keyword lists built once). */
export function foldText(value: string): string {
  return createScanContext(value).folded;
}
