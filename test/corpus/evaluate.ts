// Runs the engine over a corpus and fills a scoreboard. Kept apart from the CLI
// so the corpus test measures exactly what `npm run eval` prints.
import type { Finding } from '../../shared/detect/types.ts';
import { Scoreboard } from './score.ts';
import type { CorpusText } from './segments.ts';

export type DetectFn = (text: string) => Finding[];

export async function loadDetect(): Promise<DetectFn> {
  const mod = (await import('../../shared/detect/index.ts')) as { detect: DetectFn };
  return mod.detect;
}

export interface Evaluation {
  board: Scoreboard;
  /** The same scores split by rendering (nfd, ocr…) and by kind of text, to show where misses cluster. */
  byVariant: Map<string, Scoreboard>;
  byKind: Map<string, Scoreboard>;
  ms: number;
}

export function evaluate(texts: readonly CorpusText[], detect: DetectFn): Evaluation {
  const board = new Scoreboard();
  const byVariant = new Map<string, Scoreboard>();
  const byKind = new Map<string, Scoreboard>();
  const group = (map: Map<string, Scoreboard>, key: string) => {
    let b = map.get(key);
    if (!b) map.set(key, (b = new Scoreboard()));
    return b;
  };
  let ms = 0;
  for (const t of texts) {
    const t0 = performance.now();
    const found = detect(t.text).map((f) => ({ type: f.type, start: f.start, end: f.end }));
    ms += performance.now() - t0;
    board.add(t, found);
    group(byVariant, t.variant).add(t, found);
    group(byKind, t.kind).add(t, found);
  }
  return { board, byVariant, byKind, ms };
}
