// The CPython side of the parse conformance tools: one long-running reference CPython process that
// parses (or compiles) files on request and answers one JSON line each, and a cache of its answers
// kept outside git (node_modules/.cache/taipan/), keyed by CPython's version and each file's
// mtime and size, so that a second run of `npm run conformance:parse` does not wait for CPython.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { cleanEnv, findCPython, type CPython } from "../cpython";

/** What SyntaxError (or another exception) carries, as both sides report it. */
export interface ErrorInfo {
  /** The exception class name: SyntaxError, IndentationError, TabError, ValueError, MemoryError... */
  type: string;
  msg: string;
  lineno: number | null;
  offset: number | null;
  end_lineno: number | null;
  end_offset: number | null;
  text: string | null;
}

/** One answer: a dump of the tree (or its hash), an exception, or (Taipan only) a JS crash. */
export interface ParseOutcome {
  /** sha1 of the UTF-8 of `ast.dump(tree, include_attributes=True)`. */
  hash?: string;
  /** The dump itself, when asked for. */
  dump?: string;
  error?: ErrorInfo;
  /** The exception as CPython prints it uncaught (`sys.__excepthook__` with no traceback). */
  formatted?: string;
  /** A JS exception escaped from Taipan (always a bug), with its stack. */
  crash?: string;
  /** Milliseconds the parse took (Taipan side). */
  ms?: number;
  /** Set when op "compile" made a code object. */
  ok?: boolean;
}

export type Mode = "exec" | "eval" | "single" | "func_type";
/** "ast": compile(..., PyCF_ONLY_AST) and dump; "compile": compile() to a code object. */
export type Op = "ast" | "compile";

/** The worker that runs inside the reference CPython; written for this project. */
const WORKER = String.raw`
import ast, hashlib, io, json, sys, time, warnings
warnings.simplefilter("ignore")
out = sys.stdout

def error_info(e):
    d = {"type": type(e).__name__}
    if isinstance(e, SyntaxError):
        d.update(msg=e.msg, lineno=e.lineno, offset=e.offset, end_lineno=e.end_lineno,
                 end_offset=e.end_offset, text=e.text)
    else:
        d.update(msg=str(e), lineno=None, offset=None, end_lineno=None, end_offset=None, text=None)
    return d

def formatted(e):
    # What the interpreter prints for an uncaught exception without a traceback.
    buf = io.StringIO()
    saved = sys.stderr
    sys.stderr = buf
    try:
        sys.__excepthook__(type(e), e.with_traceback(None), None)
    finally:
        sys.stderr = saved
    return buf.getvalue()

def handle(req):
    op = req["op"]
    if op == "bench":
        sources = []
        for p in req["paths"]:
            with open(p, "rb") as f:
                sources.append((f.read(), p))
        times = []
        cpu = []
        for _ in range(req["runs"]):
            t0 = time.perf_counter()
            c0 = time.process_time()
            for src, p in sources:
                ast.parse(src, p)
            cpu.append(time.process_time() - c0)
            times.append(time.perf_counter() - t0)
        return {"times": times, "cpu": cpu}
    if op == "raise":
        # Runs a statement that raises, to print an exception built by hand.
        try:
            exec(req["source"], {})
        except Exception as e:
            return {"error": error_info(e), "formatted": formatted(e)}
        return {}
    if "path" in req:
        with open(req["path"], "rb") as f:
            source = f.read()
    else:
        source = req["source"].encode("latin-1")
    filename = req.get("filename") or req.get("path")
    mode = req.get("mode", "exec")
    try:
        if op == "compile":
            compile(source, filename, mode, dont_inherit=True)
            return {"ok": True}
        tree = compile(source, filename, mode, ast.PyCF_ONLY_AST, dont_inherit=True)
        dump = ast.dump(tree, include_attributes=True)
    except (SyntaxError, ValueError, MemoryError, RecursionError, OverflowError, UnicodeError) as e:
        return {"error": error_info(e), "formatted": formatted(e)}
    r = {"hash": hashlib.sha1(dump.encode("utf-8", "surrogatepass")).hexdigest()}
    if req.get("full"):
        r["dump"] = dump
    return r

for line in sys.stdin:
    req = json.loads(line)
    try:
        r = handle(req)
    except BaseException as e:
        r = {"fatal": "%s: %s" % (type(e).__name__, e)}
    r["id"] = req["id"]
    out.write(json.dumps(r) + "\n")
    out.flush()
`;

interface Pending {
  resolve: (r: ParseOutcome & { times?: number[] }) => void;
  reject: (e: Error) => void;
}

/** One reference CPython process answering parse requests in order; `close()` it when done. */
export class CPythonParser {
  readonly py: CPython;
  private child: ChildProcessWithoutNullStreams | null = null;
  private pending = new Map<number, Pending>();
  private nextId = 1;
  private buffered = "";

  /** `cwd` matters to compile(): CPython reads a missing source line from the file named `filename`. */
  constructor(py: CPython = findCPython(), private readonly cwd?: string) {
    this.py = py;
  }

