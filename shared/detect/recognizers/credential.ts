import type { Candidate, Recognizer, ScanContext } from '../recognizer.ts';
import { matchList, phraseMatcher } from '../lexicon/phrase-matcher.ts';
import { foldedSet } from '../lexicon/forms.ts';
import { wordIndex } from '../lexicon/word-index.ts';
import { isDigitCode, isLetterCode, isUpperCode, isWordCode, unitIn } from '../lexicon/words.ts';
import { columnCells, mayHoldColumns } from '../lexicon/table-columns.ts';

// Decree 356/2025/NĐ-CP Art. 4(i) and (k): e-ID (VNeID) and bank login names
// and passwords are sensitive data. The finding is the secret itself, never
// the word "mật khẩu": "quên mật khẩu" and "đổi mật khẩu" reveal nothing.

/** Words that announce a password: any secret-looking value may follow. */
const PASSWORD_WORDS = [
  'mật khẩu', 'mật mã', 'mk', 'pass', 'password', 'passwd', 'pwd', 'pw', 'passcode', 'mã đăng nhập', 'mật khẩu đăng nhập',
  'secret', 'client secret', 'client_secret', 'api key', 'api_key', 'apikey', 'access token', 'access_token',
  'secret key', 'secret_key', 'private key', 'token',
  // An export's or a form's field names ("mat_khau", "matKhau").
  'mat_khau', 'matkhau',
  // …with what the password is ("matKhauMoi", "mat_khau_tam", "new_password", "DB_PASSWORD"): a key is one word.
  ...['mat_khau', 'matkhau', 'mk', 'pass', 'password'].flatMap((key) =>
    ['moi', 'cu', 'tam', 'new', 'old', 'tmp', 'temp'].flatMap((what) => [`${key}_${what}`, `${key}${what}`, `${what}_${key}`, `${what}${key}`]),
  ),
  ...['db', 'user', 'admin', 'root', 'smtp', 'mail', 'email', 'login', 'wifi', 'app', 'account'].flatMap((what) => [`${what}_password`, `${what}password`, `${what}_pass`]),
];
/** Words that announce a one-time or PIN code: the value must be 4–8 digits. */
const CODE_WORDS = [
  'otp', 'mã otp', 'mã xác thực', 'mã xác nhận', 'mã pin', 'pin', 'mã bảo mật', 'smart otp', 'mã giao dịch otp', 'verification code', 'mã code',
  // An account's activation code (a program's licence key is none), a VPN's code, a meeting's host key.
  // (No "2fa": a token opening with a digit is not checked by hash, and every "mà" would open it.)
  'mã kích hoạt tài khoản', 'mã vpn', 'host key', 'mã chủ trì',
];

const TRIGGERS = phraseMatcher([...PASSWORD_WORDS, ...CODE_WORDS]);
const triggers = matchList();
const CODE_KEYS = foldedSet(CODE_WORDS);
// Words allowed between the trigger and the value: "mật khẩu mới của em là …".
const FILLERS = new Set([
  'moi', 'cu', 'cua', 'toi', 'em', 'anh', 'chi', 'minh', 'ban', 'tai', 'khoan', 'tk', 'dang', 'nhap', 'vneid', 'email',
  'gmail', 'wifi', 'zalo', 'facebook', 'fb', 'ngan', 'hang', 'internet', 'banking', 'app', 'ung', 'dung', 'hien', 'tam',
  'thoi', 'mac', 'dinh', 'he', 'thong', 'the', 'atm', 'so', 'vao', 'cho', 'nay', 'duoc', 'gui', 've', 'dien', 'thoai',
  'sdt', 'account', 'login', 'your', 'my', 'new', 'cap', 'nhat', 'laptop', 'may', 'tinh', 'la', 'da', 'doi', 'thanh',
  'gia', 'user', 'portal', 'dvc', 'cong', 'vnpt', 'viettel', 'ma', 'khau',
]);
// Separators that make what follows a value: "mật khẩu: …", "mk = …", "OTP là …", "đổi thành …".
const SEPARATOR_WORDS = new Set(['la', 'is', 'thanh']);
// Words that are never a secret, so "mật khẩu phải có ít nhất 8 ký tự" stays prose.
const STOP_VALUES = new Set([
  'moi', 'cu', 'cua', 'phai', 'co', 'it', 'nhat', 'ky', 'tu', 'de', 'va', 'duoc', 'bi', 'khong', 'da', 'dang', 'se',
  'la', 'gi', 'nao', 'nay', 'do', 'thi', 'ma', 'nhung', 'vi', 'neu', 'hay', 'hoac', 'voi', 'cho', 'trong', 'tren',
  'duoi', 'cac', 'mot', 'hai', 'ba', 'manh', 'yeu', 'dai', 'ngan', 'sai', 'dung', 'het', 'han', 'tai', 've', 'ra',
  'vao', 'lai', 'roi', 'nhe', 'nha', 'ok', 'required', 'must', 'should', 'the', 'a', 'an', 'and', 'or', 'to', 'of',
  'for', 'with', 'is', 'are', 'be', 'not', 'luon', 'thuong', 'xuyen', 'dinh', 'bao', 'mat', 'invalid', 'incorrect', 'wrong', 'missing',
  'toan', 'nguoi', 'khac', 'ai', 'bat', 'chua', 'can', 'nen', 'nhap', 'lan', 'gom', 'toi', 'thieu',
  'chu', 'so', 'hoa', 'dac', 'biet', 'bang', 'qua', 'sms', 'tin', 'nhan', 'email', 'expired', 'reset',
  'ngay', 'hom', 'truoc', 'sau', 'minh', 'ban', 'em', 'anh', 'chi', 'ong',
]);

