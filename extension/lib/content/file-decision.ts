// Files held from a drop or a file input: read them (with a "checking" state
// in the dialog when reading takes a moment), then decide like text. A file
// this build cannot read passes untouched; one it could not finish reading
// follows policy's failMode.
import type { Channel } from '../../../shared/event/schema.ts';
import { fileKind, scanFile, type FileScan } from '../files/scan-file.ts';
import type { WarningModel } from '../ui/warning-model.ts';
import { decide, type Outcome } from './decision-flow.ts';
import { cachedPolicy, loadPolicy } from './policy-cache.ts';
import { scanFrom } from './scan.ts';
import type { SiteContext } from './site.ts';
import { showWarning, type PendingWarning } from './warning.ts';

const SHOW_PROGRESS_AFTER_MS = 300;

export async function decideFiles(files: File[], channel: Channel, ctx: SiteContext, doc: Document): Promise<Outcome> {
  let warning: PendingWarning | undefined;
  let cancelled = false;
  const ac = new AbortController();
  let scanningModel: WarningModel | undefined;
  const progressTimer = setTimeout(() => {
    scanningModel = {
      action: 'warn', channel, site: ctx.site, rows: [], sensitive: false, looksLikeList: false, distinct: 0,
      offerMask: null, offerProceed: false, reasonRequired: false, reasons: [],
      scanning: { fileName: files.map((f) => f.name).join(', ') },
    };
    warning = showWarning(doc, scanningModel);
    void warning.result.then((c) => {
      if (c.choice === 'cancel' && !ac.signal.aborted) {
        cancelled = true;
        ac.abort();
      }
    });
  }, SHOW_PROGRESS_AFTER_MS);

  let scans: FileScan[];
  try {
    // OCR and office files report progress; the open dialog shows it.
    const onProgress = (progress: number) => {
      if (warning && scanningModel?.scanning) warning.update({ ...scanningModel, scanning: { ...scanningModel.scanning, progress } });
    };
    scans = await Promise.all(files.map((f) => scanFile(f, { signal: ac.signal, onProgress })));
  } catch {
    clearTimeout(progressTimer);
    return { kind: 'cancel' };
  } finally {
    clearTimeout(progressTimer);
  }
  if (cancelled) return { kind: 'cancel' };

  const eff = cachedPolicy() ?? (await loadPolicy());
  let outcome: Outcome = { kind: 'pass' };
  let asked = false;
  let unreadBlocked = false;
  for (const scan of scans) {
    if (scan.unsupported) continue;
    if (scan.timedOut && scan.findings.length === 0) {
      if (eff.policy.failMode === 'closed') {
        outcome = { kind: 'cancel' };
        unreadBlocked = true;
      }
      continue;
    }
    if (scan.findings.length === 0) continue;
    // One dialog for the whole set: the first file with findings decides for all.
    if (asked) continue;
    asked = true;
    outcome = await decide({
      channel,
      scan: scanFrom(scan.text, scan.findings),
      ctx,
      doc,
      file: { kind: scan.kind, sizeBytes: scan.sizeBytes },
      warning: warning && !cancelled ? warning : undefined,
    });
    warning = undefined;
  }
  if (unreadBlocked && !asked) {
    // The user must learn why the file did not arrive: a notice with only "cancel" (close).
    const notice: WarningModel = {
      action: 'block', channel, site: ctx.site, rows: [], sensitive: false, looksLikeList: false, distinct: 0,
      offerMask: null, offerProceed: false, reasonRequired: false, reasons: [], unreadBlocked: true,
    };
    if (warning) warning.update(notice);
    else warning = showWarning(doc, notice);
    await warning.result;
    warning = undefined;
  }
  warning?.close();
  return outcome.kind === 'mask' ? { kind: 'cancel' } : outcome;
}

export function describeFiles(files: File[]): string {
  return files.map((f) => fileKind(f)).join(',');
}
