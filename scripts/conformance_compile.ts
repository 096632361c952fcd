// npm run conformance:compile [-- FILTER...] [--cpython-ast] [--show N] [--list] [--no-stdlib] [-v]
//
// Compiles every conformance program (Lib/test/conformance/**/*.py) and every .py file of the
// reference CPython's standard library with Taipan, marshals the code objects, loads them in the
// reference CPython (one long-running worker) and compares them recursively with CPython's own
// compile(): co_code, co_consts, co_names, co_varnames, co_cellvars, co_freevars, co_flags,
// co_stacksize, co_firstlineno, co_linetable, co_exceptiontable, co_qualname, argument counts.
// The first differences are shown as a unified diff of dis.dis of both. Ends with
// `N identical, M different`.
//
// --cpython-ast compiles CPython's AST (sent over as JSON) instead of our parser's, to test the
// compiler apart from the parser.
import { readdirSync, readFileSync, statSync, existsSync } from "node:fs";
import { join, relative } from "node:path";
import { findCPython } from "./cpython";
import { unifiedDiff } from "./lib/compare";
import { astFromJson } from "./lib/cpython_ast";
import { CompileWorker as Worker } from "./lib/compile_compare";
import { compileAST } from "../src/Python/compile";
import { marshalDumps } from "../src/Python/marshal";
import { CompileError } from "../src/Parser/errors";
import type { mod } from "../src/Parser/ast";

const REPO = join(__dirname, "..");
const CONFORMANCE = join(REPO, "Lib", "test", "conformance");

function pyFiles(dir: string, skip: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    let st;
    try {
      st = statSync(p);
    } catch {
      continue;
    }
    if (st.isDirectory()) {
      if (!skip(name)) out.push(...pyFiles(p, skip));
    } else if (name.endsWith(".py")) out.push(p);
  }
  return out;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const filters = args.filter((a, i) => !a.startsWith("-") && args[i - 1] !== "--show");
  const useCPythonAst = args.includes("--cpython-ast");
  const list = args.includes("--list");
  const showIdx = args.indexOf("--show");
  const show = showIdx >= 0 ? Number(args[showIdx + 1]) : 3;
  const files = pyFiles(CONFORMANCE, (n) => n === "syntax" || n === "__pycache__");
  if (!args.includes("--no-stdlib")) {
    files.push(...pyFiles(findCPython().stdlib, (n) => n === "site-packages" || n === "__pycache__" || n === "dist-packages"));
  }
  const selected = files.filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)));
  // A filter naming an existing .py file compiles that file too.
  for (const f of filters) if (f.endsWith(".py") && existsSync(f) && !selected.includes(f)) selected.push(f);
  // Our parser, when present (loaded lazily so that this script runs without it).
  type ParseFn = (src: Uint8Array, filename: string, mode: "exec") => mod;
  const parse: ParseFn | null = useCPythonAst ? null : (require("../src/Parser/parse") as { parse: ParseFn }).parse;

  const worker = new Worker();
  let identical = 0;
  let different = 0;
  let skipped = 0;
  let shown = 0;
  const byField = new Map<string, number>();
  const verbose = args.includes("-v");
  let done = 0;
  for (const file of selected) {
    const label = file.startsWith(REPO) ? relative(REPO, file) : relative(findCPython().stdlib, file);
    if (verbose) process.stderr.write(`[${++done}/${selected.length}] ${label}\n`);
    const req: Record<string, unknown> = { op: "compile", path: file };
    try {
      let tree: mod;
      if (parse) tree = parse(readFileSync(file), file, "exec");
      else tree = astFromJson((await worker.ask({ op: "ast", path: file })).ast as never) as mod;
      req.code = Buffer.from(marshalDumps(compileAST(tree, file))).toString("base64");
    } catch (e) {
      req.error = e instanceof CompileError ? `${e.type}: ${e.msg} (line ${e.lineno})` : String((e as Error)?.stack ?? e).split("\n").slice(0, 4).join(" | ");
    }
    const r = await worker.ask(req);
    if (r.ref_error !== undefined) {
      // CPython itself refuses the file: ours must refuse it too.
      if (req.error) identical++;
      else {
        different++;
        if (list) console.log(`DIFFERENT ${label}: CPython raises ${r.ref_error}, Taipan compiled it`);
        if (shown++ < show) console.log(`--- ${label}: CPython raises ${r.ref_error}, Taipan compiled it`);
      }
      continue;
    }
    if (r.ok) {
      identical++;
      continue;
    }
    if (r.fields?.[0] === "worker") skipped++;
    different++;
    for (const f of r.fields ?? []) byField.set(f.replace(/\[\d+\]/, "[]"), (byField.get(f.replace(/\[\d+\]/, "[]")) ?? 0) + 1);
    if (list) console.log(`DIFFERENT ${label}: ${r.where} ${r.fields?.join(", ")}`);
    if (shown++ < show) {
      console.log(`=== ${label}: code object ${r.where} differs in ${r.fields?.join(", ")}`);
      for (const [k, [a, b]] of Object.entries(r.detail ?? {})) console.log(`  ${k}: CPython ${a}\n  ${" ".repeat(k.length)}  Taipan  ${b}`);
      if (r.ref_dis !== undefined) console.log(unifiedDiff(`${label} ${r.where} dis`, r.ref_dis, r.ours_dis ?? ""));
    }
  }
  worker.close();
  if (byField.size) console.log("differences by field: " + [...byField].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(", "));
  if (skipped) console.log(`(${skipped} failed inside the worker)`);
  console.log(`${identical} identical, ${different} different`);
  process.exitCode = different ? 1 : 0;
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
