// The warning itself: what was found, where, why it matters, and the choices.
// Built by warning-host.ts inside a closed shadow root. Every handler checks
// `isTrusted`: a page script cannot answer for the user.
import { el, svgIcon } from './dom.ts';
import { t, typeLabel } from './i18n.ts';
import { SHIELD_PATH } from './shield.ts';
import type { WarningChoice, WarningModel } from './warning-model.ts';

const OTHER = '__other__';

/** Renders `model` into `mount` (replacing what was there) and returns the button to focus first. */
export function renderWarning(mount: HTMLElement, model: WarningModel, onChoose: (choice: WarningChoice) => void): HTMLElement {
  const doc = mount.ownerDocument;
  const scanning = model.scanning;
  const blocked = model.action === 'block';
  const trusted = (e: Event) => e.isTrusted;

  const header = el(doc, 'header', {}, svgIcon(doc, SHIELD_PATH, 24, 'shield'), el(doc, 'h2', { id: 'pdp-title' }, blocked ? t('guard_title_block') : t('guard_title_warn')));

  const body: (Node | null)[] = [];
  if (model.unreadBlocked) {
    body.push(el(doc, 'p', { class: 'lead', role: 'status', id: 'pdp-why' }, t('guard_unread_blocked', model.site)));
  } else if (scanning) {
    const progress = scanning.progress !== undefined ? ` ${Math.round(scanning.progress * 100)}%` : '';
    body.push(el(doc, 'p', { class: 'scanning', role: 'status' }, (scanning.fileName ? t('guard_scanning', scanning.fileName) : t('guard_scanning_text')) + progress));
  } else {
    body.push(el(doc, 'p', { class: 'lead' }, t(`guard_where_${model.channel}`, model.site)));
    body.push(
      el(
        doc,
        'ul',
        { class: 'rows' },
        ...model.rows.map((row) =>
          el(
            doc,
            'li',
            {},
            el(doc, 'strong', {}, typeLabel(row.type)),
            ': ' + t('guard_count', [String(row.count), String(row.distinct)]),
            row.examples.length > 0 ? el(doc, 'span', { class: 'examples' }, row.examples.join(', ')) : null,
          ),
        ),
      ),
    );
    if (model.looksLikeList) body.push(el(doc, 'p', { class: 'list' }, t('guard_list', String(model.distinct))));
    body.push(el(doc, 'p', { id: 'pdp-why', class: 'why' }, model.sensitive ? t('guard_why_sensitive') : t('guard_why_basic')));
    if (blocked) body.push(el(doc, 'p', { class: 'policy' }, t('guard_blocked_note')));
    if (model.action === 'mask') body.push(el(doc, 'p', { class: 'policy' }, t('guard_mask_note')));
  }

  // Reason (block_with_override): preset reasons and free text. The text is
  // read when the user proceeds: input events never reach the dialog's own
  // handlers (they are kept from the page at window, see dialog-keys.ts).
  let reason = '';
  let other: HTMLInputElement | null = null;
  let error: HTMLElement | null = null;
  if (model.offerProceed && model.reasonRequired && !scanning) {
    const radio = (value: string, label: string) => {
      const input = el(doc, 'input', { type: 'radio', name: 'pdp-reason', value });
      input.addEventListener('change', (e) => {
        if (!trusted(e)) return;
        reason = value;
        error?.setAttribute('hidden', '');
      });
      return el(doc, 'label', {}, input, label);
    };
    other = el(doc, 'input', { type: 'text', class: 'other', maxlength: '300', 'aria-label': t('guard_reason_other'), placeholder: t('guard_reason_placeholder') });
    const otherRadio = radio(OTHER, t('guard_reason_other'));
    other.addEventListener('focus', (e) => {
      if (!trusted(e)) return;
      reason = OTHER;
      (otherRadio.firstChild as HTMLInputElement).checked = true;
    });
    error = el(doc, 'p', { class: 'error', role: 'alert', hidden: true }, t('guard_reason_missing'));
    body.push(el(doc, 'fieldset', { class: 'reasons' }, el(doc, 'legend', {}, t('guard_reason_label')), ...model.reasons.map((r) => radio(r, r)), otherRadio, other, error));
  }

  const button = (choice: string, label: string, cls: string | undefined, act: (e: Event) => void) => {
    const b = el(doc, 'button', { type: 'button', class: cls, 'data-pdp-guard-choice': choice }, label);
    b.addEventListener('click', (e) => trusted(e) && act(e));
    return b;
  };
  const cancel = button('cancel', t('guard_choice_cancel'), 'primary', () => onChoose({ choice: 'cancel' }));
  const choices: HTMLElement[] = [cancel];
  if (model.offerMask && !scanning) {
    choices.push(button('mask', model.offerMask === 'paste' ? t('guard_choice_mask_paste') : t('guard_choice_mask_replace'), undefined, () => onChoose({ choice: 'mask' })));
  }
  if (model.offerProceed && !scanning) {
    choices.push(
      button('proceed', t('guard_choice_proceed'), undefined, () => {
        const typed = other?.value.trim() ?? '';
        const chosen = reason === OTHER || (!reason && typed) ? typed : reason;
        if (model.reasonRequired && !chosen) {
          error?.removeAttribute('hidden');
          return;
        }
        onChoose({ choice: 'proceed', reason: chosen || undefined });
      }),
    );
  }
  if (!scanning) choices.push(button('false_positive', t('guard_choice_false_positive'), 'link', () => onChoose({ choice: 'false_positive' })));

  const dialog = el(
    doc,
    'div',
    { class: 'dialog', role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'pdp-title', 'aria-describedby': scanning ? undefined : 'pdp-why' },
    header,
    ...body,
    el(doc, 'div', { class: 'choices' }, ...choices),
  );
  mount.replaceChildren(el(doc, 'div', { class: 'backdrop' }, dialog));
  return cancel;
}