function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

/** The value token starting at `i`: up to the next space, without closing punctuation. */
function tokenEnd(text: string, i: number): number {
  let j = i;
  // A value in a URL's query ("password=Trinh%402024&remember=1") ends at the next parameter.
  const query = text.charCodeAt(i - 1) === 61;
  while (j < text.length && j - i < 64) {
    const c = text.charCodeAt(j);
    // A double quote closes the field the value sits in (a CSV's "… cua ban la 530281",DELIVERED).
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 34 || (query && c === 38)) break;
    j++;
  }
  // Closing punctuation belongs to the sentence; "!" and "?" may be part of a password and stay.
  while (j > i && ',.;)]}"\''.includes(text[j - 1])) j--;
  return j;
}

interface Value {
  start: number;
  end: number;
  explicit: boolean;
}

/**
 * An explicit separator (":", "=", "là", "is", "thành") a little further on
 * the same line: "Mật khẩu hệ thống quản lý văn bản của anh/chị là: X".
 * The scan remembers where it stopped, so a run of triggers ("mật khẩu mật
 * khẩu …") reads the text ahead once, not once per trigger.
 */
interface Ahead {
  from: number;
  /** Where the value starts after the separator, or -1. */
  found: number;
  /** Where the scan stopped: the separator, a sentence end, or the look-ahead limit. */
  stop: number;
  terminated: boolean;
}

const AHEAD = 70;

function separatorAhead(folded: string, plain: string, from: number, last: Ahead): Ahead {
  if (last.from >= 0 && from >= last.from) {
    if (last.found >= 0 && from <= last.stop && last.stop - from < AHEAD) return last;
    if (last.terminated && from < last.stop) return last;
  }
  let i = from;
  if (last.from >= 0 && from >= last.from && !last.terminated && last.found < 0 && last.stop > from) i = last.stop;
  const limit = Math.min(folded.length, from + AHEAD);
  for (; i < limit; i++) {
    const c = folded.charCodeAt(i);
    // A line break ends the look-ahead unless the next line goes on in lower case (a stray break).
    const strayBreak = c === 10 && plain.charCodeAt(i + 1) >= 97 && plain.charCodeAt(i + 1) <= 122;
    if ((c === 10 && !strayBreak) || c === 13 || c === 33 || c === 63 || c === 59 || (c === 46 && isSpace(folded.charCodeAt(i + 1)))) {
      return { from, found: -1, stop: i, terminated: true };
    }
    if (c === 58 || c === 61) return { from, found: i + 1, stop: i, terminated: false };
    if (c === 32) {
      for (const word of SEPARATOR_WORDS) {
        if (folded.startsWith(word, i + 1) && !isLetterCode(folded.charCodeAt(i + 1 + word.length))) {
          let j = i + 1 + word.length;
          while (isSpace(folded.charCodeAt(j))) j++;
          if (folded.charCodeAt(j) === 58) j++;
          return { from, found: j, stop: i, terminated: false };
        }
      }
    }
  }
  return { from, found: -1, stop: limit, terminated: limit >= folded.length };
}

