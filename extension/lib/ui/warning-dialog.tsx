// The warning itself: what was found, where, why it matters, and the choices.
// Rendered by warning-host.ts inside a closed shadow root. Every handler checks
// `isTrusted`: a page script cannot answer for the user.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t, typeLabel } from './i18n.ts';
import { SHIELD_PATH } from './shield.ts';
import type { WarningChoice, WarningModel } from './warning-model.ts';

interface Props {
  model: WarningModel;
  onChoose: (choice: WarningChoice) => void;
}

const OTHER = '__other__';

export function WarningDialog({ model, onChoose }: Props) {
  const [reason, setReason] = useState<string>('');
  const [reasonError, setReasonError] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  // Read when the user proceeds: input events never reach the dialog's
  // handlers (they are kept from the page at window, see dialog-keys.ts).
  const otherRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    cancelRef.current?.focus();
  }, []);

  const blocked = model.action === 'block';
  const title = blocked ? t('guard_title_block') : t('guard_title_warn');
  const scanning = model.scanning;

  const trusted = (e: Event) => e.isTrusted;
  const choose = (e: Event, choice: WarningChoice) => {
    if (!trusted(e)) return;
    onChoose(choice);
  };
  const proceed = (e: Event) => {
    if (!trusted(e)) return;
    const other = otherRef.current?.value.trim() ?? '';
    const chosenReason = reason === OTHER || (!reason && other) ? other : reason;
    if (model.reasonRequired && !chosenReason) {
      setReasonError(true);
      return;
    }
    onChoose({ choice: 'proceed', reason: chosenReason || undefined });
  };

  return (
    <div class="backdrop">
      <div
        class="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="pdp-title"
        aria-describedby="pdp-why"
      >
        <header>
          <svg class="shield" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
            <path d={SHIELD_PATH} fill="currentColor" />
          </svg>
          <h2 id="pdp-title">{title}</h2>
        </header>
        {scanning ? (
          <p class="scanning" role="status">
            {scanning.fileName ? t('guard_scanning', scanning.fileName) : t('guard_scanning_text')}
            {scanning.progress !== undefined ? ` ${Math.round(scanning.progress * 100)}%` : ''}
          </p>
        ) : (
          <>
            <p class="lead">{t(channelKey(model.channel), model.site)}</p>
            <ul class="rows">
              {model.rows.map((row) => (
                <li key={row.type}>
                  <strong>{typeLabel(row.type)}</strong>
                  {': '}
                  {t('guard_count', [String(row.count), String(row.distinct)])}
                  {row.examples.length > 0 ? <span class="examples">{row.examples.join(', ')}</span> : null}
                </li>
              ))}
            </ul>
            {model.looksLikeList ? <p class="list">{t('guard_list', String(model.distinct))}</p> : null}
            <p id="pdp-why" class="why">
              {model.sensitive ? t('guard_why_sensitive') : t('guard_why_basic')}
            </p>
            {blocked ? <p class="policy">{t('guard_blocked_note')}</p> : null}
            {model.action === 'mask' ? <p class="policy">{t('guard_mask_note')}</p> : null}
          </>
        )}
        {model.offerProceed && model.reasonRequired && !scanning ? (
          <fieldset class="reasons">
            <legend>{t('guard_reason_label')}</legend>
            {model.reasons.map((r) => (
              <label key={r}>
                <input
                  type="radio"
                  name="pdp-reason"
                  value={r}
                  checked={reason === r}
                  onChange={(e) => trusted(e) && (setReason(r), setReasonError(false))}
                />
                {r}
              </label>
            ))}
            <label>
              <input
                type="radio"
                name="pdp-reason"
                value={OTHER}
                checked={reason === OTHER}
                onChange={(e) => trusted(e) && (setReason(OTHER), setReasonError(false))}
              />
              {t('guard_reason_other')}
            </label>
            <input
              ref={otherRef}
              type="text"
              class="other"
              maxLength={300}
              aria-label={t('guard_reason_other')}
              placeholder={t('guard_reason_placeholder')}
              onFocus={(e) => trusted(e) && (setReason(OTHER), setReasonError(false))}
            />
            {reasonError ? (
              <p class="error" role="alert">
                {t('guard_reason_missing')}
              </p>
            ) : null}
          </fieldset>
        ) : null}
        <div class="choices">
          <button ref={cancelRef} type="button" class="primary" data-pdp-guard-choice="cancel" onClick={(e) => choose(e, { choice: 'cancel' })}>
            {t('guard_choice_cancel')}
          </button>
          {model.offerMask && !scanning ? (
            <button type="button" data-pdp-guard-choice="mask" onClick={(e) => choose(e, { choice: 'mask' })}>
              {model.offerMask === 'paste' ? t('guard_choice_mask_paste') : t('guard_choice_mask_replace')}
            </button>
          ) : null}
          {model.offerProceed && !scanning ? (
            <button type="button" data-pdp-guard-choice="proceed" onClick={proceed}>
              {t('guard_choice_proceed')}
            </button>
          ) : null}
          {!scanning ? (
            <button type="button" class="link" data-pdp-guard-choice="false_positive" onClick={(e) => choose(e, { choice: 'false_positive' })}>
              {t('guard_choice_false_positive')}
            </button>
          ) : null}
        </div>
      </div>
    </div>
  );
}

function channelKey(channel: WarningModel['channel']): string {
  return `guard_where_${channel}`;
}
