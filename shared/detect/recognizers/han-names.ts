import type { Candidate, ScanContext } from '../recognizer.ts';
import { isLetterCode } from '../lexicon/words.ts';

// Chinese partners' and spouses' names in Han characters, as border posts,
// marriage files and passports give them beside the Vietnamese or pinyin
// reading: "Hoàng Kiến Hoa (黄建华)", "姓名/Name 黄美玲", "Wei Guoliang / 韦国良".
// No Vietnamese rule reads a character, so a name written so was not found
// at all. Two to four characters standing alone, the first a common
// surname (simplified or traditional), and something saying a person is
// named: the brackets after a capitalised name, a name label just before,
// or a slash after a romanised name. The other Han words a Vietnamese text
// holds ("中国/CHINESE", "护照", a notice's sentence) meet none of these.

const SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤农阮常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝',
  // Traditional forms (Hong Kong, Taiwan, older papers).
  ...'張劉陳楊黃趙吳許韓馮鄧蕭葉蘇呂盧鍾譚陸賈韋鄒閻龍賀顧龔萬錢湯農鄭謝魏羅蔣沈',
]);

/** A CJK unified ideograph of the main block (names use no other). */
function isHan(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

// A name's label ending just before the characters, folded ("tên tiếng Trung:", "姓名/Name", "name_cn": ").
const LABEL_BEFORE = /(?:^|[^a-z])(?:ho ten|ten|name|name_cn|chinese name|ten tieng (?:trung|hoa)|ten chu han|ho va ten)[^a-z\n]{0,4}(?: tieng (?:trung|hoa))?[ :"'/]*$/;
const HAN_LABEL_BEFORE = /(?:姓名|名字|中文名)[^\n]{0,8}$/;

/** Whether a capitalised word (Latin, Vietnamese) ends at `end` in `plain`, a space or nothing after it. */
function capitalisedWordBefore(ctx: ScanContext, end: number): boolean {
  const { plain, folded } = ctx;
  let i = end;
  if (i <= 0 || !isLetterCode(folded.charCodeAt(i - 1))) return false;
  while (i > 0 && isLetterCode(folded.charCodeAt(i - 1))) i--;
  const c = plain[i];
  return c !== undefined && c.toLowerCase() !== c;
}

/** Where the text before `at` ends, spaces passed over. */
function beforeSpaces(s: string, at: number): number {
  let i = at;
  while (i > 0 && s.charCodeAt(i - 1) === 32) i--;
  return i;
}

export function hanNames(ctx: ScanContext): Candidate[] {
  const { folded } = ctx;
  const out: Candidate[] = [];
  // Most texts hold no character from U+4000 on, which the folding loop tells;
  // the others, one native search (a search per text was 3 % of a scan).
  if (!ctx.wide) return out;
  const first = folded.search(/[\u4e00-\u9fff]/);
  if (first < 0) return out;
  for (let i = first; i < folded.length; ) {
    if (!isHan(folded.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < folded.length && isHan(folded.charCodeAt(i))) i++;
    const end = i;
    if (end - start < 2 || end - start > 4 || !SURNAMES.has(folded[start])) continue;
    let context: string | null = null;
    const before = beforeSpaces(folded, start);
    const after = folded.charCodeAt(end);
    if (folded.charCodeAt(before - 1) === 40 && after === 41 && capitalisedWordBefore(ctx, beforeSpaces(folded, before - 1))) context = '+brackets after a name';
    else if (folded.charCodeAt(before - 1) === 47 && capitalisedWordBefore(ctx, beforeSpaces(folded, before - 1)) && !HAN_LABEL_BEFORE.test(folded.slice(Math.max(0, start - 12), start))) context = '+slash after a name';
    else {
      const line = folded.slice(Math.max(0, start - 40), start);
      if (LABEL_BEFORE.test(line) || HAN_LABEL_BEFORE.test(line)) context = '+name label';
    }
    if (context === null) continue;
    out.push({ type: 'person_name', start, end, score: 0.8, rule: 'person_name.han', validator: 'Han characters opening with a Chinese surname', context: [context] });
  }
  return out;
}
