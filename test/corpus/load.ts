import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CorpusText } from './segments.ts';

export const CORPUS_DIR = fileURLToPath(new URL('.', import.meta.url));
export const DEV_PATH = CORPUS_DIR + 'corpus.jsonl';
export const HOLDOUT_PATH = CORPUS_DIR + 'holdout.jsonl';
/**
 * 560 texts written by hand, one at a time, by four writers who had not seen
 * the engine or the generated corpora (ids a-, b-, c-, d-): forms, chat, mail,
 * AI prompts, exports, hospital papers, police, court and land records, OCR of
 * scanned cards and documents, reports and news. Each set was measured blind
 * once, then kept as a regression set; not generated, so `--seed` does not
 * apply to it. Set d leaves officials acting in their role and agency phone
 * numbers and mailboxes unlabelled, which the engine reports (see README).
 */
export const BLIND_PATH = CORPUS_DIR + 'blind.jsonl';
export const BLIND_EFG_PATH = CORPUS_DIR + 'blind-efg.jsonl';
export const BLIND_HIJ_PATH = CORPUS_DIR + 'blind-hij.jsonl';
export const BLIND_KLM_PATH = CORPUS_DIR + 'blind-klm.jsonl';
export const BLIND_NOP_PATH = CORPUS_DIR + 'blind-nop.jsonl';
export const BLIND_QRS_PATH = CORPUS_DIR + 'blind-qrs.jsonl';
export const BLIND_TUV_PATH = CORPUS_DIR + 'blind-tuv.jsonl';
export const BLIND_WXY_PATH = CORPUS_DIR + 'blind-wxy.jsonl';
export const BLIND_Z_PATH = CORPUS_DIR + 'blind-z.jsonl';
export const BLIND_AA_PATH = CORPUS_DIR + 'blind-aa.jsonl';
export const BLIND_AD_PATH = CORPUS_DIR + 'blind-ad.jsonl';
export const BLIND_AG_PATH = CORPUS_DIR + 'blind-ag.jsonl';
export const BLIND_AJ_PATH = CORPUS_DIR + 'blind-aj.jsonl';
export const BLIND_AM_PATH = CORPUS_DIR + 'blind-am.jsonl';
export const BLIND_AP_PATH = CORPUS_DIR + 'blind-ap.jsonl';
export const BLIND_AS_PATH = CORPUS_DIR + 'blind-as.jsonl';
export const BLIND_AV_PATH = CORPUS_DIR + 'blind-av.jsonl';
export const BLIND_AY_PATH = CORPUS_DIR + 'blind-ay.jsonl';
export const BLIND_BB_PATH = CORPUS_DIR + 'blind-bb.jsonl';
export const BLIND_BE_PATH = CORPUS_DIR + 'blind-be.jsonl';
export const BLIND_BH_PATH = CORPUS_DIR + 'blind-bh.jsonl';
export const BLIND_BK_PATH = CORPUS_DIR + 'blind-bk.jsonl';

/** Reads a corpus file; lines need only id, text, spans and topics (other corpora may omit the rest). */
export function loadCorpus(path: string): CorpusText[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const row = JSON.parse(line) as Partial<CorpusText>;
      if (typeof row.text !== 'string' || !Array.isArray(row.spans)) throw new Error(`${path}:${i + 1}: needs "text" and "spans"`);
      return {
        id: row.id ?? `line-${i + 1}`,
        kind: row.kind ?? 'unknown',
        template: row.template ?? '',
        variant: row.variant ?? 'plain',
        text: row.text,
        spans: row.spans,
        topics: row.topics ?? [],
        decoys: row.decoys ?? [],
      };
    });
}
