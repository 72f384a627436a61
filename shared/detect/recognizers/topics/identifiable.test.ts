import { describe, expect, it } from 'vitest';
import { detect } from '../../index.ts';
import { createIncrementalScanner } from '../../incremental.ts';
import { deleteAtEnd, typeAtEnd } from '../../testing.ts';
import { TOPIC_TYPES } from '../../types.ts';
import { createScanContext } from '../../scan-context.ts';
import { mayPointAt, pointsAt, someoneNear } from './identifiable.ts';
import { rng } from '../../seeded-random.ts';

const TOPICS = new Set<string>(TOPIC_TYPES);
const topicsOf = (text: string) => [...new Set(detect(text).filter((f) => TOPICS.has(f.type)).map((f) => f.type))];

describe('topics in a text where no one is identified', () => {
  // No name, number, e-mail or address, yet the text points at one person.
  it.each([
    ['Tôn giáo: Công giáo', 'religion'],
    ['Tôi bị trầm cảm hai năm nay, có cần khai không?', 'health'],
    ['Chị ấy đang mang thai tháng thứ 5, xin nghỉ.', 'health'],
    ['chi Trang co 2 tien an ve toi trom cap, dung noi ai nhe', 'criminal_record'],
    ['a Manh phong ke toan dang dieu tri ung thu, nghi phep 2 tuan', 'health'],
    ['Nghia dong tinh nam a, giu kin giup', 'sexual_orientation'],
    ['Nhà em có 4 người, bố em bị tiểu đường type 2.', 'health'],
    // A form's field line is the holder's, wherever the name is.
    ['Ngón trỏ trái / Left index finger: đã thu nhận', 'biometric'],
  ])('keeps %s', (text, type) => {
    expect(topicsOf(text)).toContain(type);
  });

  // News, statistics and law: about nobody one can tell apart.
  it.each([
    'Ngày 27/10, Bệnh viện Chợ Rẫy cho biết đã cứu sống một bệnh nhân nam 45 tuổi ngụ tỉnh Tây Ninh bị ngộ độc rượu methanol. Bệnh nhân nhập viện trong tình trạng hôn mê sâu, được lọc máu cấp cứu.',
    'Theo đó, người bị kết án phạt tù có thời hạn được đề nghị đặc xá khi đã chấp hành án phạt tù ít nhất 1/3 thời gian.',
    'Người khuyết tật đặc biệt nặng, người khuyết tật nặng là trẻ em hoặc người cao tuổi được hưởng mức cao hơn.',
    'Công dân từ đủ 14 tuổi sẽ được thu nhận ảnh khuôn mặt, vân tay, mống mắt.',
  ])('lowers %s', (text) => {
    expect(topicsOf(text)).toEqual([]);
    // The phrases are still there: a caller asking for topics alone (no identifiers looked for) sees them.
    expect(detect(text, { types: TOPIC_TYPES }).length).toBeGreaterThan(0);
  });

  // A table of groups (its count and share columns) and a faith's hyphenated name ("Bà-la-môn" holds no "bà")
  // read no one even for a caller asking for topics alone.
  it.each([
    'Dân tộc\tSố hộ\tSố khẩu\tTỷ lệ (%)\nDao\t612\t3.087\t58,4\nGiáy\t284\t1.312\t24,8\nKinh\t156\t583\t11,0',
    'Lễ hội Katê của đồng bào Chăm theo đạo Bà-la-môn diễn ra từ ngày 2 đến 4/10.',
  ])('finds no one in %s', (text) => {
    expect(detect(text, { types: TOPIC_TYPES })).toEqual([]);
  });

  it('keeps the same phrases once someone is identified in the text', () => {
    const text = 'Bệnh nhân Nguyễn Văn Hùng, 45 tuổi, nhập viện trong tình trạng hôn mê sâu, được lọc máu cấp cứu.';
    expect(topicsOf(text)).toContain('health');
    const far = `Ngày 27/10, bệnh viện cứu sống một bệnh nhân nam 45 tuổi bị ngộ độc rượu, được lọc máu cấp cứu.\n${'Nội dung báo cáo tuần. '.repeat(40)}\nLiên hệ: 0912 345 678`;
    expect(topicsOf(far)).toContain('health');
  });

  it('says why in the explanation of what a lower threshold still reports', () => {
    const [f] = detect('Theo đó, người bị kết án phạt tù được đề nghị đặc xá.', { threshold: 0.3 }).filter((x) => TOPICS.has(x.type));
    expect(f.explanation).toContain('no one identified in the text');
  });
});

