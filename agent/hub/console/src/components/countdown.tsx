import { deadlineView, type DeadlineState } from '../lib/countdown.ts';
import { formatDateTime } from '../lib/datetime.ts';
import { t } from '../i18n/index.ts';
import { useNow } from '../hooks.ts';

export function countdownText(deadline: string | null | undefined, now: number, serverState?: DeadlineState): { state: DeadlineState; text: string } {
  const v = deadlineView(deadline, now, serverState);
  switch (v.state) {
    case 'running':
    case 'near':
      return { state: v.state, text: t('deadline.remaining', { h: v.hours, m: v.minutes }) };
    case 'overdue':
      return { state: v.state, text: t('deadline.overdue', { h: v.hours, m: v.minutes }) };
    case 'met':
      return { state: v.state, text: t('deadline.met') };
    default:
      return { state: v.state, text: t('deadline.none') };
  }
}

/** The 72-hour countdown: amber when near, red when overdue (colour plus words, never colour alone). */
export function Countdown({ deadline, state, showDate }: { deadline: string | null | undefined; state?: DeadlineState; showDate?: boolean }) {
  const now = useNow();
  const v = countdownText(deadline, now, state);
  return (
    <span class={`countdown deadline-${v.state}`} data-deadline-state={v.state} title={deadline ? formatDateTime(deadline) : undefined}>
      {v.state === 'near' || v.state === 'overdue' ? <strong>{t(`deadline.state.${v.state}`)}: </strong> : null}
      {v.text}
      {showDate && deadline ? <span class="muted"> ({formatDateTime(deadline)})</span> : null}
    </span>
  );
}
