// npm run eval [-- options]
//   --split dev|holdout|blind   one bundled corpus (default: dev and holdout; blind is the
//                         hand-written set, see load.ts)
//   --corpus FILE         evaluate another JSONL corpus with the same line format
//   --seed N              instead of the committed files, texts freshly generated with seed N
//                         from the same templates (shows how much a figure moves with the draw)
//   --misses [TYPE]       print missed (FN) and false (FP) spans with context
//   --json [FILE]         machine-readable results (to FILE, or stdout instead of the tables)
//   --check               exit 1 when a target fails (otherwise always 0)
// The values in the bundled corpora are synthetic, so printing them here is fine.
import { writeFileSync } from 'node:fs';
import { evaluate, loadDetect, type Evaluation } from './evaluate.ts';
import { generate } from './generate.ts';
import { BLIND_PATH, DEV_PATH, HOLDOUT_PATH, loadCorpus } from './load.ts';
import { EXTRA_EXACT, metrics, OVERLAP_TYPES, Scoreboard, STRUCTURED, targets, type Counts, type Miss } from './score.ts';
import { TOPICS, type CorpusText } from './segments.ts';

interface Args {
  corpora: { name: string; load: () => CorpusText[] }[];
  misses: string | true | null;
  json: string | true | null;
  check: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { corpora: [], misses: null, json: null, check: false };
  let split: string | null = null;
  let seed: number | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => (argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[++i] : null);
    if (a === '--split') {
      split = value();
      if (split !== 'dev' && split !== 'holdout' && split !== 'blind') throw new Error('--split needs dev, holdout or blind');
    }
    else if (a === '--corpus') {
      const path = value();
      if (!path) throw new Error('--corpus needs a file');
      args.corpora.push({ name: path, load: () => loadCorpus(path) });
    } else if (a === '--misses') args.misses = value() ?? true;
    else if (a === '--json') args.json = value() ?? true;
    else if (a === '--check') args.check = true;
    else if (a === '--seed') {
      seed = Number(value());
      if (!Number.isInteger(seed)) throw new Error('--seed needs an integer');
    } else throw new Error(`unknown option ${a}`);
  }
  if (args.corpora.length === 0 && split === 'blind') {
    if (seed !== null) throw new Error('--seed draws dev or holdout texts; the blind set is written by hand');
    args.corpora.push({ name: 'blind', load: () => loadCorpus(BLIND_PATH) });
  } else if (args.corpora.length === 0) {
    for (const [name, path] of [['dev', DEV_PATH], ['holdout', HOLDOUT_PATH]] as const) {
      if (split && split !== name) continue;
      args.corpora.push(
        seed === null ? { name, load: () => loadCorpus(path) } : { name: `${name} (seed ${seed})`, load: () => generate(name, seed!) },
      );
    }
  }
  return args;
}

const pct = (x: number) => x.toFixed(3);
const pad = (s: string | number, n: number) => String(s).padStart(n);

function tableRows(title: string, rows: [string, Counts][]): string[] {
  const out = [title, `  ${'type'.padEnd(20)}${pad('support', 8)}${pad('TP', 6)}${pad('FP', 6)}${pad('FN', 6)}${pad('prec', 8)}${pad('recall', 8)}${pad('F1', 8)}`];
  for (const [type, c] of rows) {
    const m = metrics(c);
    out.push(`  ${type.padEnd(20)}${pad(c.support, 8)}${pad(c.tp, 6)}${pad(c.fp, 6)}${pad(c.fn, 6)}${pad(pct(m.precision), 8)}${pad(pct(m.recall), 8)}${pad(pct(m.f1), 8)}`);
  }
  return out;
}