describe('the typing path agrees with a whole scan', () => {
  it('re-decides far topics when the first identifier is typed, and again when it is deleted', () => {
    const head = 'Ngày 27/10, bệnh viện cứu sống một bệnh nhân nam 45 tuổi bị ngộ độc rượu, được lọc máu cấp cứu.\n';
    const body = 'Nội dung báo cáo tuần, không có gì thêm. '.repeat(60);
    const scanner = createIncrementalScanner();
    let text = head + body;
    scanner.update(text);
    expect(scanner.findings.filter((f) => TOPICS.has(f.type))).toEqual([]);
    const phone = 'SĐT 0912 345 678';
    text = typeAtEnd(scanner, text, phone);
    expect(scanner.findings).toEqual(detect(text));
    expect(scanner.findings.some((f) => f.type === 'health')).toBe(true);
    const cut = deleteAtEnd(scanner, text, phone.length);
    expect(scanner.findings).toEqual(detect(cut));
    expect(scanner.findings.some((f) => f.type === 'health')).toBe(false);
  });
});

describe('how far someone is looked for', () => {
  // A line's words within 200 characters of the phrase, never across a line break.
  const fill = (n: number) => 'nội dung báo cáo tuần '.repeat(Math.ceil(n / 22)).slice(0, n);
  it.each([
    ['the writer 150 characters before', `Tôi ${fill(150)} bị tiểu đường type 2.`, true],
    ['the writer 260 characters before', `Tôi ${fill(260)} bị tiểu đường type 2.`, false],
    ['the writer on the line before', `Tôi ở đây.\n${fill(20)} bị tiểu đường type 2.`, false],
    ['"chị ấy" 150 characters after', `${fill(20)} bị tiểu đường type 2 ${fill(150)} chị ấy`, true],
    ['"chị ấy" 260 characters after', `${fill(20)} bị tiểu đường type 2 ${fill(260)} chị ấy`, false],
    ['"trẻ em", a child, not the writer', `trẻ em ${fill(20)} bị tiểu đường type 2.`, false],
    ['a given name opening a line, 250 characters on', `${fill(250)}Trang là đồng tính nam`, false],
    ['a given name opening the line', `Trang là ${fill(30)} đồng tính nam`, true],
  ])('%s', (_, text, kept) => {
    expect(topicsOf(text).length > 0).toBe(kept);
  });

  it("decides each span on its own window, where an earlier span decided the same word on a wider one", () => {
    // "em" after "trẻ" is a child. A window that starts inside "trẻ" reads
    // "em" alone there: the writer, as that window's own reading says.
    const ctx = createScanContext(`${'x '.repeat(10)}trẻ em ${'y '.repeat(150)}`);
    const em = ctx.folded.indexOf('tre em') + 4;
    expect(someoneNear(ctx, em + 20, em + 25)).toBe(false);
    expect(someoneNear(ctx, em + 198, em + 203)).toBe(true);
    expect(someoneNear(ctx, em + 196, em + 201)).toBe(false);
  });

  it('decides each of many phrases on one long line alike', () => {
    // The line's trigger words are found once per scan; each phrase still sees only its own reach.
    const unit = `${fill(300)} bị tiểu đường type 2. `;
    const text = `${unit.repeat(3)}Tôi ${unit.repeat(3)}`;
    const health = detect(text, { threshold: 0.01 }).filter((f) => f.type === 'health');
    // Only the third phrase has the writer within reach (right after it).
    expect(health.map((f) => f.score >= 0.6)).toEqual([false, false, true, false, false, false]);
  });
});

describe('the trigger words left out of a scan', () => {
  it('point at no one in any window, whole or cut at its end', () => {
    const pieces = ['chị', 'chỉ', 'anh', 'em', 'tôi', 'mình', 'ông', 'bà', 'a', 'c', 'e', 'ấy', 'ay', 'ayo', 'Trang', 'Hoa', 'Nguyễn', 'TRANG', 'thôn', 'Địa', 'trẻ', ' ', ' ', ' ', ': ', ', ', '. ', '\n', '12', '–', '…'];
    const next = rng(37);
    let left = 0;
    for (let t = 0; t < 6000; t++) {
      let text = '';
      const n = 2 + Math.floor(next() * 8);
      for (let w = 0; w < n; w++) text += pieces[Math.floor(next() * pieces.length)];
      const ctx = createScanContext(text);
      const { folded } = ctx;
      // A letter as the scan reads one (a–z, and any unit from U+00C0).
      const letter = (i: number) => /[a-zA-Z]/.test(folded[i]) || folded.charCodeAt(i) >= 0xc0;
      for (let start = 0; start < folded.length; start++) {
        if (start > 0 && letter(start - 1)) continue;
        let end = start;
        while (end < folded.length && letter(end)) end++;
        if (end === start || mayPointAt(ctx, start, end)) continue;
        left++;
        for (let from = 0; from <= start; from++) {
          for (let to = end; to <= folded.length; to++) expect(pointsAt(ctx, from, to, start, end), JSON.stringify([text, start, from, to])).toBe(false);
          for (let cut = start + 1; cut < end; cut++) expect(pointsAt(ctx, from, cut, start, cut), JSON.stringify([text, start, from, cut])).toBe(false);
        }
      }
    }
    expect(left).toBeGreaterThan(1000);
  });
});
