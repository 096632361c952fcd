// The one exception type the front end (tokenizer, parser, string parser, symtable, compiler)
// throws. It carries what CPython's SyntaxError carries, or names another exception class where
// CPython raises one from compile() (ValueError for null bytes, for instance). The runtime turns
// it into the Python exception; tools (`npm run parse`) print it as CPython prints it.

export type CompileErrorType =
  | "SyntaxError"
  | "IndentationError"
  | "TabError"
  | "ValueError"
  | "UnicodeDecodeError"
  | "OverflowError"
  | "MemoryError"
  | "RecursionError";

export class CompileError extends Error {
  constructor(
    /** The Python exception class CPython raises. */
    readonly type: CompileErrorType,
    /** The message, in CPython's words ("expected ':'"). */
    readonly msg: string,
    /** 1-based line, or 0 when CPython gives none. */
    readonly lineno = 0,
    /** 1-based offset in characters (code points) into `text`, as SyntaxError.offset; 0 if none. */
    readonly offset = 0,
    /** The source line the error is on, with its newline, as SyntaxError.text; null if none. */
    readonly text: string | null = null,
    readonly end_lineno = 0,
    readonly end_offset = 0,
    readonly filename = "<unknown>",
  ) {
    super(`${type}: ${msg}`);
    this.name = "CompileError";
  }

  /** True for SyntaxError and its subclasses, which carry a location. */
  get isSyntaxError(): boolean {
    return this.type === "SyntaxError" || this.type === "IndentationError" || this.type === "TabError";
  }
}
