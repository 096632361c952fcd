// Taipan's parser run in worker threads, one file at a time each, with a time limit per file: a
// parse that runs past it is stopped (the worker is terminated and replaced) and reported as a
// crash, so that one pathological file cannot hang a conformance run.
import { build } from "esbuild";
import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { Worker } from "node:worker_threads";
import { CACHE_DIR, type Mode, type ParseOutcome } from "./cpython_parse";
import type { WorkerRequest } from "./taipan_parse_worker";

const COMPILE_TS = resolve(__dirname, "..", "..", "src", "Python", "compile.ts");

/**
 * Bundles the worker (and with it Taipan's front end) into one file under the cache directory.
 * Until src/Python/compile.ts exists, its import resolves to an empty module.
 */
export async function bundleWorker(): Promise<string> {
  mkdirSync(CACHE_DIR, { recursive: true });
  const outfile = join(CACHE_DIR, "taipan_parse_worker.js");
  await build({
    entryPoints: [join(__dirname, "taipan_parse_worker.ts")],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    sourcemap: "inline",
    logLevel: "silent",
    plugins: [
      {
        name: "compile-stage-may-be-missing",
        setup(b) {
          b.onResolve({ filter: /\/Python\/compile$/ }, () =>
            existsSync(COMPILE_TS) ? undefined : { path: "compile", namespace: "missing" },
          );
          b.onLoad({ filter: /.*/, namespace: "missing" }, () => ({ contents: "module.exports = {};", loader: "js" }));
        },
      },
    ],
  });
  return outfile;
}

interface Job {
  req: Omit<WorkerRequest, "id">;
  resolve: (o: ParseOutcome) => void;
}

/** One worker thread; it says `{ ready: true }` once loaded, and the clock only runs after that. */
class Slot {
  worker: Worker;
  ready = false;
  job: Job | null = null;
  timer: NodeJS.Timeout | null = null;
  constructor(readonly file: string, readonly pool: TaipanPool) {
    this.worker = this.spawn();
  }
  spawn(): Worker {
    this.ready = false;
    const w = new Worker(this.file, { resourceLimits: { stackSizeMb: 8 } });
    w.on("message", (m: ParseOutcome & { id: number; ready?: boolean }) => {
      if (m.ready) {
        this.ready = true;
        this.pool.dispatch();
        if (!this.job) this.worker.unref();
        return;
      }
      const { id: _id, ...outcome } = m;
      void _id;
      this.finish(outcome);
    });
    w.on("error", (e) => {
      const crash = `worker died: ${e.stack ?? e.message}`;
      // A worker that cannot even load would die again: fail what is queued instead of looping.
      if (!this.ready) this.pool.broken(crash);
      else this.finish({ crash }, true);
    });
    // Idle workers must not keep the process alive; one loading for queued work must.
    if (!this.pool.hasWork()) w.unref();
    return w;
  }
  start(job: Job): void {
    this.job = job;
    this.worker.ref();
    this.timer = setTimeout(() => {
      void this.worker.terminate();
      this.finish({ crash: `TIMEOUT: Taipan took more than ${this.pool.timeoutMs / 1000} s`, ms: this.pool.timeoutMs }, true);
    }, this.pool.timeoutMs);
    this.worker.postMessage({ ...job.req, id: 0 });
  }
  finish(outcome: ParseOutcome, respawn = false): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const job = this.job;
    this.job = null;
    if (respawn) this.worker = this.spawn();
    else this.worker.unref();
    if (job) job.resolve(outcome);
    this.pool.dispatch();
  }
}

export class TaipanPool {
  private slots: Slot[] = [];
  private queue: Job[] = [];

  private constructor(size: number, readonly timeoutMs: number, workerFile: string) {
    for (let i = 0; i < size; i++) this.slots.push(new Slot(workerFile, this));
  }

  /** `size` workers, each parse limited to `timeoutMs`; rejects when Taipan's front end does not build. */
  static async create(size: number, timeoutMs: number): Promise<TaipanPool> {
    return new TaipanPool(size, timeoutMs, await bundleWorker());
  }

  /** A pool running another worker script that answers the same messages (for tests). */
  static withWorker(workerFile: string, size: number, timeoutMs: number): TaipanPool {
    return new TaipanPool(size, timeoutMs, workerFile);
  }

  private brokenBy: string | null = null;

  hasWork(): boolean {
    return this.queue.length > 0;
  }

  /** Called when a worker dies while loading: every queued and later request fails with `crash`. */
  broken(crash: string): void {
    this.brokenBy = crash;
    for (const job of this.queue.splice(0)) job.resolve({ crash });
  }

  parseFile(path: string, opts: { filename?: string; mode?: Mode; full?: boolean; op?: "ast" | "compile" } = {}): Promise<ParseOutcome> {
    if (this.brokenBy !== null) return Promise.resolve({ crash: this.brokenBy });
    return new Promise((resolve) => {
      for (const s of this.slots) if (!s.ready) s.worker.ref();
      this.queue.push({
        req: { path, filename: opts.filename ?? path, mode: opts.mode ?? "exec", full: !!opts.full, op: opts.op ?? "ast" },
        resolve,
      });
      this.dispatch();
    });
  }

  dispatch(): void {
    for (const s of this.slots) {
      if (this.queue.length === 0) return;
      if (!s.job && s.ready) s.start(this.queue.shift()!);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
