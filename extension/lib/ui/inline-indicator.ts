// The quiet sign at a field that holds personal data: a small badge at the
// field's lower right corner, in a closed shadow root, never in the way of the
// pointer. One per field; repositioned only while at least one is visible.
import type { FindingType } from '../../../shared/detect/types.ts';
import type { Action } from '../../../shared/event/schema.ts';
import { t, typeLabel, uiLanguage } from './i18n.ts';
import { HOST_STYLE, INLINE_CSS } from './styles.ts';
import { adoptStyles, styleHost } from './shadow-style.ts';
import { SHIELD_PATH } from './shield.ts';
import { svgIcon } from './dom.ts';

interface Indicator {
  host: HTMLElement;
  badge: HTMLElement;
  count: HTMLElement;
}

const indicators = new Map<Element, Indicator>();
let frame = 0;
let listening = false;

export function showIndicator(field: HTMLElement, types: readonly FindingType[], action: Action): void {
  let ind = indicators.get(field);
  if (!ind) {
    ind = create(field.ownerDocument);
    indicators.set(field, ind);
  }
  ind.host.setAttribute('data-types', types.join(','));
  ind.host.setAttribute('data-action', action);
  ind.badge.className = action === 'block' ? 'badge block' : 'badge';
  const label = t('guard_inline', types.map(typeLabel).join(', '));
  ind.count.textContent = String(types.length);
  ind.badge.setAttribute('title', label);
  ind.badge.setAttribute('aria-label', label);
  if (!ind.host.isConnected) (field.ownerDocument.documentElement ?? field.ownerDocument.body).appendChild(ind.host);
  place(field, ind);
  listen(field.ownerDocument);
}

export function hideIndicator(field: Element): void {
  const ind = indicators.get(field);
  if (!ind) return;
  ind.host.remove();
  indicators.delete(field);
}

/** Drops the badges of fields that left the page (a single-page app changed view). */
export function pruneIndicators(): void {
  for (const field of [...indicators.keys()]) if (!field.isConnected) hideIndicator(field);
}

function create(doc: Document): Indicator {
  const host = doc.createElement('pdp-guard');
  host.setAttribute('data-pdp-guard', 'inline');
  styleHost(host, HOST_STYLE + ' pointer-events: none !important;');
  const root = host.attachShadow({ mode: 'closed' });
  adoptStyles(root, INLINE_CSS);
  const badge = doc.createElement('span');
  badge.setAttribute('role', 'status');
  badge.setAttribute('lang', uiLanguage());
  const count = doc.createElement('span');
  badge.append(svgIcon(doc, SHIELD_PATH, 12), count);
  root.append(badge);
  return { host, badge, count };
}

function place(field: Element, ind: Indicator): void {
  const r = field.getBoundingClientRect();
  const hidden = r.width === 0 && r.height === 0;
  ind.host.style.setProperty('display', hidden ? 'none' : 'block', 'important');
  ind.host.style.setProperty('left', `${Math.max(0, r.right - 44)}px`, 'important');
  ind.host.style.setProperty('top', `${Math.max(0, r.bottom - 22)}px`, 'important');
}

function schedule(): void {
  if (frame) return;
  frame = requestAnimationFrame(() => {
    frame = 0;
    pruneIndicators();
    for (const [field, ind] of indicators) place(field, ind);
  });
}

function listen(doc: Document): void {
  if (listening) return;
  listening = true;
  const view = doc.defaultView;
  view?.addEventListener('scroll', () => indicators.size > 0 && schedule(), { capture: true, passive: true });
  view?.addEventListener('resize', () => indicators.size > 0 && schedule(), { passive: true });
}
