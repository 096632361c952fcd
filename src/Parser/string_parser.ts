// String literals and f-strings: decoding STRING tokens into Constant and JoinedStr nodes, as
// CPython 3.11 does in Parser/string_parser.c (_PyPegen_parsestr, the f-string scanner and
// FstringParser) and Parser/action_helpers.c (_PyPegen_concatenate_strings), with the escape
// decoders of Objects/unicodeobject.c (_PyUnicode_DecodeUnicodeEscapeInternal) and
// Objects/bytesobject.c (_PyBytes_DecodeEscape).
//
// Like CPython, the f-string scanner finds each `{expression}` itself and hands its text, wrapped
// in parentheses, to a fresh parser (the host's parseFStringExpr); positions of the nodes follow
// 3.11's rules, odd ones included (every part of a JoinedStr spans all the concatenated tokens).
//
// Columns are UTF-8 byte offsets, as in CPython's AST. All scanning here is on the token's text as
// a JS string; the characters that steer it are ASCII, so indices and CPython's byte pointers
// meet the same characters in the same order.
import { CodePointString, Constant, FormattedValue, JoinedStr, type expr } from "./ast";
import { _getcode } from "../Modules/unicodename";
import { escapedBytesDecodeError } from "./tokenizer";

/**
 * A literal from a bytes source keeps invalid UTF-8 bytes as U+DC80..U+DCFF (see the tokenizer);
 * CPython's PyUnicode_DecodeUTF8 of the same bytes fails, and its message is the SyntaxError's.
 */
function checkUtf8(text: string): void {
  const err = escapedBytesDecodeError(text);
  if (err !== null) throw new DecodeError(`(unicode error) ${err}`);
}

