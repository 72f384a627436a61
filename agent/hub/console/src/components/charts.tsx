// Hand-drawn SVG charts. Each carries a text alternative (a visually hidden
// table) so screen-reader users get the same numbers.
import { niceMax, ticks, type StackedSeries } from '../lib/chart-data.ts';
import { formatDayKey } from '../lib/datetime.ts';
import { label, t } from '../i18n/index.ts';

// A sober palette with enough contrast between neighbours (colour-blind safe order).
export const PALETTE = ['#1f4e79', '#c0504d', '#9bbb59', '#8064a2', '#f79646', '#4bacc6', '#7f6000', '#595959'];

export function StackedBarChart({ series, title }: { series: StackedSeries; title: string }) {
  const width = 640;
  const height = 220;
  const pad = { left: 36, right: 8, top: 8, bottom: 28 };
  const max = niceMax(Math.max(0, ...series.totals));
  const innerW = width - pad.left - pad.right;
  const innerH = height - pad.top - pad.bottom;
  const slot = series.days.length ? innerW / series.days.length : innerW;
  const barW = Math.max(2, slot * 0.7);
  const y = (v: number) => pad.top + innerH - (v / max) * innerH;
  const labelEvery = Math.ceil(series.days.length / 10);
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title}>
        {ticks(max).map((v) => (
          <g key={v}>
            <line x1={pad.left} x2={width - pad.right} y1={y(v)} y2={y(v)} class="grid" />
            <text x={pad.left - 4} y={y(v) + 4} text-anchor="end" class="axis">
              {v}
            </text>
          </g>
        ))}
        {series.days.map((day, i) => {
          let acc = 0;
          const x = pad.left + i * slot + (slot - barW) / 2;
          return (
            <g key={day}>
              {series.values[i].map((v, k) => {
                if (v === 0) return null;
                const top = y(acc + v);
                const h = y(acc) - top;
                acc += v;
                return (
                  <rect key={k} x={x} y={top} width={barW} height={h} fill={PALETTE[k % PALETTE.length]}>
                    <title>{`${formatDayKey(day)} · ${label('type', series.keys[k])}: ${v}`}</title>
                  </rect>
                );
              })}
              {i % labelEvery === 0 && (
                <text x={x + barW / 2} y={height - 10} text-anchor="middle" class="axis">
                  {formatDayKey(day)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <Legend keys={series.keys} />
      <div class="sr-only">
        <table>
          <caption>{title}</caption>
          <tbody>
            {series.days.map((day, i) => (
              <tr key={day}>
                <th scope="row">{formatDayKey(day)}</th>
                <td>{series.keys.map((k, j) => `${label('type', k)}: ${series.values[i][j]}`).join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

export function Legend({ keys }: { keys: string[] }) {
  return (
    <ul class="legend">
      {keys.map((k, i) => (
        <li key={k}>
          <span class="swatch" style={{ background: PALETTE[i % PALETTE.length] }} aria-hidden="true" />
          {label('type', k)}
        </li>
      ))}
    </ul>
  );
}

/**
 * Horizontal bars for ranked lists (top sites, workstations): the names are
 * HTML text (readable at any card width, selectable), each bar a small SVG.
 */
export function BarList({ rows, title }: { rows: { name: string; count: number }[]; title: string }) {
  if (rows.length === 0) return <p class="muted">{t('dashboard.empty')}</p>;
  const max = Math.max(...rows.map((r) => r.count), 1);
  return (
    <ol class="barlist" aria-label={title}>
      {rows.map((r) => (
        <li key={r.name}>
          <span class="barlist-name" title={r.name}>
            {r.name}
          </span>
          <svg class="barlist-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
            <rect x="0" y="0" width={Math.max((100 * r.count) / max, 1)} height="10" fill={PALETTE[0]} />
          </svg>
          <span class="barlist-count num">{r.count}</span>
        </li>
      ))}
    </ol>
  );
}

/** A single proportion as a ring, for the "proceeded after a warning" rate. */
export function Ring({ rate, caption }: { rate: number; caption: string }) {
  const r = 40;
  const c = 2 * Math.PI * r;
  const clamped = Math.min(1, Math.max(0, rate));
  return (
    <figure class="ring">
      <svg viewBox="0 0 100 100" width="110" height="110" role="img" aria-label={caption}>
        <circle cx="50" cy="50" r={r} class="ring-bg" />
        <circle
          cx="50"
          cy="50"
          r={r}
          class="ring-fg"
          stroke-dasharray={`${c * clamped} ${c}`}
          transform="rotate(-90 50 50)"
        />
        <text x="50" y="55" text-anchor="middle" class="ring-text">
          {Math.round(clamped * 100)}%
        </text>
      </svg>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