/** Skips fillers and one separator after the trigger; returns where the value starts. */
function findValue(folded: string, plain: string, from: number, memo: { last: Ahead }): Value | null {
  const direct = findDirectValue(folded, from);
  if (direct?.explicit) return direct;
  memo.last = separatorAhead(folded, plain, from, memo.last);
  const ahead = memo.last.found;
  if (ahead >= 0) {
    let i = ahead;
    while (isSpace(folded.charCodeAt(i)) || folded.charCodeAt(i) === 10) i++;
    const end = tokenEnd(folded, i);
    // Far from its trigger a value must look like a secret, not a word.
    if (end > i) return { start: i, end, explicit: false };
  }
  return direct;
}

/** The trigger is a quoted key: a quote before it, and after it a quote then a colon. */
function quotedKey(folded: string, start: number, end: number): boolean {
  const q = folded.charCodeAt(end);
  if ((q !== 34 && q !== 39) || folded.charCodeAt(start - 1) !== q) return false;
  let i = end + 1;
  while (isSpace(folded.charCodeAt(i))) i++;
  return folded.charCodeAt(i) === 58;
}

function findDirectValue(folded: string, from: number): Value | null {
  let i = from;
  let explicit = false;
  for (let words = 0; words < 8 && i < folded.length; words++) {
    while (isSpace(folded.charCodeAt(i))) i++;
    const c = folded.charCodeAt(i);
    if (c === 58 || c === 61 || (c === 45 && isSpace(folded.charCodeAt(i + 1)))) {
      explicit = true;
      i++;
      while (isSpace(folded.charCodeAt(i))) i++;
      // A JSON value in quotes ends at its closing quote ({"password":"Vn#48271a","user":…}), as does
      // code's string ($mail->Password = 'Sgtvt#Mail2024';).
      const q = folded.charCodeAt(i);
      if ((c === 58 || c === 61) && (q === 34 || q === 39)) {
        // (Looked for 65 characters on, and a space only between the quotes: searches to the text's
        // ends per value were quadratic in minified JSON.)
        const close = unitIn(folded, q, i + 1, i + 66);
        // (Words in quotes are a sentence, not a secret.)
        return close > i + 1 && unitIn(folded, 32, i, close + 1) < 0 ? { start: i + 1, end: close, explicit: true } : null;
      }
      break;
    }
    let j = i;
    while (j < folded.length && isLetterCode(folded.charCodeAt(j))) j++;
    const word = folded.slice(i, j);
    if (word && SEPARATOR_WORDS.has(word) && !isLetterCode(folded.charCodeAt(j))) {
      explicit = true;
      i = j;
      while (isSpace(folded.charCodeAt(i))) i++;
      if (folded.charCodeAt(i) === 58) i++;
      while (isSpace(folded.charCodeAt(i))) i++;
      break;
    }
    const after = folded.charCodeAt(j);
    if (!word || !FILLERS.has(word) || !(isSpace(after) || after === 58 || after === 61)) break;
    i = j;
  }
  const end = tokenEnd(folded, i);
  return end > i ? { start: i, end, explicit } : null;
}

function spacesIn(s: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (s.charCodeAt(k) === 32) n++;
  return n;
}

/**
 * A code's digits in groups: "518 204" is one six-digit code (the value is
 * widened to it); "0983 442 190" after "mã xác thực về số" is the phone the
 * code went to, no code. False when the value opens a longer number.
 */
function codeGroups(folded: string, value: Value): boolean {
  let end = value.end;
  let digits = end - value.start;
  for (let k = value.start; k < end; k++) if (!isDigitCode(folded.charCodeAt(k))) return true;
  while (folded.charCodeAt(end) === 32 && isDigitCode(folded.charCodeAt(end + 1))) {
    let j = end + 1;
    while (isDigitCode(folded.charCodeAt(j))) j++;
    if (isLetterCode(folded.charCodeAt(j))) break;
    digits += j - end - 1;
    end = j;
  }
  if (end === value.end) return true;
  if (digits > 8) return false;
  value.end = end;
  return true;
}

/**
 * A value that only points at the secret: a URL ("Đổi mật khẩu tại
 * https://…", "proxy_pass http://…"), a variable (\${DB_PASSWORD},
 * %SECRET%, ACCESS_TOKEN) or a call ("r.json().get(").
 */
