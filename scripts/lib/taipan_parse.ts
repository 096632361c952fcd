// The Taipan side of the parse conformance tools: parse a file in-process with Taipan's parser and
// answer in the same shape as the CPython worker (cpython_parse.ts): a hash of the dump (and the
// dump when asked), the exception, or the JS exception that escaped (always a bug).
import { CompileError } from "../../src/Parser/errors";
import { dumpHash, type ErrorInfo, type Mode, type ParseOutcome } from "./cpython_parse";
import { print_exception } from "./print_exception";

type ParseFn = (source: Uint8Array | string, filename: string, mode: Mode) => unknown;
type DumpFn = (node: unknown, opts: { includeAttributes?: boolean }) => string;
type CompileFn = (source: Uint8Array | string, filename: string, mode: Mode) => unknown;

let front: { parse: ParseFn; dumpAst: DumpFn } | null = null;

/** Taipan's parse() and dumpAst(), loaded on first use so the tools can say when they are missing. */
export function taipanFrontEnd(): { parse: ParseFn; dumpAst: DumpFn } {
  if (!front) {
    const p = require("../../src/Parser/parse") as { parse: ParseFn };
    const d = require("../../src/Parser/ast_dump") as { dumpAst: DumpFn };
    front = { parse: p.parse, dumpAst: d.dumpAst };
  }
  return front;
}

/**
 * Taipan's compile() of source to a code object, once src/Python/compile.ts exists (else null):
 * its `compile(source, filename, mode)` if it has one, else parse() then its `compileAST(tree,
 * filename)`, the two steps of CPython's compile().
 */
export function taipanCompiler(): CompileFn | null {
  let c: { compile?: CompileFn; compileAST?: (tree: unknown, filename: string) => unknown };
  try {
    c = require("../../src/Python/compile") as typeof c;
  } catch {
    return null;
  }
  if (typeof c.compile === "function") return c.compile;
  const compileAST = c.compileAST;
  if (typeof compileAST !== "function") return null;
  return (source, filename, mode) => compileAST(taipanFrontEnd().parse(source, filename, mode), filename);
}

/**
 * A CompileError as the fields of the Python exception. CompileError says 0 where CPython says
 * None; an error with no line, no offset and no text is one CPython raises without a location.
 */
export function errorInfo(e: CompileError): ErrorInfo {
  const located = !(e.lineno === 0 && e.offset === 0 && e.text === null && e.end_lineno === 0 && e.end_offset === 0);
  const isSyntax = e.type === "SyntaxError" || e.type === "IndentationError" || e.type === "TabError";
  if (!isSyntax || !located) {
    return { type: e.type, msg: e.msg, lineno: null, offset: null, end_lineno: null, end_offset: null, text: null };
  }
  return {
    type: e.type,
    msg: e.msg,
    lineno: e.lineno,
    offset: e.offset,
    end_lineno: e.end_lineno,
    end_offset: e.end_offset,
    text: e.text,
  };
}

/** The text of a JS exception that escaped, with the top of its stack. */
export function crashText(e: unknown): string {
  if (e instanceof Error) return (e.stack ?? `${e.name}: ${e.message}`).split("\n").slice(0, 12).join("\n");
  return `non-Error thrown: ${String(e)}`;
}

/** Parses `source` with Taipan; never throws. `op` "compile" runs Taipan's compile() instead. */
export function taipanOutcome(
  source: Uint8Array,
  filename: string,
  opts: { mode?: Mode; full?: boolean; op?: "ast" | "compile" } = {},
): ParseOutcome {
  const mode = opts.mode ?? "exec";
  const t0 = performance.now();
  try {
    if (opts.op === "compile") {
      const compile = taipanCompiler();
      if (!compile) return { crash: "Taipan has no compile() stage yet (src/Python/compile.ts)" };
      compile(source, filename, mode);
      return { ok: true, ms: performance.now() - t0 };
    }
    const { parse, dumpAst } = taipanFrontEnd();
    const tree = parse(source, filename, mode);
    const dump = dumpAst(tree, { includeAttributes: true });
    const r: ParseOutcome = { hash: dumpHash(dump), ms: performance.now() - t0 };
    if (opts.full) r.dump = dump;
    return r;
  } catch (e) {
    if (e instanceof CompileError) {
      const error = errorInfo(e);
      return { error, formatted: print_exception(error, filename), ms: performance.now() - t0 };
    }
    return { crash: crashText(e), ms: performance.now() - t0 };
  }
}
