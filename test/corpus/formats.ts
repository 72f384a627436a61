// How people write the values: separators, groupings, prefixes and date
// styles. Each maker takes a valid value from identifiers.ts and returns one
// written form, weighted by how often it is seen.
import type { Dob } from './identifiers.ts';
import type { Rng } from './rng.ts';

export function formatDate(rng: Rng, d: Dob): string {
  const dd = String(d.day).padStart(2, '0');
  const mm = String(d.month).padStart(2, '0');
  return rng.weighted<string>([
    [`${dd}/${mm}/${d.year}`, 8],
    [`${d.day}/${d.month}/${d.year}`, 4],
    [`${dd}-${mm}-${d.year}`, 2],
    [`${dd}.${mm}.${d.year}`, 1],
    [`${dd}/${mm}/${String(d.year).slice(2)}`, 1],
    [`${dd} tháng ${mm} năm ${d.year}`, 2],
    [`${d.day <= 10 ? 'mùng ' : ''}${d.day} tháng ${d.month} năm ${d.year}`, 1],
    [`${d.year}-${mm}-${dd}`, 1],
  ]);
}

export function formatPhone(rng: Rng, num: string): string {
  const local = num.slice(1);
  const style = rng.weighted<string>([
    ['plain', 8], ['4-3-3', 3], ['3-3-4', 2], ['dots', 2], ['dots334', 1], ['+84', 2], ['+84sp', 2], ['+84_234', 1], ['(+84)', 1], ['84', 1], ['dash', 1],
  ]);
  switch (style) {
    case 'plain':
      return num;
    case '4-3-3':
      return `${num.slice(0, 4)} ${num.slice(4, 7)} ${num.slice(7)}`;
    case '3-3-4':
      return `${num.slice(0, 3)} ${num.slice(3, 6)} ${num.slice(6)}`;
    case 'dots':
      return `${num.slice(0, 4)}.${num.slice(4, 7)}.${num.slice(7)}`;
    case '+84':
      return `+84${local}`;
    case 'dots334':
      return `${num.slice(0, 3)}.${num.slice(3, 6)}.${num.slice(6)}`;
    case '+84_234':
      return `+84 ${local.slice(0, 2)} ${local.slice(2, 5)} ${local.slice(5)}`;
    case '+84sp':
      return `+84 ${local.slice(0, 3)} ${local.slice(3, 6)} ${local.slice(6)}`;
    case '(+84)':
      return `(+84) ${local.slice(0, 3)}-${local.slice(3, 6)}-${local.slice(6)}`;
    case '84':
      return `84${local}`;
    default:
      return `${num.slice(0, 4)}-${num.slice(4, 7)}-${num.slice(7)}`;
  }
}

export function formatLandline(rng: Rng, num: string): string {
  const areaLen = num.startsWith('02') && num.length === 11 && !num.startsWith('024') && !num.startsWith('028') ? 4 : 3;
  const area = num.slice(0, areaLen);
  const rest = num.slice(areaLen);
  return rng.weighted<string>([
    [num, 3],
    [`${area} ${rest.slice(0, 4)} ${rest.slice(4)}`, 3],
    [`(${area}) ${rest.slice(0, 4)} ${rest.slice(4)}`, 2],
    [`${area}.${rest.slice(0, 4)}.${rest.slice(4)}`, 1],
  ]);
}

export function groupDigits(num: string, size: number, sep = ' '): string {
  const groups: string[] = [];
  for (let i = 0; i < num.length; i += size) groups.push(num.slice(i, i + size));
  return groups.join(sep);
}

export function formatCard(rng: Rng, num: string): string {
  return rng.weighted<string>([
    [groupDigits(num, 4), 5],
    [num, 3],
    [groupDigits(num, 4, '-'), 1],
  ]);
}

export function formatCccd(rng: Rng, num: string): string {
  return rng.weighted<string>([[num, 12], [groupDigits(num, 3), 1], [groupDigits(num, 4), 1]]);
}

export function formatBhyt(rng: Rng, code: string): string {
  return rng.weighted<string>([
    [code, 6],
    [`${code.slice(0, 2)} ${code[2]} ${code.slice(3, 5)} ${code.slice(5)}`, 1],
  ]);
}

export function formatBankAccount(rng: Rng, num: string): string {
  // Dotted groups of three only when they come out even (937.644.862.704).
  return rng.weighted<string>([[num, 8], [groupDigits(num, 4), 2], [groupDigits(num, 3, num.length % 3 === 0 ? '.' : ' '), 1]]);
}
