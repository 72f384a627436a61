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
  ms: number;
}

export function evaluate(texts: readonly CorpusText[], detect: DetectFn): Evaluation {
  const board = new Scoreboard();
  const t0 = performance.now();
  for (const t of texts) {
    const found = detect(t.text).map((f) => ({ type: f.type, start: f.start, end: f.end }));
    board.add(t, found);
  }
  return { board, ms: performance.now() - t0 };
}
