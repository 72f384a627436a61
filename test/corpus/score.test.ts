// The scoring rules `npm run eval` reports with, on hand-made texts.
import { describe, expect, it } from 'vitest';
import { metrics, Scoreboard, STRUCTURED, targets } from './score.ts';
import type { CorpusText } from './segments.ts';

function text(t: string, spans: CorpusText['spans'], topics: CorpusText['topics'] = []): CorpusText {
  return { id: 't', kind: 'chat', template: 'x', variant: 'plain', text: t, spans, topics, decoys: [] };
}

const phoneText = text('sdt: +84 912 345 678.', [{ type: 'phone', start: 5, end: 20 }]);

describe('scoring', () => {
  it('accepts a structured span that differs only by surrounding punctuation', () => {
    const board = new Scoreboard();
    board.add(phoneText, [{ type: 'phone', start: 5, end: 21 }]);
    expect(board.counts.get('phone')).toEqual({ support: 1, predicted: 1, tp: 1, fp: 0, fn: 0 });
  });

  it('rejects a structured span that drops the +84 prefix: one FN and one FP', () => {
    const board = new Scoreboard();
    board.add(phoneText, [{ type: 'phone', start: 9, end: 20 }]);
    expect(board.counts.get('phone')).toEqual({ support: 1, predicted: 1, tp: 0, fp: 1, fn: 1 });
    expect(board.misses.map((m) => m.kind).sort()).toEqual(['fn', 'fp']);
  });

  it('counts the right span with the wrong type as a miss of one type and a false finding of the other', () => {
    const board = new Scoreboard();
    board.add(text('MST 038085012345', [{ type: 'tax_code', start: 4, end: 16 }]), [{ type: 'cccd', start: 4, end: 16 }]);
    expect(board.counts.get('tax_code')?.fn).toBe(1);
    expect(board.counts.get('cccd')?.fp).toBe(1);
  });

  it('matches names and addresses on any overlap, and a split name is not a false positive', () => {
    const board = new Scoreboard();
    const t = text('Ông Nguyễn Văn An ở Hà Nội', [{ type: 'person_name', start: 4, end: 17 }]);
    board.add(t, [
      { type: 'person_name', start: 4, end: 10 },
      { type: 'person_name', start: 11, end: 17 },
      { type: 'person_name', start: 20, end: 26 },
    ]);
    const c = board.counts.get('person_name')!;
    expect(c).toEqual({ support: 1, predicted: 3, tp: 1, fp: 1, fn: 0 });
    expect(metrics(c).precision).toBeCloseTo(2 / 3);
  });

  it('judges topics per text, however many findings carry the topic', () => {
    const board = new Scoreboard();
    board.add(text('bn A chẩn đoán ung thư, tiểu đường', [], ['health']), [
      { type: 'health', start: 5, end: 22 },
      { type: 'health', start: 24, end: 34 },
      { type: 'religion', start: 0, end: 2 },
    ]);
    expect(board.counts.get('health')).toEqual({ support: 1, predicted: 1, tp: 1, fp: 0, fn: 0 });
    expect(board.counts.get('religion')).toEqual({ support: 0, predicted: 1, tp: 0, fp: 1, fn: 0 });
  });

  it('fails the structured targets when recall drops and passes them on perfect predictions', () => {
    const t = text('cccd 038085012345, sdt 0912345678', [
      { type: 'cccd', start: 5, end: 17 },
      { type: 'phone', start: 23, end: 33 },
    ]);
    const perfect = new Scoreboard();
    perfect.add(t, t.spans);
    expect(targets(perfect).filter((x) => x.name.startsWith('structured')).every((x) => x.pass)).toBe(true);
    const half = new Scoreboard();
    half.add(t, [t.spans[0]]);
    expect(metrics(half.sum(STRUCTURED)).recall).toBe(0.5);
    expect(targets(half).find((x) => x.name === 'structured recall')?.pass).toBe(false);
  });
});