function report(name: string, texts: readonly CorpusText[], ev: Evaluation): string {
  const { board } = ev;
  const row = (t: string): [string, Counts] => [t, board.counts.get(t) ?? { support: 0, predicted: 0, tp: 0, fp: 0, fn: 0 }];
  const known = new Set<string>([...STRUCTURED, ...OVERLAP_TYPES, ...EXTRA_EXACT, ...TOPICS]);
  const others = [...board.counts.keys()].filter((t) => !known.has(t));
  const lines = [
    `== ${name}: ${texts.length} texts, ${texts.reduce((n, t) => n + t.spans.length, 0)} spans, ${ev.ms.toFixed(0)} ms (${(texts.length / (ev.ms / 1000)).toFixed(0)} texts/s)`,
    ...tableRows('Structured identifiers (exact span, trimmed)', STRUCTURED.map(row)),
    ...tableRows('  overall', [['structured (micro)', board.sum(STRUCTURED)]]),
    ...tableRows('Names and addresses (any overlap)', OVERLAP_TYPES.map(row)),
    ...tableRows('Location and credential (exact span, no target)', EXTRA_EXACT.map(row)),
    ...tableRows('Sensitive topics (per text)', [...TOPICS.map(row), ['topics (micro)', board.sum(TOPICS)]]),
  ];
  if (others.length) lines.push(...tableRows('Other predicted types (all FP here)', others.map(row)));
  lines.push(...breakdown('By rendering', ev.byVariant), ...breakdown('By kind of text', ev.byKind));
  lines.push('Targets');
  for (const t of targets(board)) lines.push(`  ${t.pass ? 'PASS' : 'FAIL'}  ${t.name.padEnd(28)} ${pct(t.value)} (≥ ${t.min})`);
  return lines.join('\n');
}

function breakdown(title: string, groups: Map<string, Scoreboard>): string[] {
  const out = [title, `  ${''.padEnd(20)}${pad('texts', 8)}${pad('struct P', 10)}${pad('struct R', 10)}${pad('name F1', 9)}${pad('addr F1', 9)}${pad('topic F1', 10)}`];
  // With nothing to find, a score would only restate the false positives: show those instead.
  const f1 = (c: Counts) => (c.support > 0 ? pct(metrics(c).f1) : c.fp > 0 ? `${c.fp} FP` : '-');
  for (const [key, b] of [...groups].sort(([a], [c]) => a.localeCompare(c))) {
    const st = b.sum(STRUCTURED);
    const s = metrics(st);
    out.push(`  ${key.padEnd(20)}${pad(b.texts, 8)}${pad(st.predicted ? pct(s.precision) : '-', 10)}${pad(st.support ? pct(s.recall) : '-', 10)}${pad(f1(b.sum(['person_name'])), 9)}${pad(f1(b.sum(['address'])), 9)}${pad(f1(b.sum(TOPICS)), 10)}`);
  }
  return out;
}

function context(text: string, m: Miss): string {
  const flat = (s: string) => s.replace(/\n/g, '⏎').replace(/\t/g, '⇥');
  if (m.start === m.end) return flat(text.slice(0, 140)) + (text.length > 140 ? '…' : '');
  return `${flat(text.slice(Math.max(0, m.start - 40), m.start))}[[${flat(text.slice(m.start, m.end))}]]${flat(text.slice(m.end, m.end + 40))}`;
}

async function main(): Promise<void> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`eval: ${(err as Error).message}\n`);
    process.exit(2);
  }
  let detect;
  try {
    detect = await loadDetect();
  } catch (err) {
    process.stderr.write(`eval: cannot load the engine (shared/detect/index.ts): ${(err as Error).message}\n`);
    process.exit(args.check ? 1 : 0);
  }
  const results: Record<string, unknown> = {};
  let failed = false;
  const printed: string[] = [];
  for (const c of args.corpora) {
    const texts = c.load();
    const ev = evaluate(texts, detect);
    const ts = targets(ev.board);
    failed ||= ts.some((t) => !t.pass);
    results[c.name] = {
      texts: texts.length,
      ms: Math.round(ev.ms),
      types: Object.fromEntries([...ev.board.counts].map(([t, counts]) => [t, { ...counts, ...metrics(counts) }])),
      structured: metrics(ev.board.sum(STRUCTURED)),
      topics: metrics(ev.board.sum(TOPICS)),
      targets: ts,
    };
    printed.push(report(c.name, texts, ev));
    if (args.misses) {
      const byId = new Map(texts.map((t) => [t.id, t]));
      const wanted = ev.board.misses.filter((m) => args.misses === true || m.type === args.misses);
      printed.push(`-- ${c.name}: ${wanted.length} misses${args.misses === true ? '' : ` of ${args.misses}`}`);
      for (const m of wanted) printed.push(`  ${m.kind.toUpperCase()} ${m.type.padEnd(18)} ${m.id.padEnd(10)} ${context(byId.get(m.id)!.text, m)}`);
    }
  }
  if (args.json === true) process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  else {
    process.stdout.write(printed.join('\n\n') + '\n');
    if (typeof args.json === 'string') writeFileSync(args.json, JSON.stringify(results, null, 2) + '\n');
  }
  process.exit(args.check && failed ? 1 : 0);
}

await main();
