// The front end's entry point (the role of CPython's _PyParser_ASTFromString and
// _PyPegen_run_parser_from_string): source text or bytes to an AST, or a CompileError.
import { readFileSync } from "node:fs";
import type { expr, mod } from "./ast";
import { CompileError } from "./errors";
import { PythonParser } from "./parser";
import { hooks, type Parser, type ParserWarn, type StartRule } from "./pegen";
import { Tokenizer } from "./tokenizer";

export type Mode = "exec" | "eval" | "single" | "func_type";

export interface ParseFlags {
  /** ast.parse(type_comments=True): report `# type:` comments as tokens. */
  typeComments?: boolean;
  /** PyCF_ALLOW_INCOMPLETE_INPUT (codeop): input that ends too early is "incomplete input". */
  allowIncompleteInput?: boolean;
  /**
   * The warnings hook (PyErr_WarnExplicitObject): SyntaxWarnings of the tokenizer, the
   * DeprecationWarning of an invalid escape sequence. Returning true means the warnings filter
   * made it an error: CPython's SyntaxError is then raised at that place instead.
   */
  warn?: ParserWarn;
  /** ast.parse(feature_version=(3, minor)): the minor version whose syntax is accepted. */
  featureVersion?: number;
}

/**
 * The text of line `lineno` of the file `filename`, as CPython rereads it for SyntaxError.text
 * when it parses file input (err_programtext): universal newlines, read through a 1000-byte
 * buffer (so of a longer line only its last piece remains), decoded with the tokenizer's encoding
 * (replacing bad bytes) or else as strict UTF-8. null when there is no such file or line.
 */
function fileLineReader(filename: string, encoding: string | null): (lineno: number) => string | null {
  let data: Buffer | null | undefined;
  return (lineno) => {
    if (data === undefined) {
      try {
        data = readFileSync(filename);
      } catch {
        data = null;
      }
    }
    if (data === null || lineno < 1) return null;
    // Find the line's bytes; \r\n and \r end lines as \n does.
    let start = 0;
    let line = 1;
    const n = data.length;
    while (line < lineno) {
      let i = start;
      while (i < n && data[i] !== 10 && data[i] !== 13) i++;
      if (i >= n) return null;
      start = data[i] === 13 && data[i + 1] === 10 ? i + 2 : i + 1;
      line++;
    }
    if (start >= n) return null;
    let end = start;
    while (end < n && data[end] !== 10 && data[end] !== 13) end++;
    const bytes = Buffer.concat([data.subarray(start, end), end < n ? Buffer.from([10]) : Buffer.alloc(0)]);
    const piece = bytes.subarray(Math.floor(Math.max(bytes.length - 1, 0) / 999) * 999);
    try {
      if (encoding === null) return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(piece);
      return new TextDecoder(encoding, { ignoreBOM: true }).decode(piece);
    } catch {
      return null;
    }
  };
}

/** Runs the parser; a JS stack overflow on absurdly deep input is CPython's MemoryError. */
function runGuarded(p: Parser): unknown {
  try {
    return p.run_parser();
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(e.message)) throw new CompileError("MemoryError", "");
    throw e;
  }
}

/** Parses `source` in the given mode; throws CompileError as CPython raises its exceptions. */
export function parse(source: Uint8Array | string, filename: string, mode: Mode, flags: ParseFlags = {}): mod {
  const tok = new Tokenizer(source, { filename, execInput: mode === "exec", typeComments: flags.typeComments ?? false, warn: flags.warn });
  const fileLine = mode === "exec" && !filename.startsWith("<") ? fileLineReader(filename, tok.encoding) : null;
  const p = new PythonParser(tok, filename, mode as StartRule, fileLine);
  p.warn = flags.warn;
  p.allow_incomplete_input = flags.allowIncompleteInput ?? false;
  if (flags.featureVersion !== undefined) p.feature_version = flags.featureVersion;
  return runGuarded(p) as mod;
}

/** fstring_compile_expr: an f-string's `(expression)` parsed where it sits in the enclosing source. */
hooks.parseFStringExpr = (parent: Parser, source: string, lineno: number, colOffset: number): expr => {
  const tok = new Tokenizer(source, { filename: parent.filename, execInput: true, warn: parent.warn });
  const p = new PythonParser(tok, parent.filename, "fstring", null);
  p.warn = parent.warn;
  p.starting_lineno = lineno - 1;
  p.starting_col_offset = colOffset;
  p.feature_version = parent.feature_version;
  return p.run_parser() as expr;
};
