import { describe, expect, it } from 'vitest';
import { detect } from '../../../shared/detect/index.ts';
import { scanTextInSlices } from './scan-text.ts';

const row = (i: number) => `Nguyễn Văn An,0012030${String(i).padStart(5, '0')},09123${String(i).padStart(5, '0')},ghi chú\n`;
const list = (n: number) => 'ho_ten,so_cccd,dien_thoai,ghi_chu\n' + Array.from({ length: n }, (_, i) => row(i)).join('');

describe('scanTextInSlices', () => {
  it('finds what one pass finds, at the same offsets, and yields between slices', async () => {
    const text = list(1200);
    let yields = 0;
    const sliced = await scanTextInSlices(text, { yieldNow: async () => void yields++ });
    const whole = detect(text);
    expect(sliced.cut).toBe(false);
    expect(sliced.findings.map((f) => [f.type, f.start, f.end])).toEqual(whole.map((f) => [f.type, f.start, f.end]));
    expect(yields).toBeGreaterThan(0);
  });

  it('stops once the evidence is overwhelming and says it was cut short', async () => {
    const text = list(3000);
    const r = await scanTextInSlices(text, { maxFindings: 500 });
    expect(r.cut).toBe(true);
    expect(r.findings.length).toBeGreaterThanOrEqual(500);
    expect(r.text.length).toBeLessThan(text.length);
    // Offsets refer to the text that was read.
    for (const f of r.findings.filter((f) => f.type === 'cccd').slice(-3)) expect(r.text.slice(f.start, f.end)).toMatch(/^\d{12}$/);
  });

  it('stops when the time budget is spent', async () => {
    let clock = 0;
    const r = await scanTextInSlices(list(3000), { budgetMs: 100, now: () => (clock += 30) });
    expect(r.cut).toBe(true);
  });

  it('reports progress up to the end and honours an abort', async () => {
    const seen: number[] = [];
    await scanTextInSlices(list(1000), { onProgress: (p) => seen.push(p) });
    expect(seen.at(-1)).toBe(1);
    const ac = new AbortController();
    ac.abort();
    await expect(scanTextInSlices(list(10), { signal: ac.signal })).rejects.toThrow();
  });
});
