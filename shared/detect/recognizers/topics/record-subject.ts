import type { ScanContext } from '../../recognizer.ts';
import { perScan, scanCache } from '../../scan-cache.ts';
import { isUpperCode } from '../../lexicon/words.ts';

/**
 * A form, result slip or violation record is about one person, named in a
 * label at the start of a line ("Họ tên: Quan Văn Tú", "Người vi phạm: …",
 * "Bệnh nhân: …"); what its other lines say (a test "Dương tính", "tiểu
 * đường") is about that person though no name shares their sentence. Only
 * near such a label: a long paste with one form in it does not make every
 * article after it personal. Officials' labels (người lập, người tiếp nhận)
 * name no subject.
 */
const SUBJECT_LABEL =
  /(?:^|\n)[ \t]*(?:\d{1,3}[.)/][ \t]*)?(?:ho va ten|ho ten|ho, ten|ten benh nhan|benh nhan|nguoi benh|doi tuong|nguoi vi pham|bi can|bi cao|khach hang|nguoi dang ky|patient name|patient|full name|ong \(ba\)[^:\n]{0,24}|ong\/ba|(?:kinh gui )?phu huynh (?:em|hoc sinh|chau)|hoc sinh|ten tre|ho ten tre|(?:tam giu|tam giam|xu phat|khoi to) doi voi|nguoi bi (?:bat|tam giu|tam giam))(?: [a-z]+){0,2}[ \t]*:[ \t]*(?=[a-z])/g;

/** How far before and after a subject label its record reaches. */
const BEFORE = 300;
const AFTER = 1500;

const cache = scanCache<number[]>();

function labelsOf(ctx: ScanContext): number[] {
  return perScan(cache, ctx, () => {
    const found: number[] = [];
    SUBJECT_LABEL.lastIndex = 0;
    // The value is a name, capitalised as written: "Đối tượng: hộ nghèo…" is a policy's target group.
    while (SUBJECT_LABEL.test(ctx.folded)) if (isUpperCode(ctx.plain.charCodeAt(SUBJECT_LABEL.lastIndex))) found.push(SUBJECT_LABEL.lastIndex);
    return found;
  });
}

/** Whether [start, end) lies in the record of a person named by a subject label. */
export function inPersonRecord(ctx: ScanContext, start: number): boolean {
  // The labels are in text order: the first from start − AFTER on decides (walking them all per phrase was
  // quadratic in a long list of labelled records).
  const labels = labelsOf(ctx);
  let lo = 0;
  let hi = labels.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (labels[mid] < start - AFTER) lo = mid + 1;
    else hi = mid;
  }
  return lo < labels.length && labels[lo] <= start + BEFORE;
}
