import { t } from '../i18n/index.ts';
import { changeKind, formatDiffValue, type Change } from '../lib/policy-diff.ts';

export function DiffTable({ changes }: { changes: Change[] }) {
  return (
    <table class="data diff">
      <thead>
        <tr>
          <th scope="col">{t('policy.col.path')}</th>
          <th scope="col">{t('policy.col.before')}</th>
          <th scope="col">{t('policy.col.after')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c, i) => (
          <tr key={i} class={`diff-${changeKind(c)}`}>
            <td>
              <code>{c.path}</code>
            </td>
            <td class="before">{c.before === undefined ? '' : <del>{formatDiffValue(c.before)}</del>}</td>
            <td class="after">{c.after === undefined ? '' : <ins>{formatDiffValue(c.after)}</ins>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
