// npm run scan -- FILE | -           findings, human-readable, record-masked
// npm run -s scan -- --jsonl FILE     one JSON object per input line {"id","text"}:
//                                     prints {"id", "findings": [...]} per line,
//                                     only findings at or above the threshold.
// Nothing printed ever holds a raw value: masks, types, offsets and scores only.
import { readFileSync } from 'node:fs';
import { detect, REPORT_THRESHOLD } from '../detect/engine.ts';
import { summarize } from '../detect/summary.ts';
import type { Finding } from '../detect/types.ts';

const USAGE = 'usage: npm run scan -- FILE|-   or   npm run -s scan -- --jsonl FILE|-';

function read(path: string): string {
  return path === '-' ? readFileSync(0, 'utf8') : readFileSync(path, 'utf8');
}

function lineCol(text: string, offset: number, lineStarts: number[]): string {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return `${lo + 1}:${offset - lineStarts[lo] + 1}`;
}

function human(text: string): string {
  const findings = detect(text);
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const out: string[] = [];
  for (const f of findings) {
    out.push(`${lineCol(text, f.start, starts).padEnd(10)} ${f.type.padEnd(17)} ${f.masked.padEnd(20)} ${f.score.toFixed(2)}  ${f.explanation}`);
  }
  const s = summarize(text, findings);
  const types = Object.entries(s.byType).map(([t, v]) => `${t} ${v?.count}/${v?.distinct}`);
  out.push(`${findings.length} finding(s), ${s.distinct} distinct${types.length ? ` (${types.join(', ')})` : ''}${s.looksLikeList ? '; looks like a list of people' : ''}`);
  return `${out.join('\n')}\n`;
}

function jsonFinding(f: Finding) {
  return { type: f.type, category: f.category, start: f.start, end: f.end, score: f.score, masked: f.masked, explanation: f.explanation };
}

function jsonl(text: string): { output: string; errors: number } {
  const lines = text.split('\n');
  const out: string[] = [];
  let errors = 0;
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      errors++;
      process.stderr.write(`line ${i + 1}: not valid JSON\n`);
      return;
    }
    const r = record as { id?: unknown; text?: unknown };
    if (typeof record !== 'object' || record === null || typeof r.text !== 'string') {
      errors++;
      process.stderr.write(`line ${i + 1}: expected an object with a string "text"\n`);
      return;
    }
    const findings = detect(r.text, { threshold: REPORT_THRESHOLD }).map(jsonFinding);
    out.push(JSON.stringify({ id: r.id ?? null, findings }));
  });
  return { output: out.length ? `${out.join('\n')}\n` : '', errors };
}

function main(argv: string[]): number {
  const asJsonl = argv[0] === '--jsonl';
  const path = asJsonl ? argv[1] : argv[0];
  if (!path || argv.length > (asJsonl ? 2 : 1)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let text: string;
  try {
    text = read(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    process.stderr.write(`cannot read ${path}: ${code}\n`);
    return 2;
  }
  if (!asJsonl) {
    process.stdout.write(human(text));
    return 0;
  }
  const { output, errors } = jsonl(text);
  process.stdout.write(output);
  return errors > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
