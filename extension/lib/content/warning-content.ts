// What the dialog says about a scan: rows per type with counts and a few
// display-masked examples (shown only to the person who typed them).
import { categoryOf, type FindingType } from '../../../shared/detect/types.ts';
import type { Action, Channel } from '../../../shared/event/schema.ts';
import { choiceRules, type WarningModel, type WarningRow } from '../ui/warning-model.ts';
import { maskFor } from './masked-copy.ts';
import type { TextScan } from './scan.ts';

const MAX_EXAMPLES = 3;

export function warningModel(
  scan: TextScan,
  action: Action,
  channel: Channel,
  site: string,
  reasons: readonly string[],
): WarningModel {
  const rows = new Map<FindingType, WarningRow>();
  for (const f of scan.findings) {
    let row = rows.get(f.type);
    if (!row) {
      const counts = scan.summary.byType[f.type];
      rows.set(f.type, (row = { type: f.type, count: counts?.count ?? 0, distinct: counts?.distinct ?? 0, examples: [] }));
    }
    const example = maskFor(f);
    if (row.examples.length < MAX_EXAMPLES && !row.examples.includes(example)) row.examples.push(example);
  }
  const ordered = [...rows.values()].sort(
    (a, b) => Number(categoryOf(b.type) === 'sensitive') - Number(categoryOf(a.type) === 'sensitive') || b.count - a.count,
  );
  return {
    action,
    channel,
    site,
    rows: ordered,
    sensitive: ordered.some((r) => categoryOf(r.type) === 'sensitive'),
    looksLikeList: scan.summary.looksLikeList,
    distinct: scan.summary.distinct,
    ...choiceRules(action, channel),
    reasons: [...reasons],
  };
}
