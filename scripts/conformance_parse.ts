// npm run conformance:parse [-- FILTER...] [-v] [--first N] [--jobs N] [--timeout S] [--no-cache]
//
// Parses every .py file of the reference CPython's standard library (test suite and its
// deliberately broken files included, site-packages excluded) with Taipan, in worker threads, and
// with the reference CPython live (`compile(source, path, "exec", ast.PyCF_ONLY_AST)`, its answers
// cached outside git by CPython version and file mtime/size), and compares:
// `ast.dump(tree, include_attributes=True)` for files that parse, and the exception (class,
// message, line, offset, end positions, source line, printed form) for files that do not.
// Prints the first N differences as unified diffs, a list of every differing file, and ends with
// one line `N identical, M different`; exit status 1 when M > 0.
import { statSync } from "node:fs";
import { join, relative } from "node:path";
import { findCPython } from "./cpython";
import { CPythonParser, ParseCache, cpythonOutcome, stdlibFiles, type ParseOutcome } from "./lib/cpython_parse";
import { pool } from "./lib/compare";
import { outcomeDiff, outcomeKind, sameOutcome } from "./lib/parse_compare";
import { TaipanPool } from "./lib/taipan_pool";

interface Options {
  filters: string[];
  verbose: boolean;
  first: number;
  jobs: number;
  timeoutMs: number;
  cache: boolean;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { filters: [], verbose: false, first: 5, jobs: 1, timeoutMs: 30000, cache: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = (): number => {
      const v = Number(argv[++i]);
      if (!Number.isFinite(v) || v < 0) throw new Error(`${a} needs a number`);
      return v;
    };
    if (a === "-v" || a === "--verbose") o.verbose = true;
    else if (a === "--first") o.first = num();
    else if (a === "--jobs" || a === "-j") o.jobs = Math.max(1, num());
    else if (a === "--timeout") o.timeoutMs = num() * 1000;
    else if (a === "--no-cache") o.cache = false;
    else if (a.startsWith("-")) throw new Error(`unknown option ${a}`);
    else o.filters.push(a);
  }
  return o;
}

/** One line saying how an outcome differs, for the list of differing files. */
function reason(ref: ParseOutcome, got: ParseOutcome): string {
  if (got.crash !== undefined) return `JS exception: ${got.crash.split("\n")[0]}`;
  const rk = outcomeKind(ref);
  const gk = outcomeKind(got);
  if (rk === "ast" && gk === "error") {
    const e = got.error!;
    return `Taipan raised ${e.type}: ${e.msg} (line ${e.lineno}, offset ${e.offset})`;
  }
  if (rk === "error" && gk === "ast") return `Taipan parsed it; CPython: ${ref.error!.type}: ${ref.error!.msg}`;
  if (rk === "error") {
    const a = ref.error!;
    const b = got.error!;
    return `CPython ${a.type}: ${a.msg} @${a.lineno}:${a.offset}-${a.end_lineno}:${a.end_offset}; Taipan ${b.type}: ${b.msg} @${b.lineno}:${b.offset}-${b.end_lineno}:${b.end_offset}`;
  }
  return "the dumps differ";
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const py = findCPython();
  const all = stdlibFiles(py.stdlib);
  const files = all.filter((f) => opts.filters.length === 0 || opts.filters.some((x) => relative(py.stdlib, f).includes(x)));
  const cpython = new CPythonParser(py);
  const cache = opts.cache ? new ParseCache(py) : null;

  let taipan: TaipanPool;
  try {
    taipan = await TaipanPool.create(opts.jobs, opts.timeoutMs);
  } catch (e) {
    console.log(`Taipan's parser cannot be built yet: ${(e as Error).message.split("\n").slice(0, 6).join("\n")}`);
    console.log(`0 identical, ${files.length} different`);
    process.exitCode = 1;
    cpython.close();
    return;
  }

  const t0 = Date.now();
  const different: { file: string; ref: ParseOutcome; got: ParseOutcome }[] = [];
  const timings: { file: string; ms: number }[] = [];
  let identical = 0;
  let done = 0;
  let cachedSaveAt = Date.now();
  await pool(files, opts.jobs + 1, async (file) => {
    const [ref, got] = await Promise.all([cpythonOutcome(cpython, cache, file), taipan.parseFile(file)]);
    timings.push({ file, ms: got.ms ?? 0 });
    const rel = relative(py.stdlib, file);
    if (sameOutcome(ref, got)) {
      identical++;
      if (opts.verbose) console.log(`ok    ${rel}`);
    } else {
      different.push({ file, ref, got });
      if (opts.verbose) console.log(`DIFF  ${rel}: ${reason(ref, got)}`);
    }
    done++;
    if (cache && Date.now() - cachedSaveAt > 10000) {
      cache.save();
      cachedSaveAt = Date.now();
    }
    if (!opts.verbose && process.stderr.isTTY && done % 50 === 0) process.stderr.write(`\r${done}/${files.length}`);
  });
  if (process.stderr.isTTY && !opts.verbose) process.stderr.write("\r");
  cache?.save();
  different.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

  // The first differences in full: dumps are fetched again, whole, for the diff.
  for (const d of different.slice(0, opts.first)) {
    const rel = relative(py.stdlib, d.file);
    let ref = d.ref;
    let got = d.got;
    if (ref.hash !== undefined && got.hash !== undefined) {
      [ref, got] = await Promise.all([cpython.parseFile(d.file, { full: true }), taipan.parseFile(d.file, { full: true })]);
    }
    const diff = outcomeDiff(rel, ref, got).split("\n");
    const limit = 80;
    console.log(diff.slice(0, limit).join("\n") + (diff.length > limit ? `\n... (${diff.length - limit} more lines)` : ""));
  }
  if (different.length > 0) {
    console.log(`\nDifferent (${different.length}):`);
    for (const d of different) console.log(`  ${relative(py.stdlib, d.file)}: ${reason(d.ref, d.got)}`);
  }
  const slow = timings.filter((t) => t.ms > 2000).sort((a, b) => b.ms - a.ms);
  if (slow.length > 0) {
    console.log(`\nSlow files (Taipan > 2 s):`);
    for (const t of slow.slice(0, 10)) console.log(`  ${relative(py.stdlib, t.file)}: ${(t.ms / 1000).toFixed(1)} s`);
  }
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  console.log(`\n${files.length} files, ${(bytes / 1e6).toFixed(1)} MB in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  console.log(`${identical} identical, ${different.length} different`);
  process.exitCode = different.length > 0 ? 1 : 0;
  cpython.close();
  await taipan.close();
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exitCode = 2;
});