function reference(plain: string, start: number, end: number): boolean {
  const c = plain.charCodeAt(start);
  if (c === 36 || c === 37 || (c === 123 && plain.charCodeAt(start + 1) === 123)) return true;
  if (plain.startsWith('//', start) || plain.startsWith('http', start) || holdsScheme(plain, start, end)) return true;
  let constant = true;
  let underscore = false;
  for (let k = start; k < end; k++) {
    const u = plain.charCodeAt(k);
    // A call in code ("r.json().get(").
    if (u === 40 && k > start && isLetterCode(plain.charCodeAt(k - 1)) && k + 1 < end && plain.charCodeAt(k + 1) === 41) return true;
    if (u === 95) underscore = true;
    else if (!(u >= 65 && u <= 90)) constant = false;
  }
  return constant && underscore;
}

/** Whether "://" starts in plain[start, end) (looked for there only: a search to the text's end per value was quadratic). */
function holdsScheme(plain: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (plain.charCodeAt(k) === 58 && plain.charCodeAt(k + 1) === 47 && plain.charCodeAt(k + 2) === 47) return true;
  return false;
}

function classify(ctx: ScanContext, value: Value, code: boolean): { score: number; validator: string } | null {
  const { plain, folded } = ctx;
  const length = value.end - value.start;
  let digits = 0;
  let letters = 0;
  let upper = 0;
  let symbols = 0;
  for (let k = value.start; k < value.end; k++) {
    const c = plain.charCodeAt(k);
    // The characters that hide one: stars and bullets (a bullet would read as a letter below).
    if (c === 42 || c === 0x2022 || c === 0x25cf) continue;
    if (isDigitCode(c)) digits++;
    else if (isLetterCode(c)) {
      letters++;
      if (isUpperCode(c)) upper++;
    } else symbols++;
  }
  if (digits + letters + symbols === 0) return null; // "********", "••••••••": already hidden
  if (code) {
    // (Grouped by spaces, "518 204": codeGroups widened the value over them.)
    if (digits === length - symbols && symbols === spacesIn(plain, value.start, value.end) && digits >= 4 && digits <= 8) return { score: 0.9, validator: `${digits}-digit code` };
    return null;
  }
  if (length < 4) return null;
  const word = folded.slice(value.start, value.end);
  if (STOP_VALUES.has(word) || reference(plain, value.start, value.end)) return null;
  const mixed = digits > 0 || symbols > 0 || (upper > 0 && upper < letters);
  if (mixed) return { score: value.explicit ? 0.92 : 0.8, validator: 'secret-shaped value' };
  if (value.explicit && letters === length) return { score: 0.7, validator: 'word after an explicit separator' };
  return null;
}

/**
 * Passwords and one-time codes: the value after "mật khẩu", "mk", "pass",
 * "password", "OTP", "mã xác thực", "PIN" (with diacritics or without),
 * across a few filler words and a separator (":", "=", "là", "thành").
 */
export const credentialRecognizer: Recognizer = {
  id: 'credential',
  types: ['credential'],
  contextWords: [...PASSWORD_WORDS, ...CODE_WORDS, 'vneid', 'tài khoản', 'đăng nhập'],
  negativeContextWords: ['quên mật khẩu', 'đổi mật khẩu', 'đặt lại mật khẩu', 'không chia sẻ', 'không cung cấp'],
  find(ctx) {
    const { folded } = ctx;
    const out: Candidate[] = [];
    const memo = { last: { from: -1, found: -1, stop: -1, terminated: false } as Ahead };
    let resumeAt = 0;
    // Written into a list kept for good, no object made per trigger: a page of "mật khẩu: …" allocated one each.
    const { count, starts, ends, keys } = TRIGGERS.scanInto(ctx, triggers);
    const keyList = TRIGGERS.keys();
    for (let k = 0; k < count; k++) {
      const start = starts[k];
      const end = ends[k];
      if (start < resumeAt) continue;
      const trigger = keyList[keys[k]];
      // A trigger glued to what follows is part of a value ("Mk@85034"), not a label.
      // A JSON key in quotes ("password": "…") is a label: read from past its closing quote.
      const from = quotedKey(folded, start, end) ? end + 1 : end;
      const after = folded.charCodeAt(from);
      if (after === after && !(isSpace(after) || after === 58 || after === 61 || after === 10 || after === 45)) continue;
      // …and one right after "=" is a value itself ("result=PASS patch_level=…").
      if (folded.charCodeAt(start - 1) === 61) continue;
      const value = findValue(folded, ctx.plain, from, memo);
      // (A quote still opening the value: words in quotes, no secret.)
      if (!value || folded.charCodeAt(value.start) === 34 || folded.charCodeAt(value.start) === 39) continue;
      if (CODE_KEYS.has(trigger) && !codeGroups(folded, value)) continue;
      const verdict = classify(ctx, value, CODE_KEYS.has(trigger));
      if (!verdict) continue;
      out.push({
        type: 'credential',
        start: value.start,
        end: value.end,
        score: verdict.score,
        rule: CODE_KEYS.has(trigger) ? 'credential.code' : 'credential.password',
        validator: verdict.validator,
        context: [`+${trigger}`],
        // Its label stands right before it: nearer than any other type's ("tài khoản chữ ký số: USB token PIN 19872024").
        contextDistance: value.start - end,
      });
      resumeAt = value.end;
    }
    serviceKeys(ctx, out);
    if (mayHoldColumns(ctx)) columnSecrets(ctx, out);
    return out;
  },
};

