// How CPython 3.11 prints an uncaught exception that has no traceback entries (the case of a
// SyntaxError raised by compile() of a whole file): the `  File "...", line N` line, the source
// line and the caret line for SyntaxError and its subclasses, then `Type: message`.
// Follows print_exception(), parse_syntax_error() and print_error_text() of Python/pythonrun.c.
// (It belongs with the runtime's pythonrun once that exists; the parse tools need it now.)
import type { ErrorInfo } from "./cpython_parse";

const SYNTAX_ERROR_TYPES = new Set(["SyntaxError", "IndentationError", "TabError"]);

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });

/** UTF-8 of `s`, or null where CPython's PyUnicode_AsUTF8 would fail (a lone surrogate). */
function asUTF8(s: string): Uint8Array | null {
  if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s)) return null;
  return encoder.encode(s);
}

// print_error_text() in Python/pythonrun.c: the source line, stripped of its indentation, and a
// caret line under `offset` (1-based), as many carets as the range up to `endOffset` spans.
export function print_error_text(offset: number, endOffset: number, textObj: string): string {
  const caretRepetitions = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
  const full = asUTF8(textObj);
  if (full === null) return "";
  // C sees the text as a NUL-terminated string.
  const nul = full.indexOf(0);
  const bytes = nul >= 0 ? full.subarray(0, nul) : full;
  offset--;
  let start = 0;
  while (start < bytes.length && (bytes[start] === 0x20 || bytes[start] === 0x09 || bytes[start] === 0x0c)) {
    start++;
    offset--;
  }
  let len = bytes.length - start;
  if (len > 0 && bytes[start + len - 1] === 0x0a) len--;
  if (offset > len) offset = len;
  for (;;) {
    const nl = bytes.indexOf(0x0a, start);
    if (nl < 0) break;
    let inl = nl - start;
    if (inl >= offset) break;
    inl += 1;
    start += inl;
    len -= inl;
    offset -= inl;
  }
  let out = "    " + decoder.decode(bytes.subarray(start));
  if (start + len >= bytes.length || bytes[start + len] !== 0x0a) out += "\n";
  if (offset < 0) return out;
  out += "    " + " ".repeat(offset) + "^".repeat(caretRepetitions) + "\n";
  return out;
}

// print_exception() in Python/pythonrun.c, for an exception without traceback entries.
export function print_exception(err: ErrorInfo, filename: string | null): string {
  let out = "";
  let message = err.msg;
  if (SYNTAX_ERROR_TYPES.has(err.type) && err.lineno !== null) {
    // parse_syntax_error(): missing end positions fall back as CPython's do.
    const lineno = err.lineno;
    const offset = err.offset ?? -1;
    let endLineno: number;
    let endOffset: number;
    if (err.type === "SyntaxError") {
      endLineno = err.end_lineno ?? lineno;
      endOffset = err.end_offset ?? -1;
    } else {
      endLineno = lineno;
      endOffset = -1;
    }
    out += `  File "${filename ?? "<string>"}", line ${lineno}\n`;
    if (err.text !== null) {
      const utf8 = asUTF8(err.text);
      const lineSize = utf8 === null ? 0 : utf8.length;
      if (endLineno > lineno) endOffset = utf8 !== null ? lineSize : -1;
      if (utf8 !== null && endOffset > lineSize + 1) endOffset = lineSize + 1;
      out += print_error_text(offset, endOffset, err.text);
    }
  } else if (SYNTAX_ERROR_TYPES.has(err.type)) {
    // No location: str() of the exception is its message alone.
    message = err.msg;
  }
  out += message === "" ? `${err.type}\n` : `${err.type}: ${message}\n`;
  return out;
}