  private start(): ChildProcessWithoutNullStreams {
    if (this.child) return this.child;
    const child = spawn(this.py.executable, ["-I", "-S", "-X", "utf8", "-c", WORKER], {
      env: cleanEnv(),
      cwd: this.cwd,
      stdio: ["pipe", "pipe", "pipe"],
    });
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      this.buffered += chunk;
      let nl: number;
      while ((nl = this.buffered.indexOf("\n")) >= 0) {
        const line = this.buffered.slice(0, nl);
        this.buffered = this.buffered.slice(nl + 1);
        const r = JSON.parse(line) as ParseOutcome & { id: number; fatal?: string };
        const p = this.pending.get(r.id);
        if (!p) continue;
        this.pending.delete(r.id);
        if (r.fatal !== undefined) p.reject(new Error(`CPython worker: ${r.fatal}`));
        else p.resolve(r);
      }
    });
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (s: string) => (stderr += s));
    child.on("exit", (code, signal) => {
      this.child = null;
      for (const p of this.pending.values()) {
        p.reject(new Error(`CPython worker exited (${code ?? signal}): ${stderr.slice(-2000)}`));
      }
      this.pending.clear();
    });
    child.stdin.on("error", () => {});
    this.child = child;
    return child;
  }

  request(req: Record<string, unknown>): Promise<ParseOutcome & { times?: number[] }> {
    const child = this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      child.stdin.write(JSON.stringify({ ...req, id }) + "\n");
    });
  }

  /** Parses (op "ast") or compiles (op "compile") the file at `path`. */
  parseFile(path: string, opts: { mode?: Mode; op?: Op; full?: boolean; filename?: string } = {}): Promise<ParseOutcome> {
    return this.request({ op: opts.op ?? "ast", path, mode: opts.mode ?? "exec", full: !!opts.full, filename: opts.filename ?? path });
  }

  /** Parses source bytes given directly. */
  parseSource(source: Uint8Array, filename: string, opts: { mode?: Mode; op?: Op; full?: boolean } = {}): Promise<ParseOutcome> {
    return this.request({
      op: opts.op ?? "ast",
      source: Buffer.from(source).toString("latin1"),
      filename,
      mode: opts.mode ?? "exec",
      full: !!opts.full,
    });
  }

  /** Times `ast.parse` over all `paths` (read beforehand) `runs` times; seconds per run, wall and CPU. */
  async bench(paths: string[], runs: number): Promise<{ wall: number[]; cpu: number[] }> {
    const r = (await this.request({ op: "bench", paths, runs })) as { times?: number[]; cpu?: number[] };
    return { wall: r.times ?? [], cpu: r.cpu ?? [] };
  }

  close(): void {
    if (this.child) {
      this.child.stdin.end();
      this.child = null;
    }
  }
}

export const CACHE_DIR = resolve(__dirname, "..", "..", "node_modules", ".cache", "taipan");

interface CacheEntry {
  mtime: number;
  size: number;
  outcome: ParseOutcome;
}

/**
 * CPython's answers per (op, mode, filename, path), valid while the file's mtime and size are
 * unchanged; one JSON file per CPython version.
 */
export class ParseCache {
  private entries: Record<string, CacheEntry> = {};
  private dirty = false;
  private readonly file: string;

  constructor(readonly py: CPython, name = "parse") {
    this.file = join(CACHE_DIR, `${name}-cpython-${py.version}-${createHash("sha1").update(py.executable).digest("hex").slice(0, 8)}.json`);
    try {
      this.entries = JSON.parse(readFileSync(this.file, "utf8")) as Record<string, CacheEntry>;
    } catch {
      this.entries = {};
    }
  }

  private static key(path: string, op: Op, mode: Mode, filename: string): string {
    return `${op}\0${mode}\0${filename}\0${path}`;
  }

  get(path: string, op: Op = "ast", mode: Mode = "exec", filename = path): ParseOutcome | undefined {
    const e = this.entries[ParseCache.key(path, op, mode, filename)];
    if (!e) return undefined;
    const st = statSync(path);
    return e.mtime === st.mtimeMs && e.size === st.size ? e.outcome : undefined;
  }

  set(path: string, outcome: ParseOutcome, op: Op = "ast", mode: Mode = "exec", filename = path): void {
    const st = statSync(path);
    const { dump: _dump, ...rest } = outcome;
    void _dump;
    this.entries[ParseCache.key(path, op, mode, filename)] = { mtime: st.mtimeMs, size: st.size, outcome: rest };
    this.dirty = true;
  }

  save(): void {
    if (!this.dirty) return;
    try {
      mkdirSync(CACHE_DIR, { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(this.entries));
      renameSync(tmp, this.file);
      this.dirty = false;
    } catch {
      /* a read-only tree still works, just slower */
    }
  }
}

/** CPython's answer for a file, from the cache when it is fresh, else live (and then cached). */
export async function cpythonOutcome(
  parser: CPythonParser,
  cache: ParseCache | null,
  path: string,
  opts: { op?: Op; mode?: Mode; filename?: string } = {},
): Promise<ParseOutcome> {
  const op = opts.op ?? "ast";
  const mode = opts.mode ?? "exec";
  const filename = opts.filename ?? path;
  const hit = cache?.get(path, op, mode, filename);
  if (hit) return hit;
  const r = await parser.parseFile(path, { op, mode, filename });
  cache?.set(path, r, op, mode, filename);
  return r;
}

/** sha1 of a dump's UTF-8, as the CPython worker computes it. */
export function dumpHash(dump: string): string {
  return createHash("sha1").update(dump, "utf8").digest("hex");
}

/** Every .py file under `dir`, sorted, without site-packages and __pycache__. */
export function stdlibFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      let st;
      try {
        st = statSync(p);
      } catch {
        continue;
      }
      if (st.isDirectory()) {
        if (name !== "site-packages" && name !== "__pycache__") walk(p);
      } else if (name.endsWith(".py")) out.push(p);
    }
  };
  walk(dir);
  return out;
}
