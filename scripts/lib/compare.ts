// Running a program under Taipan and under the reference CPython, and showing where they part.
import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { createTwoFilesPatch } from "diff";
import { findCPython, cleanEnv } from "../cpython";

export interface RunResult {
  stdout: string;
  stderr: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
}

export const TAIPAN_BIN = resolve(__dirname, "..", "..", "bin", "taipan");

export function run(
  cmd: string,
  args: string[],
  opts: { input?: string; cwd?: string; timeoutMs?: number; env?: NodeJS.ProcessEnv } = {},
): Promise<RunResult> {
  return new Promise((done) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? cleanEnv(), stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, opts.timeoutMs ?? 30000);
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", (e) => err.push(Buffer.from(String(e))));
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      done({
        stdout: Buffer.concat(out).toString("latin1"),
        stderr: Buffer.concat(err).toString("latin1"),
        code,
        signal,
        timedOut,
      });
    });
    child.stdin.on("error", () => {});
    child.stdin.end(opts.input ?? "");
  });
}

/** Runs `args` under the reference CPython (isolated from this machine's PYTHON* settings). */
export function runCPython(args: string[], opts: Parameters<typeof run>[2] = {}): Promise<RunResult> {
  return run(findCPython().executable, args, opts);
}

/** Runs `args` under Taipan (the built bundle). */
export function runTaipan(args: string[], opts: Parameters<typeof run>[2] = {}): Promise<RunResult> {
  return run(process.execPath, [TAIPAN_BIN, ...args], opts);
}

/** A unified diff of two texts, or "" when they are equal. */
export function unifiedDiff(label: string, expected: string, actual: string): string {
  if (expected === actual) return "";
  return createTwoFilesPatch(`${label} (CPython)`, `${label} (Taipan)`, expected, actual, "", "", { context: 3 });
}

/** Runs tasks with at most `limit` in flight, keeping the order of results. */
export async function pool<T, R>(items: T[], limit: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  });
  await Promise.all(workers);
  return results;
}
