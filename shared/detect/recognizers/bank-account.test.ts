import { describe, expect, it } from 'vitest';
import { createScanContext, foldedUnitsOf } from '../scan-context.ts';
import { expectFound, expectNotFound, type Row } from '../testing.ts';
import { numberSpans } from '../numbers.ts';
import { rng } from '../seeded-random.ts';
import { MIN_PRESENCE_TEXT } from '../word-presence.ts';
import { bankAccount, labelTurnsAway, readEveryLabelForTests } from './bank-account.ts';

const positives: Row[] = [
  ['STK: 0011004123456 Vietcombank', '0011004123456'],
  // "ngân hàng" after the number is the bank, not "ngàn" (thousand) of an amount.
  ['chuyển vào STK 8803 1206 6745 ngân hàng BIDV', '8803 1206 6745'],
  ['Số tài khoản 19036512345678 Techcombank', '19036512345678'],
  ['chuyển khoản vào tk 123 456 789 012', '123 456 789 012'],
  ['so tai khoan: 1234567890', '1234567890'],
  ['Tài khoản BIDV 21510000123456', '21510000123456'],
  ['STK\t0011004123456', '0011004123456'],
  // The label ends with "tiền", a negative word alone: the longer phrase decides.
  ['Tài khoản nhận tiền: 060214857392 – Sacombank', '060214857392'],
  ['ma_kh,ho_ten,so_tk_tien_gui,du_no\nKH0048812,Trịnh Văn Sửu,3601205017743,48000000', '3601205017743'],
  // "thụ hưởng" spelled as the payee, not as a name.
  ['Tên thụ hưởng: Lê Văn An - 0011004123456', '0011004123456'],
  // A label's two numbers, listed one after the other.
  ['ông Bế Văn Thạch có 2 tài khoản: 8404205127731 và 8404215096642, tổng số dư', '8404215096642'],
];

const negatives: Row[] = [
  // A bank's SMS shows a masked account: the digits are a mask's.
  ['Agribank: TK 3600 2051 xxxx nhan +750,000VND luc 10/07/24 08:15', '3600 2051'],
  ['Vietinbank: TK xxxx 3600 2051 -200,000VND', '3600 2051'],
  // A phone's shape, its banking word only after it: the number to call.
  ['Em gọi anh Tuấn số 0912 486 330 xin lại STK nhé', '0912 486 330'],
  // The given names Thu Hương fold like "thụ hưởng" (the payee): a teacher's phone, not an account.
  ['Nguyen Thi Thu Huong\tHieu truong\t0913 245 876', '0913 245 876'],
  ['Nguyễn Thị Thu Hương\tHiệu trưởng\t0913 245 876', '0913 245 876'],
  // An e-wallet's account is its phone number; a phone's shape beside banking words only.
  ['da nhan 2.000.000d tu TK ViettelMoney 0389114725 (LE VAN THANH) luc 08:41', '0389114725'],
  ['Ngân hàng không yêu cầu chuyển tiền. Hỗ trợ: 024 3768 9679 (giờ hành chính).', '024 3768 9679'],
  // A payee's ID card number on a transfer form.
  ['Người thụ hưởng: Đỗ Thị Kim Liên\nCCCD người thụ hưởng: 075176001294\nSố tài khoản: 6380205417293', '075176001294'],
  // A social network's account and the phone it was opened with.
  ['tài khoản Facebook "Thịnh Tự Do" (UID 100089452317746) đăng tải', '100089452317746'],
  ['số điện thoại đăng ký tài khoản 0707 338 912.', '0707 338 912'],
  ['Số tiền 1234567890 chuyển khoản', '1234567890'],
  ['chuyển khoản 1.500.000đ', '1.500.000'],
  ['Mã đơn hàng 1234567890', '1234567890'],
  ['Số 1234567890 không ngữ cảnh', '1234567890'],
  ['chuyển khoản 2,5 triệu', '2,5'],
  ['tài khoản số dư 12345678', '12345678'],
  // Six digits sent to an account are a code, not one.
  ['Ma xac thuc tai khoan dinh danh dien tu cua ban la: 582016. Ma co hieu luc 5 phut', '582016'],
  ['Vietcombank: OTP 58201647', '58201647'],
  // Past a second number the label claims nothing.
  ['STK 8404205127731, 8404215096642, 8404215096643', '8404215096643'],
];

describe('bank_account', () => {
  it.each(positives)('finds %s', (text, value) => expectFound('bank_account', [text, value]));
  it.each(negatives)('does not report %s', (text, value) => expectNotFound('bank_account', [text, value]));

  // Not even as a candidate the CCCD would beat: a line of ids had a third of its bank work there.
  it('takes a label for the number right after it, not the next one', () => {
    const text = 'STK 0011004123456; CCCD 001203012345';
    const found = bankAccount.find(createScanContext(text)).map((c) => text.slice(c.start, c.end));
    expect(found).toEqual(['0011004123456']);
  });
});

describe('a label that turns the span away, told without reading it', () => {
  // Big texts (the word bitmap that says no weak word occurs is built for them only), of
  // labelled numbers one after another, lists, tables and a header.
  const pieces = [
    'STK 0011004123456; ', 'CCCD 001006646719, ', 'SĐT 0911725891, ', 'STK: 8404205127731 và ', '8404215096642, ',
    '0011004123456 / ', '19036512345678 ', 'tk 123 456 789 012 ', 'thụ hưởng 0011004123456 ', 'Số TK\tGhi chú\n',
    '0011004123\tx\n', '12345678901 STK\n', 'mã số 0011004123 hoặc ', '| 12345678 | ', 'stk0011004123456 ', '0011004123 or ',
  ];
  // A weak word (or a word that may start one: "tài" of "tại NH"): no shortcut.
  const weak = [' ngân hàng ', ' Vietcombank ', 'tài khoản: 8404205127731 và '];
  function big(seed: number, words: string[]): string {
    const r = rng(seed);
    let text = '';
    while (text.length < MIN_PRESENCE_TEXT + 5000) text += words[Math.floor(r() * words.length)];
    return text;
  }

  it('finds what reading every label finds', { timeout: 30_000 }, () => {
    let turned = 0;
    for (let seed = 1; seed <= 4; seed++) {
      const text = big(seed, seed === 4 ? [...pieces, ...weak] : pieces);
      readEveryLabelForTests(true);
      const slow = bankAccount.find(createScanContext(text));
      readEveryLabelForTests(false);
      const ctx = createScanContext(text);
      expect(bankAccount.find(ctx)).toEqual(slow);
      const u = foldedUnitsOf(ctx)!;
      for (const span of numberSpans(ctx)) if (labelTurnsAway(ctx, u, span.start, span.end)) turned++;
    }
    // The shortcut applied.
    expect(turned).toBeGreaterThan(1000);
  });
});
