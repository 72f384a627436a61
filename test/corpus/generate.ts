// Writes the labelled corpus: corpus.jsonl (dev) and holdout.jsonl, each from
// its own seed and its own templates. Deterministic: rerunning rewrites the
// same bytes, so a diff of the committed files is a change to the generator.
//   npx node test/corpus/generate.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRng, type Rng } from './rng.ts';
import { assemble, type CorpusText } from './segments.ts';
import { ALL_TEMPLATES } from './templates/index.ts';
import type { Kind, Split, Template } from './templates/template.ts';
import { makeValues } from './values.ts';
import { applyVariant, type Variant } from './variants.ts';

export const SPLITS: Record<Split, { seed: number; count: number; file: string; prefix: string }> = {
  dev: { seed: 20260101, count: 1300, file: 'corpus.jsonl', prefix: 'dev' },
  holdout: { seed: 91202523, count: 500, file: 'holdout.jsonl', prefix: 'ho' },
};

const KIND_WEIGHTS: readonly (readonly [Kind, number])[] = [
  ['chat', 13],
  ['form', 10],
  ['table', 7],
  ['prompt', 6],
  ['email', 8],
  ['medical', 8],
  ['payment', 8],
  ['insurance', 7],
  ['topic', 12],
  ['negative', 25],
];

const VARIANT_WEIGHTS: readonly (readonly [Variant, number])[] = [
  ['plain', 52],
  ['no_diacritics', 16],
  ['nfd', 8],
  ['upper', 5],
  ['fullwidth', 4],
  ['ocr', 10],
  ['web_paste', 4],
];

/**
 * The templates of one corpus as a shuffled deck: each kind gets its share of
 * `count` and each template its share of the kind (largest remainder), so the
 * support of rare types does not swing with every edit to a template.
 */
function deck(rng: Rng, templates: readonly Template[], count: number): Template[] {
  const kinds = KIND_WEIGHTS.filter(([k]) => templates.some((t) => t.kind === k));
  const share = <T>(items: readonly (readonly [T, number])[], n: number): [T, number][] => {
    const total = items.reduce((s, [, w]) => s + w, 0);
    const exact = items.map(([item, w]) => [item, (n * w) / total] as const);
    const out = exact.map(([item, x]) => [item, Math.floor(x)] as [T, number]);
    let left = n - out.reduce((s, [, k]) => s + k, 0);
    const byRemainder = exact.map(([, x], i) => [i, x - Math.floor(x)] as const).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    for (const [i] of byRemainder) if (left-- > 0) out[i][1]++;
    return out;
  };
  const cards: Template[] = [];
  for (const [kind, n] of share(kinds, count)) {
    const ofKind = templates.filter((t) => t.kind === kind).map((t) => [t, t.weight ?? 1] as const);
    for (const [t, k] of share(ofKind, n)) for (let i = 0; i < k; i++) cards.push(t);
  }
  return rng.shuffle(cards);
}

export function generate(split: Split, seed = SPLITS[split].seed, count = SPLITS[split].count): CorpusText[] {
  const rng = createRng(seed);
  const values = makeValues(rng);
  const cards = deck(rng, ALL_TEMPLATES.filter((t) => t.split === split), count);
  const out: CorpusText[] = [];
  for (const [i, template] of cards.entries()) {
    const variant = template.variants ? rng.pick(template.variants) : rng.weighted(VARIANT_WEIGHTS);
    const segs = applyVariant(template.build(values), variant, rng);
    const { text, spans, topics, decoys } = assemble(segs);
    out.push({
      id: `${SPLITS[split].prefix}-${String(i + 1).padStart(4, '0')}`,
      kind: template.kind,
      template: template.id,
      variant,
      text,
      spans,
      topics,
      decoys,
    });
  }
  return out;
}

export function toJsonl(texts: readonly CorpusText[]): string {
  return texts.map((t) => JSON.stringify(t)).join('\n') + '\n';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = fileURLToPath(new URL('.', import.meta.url));
  for (const split of Object.keys(SPLITS) as Split[]) {
    const texts = generate(split);
    writeFileSync(dir + SPLITS[split].file, toJsonl(texts));
    const spans = texts.reduce((n, t) => n + t.spans.length, 0);
    process.stdout.write(`${split}: ${texts.length} texts, ${spans} spans → test/corpus/${SPLITS[split].file}\n`);
  }
}
