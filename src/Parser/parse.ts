// The front end's entry point (the role of CPython's _PyParser_ASTFromString and
// _PyPegen_run_parser_from_string): source text or bytes to an AST, or a CompileError.
import { readFileSync } from "node:fs";
import type { expr, mod } from "./ast";
import { CompileError } from "./errors";
import { PythonParser } from "./parser";
import { hooks, type Parser, type StartRule } from "./pegen";
import { Tokenizer } from "./tokenizer";

export type Mode = "exec" | "eval" | "single" | "func_type";

export interface ParseFlags {
  /** ast.parse(type_comments=True): report `# type:` comments as tokens. */
  typeComments?: boolean;
}

/**
 * The text of line `lineno` of the file `filename`, as CPython rereads it for SyntaxError.text
 * when it parses file input (_PyErr_ProgramDecodedTextObject); null if there is no such file.
 */
function fileLineReader(filename: string, encoding: string | null): (lineno: number) => string | null {
  let lines: string[] | null | undefined;
  return (lineno) => {
    if (lines === undefined) {
      try {
        const data = readFileSync(filename);
        let text = new TextDecoder(encoding === null || encoding === "utf-8" ? "utf-8" : encoding).decode(data);
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        lines = text.split(/(?<=\n)/);
      } catch {
        lines = null;
      }
    }
    if (lines === null || lineno < 1 || lineno > lines.length) return null;
    return lines[lineno - 1];
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
  const tok = new Tokenizer(source, { filename, execInput: mode === "exec", typeComments: flags.typeComments ?? false });
  const fileLine = mode === "exec" && !filename.startsWith("<") ? fileLineReader(filename, tok.encoding) : null;
  const p = new PythonParser(tok, filename, mode as StartRule, fileLine);
  return runGuarded(p) as mod;
}

/** fstring_compile_expr: an f-string's `(expression)` parsed where it sits in the enclosing source. */
hooks.parseFStringExpr = (parent: Parser, source: string, lineno: number, colOffset: number): expr => {
  const tok = new Tokenizer(source, { filename: parent.filename, execInput: false });
  const p = new PythonParser(tok, parent.filename, "fstring", null);
  p.starting_lineno = lineno - 1;
  p.starting_col_offset = colOffset;
  return p.run_parser() as expr;
};
