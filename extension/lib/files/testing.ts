// Tiny office-file writers for tests (unit and end-to-end): a workbook the way
// Excel stores it (shared strings, one sheet per table) built with fflate.
// Test-only; nothing in the extension imports it.
import { strToU8, zipSync } from 'fflate';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function column(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** An .xlsx with one sheet per table; text cells as shared strings, numeric-looking cells without leading zero as numbers. */
export function makeXlsx(sheets: string[][][]): Uint8Array {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const sid = (s: string) => {
    let i = index.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      index.set(s, i);
    }
    return i;
  };
  const files: Record<string, Uint8Array> = {};
  sheets.forEach((rows, n) => {
    const body = rows
      .map((cells, r) => {
        const cs = cells
          .map((v, c) => {
            const ref = `${column(c)}${r + 1}`;
            if (/^[1-9]\d{0,14}$/.test(v)) return `<c r="${ref}"><v>${v}</v></c>`;
            return `<c r="${ref}" t="s"><v>${sid(v)}</v></c>`;
          })
          .join('');
        return `<row r="${r + 1}">${cs}</row>`;
      })
      .join('');
    files[`xl/worksheets/sheet${n + 1}.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`,
    );
  });
  files['xl/sharedStrings.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('')}</sst>`,
  );
  files['xl/workbook.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets>${sheets.map((_, i) => `<sheet name="Sheet${i + 1}" sheetId="${i + 1}"/>`).join('')}</sheets></workbook>`,
  );
  files['[Content_Types].xml'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
  );
  return zipSync(files);
}

/** Invented residents of a ward: name, CCCD (valid province code), phone, birth date. */
export function residentRows(count: number): string[][] {
  const family = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'];
  const middle = ['Văn', 'Thị', 'Minh', 'Thu', 'Quang', 'Ngọc'];
  const given = ['An', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hà', 'Khánh', 'Lan', 'Long', 'Mai'];
  const rows = [['STT', 'Họ và tên', 'Số CCCD', 'Điện thoại', 'Ngày sinh']];
  for (let i = 0; i < count; i++) {
    const year = 1950 + (i % 50);
    const cccd = `001${i % 2 === 0 ? '0' : '1'}${String(year).slice(2)}${String(100000 + i * 7919).slice(-6)}`;
    const phone = `09${String(12345678 + i * 104729).slice(-8)}`;
    rows.push([
      String(i + 1),
      `${family[i % family.length]} ${middle[i % middle.length]} ${given[(i * 7) % given.length]}`,
      cccd,
      phone,
      `${String((i % 28) + 1).padStart(2, '0')}/${String((i % 12) + 1).padStart(2, '0')}/${year}`,
    ]);
  }
  return rows;
}