// A table's column of passwords or PINs ("Mã PIN mặc định", "mat_khau_tam"): every value under it is one.
const SECRET_HEADERS = foldedSet([
  'mật khẩu', 'mật khẩu tạm', 'mật khẩu mới', 'mật khẩu mặc định', 'mật khẩu ban đầu', 'mk', 'pass', 'password', 'mat_khau',
  'mat_khau_tam', 'mã pin', 'pin', 'mã pin mặc định', 'pin mặc định', 'mã otp', 'otp',
]);

function columnSecrets(ctx: ScanContext, out: Candidate[]): void {
  const { folded } = ctx;
  // One token of a secret's length: a sentence in the column ("chưa cấp") is none.
  const cells = columnCells(ctx, SECRET_HEADERS, (start, end) => end - start >= 4 && end - start <= 64 && spacesIn(folded, start, end) === 0);
  if (cells.length === 0) return;
  const taken = new Set(out.map((c) => c.start));
  for (const cell of cells) {
    const code = cell.header.includes('pin') || cell.header.includes('otp');
    const value: Value = { start: cell.start, end: cell.end, explicit: true };
    const verdict = classify(ctx, value, code);
    if (!verdict || taken.has(cell.start)) continue;
    out.push({ type: 'credential', start: cell.start, end: cell.end, score: verdict.score, rule: 'credential.column', validator: verdict.validator, context: [`+column ${cell.header}`] });
  }
}

/**
 * Keys whose own shape says what they are, label or not: a Google API key
 * ("AIza" and 35 characters) and an AWS access key id ("AKIA" and 16).
 * Both open with a capital: only the word list's capitalised words are
 * looked at (five searches of the text for prefixes cost 4 % of a scan).
 * Other services' tokens ("ghp_…") come with a label, which the triggers read.
 */
const SERVICE_KEYS: readonly { prefix: string; body: RegExp; name: string }[] = [
  { prefix: 'AIza', body: /^[0-9A-Za-z_-]{35}/, name: 'a Google API key' },
  { prefix: 'AKIA', body: /^[0-9A-Z]{16}/, name: 'an AWS access key id' },
];

function serviceKeys(ctx: ScanContext, out: Candidate[]): void {
  const { plain } = ctx;
  const words = wordIndex(ctx);
  for (let k = 0; k < words.capitalCount; k++) {
    const at = words.starts[words.capitals[k]];
    // 'A', then 'I' or 'K': most capitals fail at once.
    if (plain.charCodeAt(at) !== 65 || (plain.charCodeAt(at + 1) !== 73 && plain.charCodeAt(at + 1) !== 75)) continue;
    for (const key of SERVICE_KEYS) {
      if (!plain.startsWith(key.prefix, at)) continue;
      const body = key.body.exec(plain.slice(at + 4, at + 4 + 40));
      if (body === null) continue;
      const end = at + 4 + body[0].length;
      if (isWordCode(plain.charCodeAt(end) | 32)) continue;
      out.push({ type: 'credential', start: at, end, score: 0.9, rule: 'credential.key', validator: `the shape of ${key.name}`, context: [] });
    }
  }
}
