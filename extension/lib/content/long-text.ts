// Long texts (a pasted spreadsheet of citizens, a huge field) are too slow to
// read inside one event handler: the engine spends about 0.1 ms per finding.
// They are read in slices that yield to the page, with a "checking" state in
// the dialog when that takes a moment; the user can cancel meanwhile.
import type { Channel } from '../../../shared/event/schema.ts';
import { scanTextInSlices } from '../files/scan-text.ts';
import type { WarningModel } from '../ui/warning-model.ts';
import { scanFrom, type TextScan } from './scan.ts';
import type { SiteContext } from './site.ts';
import { showWarning, type PendingWarning } from './warning.ts';

/** Texts longer than this are read in slices rather than inside the event handler. */
export const LONG_TEXT = 64 * 1024;
const SHOW_PROGRESS_AFTER_MS = 300;
/** Long pastes are read in full for a masked copy, within this time. */
const LONG_TEXT_BUDGET_MS = 30_000;

export interface LongScan {
  scan: TextScan;
  /** Reading stopped before the end (time budget). */
  partial: boolean;
  /** The "checking" dialog, when one was shown: decide() reuses it. */
  warning?: PendingWarning;
}

/** Null when the user cancelled while the text was being read. */
export async function scanLongText(text: string, channel: Channel, ctx: SiteContext, doc: Document): Promise<LongScan | null> {
  const ac = new AbortController();
  let warning: PendingWarning | undefined;
  let model: WarningModel | undefined;
  const timer = setTimeout(() => {
    model = {
      action: 'warn', channel, site: ctx.site, rows: [], sensitive: false, looksLikeList: false, distinct: 0,
      offerMask: null, offerProceed: false, reasonRequired: false, reasons: [], scanning: {},
    };
    warning = showWarning(doc, model);
    // Closed (cancelled) stops the reading; a dialog that could not load does
    // not: the text is still read and decided (decide() then follows failMode).
    void warning.result.then((answer) => answer.choice !== 'unavailable' && ac.abort());
  }, SHOW_PROGRESS_AFTER_MS);
  try {
    const read = await scanTextInSlices(text, {
      signal: ac.signal,
      maxFindings: Number.POSITIVE_INFINITY,
      budgetMs: LONG_TEXT_BUDGET_MS,
      onProgress: (progress) => {
        if (warning && model) warning.update({ ...model, scanning: { progress } });
      },
    });
    return { scan: scanFrom(read.text, read.findings), partial: read.cut, warning };
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}
