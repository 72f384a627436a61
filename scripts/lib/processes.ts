// Child processes of `npm start` / `npm run demo`: spawned with the same Node
// (24, from the npm package), their output prefixed, stopped together.
import { spawn, type ChildProcess } from 'node:child_process';

export interface Child {
  name: string;
  proc: ChildProcess;
  exited: Promise<number | null>;
  /** Every line it printed (stdout and stderr): tests search its logs too. */
  output: string[];
}

/** Runs a Node script to completion; resolves with its stdout, rejects with its stderr. */
export function runNode(args: string[], opts: { input?: string; env?: NodeJS.ProcessEnv } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, args, { env: { ...process.env, ...opts.env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (err += d));
    p.on('error', reject);
    p.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${args[0]} ${args.slice(1, 3).join(' ')} failed (${code}): ${err.trim() || out.trim()}`))));
    p.stdin.end(opts.input ?? '');
  });
}

/** Starts a long-running Node service; resolves once `ready(line)` matches a line of its output. */
export function startService(
  name: string,
  args: string[],
  ready: (line: string) => boolean,
  opts: { env?: NodeJS.ProcessEnv; quiet?: boolean; timeoutMs?: number } = {},
): Promise<Child> {
  const proc = spawn(process.execPath, args, { env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((r) => proc.on('exit', (code) => r(code)));
  const output: string[] = [];
  return new Promise((resolve, reject) => {
    let done = false;
    const timer = setTimeout(() => {
      if (!done) reject(new Error(`${name} did not start within ${(opts.timeoutMs ?? 30_000) / 1000} s`));
    }, opts.timeoutMs ?? 30_000);
    const onLine = (line: string) => {
      output.push(line);
      if (!opts.quiet && line.trim()) process.stderr.write(`[${name}] ${line}\n`);
      if (!done && ready(line)) {
        done = true;
        clearTimeout(timer);
        resolve({ name, proc, exited, output });
      }
    };
    for (const stream of [proc.stdout, proc.stderr]) {
      let buf = '';
      stream.on('data', (d) => {
        buf += d;
        let i;
        while ((i = buf.indexOf('\n')) >= 0) {
          onLine(buf.slice(0, i));
          buf = buf.slice(i + 1);
        }
      });
    }
    void exited.then((code) => {
      if (!done) {
        done = true;
        clearTimeout(timer);
        reject(new Error(`${name} exited with ${code} before it was ready`));
      }
    });
  });
}

/** SIGTERM to each, then SIGKILL to any still running after the grace period. */
export async function stopAll(children: Child[], graceMs = 5000): Promise<void> {
  for (const c of children) if (c.proc.exitCode === null) c.proc.kill('SIGTERM');
  await Promise.race([
    Promise.all(children.map((c) => c.exited)),
    new Promise((r) => setTimeout(r, graceMs)),
  ]);
  for (const c of children) if (c.proc.exitCode === null) c.proc.kill('SIGKILL');
}