/** The part of a STRING token the string parser reads. */
export interface StringToken {
  /** The token's text, prefix and quotes included. */
  string: string;
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/**
 * What the string parser needs from the parser that called it. The raise methods must throw (the
 * parser decides what: typically it records the SyntaxError as CPython's RAISE_SYNTAX_ERROR does
 * and unwinds).
 */
export interface StringParserHost {
  /** RAISE_SYNTAX_ERROR(msg): a SyntaxError at the parser's last token (or known error token). */
  raiseSyntaxError(msg: string): never;
  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION(t, msg): a SyntaxError spanning token t. */
  raiseSyntaxErrorKnownLocation(t: StringToken, msg: string): never;
  /**
   * PyErr_WarnExplicitObject(category, message, filename, lineno): returns true when the warnings
   * filter turns the warning into an error (the string parser then raises a SyntaxError instead).
   * Absent: warnings are dropped.
   */
  warn?(category: "DeprecationWarning", message: string, lineno: number): boolean | void;
  /**
   * Parses one f-string expression as CPython's fstring_compile_expr does: `source` is the
   * expression's text wrapped in parentheses ("(" + text + ")"), to be parsed with the start rule
   * `fstring` (star_expressions) by a new tokenizer and parser. Tokens of the source's first line
   * get line number `lineno` and have `colOffset` (bytes) added to their col_offset and
   * end_col_offset (CPython shifts a token when the tokenizer's current line — the line where the
   * token ends — is the first line); tokens on later lines get lineno + (line index) and their
   * own columns. Errors are reported as the sub-parser reports them in 3.11.
   */
  parseFStringExpr(source: string, lineno: number, colOffset: number, t: StringToken): expr;
}

// ---------------------------------------------------------------------------------------------
// Escape decoding

/** A UnicodeDecodeError / ValueError of a decoder, before raise_decode_error wraps it. */
class DecodeError {
  constructor(readonly text: string) {}
}

function isOctal(c: number): boolean {
  return c >= 0x30 && c <= 0x37;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

/** str(UnicodeDecodeError) for the 'unicodeescape' codec over the ASCII buffer `buf`. */
function unicodeEscapeError(buf: string, start: number, end: number, reason: string): DecodeError {
  if (end - start === 1) {
    const b = buf.charCodeAt(start).toString(16).padStart(2, "0");
    return new DecodeError(`(unicode error) 'unicodeescape' codec can't decode byte 0x${b} in position ${start}: ${reason}`);
  }
  return new DecodeError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`);
}

/**
 * Decodes Python's unicode-escape encoding of an ASCII buffer (as
 * _PyUnicode_DecodeUnicodeEscapeInternal with errors='strict'). Returns the text and the index
 * of the first invalid escape (-1 if none): the character after the backslash, or the first
 * digit of an octal escape above 0o377.
 */
export function decodeUnicodeEscape(buf: string): { value: string | number[]; firstInvalid: number } {
  const r = decodeUnicodeEscapeImpl(buf, false);
  // A surrogate code point from an escape may meet another one: decode again, to code points.
  if (r.surrogates) return { value: decodeUnicodeEscapeImpl(buf, true).cps!, firstInvalid: r.firstInvalid };
  return { value: r.value, firstInvalid: r.firstInvalid };
}

const SIMPLE_ESCAPES: Record<number, number> = {
  0x5c: 0x5c, // \\
  0x27: 0x27, // \'
  0x22: 0x22, // \"
  0x62: 0x08, // \b
  0x66: 0x0c, // \f
  0x74: 0x09, // \t
  0x6e: 0x0a, // \n
  0x72: 0x0d, // \r
  0x76: 0x0b, // \v
  0x61: 0x07, // \a
};

function decodeUnicodeEscapeImpl(buf: string, exact: boolean): { value: string; cps: number[] | null; firstInvalid: number; surrogates: boolean } {
  let out = "";
  // In exact mode everything goes to `cps` (the buffer is ASCII: its characters are code points).
  const cps: number[] | null = exact ? [] : null;
  let surrogates = false;
  const put = (cp: number): void => {
    if (cps) cps.push(cp);
    else {
      if (cp >= 0xd800 && cp <= 0xdfff) surrogates = true;
      out += String.fromCodePoint(cp);
    }
  };
  const putRun = (a: number, b: number): void => {
    if (cps) for (let k = a; k < b; k++) cps.push(buf.charCodeAt(k));
    else out += buf.slice(a, b);
  };
  let firstInvalid = -1;
  const end = buf.length;
  let s = 0;
  while (s < end) {
    const bs = buf.indexOf("\\", s);
    if (bs < 0) {
      putRun(s, end);
      break;
    }
    putRun(s, bs);
    const startinpos = bs;
    s = bs + 1;
    if (s >= end) throw unicodeEscapeError(buf, startinpos, end, "\\ at end of string");
    const c = buf.charCodeAt(s++);
    if (c === 0x0a) continue; // backslash-newline: a line continuation
    const simple = SIMPLE_ESCAPES[c];
    if (simple !== undefined) {
      put(simple);
      continue;
    }
    switch (c) {
      case 0x30:
      case 0x31:
      case 0x32:
      case 0x33:
      case 0x34:
      case 0x35:
      case 0x36:
      case 0x37: {
        let ch = c - 0x30;
        if (s < end && isOctal(buf.charCodeAt(s))) {
          ch = (ch << 3) + buf.charCodeAt(s++) - 0x30;
          if (s < end && isOctal(buf.charCodeAt(s))) ch = (ch << 3) + buf.charCodeAt(s++) - 0x30;
        }
        if (ch > 0o377 && firstInvalid < 0) firstInvalid = s - 3;
        put(ch);
        continue;
      }
      case 0x78: // \xXX
      case 0x75: // \uXXXX
      case 0x55: {
        // \UXXXXXXXX
        let count = c === 0x78 ? 2 : c === 0x75 ? 4 : 8;
        const message = c === 0x78 ? "truncated \\xXX escape" : c === 0x75 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
        let ch = 0;
        for (; count; s++, count--) {
          if (s >= end) throw unicodeEscapeError(buf, startinpos, s, message);
          const d = hexValue(buf.charCodeAt(s));
          if (d < 0) throw unicodeEscapeError(buf, startinpos, s, message);
          ch = ch * 16 + d;
        }
        if (ch > 0x10ffff) throw unicodeEscapeError(buf, startinpos, s, "illegal Unicode character");
        put(ch);
        continue;
      }
      case 0x4e: {
        // \N{name}
        const message = "malformed \\N character escape";
        if (s >= end) throw unicodeEscapeError(buf, startinpos, s, message);
        if (buf.charCodeAt(s) === 0x7b) {
          const nameStart = ++s;
          while (s < end && buf.charCodeAt(s) !== 0x7d) s++;
          if (s >= end) throw unicodeEscapeError(buf, startinpos, s, message);
          if (s > nameStart) {
            const name = buf.slice(nameStart, s);
            s++;
            const cp = _getcode(name);
            if (cp >= 0) {
              put(cp);
              continue;
            }
            throw unicodeEscapeError(buf, startinpos, s, "unknown Unicode character name");
          }
        }
        throw unicodeEscapeError(buf, startinpos, s, message);
      }
      default:
        if (firstInvalid < 0) firstInvalid = s - 1;
        put(0x5c);
        put(c);
        continue;
    }
  }
  return { value: out, cps, firstInvalid, surrogates };
}

/**
 * Decodes the escapes of a bytes literal's body (as _PyBytes_DecodeEscape, errors='strict').
 * `body` holds only ASCII. Returns the bytes and the index of the first invalid escape, or -1.
 */
export function decodeBytesEscape(body: string): { value: Uint8Array; firstInvalid: number } {
  const out = new Uint8Array(body.length);
  let n = 0;
  let firstInvalid = -1;
  const end = body.length;
  let s = 0;
  while (s < end) {
    const c0 = body.charCodeAt(s);
    if (c0 !== 0x5c) {
      out[n++] = c0;
      s++;
      continue;
    }
    s++;
    if (s === end) throw new DecodeError("(value error) Trailing \\ in string");
    const c = body.charCodeAt(s++);
    switch (c) {
      case 0x0a:
        break;
      case 0x5c:
      case 0x27:
      case 0x22:
        out[n++] = c;
        break;
      case 0x62:
        out[n++] = 0x08;
        break;
      case 0x66:
        out[n++] = 0x0c;
        break;
      case 0x74:
        out[n++] = 0x09;
        break;
      case 0x6e:
        out[n++] = 0x0a;
        break;
      case 0x72:
        out[n++] = 0x0d;
        break;
      case 0x76:
        out[n++] = 0x0b;
        break;
      case 0x61:
        out[n++] = 0x07;
        break;
      case 0x30:
      case 0x31:
      case 0x32:
      case 0x33:
      case 0x34:
      case 0x35:
      case 0x36:
      case 0x37: {
        let v = c - 0x30;
        if (s < end && isOctal(body.charCodeAt(s))) {
          v = (v << 3) + body.charCodeAt(s++) - 0x30;
          if (s < end && isOctal(body.charCodeAt(s))) v = (v << 3) + body.charCodeAt(s++) - 0x30;
        }
        if (v > 0o377 && firstInvalid < 0) firstInvalid = s - 3;
        out[n++] = v & 0xff;
        break;
      }
      case 0x78: {
        if (s + 1 < end) {
          const d1 = hexValue(body.charCodeAt(s));
          const d2 = hexValue(body.charCodeAt(s + 1));
          if (d1 >= 0 && d2 >= 0) {
            out[n++] = (d1 << 4) + d2;
            s += 2;
            break;
          }
        }
        throw new DecodeError(`(value error) invalid \\x escape at position ${s - 2}`);
      }
      default:
        if (firstInvalid < 0) firstInvalid = s - 1;
        out[n++] = 0x5c;
        s--;
    }
  }
  return { value: out.slice(0, n), firstInvalid };
}

const HEX8 = (cp: number) => cp.toString(16).padStart(8, "0");

/**
 * A str value while it is being built: a JS string, or — only when escapes made surrogate code
 * points, which could meet and read as one astral character in UTF-16 — an array of code points.
 */
type PyStr = string | number[];

function codePointsOf(s: PyStr): number[] {
  if (typeof s !== "string") return s;
  const a: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    a.push(cp);
    if (cp > 0xffff) i++;
  }
  return a;
}

function concatPyStr(a: PyStr, b: PyStr): PyStr {
  if (typeof a === "string" && typeof b === "string") return a + b;
  return codePointsOf(a).concat(codePointsOf(b));
}

/** The Constant value of a finished str: a JS string unless surrogate code points would pair up. */
function finishPyStr(s: PyStr): string | CodePointString {
  if (typeof s === "string") return s;
  for (let i = 0; i + 1 < s.length; i++) {
    if (s[i] >= 0xd800 && s[i] <= 0xdbff && s[i + 1] >= 0xdc00 && s[i + 1] <= 0xdfff) return new CodePointString(s);
  }
  let out = "";
  for (let i = 0; i < s.length; i += 4096) out += String.fromCodePoint(...s.slice(i, i + 4096));
  return out;
}

// ---------------------------------------------------------------------------------------------
// The parser's side (string_parser.c)

/** Follows warn_invalid_escape_sequence: `buf[at]` is the first invalid escape's character. */
function warn_invalid_escape_sequence(host: StringParserHost, buf: string, at: number, t: StringToken): void {
  const c = buf.charCodeAt(at);
  const octal = c >= 0x34 && c <= 0x37;
  const msg = octal ? `invalid octal escape sequence '\\${buf.slice(at, at + 3)}'` : `invalid escape sequence '\\${buf[at]}'`;
  if (host.warn && host.warn("DeprecationWarning", msg, t.lineno) === true) host.raiseSyntaxErrorKnownLocation(t, msg);
}

/**
 * Follows decode_unicode_with_escapes: non-ASCII characters become \U escapes and a backslash
 * before one (or at the end) becomes \u005c, then the buffer is unicode-escape decoded — so error
 * positions count in that buffer, as CPython's do.
 */
function decode_unicode_with_escapes(host: StringParserHost, s: string, t: StringToken): PyStr {
  let buf = "";
  const end = s.length;
  let i = 0;
  while (i < end) {
    let c = s.charCodeAt(i);
    if (c === 0x5c) {
      buf += "\\";
      i++;
      if (i >= end || s.charCodeAt(i) >= 0x80) {
        buf += "u005c";
        if (i >= end) break;
      }
      c = s.charCodeAt(i);
    }
    if (c >= 0x80) {
      // decode_unicode_with_escapes decodes each run of non-ASCII bytes on its own: error
      // positions count from the start of the run.
      let runEnd = i;
      while (runEnd < end && s.charCodeAt(runEnd) >= 0x80) runEnd++;
      checkUtf8(s.slice(i, runEnd));
      while (i < end && s.charCodeAt(i) >= 0x80) {
        const cp = s.codePointAt(i)!;
        buf += "\\U" + HEX8(cp);
        i += cp > 0xffff ? 2 : 1;
      }
    } else {
      buf += s[i++];
    }
  }
  const r = decodeUnicodeEscape(buf);
  if (r.firstInvalid >= 0) warn_invalid_escape_sequence(host, buf, r.firstInvalid, t);
  return r.value;
}

function decode_bytes_with_escapes(host: StringParserHost, s: string, t: StringToken): Uint8Array {
  const r = decodeBytesEscape(s);
  if (r.firstInvalid >= 0) warn_invalid_escape_sequence(host, s, r.firstInvalid, t);
  return r.value;
}

function latin1Bytes(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

/** What _PyPegen_parsestr makes of one token. */
interface ParsedString {
  bytesmode: boolean;
  rawmode: boolean;
  /** The value for a plain string or bytes literal; null for an f-string. */
  result: PyStr | Uint8Array | null;
  /** For an f-string: its body as [start, end) indices into the token's text. */
  fstr: [number, number] | null;
}

/** Follows _PyPegen_parsestr: prefixes, quotes, and the decoded value of a non-f-string. */
export function _PyPegen_parsestr(host: StringParserHost, t: StringToken): ParsedString {
  const text = t.string;
  let i = 0;
  let bytesmode = false;
  let rawmode = false;
  let fmode = false;
  for (;;) {
    const c = text[i];
    if (c === "b" || c === "B") bytesmode = true;
    else if (c === "r" || c === "R") rawmode = true;
    else if (c === "f" || c === "F") fmode = true;
    else if (c !== "u" && c !== "U") break;
    i++;
  }
  const quote = text[i];
  if (quote !== "'" && quote !== '"') throw new Error(`_PyPegen_parsestr: not a string token: ${text}`);
  let start = i + 1;
  let end = text.length - 1;
  if (end - start >= 4 && text[start] === quote && text[start + 1] === quote) {
    // A triple-quoted string: the tokenizer guarantees the closing triple.
    start += 2;
    end -= 2;
  }
  if (fmode) return { bytesmode, rawmode, result: null, fstr: [start, end] };
  const body = text.slice(start, end);
  rawmode = rawmode || !body.includes("\\");
  if (bytesmode) {
    for (let k = 0; k < body.length; k++) {
      if (body.charCodeAt(k) >= 0x80) host.raiseSyntaxErrorKnownLocation(t, "bytes can only contain ASCII literal characters");
    }
    return { bytesmode, rawmode, result: rawmode ? latin1Bytes(body) : decode_bytes_with_escapes(host, body, t), fstr: null };
  }
  if (rawmode) checkUtf8(body);
  return { bytesmode, rawmode, result: rawmode ? body : decode_unicode_with_escapes(host, body, t), fstr: null };
}

// ---------------------------------------------------------------------------------------------
// f-strings

const utf8 = new TextEncoder();
function utf8Length(s: string): number {
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 0x80) {
      ascii = false;
      break;
    }
  }
  return ascii ? s.length : utf8.encode(s).length;
}

/** The accumulating state of one JoinedStr (CPython's FstringParser). */
class FstringParser {
  last_str: PyStr | null = null;
  fmode = false;
  expr_list: expr[] = [];
}

/** The scanning position within a token's text (CPython's `const char **str`). */
interface Cursor {
  pos: number;
}

function make_str_node_and_del(state: FstringParser, first: StringToken, last: StringToken): expr {
  const s = state.last_str!;
  state.last_str = null;
  const kind = first.string.charCodeAt(0) === 0x75 /* u */ ? "u" : null;
  return new Constant(finishPyStr(s), kind, first.lineno, first.col_offset, last.end_lineno, last.end_col_offset);
}

function FstringParser_ConcatAndDel(state: FstringParser, s: PyStr): void {
  if (s.length === 0) return;
  state.last_str = state.last_str === null ? s : concatPyStr(state.last_str, s);
}

/**
 * Follows fstring_find_expr_location: how many lines and columns (bytes) the expression starting
 * at the `{` at `brace` lies past the token's start.
 */
function fstring_find_expr_location(t: StringToken, brace: number): { lines: number; cols: number } {
  const text = t.string;
  // Only blanks between the brace and a newline (or a '}'): the expression's columns are its own.
  // Running off the text counts as a non-blank (CPython meets the string's terminating NUL).
  let newlineAfterBrace = true;
  for (let k = brace + 1; ; k++) {
    const ch = text[k];
    if (ch === "}" || ch === "\n") break;
    if (ch !== " " && ch !== "\t" && ch !== "\f") {
      newlineAfterBrace = false;
      break;
    }
  }
  let cols = 0;
  if (!newlineAfterBrace) {
    const nl = brace > 0 ? text.lastIndexOf("\n", brace - 1) : -1;
    cols = utf8Length(text.slice(nl + 1, brace));
  }
  // Newlines before the brace, counted on from the previous expression of the same token (the
  // scanner moves left to right), so that a long f-string costs linear time.
  let from = 0;
  let lines = 0;
  if (lineCount.text === text && lineCount.pos <= brace) {
    from = lineCount.pos;
    lines = lineCount.lines;
  }
  for (let k = text.indexOf("\n", from); k >= 0 && k < brace; k = text.indexOf("\n", k + 1)) lines++;
  lineCount.text = text;
  lineCount.pos = brace;
  lineCount.lines = lines;
  return { lines, cols };
}

/** The newline count of the last fstring_find_expr_location call: newlines in text[0, pos). */
const lineCount: { text: string | null; pos: number; lines: number } = { text: null, pos: 0, lines: 0 };

/** Follows fstring_compile_expr: the expression between `{` (at exprStart - 1) and exprEnd. */
function fstring_compile_expr(host: StringParserHost, t: StringToken, exprStart: number, exprEnd: number): expr {
  const text = t.string;
  let k = exprStart;
  for (; k < exprEnd; k++) {
    const c = text[k];
    if (!(c === " " || c === "\t" || c === "\n" || c === "\f")) break;
  }
  if (k === exprEnd) {
    const c = text[exprEnd];
    if (c === "!" || c === ":" || c === "=") host.raiseSyntaxError(`f-string: expression required before '${c}'`);
    host.raiseSyntaxError("f-string: empty expression not allowed");
  }
  const { lines, cols } = fstring_find_expr_location(t, exprStart - 1);
  const source = "(" + text.slice(exprStart, exprEnd) + ")";
  return host.parseFStringExpr(source, t.lineno + lines, (lines !== 0 ? 0 : t.col_offset) + cols, t);
}

/**
 * Follows fstring_find_literal: scans literal text up to an undoubled brace. Returns the decoded
 * literal (or null) and whether the caller should come back for more (after a doubled brace).
 */
function fstring_find_literal(
  host: StringParserHost,
  t: StringToken,
  cur: Cursor,
  end: number,
  raw: boolean,
  recurseLvl: number,
): { literal: PyStr | null; more: boolean } {
  const text = t.string;
  let s = cur.pos;
  const literalStart = s;
  let more = false;
  let litEnd = -1;
  while (s < end) {
    let ch = text[s++];
    if (!raw && ch === "\\" && s < end) {
      ch = text[s++];
      if (ch === "N") {
        if (s < end && text[s++] === "{") {
          while (s < end && text[s++] !== "}") {
            /* skip the name */
          }
          continue;
        }
        break;
      }
      if (ch === "{") warn_invalid_escape_sequence(host, text, s - 1, t);
    }
    if (ch === "{" || ch === "}") {
      // Doubled braces only count at the top level: f'{0:{3}}' ends with two closing braces.
      if (recurseLvl === 0) {
        if (s < end && text[s] === ch) {
          cur.pos = s + 1;
          more = true;
          litEnd = s;
          break;
        }
        if (ch === "}") {
          cur.pos = s - 1;
          host.raiseSyntaxError("f-string: single '}' is not allowed");
        }
      }
      s--;
      break;
    }
  }
  if (!more) {
    cur.pos = s;
    litEnd = s;
  }
  let literal: PyStr | null = null;
  if (literalStart !== litEnd) {
    const piece = text.slice(literalStart, litEnd);
    literal = raw || !piece.includes("\\") ? piece : decode_unicode_with_escapes(host, piece, t);
  }
  return { literal, more };
}

/** Python's Py_ISSPACE over one character. */
function isSpace(ch: string | undefined): boolean {
  return ch === " " || ch === "\t" || ch === "\n" || ch === "\r" || ch === "\x0b" || ch === "\f";
}

const MAXLEVEL = 200;

/**
 * Follows fstring_find_expr: at a `{`, finds the expression's end, compiles it, reads `=`, the
 * conversion and the format spec, and returns the FormattedValue and the `=` text if any.
 */
function fstring_find_expr(
  host: StringParserHost,
  cur: Cursor,
  end: number,
  raw: boolean,
  recurseLvl: number,
  first: StringToken,
  t: StringToken,
  last: StringToken,
): { expression: expr; exprText: string | null } {
  const text = t.string;
  if (recurseLvl >= 2) host.raiseSyntaxError("f-string: expressions nested too deeply");
  cur.pos++; // the '{'
  const exprStart = cur.pos;
  let quoteChar = "";
  let stringType = 0;
  const parenstack: string[] = [];
  const unexpectedEnd = (): never => host.raiseSyntaxError("f-string: expecting '}'");
  for (; cur.pos < end; cur.pos++) {
    const ch = text[cur.pos];
    if (ch === "\\") host.raiseSyntaxError("f-string expression part cannot include a backslash");
    if (quoteChar) {
      if (ch === quoteChar) {
        if (stringType === 3) {
          if (cur.pos + 2 < end && text[cur.pos + 1] === ch && text[cur.pos + 2] === ch) {
            cur.pos += 2;
            stringType = 0;
            quoteChar = "";
            continue;
          }
        } else {
          stringType = 0;
          quoteChar = "";
          continue;
        }
      }
    } else if (ch === "'" || ch === '"') {
      if (cur.pos + 2 < end && text[cur.pos + 1] === ch && text[cur.pos + 2] === ch) {
        stringType = 3;
        cur.pos += 2;
      } else {
        stringType = 1;
      }
      quoteChar = ch;
    } else if (ch === "[" || ch === "{" || ch === "(") {
      if (parenstack.length >= MAXLEVEL) host.raiseSyntaxError("f-string: too many nested parenthesis");
      parenstack.push(ch);
    } else if (ch === "#") {
      host.raiseSyntaxError("f-string expression part cannot include '#'");
    } else if (parenstack.length === 0 && (ch === "!" || ch === ":" || ch === "}" || ch === "=" || ch === ">" || ch === "<")) {
      if (cur.pos + 1 < end) {
        const next = text[cur.pos + 1];
        // "!=" "==" "<=" ">=" are operators, not the end of the expression.
        if (next === "=" && (ch === "!" || ch === "=" || ch === "<" || ch === ">")) {
          cur.pos++;
          continue;
        }
        if (ch === ">" || ch === "<") continue;
      }
      break;
    } else if (ch === "]" || ch === "}" || ch === ")") {
      if (parenstack.length === 0) host.raiseSyntaxError(`f-string: unmatched '${ch}'`);
      const opening = parenstack.pop()!;
      if (!((opening === "(" && ch === ")") || (opening === "[" && ch === "]") || (opening === "{" && ch === "}"))) {
        host.raiseSyntaxError(`f-string: closing parenthesis '${ch}' does not match opening parenthesis '${opening}'`);
      }
    }
  }
  const exprEnd = cur.pos;
  if (quoteChar) host.raiseSyntaxError("f-string: unterminated string");
  if (parenstack.length) host.raiseSyntaxError(`f-string: unmatched '${parenstack[parenstack.length - 1]}'`);
  if (cur.pos >= end) unexpectedEnd();

  // Compile the expression first, so that its errors come before those of what follows it.
  const simple = fstring_compile_expr(host, t, exprStart, exprEnd);

  let exprText: string | null = null;
  if (text[cur.pos] === "=") {
    cur.pos++;
    while (isSpace(text[cur.pos])) cur.pos++;
    exprText = text.slice(exprStart, cur.pos);
  }
  let conversion = -1;
  if (text[cur.pos] === "!") {
    cur.pos++;
    if (cur.pos >= end) unexpectedEnd();
    conversion = utf8.encode(text[cur.pos])[0]; // CPython reads one byte
    cur.pos++;
    if (!(conversion === 0x73 || conversion === 0x72 || conversion === 0x61)) {
      host.raiseSyntaxError("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
  }
  if (cur.pos >= end) unexpectedEnd();
  let formatSpec: expr | null = null;
  if (text[cur.pos] === ":") {
    cur.pos++;
    if (cur.pos >= end) unexpectedEnd();
    formatSpec = fstring_parse(host, cur, end, raw, recurseLvl + 1, first, t, last);
  }
  if (cur.pos >= end || text[cur.pos] !== "}") unexpectedEnd();
  cur.pos++;
  if (exprText !== null && formatSpec === null && conversion === -1) conversion = 0x72; // 'r'
  const expression = new FormattedValue(simple, conversion, formatSpec, first.lineno, first.col_offset, last.end_lineno, last.end_col_offset);
  return { expression, exprText };
}

/** Follows _PyPegen_FstringParser_ConcatFstring: one f-string body into the state. */
function FstringParser_ConcatFstring(
  host: StringParserHost,
  state: FstringParser,
  cur: Cursor,
  end: number,
  raw: boolean,
  recurseLvl: number,
  first: StringToken,
  t: StringToken,
  last: StringToken,
): void {
  state.fmode = true;
  for (;;) {
    // fstring_find_literal_and_expr
    const { literal, more } = fstring_find_literal(host, t, cur, end, raw, recurseLvl);
    let expression: expr | null = null;
    let exprText: string | null = null;
    if (!more && !(cur.pos >= end || t.string[cur.pos] === "}")) {
      ({ expression, exprText } = fstring_find_expr(host, cur, end, raw, recurseLvl, first, t, last));
    }
    if (literal !== null) FstringParser_ConcatAndDel(state, literal);
    if (exprText !== null) FstringParser_ConcatAndDel(state, exprText);
    if (more) continue;
    if (expression === null) break;
    if (state.last_str !== null) state.expr_list.push(make_str_node_and_del(state, first, last));
    state.expr_list.push(expression);
  }
  if (recurseLvl === 0 && cur.pos < end - 1) host.raiseSyntaxError("f-string: unexpected end of string");
  if (recurseLvl !== 0 && t.string[cur.pos] !== "}") host.raiseSyntaxError("f-string: expecting '}'");
}

/** Follows _PyPegen_FstringParser_Finish: a Constant, or a JoinedStr of the parts. */
function FstringParser_Finish(state: FstringParser, first: StringToken, last: StringToken): expr {
  if (!state.fmode) {
    if (state.last_str === null) state.last_str = "";
    return make_str_node_and_del(state, first, last);
  }
  if (state.last_str !== null) state.expr_list.push(make_str_node_and_del(state, first, last));
  return new JoinedStr(state.expr_list, first.lineno, first.col_offset, last.end_lineno, last.end_col_offset);
}

/** Follows fstring_parse: a nested format spec, up to its closing brace. */
function fstring_parse(
  host: StringParserHost,
  cur: Cursor,
  end: number,
  raw: boolean,
  recurseLvl: number,
  first: StringToken,
  t: StringToken,
  last: StringToken,
): expr {
  const state = new FstringParser();
  FstringParser_ConcatFstring(host, state, cur, end, raw, recurseLvl, first, t, last);
  return FstringParser_Finish(state, t, t);
}

/**
 * Follows _PyPegen_concatenate_strings: the STRING tokens of one `strings` rule match into a
 * Constant (str or bytes) or a JoinedStr. Decoder errors become "(unicode error) ..." /
 * "(value error) ..." SyntaxErrors at the parser's last token, as raise_decode_error makes them.
 */
export function _PyPegen_concatenate_strings(host: StringParserHost, tokens: readonly StringToken[]): expr {
  try {
    return concatenate(host, tokens);
  } catch (e) {
    if (e instanceof DecodeError) host.raiseSyntaxError(e.text);
    throw e;
  }
}

function concatenate(host: StringParserHost, tokens: readonly StringToken[]): expr {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  let bytesmode = false;
  let bytesParts: Uint8Array[] | null = null;
  const state = new FstringParser();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const r = _PyPegen_parsestr(host, t);
    if (i !== 0 && bytesmode !== r.bytesmode) host.raiseSyntaxError("cannot mix bytes and nonbytes literals");
    bytesmode = r.bytesmode;
    if (r.fstr !== null) {
      const cur: Cursor = { pos: r.fstr[0] };
      FstringParser_ConcatFstring(host, state, cur, r.fstr[1], r.rawmode, 0, first, t, last);
    } else if (bytesmode) {
      (bytesParts ??= []).push(r.result as Uint8Array);
    } else {
      FstringParser_ConcatAndDel(state, r.result as PyStr);
    }
  }
  if (bytesmode) {
    const parts = bytesParts!;
    let value: Uint8Array;
    if (parts.length === 1) value = parts[0];
    else {
      value = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
      let off = 0;
      for (const p of parts) {
        value.set(p, off);
        off += p.length;
      }
    }
    return new Constant(value, null, first.lineno, first.col_offset, last.end_lineno, last.end_col_offset);
  }
  return FstringParser_Finish(state, first, last);
}
