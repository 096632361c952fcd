// The tokenizer: source bytes or text to tokens, on demand, as CPython 3.11's Parser/tokenizer.c
// produces them for its PEG parser (not the pure-Python `tokenize` module, which differs).
//
// Model. CPython works on a UTF-8 buffer with pointers `buf`, `line_start`, `cur`, `inp`; we work
// on the decoded JS string with the same four positions as UTF-16 indexes, and convert to UTF-8
// byte columns only where a token's position or an error's location is made (an ASCII-only
// source skips the conversion entirely). Bytes given without an encoding declaration may hold
// invalid UTF-8, which CPython only reports when a token needing it is read; such bytes are kept
// in the text as lone surrogates U+DC80..U+DCFF (Python's "surrogateescape"), so that a comment
// holding one passes and an identifier or string literal holding one can report CPython's exact
// UnicodeDecodeError text (see `escapedBytesDecodeError`).
//
// Errors are thrown as CompileError with CPython's type, message and location. Errors that
// CPython's tokenizer leaves to the parser to word (E_EOF, E_DEDENT, E_TABSPACE, E_TOODEEP,
// E_LINECONT, E_DECODE) are worded here the way Parser/pegen_errors.c words them when the parser
// meets the error token, so the parser helper only has to call `next()`.
import { CompileError, CompileErrorType } from "./errors";
import { TokenType } from "./token";
import { _PyUnicode_IsPrintable, _PyUnicode_ScanIdentifier } from "../Objects/unicodectype";
import { charmapDecodingTables, codecAliases, knownCodecs, nonTextCodecs } from "./source_codecs";

// One UTF-8 decoder for the module; ignoreBOM keeps a U+FEFF that is not the file's BOM (the BOM
// itself is removed by decode_str, as CPython does), where a default TextDecoder would drop it.
const utf8Decoder = new TextDecoder("utf-8", { ignoreBOM: true });

// An invalid source byte kept as a lone U+DC80..U+DCFF (decodeUtf8Escaping). A low surrogate
// preceded by a high one is half of a real astral character (U+548C1 is D8D2 DCC1), not a byte.
const ESCAPED_BYTE = /(?<![\ud800-\udbff])[\udc80-\udcff]/;

export interface Token {
  type: TokenType;
  /** The token's text (for NEWLINE: "" or the comment before it; "" for INDENT/DEDENT/ENDMARKER). */
  string: string;
  lineno: number;
  /** UTF-8 byte offset in the line, or -1 where CPython has no start (INDENT, DEDENT, ENDMARKER). */
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
  /** Parenthesis nesting level after the token (tok->level), as pegen's Token.level. */
  level: number;
}

export interface TokenizerOptions {
  filename?: string;
  /** file_input: a missing final newline is supplied (CPython's exec_input). Default true. */
  execInput?: boolean;
  /** Report `# type:` comments as TYPE_COMMENT / TYPE_IGNORE tokens (ast.parse(type_comments=True)). */
  typeComments?: boolean;
  /** The source was read from a file (null bytes then give "source code cannot contain null bytes"). */
  fromFile?: boolean;
  /**
   * Called for a SyntaxWarning the tokenizer emits ("invalid decimal literal" before a keyword).
   * Return true when the warning is to be raised as an error (warnings filter "error").
   */
  warn?: (category: "SyntaxWarning" | "DeprecationWarning", message: string, lineno: number) => boolean | void;
}

// Tokenizer states (Include/errcode.h E_*), as tok->done holds them.
export const E_OK = 10;
export const E_EOF = 11;
export const E_TOKEN = 13;
export const E_ERROR = 17;
export const E_TABSPACE = 18;
export const E_TOODEEP = 20;
export const E_DEDENT = 21;
export const E_DECODE = 22;
export const E_LINECONT = 25;

const TABSIZE = 8;
const ALTTABSIZE = 1;
const MAXINDENT = 100;
const MAXLEVEL = 200;
const EOF = -1;

// Character codes used below.
const NL = 10;
const SPACE = 32;
const TAB = 9;
const FF = 12;
const HASH = 35;
const BACKSLASH = 92;
const SQUOTE = 39;
const DQUOTE = 34;
const UNDERSCORE = 95;

function isdigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isxdigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}
/** is_potential_identifier_start: every non-ASCII unit goes to the identifier path. */
function isPotentialIdentifierStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === UNDERSCORE || c >= 128;
}
/** is_potential_identifier_char */
function isPotentialIdentifierChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === UNDERSCORE || c >= 128;
}

// Operator tables (PyToken_OneChar / TwoChars / ThreeChars, from Grammar/Tokens).
const ONE_CHAR: Record<number, TokenType> = {};
const TWO_CHARS = new Map<number, TokenType>();
const THREE_CHARS = new Map<number, TokenType>();
{
  const one: [string, TokenType][] = [
    ["%", TokenType.PERCENT], ["&", TokenType.AMPER], ["(", TokenType.LPAR], [")", TokenType.RPAR],
    ["*", TokenType.STAR], ["+", TokenType.PLUS], [",", TokenType.COMMA], ["-", TokenType.MINUS],
    [".", TokenType.DOT], ["/", TokenType.SLASH], [":", TokenType.COLON], [";", TokenType.SEMI],
    ["<", TokenType.LESS], ["=", TokenType.EQUAL], [">", TokenType.GREATER], ["@", TokenType.AT],
    ["[", TokenType.LSQB], ["]", TokenType.RSQB], ["^", TokenType.CIRCUMFLEX], ["{", TokenType.LBRACE],
    ["|", TokenType.VBAR], ["}", TokenType.RBRACE], ["~", TokenType.TILDE],
  ];
  for (const [s, t] of one) ONE_CHAR[s.charCodeAt(0)] = t;
  const two: [string, TokenType][] = [
    ["!=", TokenType.NOTEQUAL], ["%=", TokenType.PERCENTEQUAL], ["&=", TokenType.AMPEREQUAL],
    ["**", TokenType.DOUBLESTAR], ["*=", TokenType.STAREQUAL], ["+=", TokenType.PLUSEQUAL],
    ["-=", TokenType.MINEQUAL], ["->", TokenType.RARROW], ["//", TokenType.DOUBLESLASH],
    ["/=", TokenType.SLASHEQUAL], [":=", TokenType.COLONEQUAL], ["<<", TokenType.LEFTSHIFT],
    ["<=", TokenType.LESSEQUAL], ["<>", TokenType.NOTEQUAL], ["==", TokenType.EQEQUAL],
    [">=", TokenType.GREATEREQUAL], [">>", TokenType.RIGHTSHIFT], ["@=", TokenType.ATEQUAL],
    ["^=", TokenType.CIRCUMFLEXEQUAL], ["|=", TokenType.VBAREQUAL],
  ];
  for (const [s, t] of two) TWO_CHARS.set(s.charCodeAt(0) * 128 + s.charCodeAt(1), t);
  const three: [string, TokenType][] = [
    ["**=", TokenType.DOUBLESTAREQUAL], ["...", TokenType.ELLIPSIS], ["//=", TokenType.DOUBLESLASHEQUAL],
    ["<<=", TokenType.LEFTSHIFTEQUAL], [">>=", TokenType.RIGHTSHIFTEQUAL],
  ];
  for (const [s, t] of three) THREE_CHARS.set((s.charCodeAt(0) * 128 + s.charCodeAt(1)) * 128 + s.charCodeAt(2), t);
}

function twoChars(c1: number, c2: number): TokenType {
  if (c1 >= 128 || c2 >= 128 || c2 < 0) return TokenType.OP;
  return TWO_CHARS.get(c1 * 128 + c2) ?? TokenType.OP;
}
function threeChars(c1: number, c2: number, c3: number): TokenType {
  if (c1 >= 128 || c2 >= 128 || c3 >= 128 || c3 < 0) return TokenType.OP;
  return THREE_CHARS.get((c1 * 128 + c2) * 128 + c3) ?? TokenType.OP;
}
function oneChar(c: number): TokenType {
  return ONE_CHAR[c] ?? TokenType.OP;
}

// ---------------------------------------------------------------------------------------------
// UTF-8, as Python's codec does it (Objects/stringlib/codecs.h): where a decode fails and why,
// and the "replace" decoding used for SyntaxError.text.

interface Utf8Error {
  start: number;
  end: number;
  reason: string;
}

/** The first UTF-8 error in b[from..to), as Python's strict utf-8 decoder reports it, or null. */
export function findUtf8Error(b: Uint8Array, from = 0, to = b.length): Utf8Error | null {
  let i = from;
  while (i < to) {
    const r = utf8Step(b, i, to);
    if (r > 0) {
      i += r;
      continue;
    }
    return utf8ErrorAt(b, i, to, r);
  }
  return null;
}

// Length of the valid sequence at i, or: 0 truncated (unexpected end of data), -1 invalid start
// byte, -2/-3/-4 invalid continuation after 1/2/3 good bytes.
function utf8Step(b: Uint8Array, i: number, to: number): number {
  const c = b[i];
  if (c < 0x80) return 1;
  if (c < 0xc2) return -1;
  if (c < 0xe0) {
    if (i + 1 >= to) return 0;
    return (b[i + 1] & 0xc0) === 0x80 ? 2 : -2;
  }
  if (c < 0xf0) {
    if (i + 1 >= to) return 0;
    const c2 = b[i + 1];
    if ((c2 & 0xc0) !== 0x80 || (c === 0xe0 && c2 < 0xa0) || (c === 0xed && c2 >= 0xa0)) return -2;
    if (i + 2 >= to) return 0;
    return (b[i + 2] & 0xc0) === 0x80 ? 3 : -3;
  }
  if (c < 0xf5) {
    if (i + 1 >= to) return 0;
    const c2 = b[i + 1];
    if ((c2 & 0xc0) !== 0x80 || (c === 0xf0 && c2 < 0x90) || (c === 0xf4 && c2 >= 0x90)) return -2;
    if (i + 2 >= to) return 0;
    if ((b[i + 2] & 0xc0) !== 0x80) return -3;
    if (i + 3 >= to) return 0;
    return (b[i + 3] & 0xc0) === 0x80 ? 4 : -4;
  }
  return -1;
}

function utf8ErrorAt(_b: Uint8Array, i: number, to: number, r: number): Utf8Error {
  if (r === 0) return { start: i, end: to, reason: "unexpected end of data" };
  if (r === -1) return { start: i, end: i + 1, reason: "invalid start byte" };
  return { start: i, end: i - r - 1, reason: "invalid continuation byte" };
}

/** str(UnicodeDecodeError) for the utf-8 codec. */
export function utf8DecodeErrorMessage(b: Uint8Array, e: Utf8Error, encoding = "utf-8"): string {
  if (e.end - e.start === 1) {
    return `'${encoding}' codec can't decode byte 0x${b[e.start].toString(16).padStart(2, "0")} in position ${e.start}: ${e.reason}`;
  }
  return `'${encoding}' codec can't decode bytes in position ${e.start}-${e.end - 1}: ${e.reason}`;
}

/** Decodes b[from..to) as UTF-8; invalid bytes become U+DC80+byte ("surrogateescape"). */
function decodeUtf8Escaping(b: Uint8Array, from: number, to: number): { text: string; escapes: boolean } {
  // Fast path: valid UTF-8 (the common case) through the native decoder.
  if (findUtf8Error(b, from, to) === null) {
    return { text: utf8Decoder.decode(b.subarray(from, to)), escapes: false };
  }
  const parts: string[] = [];
  let i = from;
  let runStart = from;
  while (i < to) {
    const r = utf8Step(b, i, to);
    if (r > 0) {
      i += r;
      continue;
    }
    if (runStart < i) parts.push(utf8Decoder.decode(b.subarray(runStart, i)));
    parts.push(String.fromCharCode(0xdc00 + b[i]));
    i++;
    runStart = i;
  }
  if (runStart < to) parts.push(utf8Decoder.decode(b.subarray(runStart, to)));
  return { text: parts.join(""), escapes: true };
}

/** The UTF-8 bytes of `s`, with escaped bytes (U+DC80..U+DCFF) turned back into themselves when `escapes`. */
function encodeUtf8(s: string, escapes: boolean): Uint8Array {
  if (!escapes) return new TextEncoder().encode(s);
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    if (u >= 0xdc80 && u <= 0xdcff) {
      out.push(u - 0xdc00);
    } else if (u >= 0xd800 && u <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      const cp = 0x10000 + ((u - 0xd800) << 10) + (s.charCodeAt(i + 1) - 0xdc00);
      out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
      i++;
    } else if (u < 0x80) out.push(u);
    else if (u < 0x800) out.push(0xc0 | (u >> 6), 0x80 | (u & 63));
    else out.push(0xe0 | (u >> 12), 0x80 | ((u >> 6) & 63), 0x80 | (u & 63));
  }
  return Uint8Array.from(out);
}

/** Python's bytes.decode("utf-8", "replace"): one U+FFFD per maximal invalid sequence. */
function decodeUtf8Replace(b: Uint8Array): string {
  let out = "";
  let i = 0;
  let runStart = 0;
  while (i < b.length) {
    const r = utf8Step(b, i, b.length);
    if (r > 0) {
      i += r;
      continue;
    }
    if (runStart < i) out += utf8Decoder.decode(b.subarray(runStart, i));
    const e = utf8ErrorAt(b, i, b.length, r);
    out += "\ufffd";
    i = e.end;
    runStart = i;
  }
  if (runStart < b.length) out += utf8Decoder.decode(b.subarray(runStart));
  return out;
}

/** Number of UTF-8 bytes of s[from..to). */
function utf8Length(s: string, from: number, to: number, escapes: boolean): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const u = s.charCodeAt(i);
    if (u < 0x80) n += 1;
    else if (u < 0x800) n += 2;
    else if (u >= 0xd800 && u <= 0xdbff && i + 1 < to && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else if (escapes && u >= 0xdc80 && u <= 0xdcff) n += 1;
    else n += 3;
  }
  return n;
}

// ---------------------------------------------------------------------------------------------
// Source encodings (PEP 263), as decode_str / check_bom / check_coding_spec do for bytes.

/** get_normal_name: utf-8 and latin-1 spellings folded to one name; others returned as written. */
function get_normal_name(s: string): string {
  const buf = s.slice(0, 12).toLowerCase().replace(/_/g, "-");
  if (buf === "utf-8" || buf.startsWith("utf-8-")) return "utf-8";
  if (
    buf === "latin-1" || buf === "iso-8859-1" || buf === "iso-latin-1" ||
    buf.startsWith("latin-1-") || buf.startsWith("iso-8859-1-") || buf.startsWith("iso-latin-1-")
  ) {
    return "iso-8859-1";
  }
  return s;
}

const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** get_coding_spec over bytes b[from..from+size): the declared encoding, or null. */
function get_coding_spec(b: Uint8Array, from: number, size: number): string | null {
  let i = 0;
  for (; i < size - 6; i++) {
    const c = b[from + i];
    if (c === HASH) break;
    if (c !== SPACE && c !== TAB && c !== FF) return null;
  }
  for (; i < size - 6; i++) {
    const t = from + i;
    if (
      b[t] === 0x63 && b[t + 1] === 0x6f && b[t + 2] === 0x64 && b[t + 3] === 0x69 && b[t + 4] === 0x6e && b[t + 5] === 0x67
    ) {
      let p = t + 6;
      if (b[p] !== 0x3a && b[p] !== 0x3d) continue;
      do p++;
      while (b[p] === SPACE || b[p] === TAB);
      const begin = p;
      while (p < b.length && (isAsciiAlnum(b[p]) || b[p] === 0x2d || b[p] === 0x5f || b[p] === 0x2e)) p++;
      if (begin < p) return get_normal_name(String.fromCharCode(...b.subarray(begin, p)));
    }
  }
  return null;
}

/** A decode-stage error: CPython reports these with lineno 0 and offset -1 (_PyPegen_raise_tokenizer_init_error). */
function initError(msg: string, filename: string): CompileError {
  return new CompileError("SyntaxError", msg, 0, -1, null, 0, 0, filename);
}

/** encodings.normalize_encoding (the cookie's name holds only ASCII letters, digits, "-", "_", "."). */
function normalizeEncoding(name: string): string {
  let out = "";
  let punct = false;
  for (const ch of name.toLowerCase()) {
    if (/[a-z0-9.]/.test(ch)) {
      if (punct && out) out += "_";
      out += ch;
      punct = false;
    } else punct = true;
  }
  return out;
}

/** encodings.search_function: the codec module a name stands for, or null when Python knows none. */
function lookupCodec(enc: string): string | null {
  const norm = normalizeEncoding(enc);
  const aliased = codecAliases[norm] ?? codecAliases[norm.replace(/\./g, "_")];
  for (const m of [aliased, norm]) if (m !== undefined && knownCodecs.has(m)) return m;
  return null;
}

// Multibyte codecs decoded with Node's TextDecoder (WHATWG labels).
const MULTIBYTE_LABELS: Record<string, string> = {
  euc_jp: "euc-jp", shift_jis: "shift_jis", cp932: "shift_jis", iso2022_jp: "iso-2022-jp",
  gbk: "gbk", gb2312: "gbk", gb18030: "gb18030", big5: "big5", cp950: "big5", euc_kr: "euc-kr", cp949: "euc-kr",
};

function hex2(n: number): string {
  return n.toString(16).padStart(2, "0");
}

/** PyUnicode_Decode(bytes, encoding, "strict") for a declared source encoding; throws CPython's message. */
function decodeWithCodec(b: Uint8Array, enc: string, filename: string): string {
  const codec = lookupCodec(enc);
  if (codec === null) throw initError(`unknown encoding: ${enc}`, filename);
  if (nonTextCodecs.has(codec)) {
    throw initError(`'${enc}' is not a text encoding; use codecs.decode() to handle arbitrary codecs`, filename);
  }
  if (codec === "utf_8" || codec === "utf_8_sig") {
    if (codec === "utf_8_sig" && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) b = b.subarray(3);
    const e = findUtf8Error(b);
    if (e) throw initError(utf8DecodeErrorMessage(b, e), filename);
    return utf8Decoder.decode(b);
  }
  if (codec === "latin_1") {
    let s = "";
    for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
    return s;
  }
  if (codec === "ascii") {
    for (let i = 0; i < b.length; i++) {
      if (b[i] >= 0x80) throw initError(`'ascii' codec can't decode byte 0x${hex2(b[i])} in position ${i}: ordinal not in range(128)`, filename);
    }
    return utf8Decoder.decode(b);
  }
  const table = charmapDecodingTables[codec];
  if (table !== undefined) {
    const parts: string[] = [];
    for (let i = 0; i < b.length; i++) {
      const ch = table[b[i]];
      if (ch === "\ufffe") {
        throw initError(`'charmap' codec can't decode byte 0x${hex2(b[i])} in position ${i}: character maps to <undefined>`, filename);
      }
      parts.push(ch);
    }
    return parts.join("");
  }
  if (codec === "utf_16" || codec === "utf_16_le" || codec === "utf_16_be") {
    let be = codec === "utf_16_be";
    if (codec === "utf_16" && b.length >= 2) {
      if (b[0] === 0xfe && b[1] === 0xff) {
        be = true;
        b = b.subarray(2);
      } else if (b[0] === 0xff && b[1] === 0xfe) b = b.subarray(2);
    }
    const name = be ? "utf-16-be" : "utf-16-le";
    if (b.length % 2) {
      throw initError(`'${name}' codec can't decode byte 0x${hex2(b[b.length - 1])} in position ${b.length - 1}: truncated data`, filename);
    }
    try {
      return new TextDecoder(be ? "utf-16be" : "utf-16le", { fatal: true }).decode(b);
    } catch {
      throw initError(`'${name}' codec can't decode bytes: illegal UTF-16 surrogate`, filename);
    }
  }
  const label = MULTIBYTE_LABELS[codec];
  if (label !== undefined) {
    try {
      return new TextDecoder(label, { fatal: true }).decode(b);
    } catch {
      throw initError(`'${codec}' codec can't decode bytes: illegal multibyte sequence`, filename);
    }
  }
  throw initError(`encoding '${enc}' (Python's ${codec} codec) is not supported by Taipan`, filename);
}

/** translate_newlines over bytes: \r\n and \r become \n; with exec_input a final \n is supplied. */
function translateNewlinesBytes(b: Uint8Array, execInput: boolean): Uint8Array {
  let hasCR = false;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 13) {
      hasCR = true;
      break;
    }
  }
  let out = b;
  if (hasCR) {
    const o = new Uint8Array(b.length);
    let n = 0;
    for (let i = 0; i < b.length; i++) {
      const c = b[i];
      if (c === 13) {
        o[n++] = NL;
        if (b[i + 1] === NL) i++;
      } else o[n++] = c;
    }
    out = o.subarray(0, n);
  }
  // CPython's loop ends with its last character read as NUL when the input ends in "\r\n", so
  // such an input gets one more "\n" (an extra blank line).
  const endsCRLF = b.length >= 2 && b[b.length - 2] === 13 && b[b.length - 1] === NL;
  if (execInput && (out.length === 0 || out[out.length - 1] !== NL || endsCRLF)) {
    const o = new Uint8Array(out.length + 1);
    o.set(out);
    o[out.length] = NL;
    out = o;
  }
  return out;
}

/** translate_newlines over text. */
function translateNewlinesText(s: string, execInput: boolean): string {
  const endsCRLF = s.endsWith("\r\n");
  if (s.indexOf("\r") >= 0) s = s.replace(/\r\n?/g, "\n");
  if (execInput && (s.length === 0 || s.charCodeAt(s.length - 1) !== NL || endsCRLF)) s += "\n";
  return s;
}

interface Decoded {
  text: string;
  /** tok->encoding: null for bytes without BOM or cookie (offsets of parser errors then stay in bytes). */
  encoding: string | null;
  escapes: boolean;
}

/** decode_str: BOM, then a coding spec on line 1 or 2, then decoding. */
function decode_str(input: Uint8Array, execInput: boolean, filename: string, fromFile: boolean): Decoded {
  // Read from a file, CPython decodes through io.open(encoding=cs) and reports any failure of the
  // codec (unknown, not a text encoding, undecodable bytes) as "encoding problem: cs", with no
  // location. (A decoding error beyond the first 8 KB read would show differently there.)
  const problem = (msg: string) =>
    fromFile ? new CompileError("SyntaxError", msg, 0, 0, null, 0, 0, filename) : initError(msg, filename);
  const b = translateNewlinesBytes(input, execInput);
  let pos = 0;
  let encoding: string | null = null;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    pos = 3;
    encoding = "utf-8";
  }
  // check_coding_spec on line 1, then on line 2 if line 1 held only whitespace / a comment.
  const nl1 = b.indexOf(NL, pos);
  let enc: string | null = null;
  if (nl1 >= 0) {
    let cs = get_coding_spec(b, pos, nl1 - pos);
    let seekSecond = true;
    if (cs === null) {
      for (let i = pos; i < nl1; i++) {
        const c = b[i];
        if (c === HASH || c === NL || c === 13) break;
        if (c !== SPACE && c !== TAB && c !== FF) {
          seekSecond = false;
          break;
        }
      }
      if (seekSecond) {
        const nl2 = b.indexOf(NL, nl1 + 1);
        if (nl2 >= 0) cs = get_coding_spec(b, nl1 + 1, nl2 - nl1);
      }
    }
    if (cs !== null) {
      if (encoding === null) {
        if (cs !== "utf-8") enc = cs;
        encoding = cs;
      } else if (cs !== encoding) {
        throw problem(`encoding problem: ${cs} with BOM`);
      }
    }
  }
  if (enc !== null) {
    try {
      return { text: decodeWithCodec(b.subarray(pos), enc, filename), encoding, escapes: false };
    } catch (e) {
      if (fromFile && e instanceof CompileError) throw problem(`encoding problem: ${enc}`);
      throw e;
    }
  }
  const d = decodeUtf8Escaping(b, pos, b.length);
  return { text: d.text, encoding, escapes: d.escapes };
}

// ---------------------------------------------------------------------------------------------

/** The tokenizer; follows struct tok_state and tok_get of Parser/tokenizer.c. */
export class Tokenizer {
  readonly filename: string;
  /** tok->encoding */
  readonly encoding: string | null;
  /** The decoded, newline-translated source. */
  readonly src: string;
  private readonly escapes: boolean;
  private readonly allAscii: boolean;
  private readonly firstNul: number;
  private readonly typeComments: boolean;
  private readonly fromFile: boolean;
  private readonly warnHook: TokenizerOptions["warn"];

  // Positions (indexes into src), as tok->buf, line_start, cur, inp, start, multi_line_start.
  buf = 0;
  line_start = 0;
  cur = 0;
  inp = 0;
  start = -1;
  multi_line_start = 0;
  first_lineno = 0;

  lineno = 0;
  /**
   * After an E_DECODE error: str() of the UnicodeDecodeError itself. CPython reports it raw (type
   * UnicodeDecodeError, this message) when the error surfaces in
   * _PyPegen_tokenize_full_source_to_check_for_errors rather than through raise_decode_error.
   */
  decodeErrorMessage: string | null = null;
  /** tok->done: E_OK, or the state an ERRORTOKEN from nextRaw() leaves (E_EOF, E_DEDENT, ...). */
  done = E_OK;
  private atbol = true;
  /** The error the tokenizer raised, if it did. */
  private raised: CompileError | null = null;

  /** The input ended inside a string literal (CPython: tok->done is E_EOFS or E_EOLS, not E_ERROR). */
  private stringAtEof = false;

  /**
   * _is_end_of_source: the tokenizer stopped at the end of the input (E_EOF, or inside a string:
   * E_EOFS / E_EOLS). With PyCF_ALLOW_INCOMPLETE_INPUT (codeop), pegen then reports
   * "incomplete input" instead of its error.
   */
  isEndOfSource(): boolean {
    return this.done === E_EOF || (this.done === E_ERROR && this.stringAtEof);
  }

  /** tok->pendin and tok->indent: pegen's single-input mode sets pendin = -indent, indent = 0 at the end. */
  pendin = 0;
  indent = 0;
  private readonly indstack: number[] = [0];
  private readonly altindstack: number[] = [0];
  /** tok->level: parenthesis nesting. */
  level = 0;
  readonly parenstack: number[] = [];
  readonly parenlinenostack: number[] = [];
  readonly parencolstack: number[] = [];
  private cont_line = false;
  private blankline = false;

  // p_start / p_end of the token being made.
  private pStart = -1;
  private pEnd = -1;

  // Incremental byte-column cache for one line.
  private bcLine = -1;
  private bcPos = 0;
  private bcBytes = 0;
  private lineStarts: number[] | null = null;

  constructor(source: Uint8Array | string, opts: TokenizerOptions = {}) {
    this.filename = opts.filename ?? "<string>";
    const execInput = opts.execInput ?? true;
    this.typeComments = opts.typeComments ?? false;
    this.fromFile = opts.fromFile ?? false;
    this.warnHook = opts.warn;
    if (!this.fromFile) {
      const hasNull = typeof source === "string" ? source.indexOf("\0") >= 0 : source.indexOf(0) >= 0;
      if (hasNull) throw new CompileError("SyntaxError", "source code string cannot contain null bytes", 0, 0, null, 0, 0, this.filename);
    }
    if (typeof source === "string") {
      // _PyTokenizer_FromUTF8: already text; utf-8 is its encoding.
      this.src = translateNewlinesText(source, execInput);
      this.encoding = "utf-8";
      this.escapes = false;
    } else {
      const d = decode_str(source, execInput, this.filename, this.fromFile);
      this.src = d.text;
      this.encoding = d.encoding;
      this.escapes = d.escapes;
    }
    // eslint-disable-next-line no-control-regex
    this.allAscii = !/[^\x00-\x7f]/.test(this.src);
    this.firstNul = this.fromFile ? this.src.indexOf("\0") : -1;
  }

  // --- reading characters --------------------------------------------------------------------

  /** tok_underflow_string: make the next line current. */
  private underflow(): boolean {
    let end = this.src.indexOf("\n", this.inp);
    if (end >= 0) end++;
    else {
      end = this.src.length;
      if (end === this.inp) {
        this.done = E_EOF;
        return false;
      }
    }
    if (this.start < 0) this.buf = this.cur;
    this.line_start = this.cur;
    this.lineno++;
    this.inp = end;
    if (this.fromFile) {
      if (this.escapes && this.encoding === null) this.ensure_utf8(this.cur, end);
      const z = this.firstNul;
      if (z >= this.cur && z < end) {
        this.done = E_ERROR;
        const text = this.displayText(this.src.slice(this.line_start, z));
        throw new CompileError("SyntaxError", "source code cannot contain null bytes", this.lineno, 0, text, this.lineno, 0, this.filename);
      }
    }
    return true;
  }

  /** ensure_utf8: a file without an encoding declaration must be UTF-8, checked line by line as it is read. */
  private ensure_utf8(from: number, to: number): void {
    const line = this.src.slice(from, to);
    if (!ESCAPED_BYTE.test(line)) return;
    const bytes = encodeUtf8(line, true);
    const e = findUtf8Error(bytes)!;
    this.done = E_DECODE;
    throw new CompileError(
      "SyntaxError",
      `Non-UTF-8 code starting with '\\x${hex2(bytes[e.start])}' in file ${this.filename} on line ${this.lineno}, ` +
        "but no encoding declared; see https://peps.python.org/pep-0263/ for details",
      0, 0, null, 0, 0, this.filename,
    );
  }

  /** tok_nextc */
  private nextc(): number {
    for (;;) {
      if (this.cur !== this.inp) return this.src.charCodeAt(this.cur++);
      if (this.done !== E_OK) return EOF;
      if (!this.underflow()) {
        this.cur = this.inp;
        return EOF;
      }
      this.line_start = this.cur;
    }
  }

  /** tok_backup */
  private backup(c: number): void {
    if (c !== EOF) this.cur--;
  }

  // --- positions -----------------------------------------------------------------------------

  /** UTF-8 bytes from `lineStart` to `pos`. */
  byteCol(lineStart: number, pos: number): number {
    if (this.allAscii) return pos - lineStart;
    if (lineStart === this.bcLine && pos >= this.bcPos) {
      this.bcBytes += utf8Length(this.src, this.bcPos, pos, this.escapes);
    } else {
      this.bcLine = lineStart;
      this.bcBytes = utf8Length(this.src, lineStart, pos, this.escapes);
    }
    this.bcPos = pos;
    return this.bcBytes;
  }

  /** Number of characters Python sees in src[from..to), decoding its UTF-8 with "replace". */
  private charCount(from: number, to: number): number {
    const s = this.src.slice(from, to);
    return [...this.displayText(s)].length;
  }

  /** Text as CPython shows it in SyntaxError.text: escaped invalid bytes decoded with "replace". */
  private displayText(s: string): string {
    if (!this.escapes || !ESCAPED_BYTE.test(s)) return s;
    return decodeUtf8Replace(encodeUtf8(s, true));
  }

  /** The text of line `lineno` (1-based) with its newline, as decoded; "" past the end. */
  getLine(lineno: number): string {
    if (this.lineStarts === null) {
      const ls = [0];
      const s = this.src;
      for (let i = s.indexOf("\n"); i >= 0 && i + 1 < s.length; i = s.indexOf("\n", i + 1)) ls.push(i + 1);
      this.lineStarts = ls;
    }
    const ls = this.lineStarts;
    if (lineno < 1 || lineno > ls.length) return "";
    const from = ls[lineno - 1];
    const to = lineno < ls.length ? ls[lineno] : this.src.length;
    return this.displayText(this.src.slice(from, to));
  }

  /** Column of the cursor in bytes, as pegen uses it for a token without a start (tok->cur - line_start). */
  curByteCol(): number {
    if (this.cur === this.buf) return 0;
    return this.byteCol(this.line_start, this.cur);
  }

  // --- errors --------------------------------------------------------------------------------

  /**
   * The line CPython shows for an error at `lineno` when parsing from a string
   * (_PyPegen_raise_error_known_location): the tokenizer's current buffer if it reaches that
   * line, else that line from the source, without its newline.
   */
  errorLine(lineno: number): string {
    if (this.lineno <= lineno && this.inp > this.buf) {
      return this.displayText(this.src.slice(this.buf, this.inp));
    }
    const l = this.getLine(lineno);
    return l.endsWith("\n") ? l.slice(0, -1) : l;
  }

  /**
   * _PyPegen_raise_error_known_location: `colOffset` / `endColOffset` are 1-based byte offsets
   * (or -1), turned into character offsets of the error line when the source has an encoding.
   */
  errorKnownLocation(
    type: CompileErrorType,
    msg: string,
    lineno: number,
    colOffset: number,
    endLineno: number,
    endColOffset: number,
  ): CompileError {
    const line = this.errorLine(lineno);
    let col = colOffset;
    let endCol = endColOffset;
    if (this.encoding !== null) {
      col = byteOffsetToCharacterOffset(line, colOffset);
      if (endCol > 0) endCol = byteOffsetToCharacterOffset(line, endCol);
    }
    return new CompileError(type, msg, lineno, col, line, endLineno, endCol, this.filename);
  }

  /**
   * _PyPegen_raise_error with the last token `t` (col_offset -1 means: take the cursor).
   */
  errorAtToken(type: CompileErrorType, msg: string, t: Token): CompileError {
    const col = t.col_offset === -1 ? this.curByteCol() : t.col_offset + 1;
    const endCol = t.end_col_offset !== -1 ? t.end_col_offset + 1 : -1;
    return this.errorKnownLocation(type, msg, t.lineno, col, t.end_lineno, endCol);
  }

  /** An error token at the cursor, as initialize_token makes one before calling _Pypegen_tokenizer_error. */
  errorToken(): Token {
    return {
      type: TokenType.ERRORTOKEN, string: "", lineno: this.lineno, col_offset: -1,
      end_lineno: this.lineno, end_col_offset: -1, level: this.level,
    };
  }

  /** _Pypegen_tokenizer_error: the parser's words for the tokenizer's state after an ERRORTOKEN. */
  tokenizerError(): CompileError {
    switch (this.done) {
      case E_EOF:
        if (this.level) {
          const l = this.level - 1;
          return this.errorKnownLocation(
            "SyntaxError", `'${String.fromCharCode(this.parenstack[l])}' was never closed`,
            this.parenlinenostack[l], this.parencolstack[l] + 1, this.parenlinenostack[l], 0,
          );
        }
        return this.errorAtToken("SyntaxError", "unexpected EOF while parsing", this.errorToken());
      case E_DEDENT:
        return this.errorAtToken("IndentationError", "unindent does not match any outer indentation level", this.errorToken());
      case E_TABSPACE:
        return this.errorKnownLocation("TabError", "inconsistent use of tabs and spaces in indentation", this.lineno, 1, this.lineno, 0);
      case E_TOODEEP:
        return this.errorKnownLocation("IndentationError", "too many levels of indentation", this.lineno, 1, this.lineno, 0);
      case E_LINECONT: {
        // CPython reads bytes: after a non-ASCII character following the backslash its cursor
        // stands after that character's first byte.
        const u = this.src.charCodeAt(this.cur - 1);
        const last = (u & 0xfc00) === 0xdc00 && this.cur - 2 >= this.buf && (this.src.charCodeAt(this.cur - 2) & 0xfc00) === 0xd800 ? 2 : 1;
        const col = u < 128 ? this.byteCol(this.buf, this.cur) - 1 : this.byteCol(this.buf, this.cur - last);
        return this.errorKnownLocation("SyntaxError", "unexpected character after line continuation character", this.lineno, col + 1, this.lineno, 0);
      }
      case E_TOKEN:
        return this.errorKnownLocation("SyntaxError", "invalid token", this.lineno, 1, this.lineno, 0);
      default:
        return this.errorKnownLocation("SyntaxError", "unknown parsing error", this.lineno, 1, this.lineno, 0);
    }
  }

  /**
   * _syntaxerror_range: a SyntaxError at the cursor (offset = characters up to cur), or over the
   * given 1-based range. The text is the current line without its newline.
   */
  private syntaxerrorNow(msg: string, colOffset = -1, endColOffset = -1): CompileError {
    this.done = E_ERROR;
    if (colOffset === -1) colOffset = this.charCount(this.line_start, this.cur);
    if (endColOffset === -1) endColOffset = colOffset;
    let lineEnd = this.src.indexOf("\n", this.line_start);
    if (lineEnd < 0) lineEnd = this.src.length;
    const text = this.displayText(this.src.slice(this.line_start, lineEnd));
    return new CompileError("SyntaxError", msg, this.lineno, colOffset, text, this.lineno, endColOffset, this.filename);
  }

  /** parser_warn: a SyntaxWarning, raised as a SyntaxError if the warnings filter says "error". */
  private parserWarn(msg: string): void {
    if (this.warnHook && this.warnHook("SyntaxWarning", msg, this.lineno) === true) {
      throw this.syntaxerrorNow(msg);
    }
  }

  // --- identifiers and numbers ---------------------------------------------------------------

  /** verify_identifier: PEP 3131 check of the NAME at start..cur (non-ASCII). */
  private verify_identifier(): void {
    const s = this.src.slice(this.start, this.cur);
    if (this.escapes && ESCAPED_BYTE.test(s)) {
      const bytes = encodeUtf8(s, true);
      const e = findUtf8Error(bytes)!;
      this.done = E_DECODE;
      this.decodeErrorMessage = utf8DecodeErrorMessage(bytes, e);
      throw this.errorAtToken("SyntaxError", `(unicode error) ${this.decodeErrorMessage}`, this.errorToken());
    }
    const invalid = _PyUnicode_ScanIdentifier(s);
    const chars = [...s];
    if (invalid < chars.length) {
      const ch = chars[invalid].codePointAt(0)!;
      if (invalid + 1 < chars.length) {
        this.cur = this.start + chars.slice(0, invalid + 1).join("").length;
      }
      const hex = ch.toString(16).toUpperCase().padStart(4, "0");
      if (_PyUnicode_IsPrintable(ch)) {
        throw this.syntaxerrorNow(`invalid character '${String.fromCodePoint(ch)}' (U+${hex})`);
      }
      throw this.syntaxerrorNow(`invalid non-printable character U+${hex}`);
    }
  }

  /** tok_decimal_tail: digits with single underscores between them; returns the char after. */
  private tok_decimal_tail(): number {
    let c: number;
    for (;;) {
      do c = this.nextc();
      while (isdigit(c));
      if (c !== UNDERSCORE) break;
      c = this.nextc();
      if (!isdigit(c)) {
        this.backup(c);
        throw this.syntaxerrorNow("invalid decimal literal");
      }
    }
    return c;
  }

  /** lookahead: the next chars spell `test` and no identifier char follows; consumes nothing. */
  private lookahead(test: string): boolean {
    const save = this.cur;
    let i = 0;
    let res = false;
    for (;;) {
      const c = this.nextc();
      if (i === test.length) {
        res = !isPotentialIdentifierChar(c);
      } else if (c === test.charCodeAt(i)) {
        i++;
        continue;
      }
      this.cur = save;
      return res;
    }
  }

  /** verify_end_of_number: what may follow a number literal. */
  private verify_end_of_number(c: number, kind: string): void {
    let r = false;
    if (c === 97) r = this.lookahead("nd");
    else if (c === 101) r = this.lookahead("lse");
    else if (c === 102) r = this.lookahead("or");
    else if (c === 105) {
      const c2 = this.nextc();
      if (c2 === 102 || c2 === 110 || c2 === 115) r = true;
      this.backup(c2);
    } else if (c === 111) r = this.lookahead("r");
    else if (c === 110) r = this.lookahead("ot");
    if (r) {
      this.backup(c);
      this.parserWarn(`invalid ${kind} literal`);
      this.nextc();
    } else if (c >= 0 && c < 128 && isPotentialIdentifierChar(c)) {
      this.backup(c);
      throw this.syntaxerrorNow(`invalid ${kind} literal`);
    }
  }

  // --- the token loop ------------------------------------------------------------------------

  private makeToken(type: TokenType): Token {
    const s = this.pStart;
    const e = this.pEnd;
    const isString = type === TokenType.STRING;
    const lineStart = isString ? this.multi_line_start : this.line_start;
    const lineno = isString ? this.first_lineno : this.lineno;
    const col = s >= 0 && s >= lineStart ? this.byteCol(lineStart, s) : -1;
    const endCol = e >= 0 && e >= this.line_start ? this.byteCol(this.line_start, e) : -1;
    return {
      type,
      string: s >= 0 ? this.src.slice(s, e) : "",
      lineno,
      col_offset: col,
      end_lineno: this.lineno,
      end_col_offset: endCol,
      level: this.level,
    };
  }

  /**
   * The next token (tok_get + initialize_token); throws CompileError as CPython's parser reports it
   * when it meets the error (the tokenizer's own SyntaxErrors, and pegen's words for E_EOF,
   * E_DEDENT, E_TABSPACE, E_TOODEEP, E_LINECONT).
   */
  next(): Token {
    const t = this.nextRaw();
    if (t.type === TokenType.ERRORTOKEN) throw this.tokenizerError();
    return t;
  }

  /**
   * As next(), but an error CPython's tokenizer reports only through tok->done (E_EOF with or
   * without open brackets, E_DEDENT, E_TABSPACE, E_TOODEEP, E_LINECONT) comes back as an
   * ERRORTOKEN instead of being thrown, as _PyPegen_tokenize_full_source_to_check_for_errors
   * needs; `tokenizerError()` then words it. Errors the tokenizer raises itself are still thrown.
   */
  nextRaw(): Token {
    if (this.raised !== null) throw this.raised;
    let type: TokenType;
    try {
      type = this.tok_get();
    } catch (e) {
      // An error is final: asking again gives it again (CPython's tok->done stays set).
      if (e instanceof CompileError) this.raised = e;
      throw e;
    }
    if (type === TokenType.ERRORTOKEN) return this.errorToken();
    return this.makeToken(type);
  }

  /** tok_get */
  private tok_get(): TokenType {
    let c: number;
    this.pStart = this.pEnd = -1;
    for (;;) {
      // nextline:
      this.start = -1;
      this.blankline = false;

      if (this.atbol) {
        const r = this.indentation();
        if (r !== null) return r;
      }

      this.start = this.cur;
      if (this.pendin !== 0) {
        if (this.pendin < 0) {
          this.pendin++;
          return TokenType.DEDENT;
        }
        this.pendin--;
        return TokenType.INDENT;
      }

      // again:
      for (;;) {
        this.start = -1;
        do c = this.nextc();
        while (c === SPACE || c === TAB || c === FF);
        this.start = this.cur - 1;

        if (c === HASH) {
          const nl = this.src.indexOf("\n", this.cur);
          const end = nl < 0 || nl >= this.inp ? this.inp : nl;
          this.cur = end;
          c = this.nextc();
          if (this.typeComments) {
            const t = this.typeComment(c);
            if (t !== null) return t;
          }
        }

        if (c === EOF) {
          if (this.level) return TokenType.ERRORTOKEN;
          return this.done === E_EOF ? TokenType.ENDMARKER : TokenType.ERRORTOKEN;
        }

        if (isPotentialIdentifierStart(c)) return this.identifierOrString(c);

        if (c === NL) {
          this.atbol = true;
          if (this.blankline || this.level > 0) break; // goto nextline
          this.pStart = this.start;
          this.pEnd = this.cur - 1;
          this.cont_line = false;
          return TokenType.NEWLINE;
        }

        if (c === 46 /* . */) {
          c = this.nextc();
          if (isdigit(c)) return this.number(c, "fraction");
          if (c === 46) {
            c = this.nextc();
            if (c === 46) {
              this.pStart = this.start;
              this.pEnd = this.cur;
              return TokenType.ELLIPSIS;
            }
            this.backup(c);
            this.backup(46);
          } else {
            this.backup(c);
          }
          this.pStart = this.start;
          this.pEnd = this.cur;
          return TokenType.DOT;
        }

        if (isdigit(c)) return this.number(c, "start");

        if (c === SQUOTE || c === DQUOTE) return this.string(c);

        if (c === BACKSLASH) {
          if (this.tok_continuation_line() === EOF) return TokenType.ERRORTOKEN;
          this.cont_line = true;
          continue; // goto again
        }

        // Two- and three-character operators.
        {
          const c2 = this.nextc();
          let token = twoChars(c, c2);
          if (token !== TokenType.OP) {
            const c3 = this.nextc();
            const token3 = threeChars(c, c2, c3);
            if (token3 !== TokenType.OP) token = token3;
            else this.backup(c3);
            this.pStart = this.start;
            this.pEnd = this.cur;
            return token;
          }
          this.backup(c2);
        }

        switch (c) {
          case 40: // (
          case 91: // [
          case 123: // {
            if (this.level >= MAXLEVEL) throw this.syntaxerrorNow("too many nested parentheses");
            this.parenstack[this.level] = c;
            this.parenlinenostack[this.level] = this.lineno;
            this.parencolstack[this.level] = this.byteCol(this.line_start, this.start);
            this.level++;
            break;
          case 41: // )
          case 93: // ]
          case 125: {
            // }
            if (!this.level) throw this.syntaxerrorNow(`unmatched '${String.fromCharCode(c)}'`);
            this.level--;
            const opening = this.parenstack[this.level];
            if (!((opening === 40 && c === 41) || (opening === 91 && c === 93) || (opening === 123 && c === 125))) {
              const o = String.fromCharCode(opening);
              const cl = String.fromCharCode(c);
              if (this.parenlinenostack[this.level] !== this.lineno) {
                throw this.syntaxerrorNow(
                  `closing parenthesis '${cl}' does not match opening parenthesis '${o}' on line ${this.parenlinenostack[this.level]}`,
                );
              }
              throw this.syntaxerrorNow(`closing parenthesis '${cl}' does not match opening parenthesis '${o}'`);
            }
            break;
          }
        }

        if (!_PyUnicode_IsPrintable(c)) {
          throw this.syntaxerrorNow(`invalid non-printable character U+${c.toString(16).toUpperCase().padStart(4, "0")}`);
        }

        this.pStart = this.start;
        this.pEnd = this.cur;
        return oneChar(c);
      }
    }
  }

  /** The indentation part of tok_get, at the beginning of a line; returns a token type to stop with, or null. */
  private indentation(): TokenType | null {
    let col = 0;
    let altcol = 0;
    let contLineCol = 0;
    this.atbol = false;
    let c: number;
    for (;;) {
      c = this.nextc();
      if (c === SPACE) {
        col++;
        altcol++;
      } else if (c === TAB) {
        col = ((col / TABSIZE) | 0) * TABSIZE + TABSIZE;
        altcol = ((altcol / ALTTABSIZE) | 0) * ALTTABSIZE + ALTTABSIZE;
      } else if (c === FF) {
        col = altcol = 0;
      } else if (c === BACKSLASH) {
        // Indentation cannot be split over lines with backslashes: the column of the first
        // backslash (if not 0) is the indentation of what follows.
        contLineCol = contLineCol ? contLineCol : col;
        c = this.tok_continuation_line();
        if (c === EOF) return TokenType.ERRORTOKEN;
      } else break;
    }
    this.backup(c);
    if (c === HASH || c === NL) {
      this.blankline = true;
    }
    if (!this.blankline && this.level === 0) {
      if (contLineCol) col = altcol = contLineCol;
      const ind = this.indent;
      if (col === this.indstack[ind]) {
        if (altcol !== this.altindstack[ind]) return this.indenterror();
      } else if (col > this.indstack[ind]) {
        if (ind + 1 >= MAXINDENT) {
          this.done = E_TOODEEP;
          this.cur = this.inp;
          return TokenType.ERRORTOKEN;
        }
        if (altcol <= this.altindstack[ind]) return this.indenterror();
        this.pendin++;
        this.indent++;
        this.indstack[this.indent] = col;
        this.altindstack[this.indent] = altcol;
      } else {
        while (this.indent > 0 && col < this.indstack[this.indent]) {
          this.pendin--;
          this.indent--;
        }
        if (col !== this.indstack[this.indent]) {
          this.done = E_DEDENT;
          this.cur = this.inp;
          return TokenType.ERRORTOKEN;
        }
        if (altcol !== this.altindstack[this.indent]) return this.indenterror();
      }
    }
    return null;
  }

  /** tok_continuation_line: after a backslash, the newline and the first char of the next line (not consumed); EOF on error. */
  private tok_continuation_line(): number {
    let c = this.nextc();
    if (c !== NL) {
      this.done = E_LINECONT;
      return EOF;
    }
    c = this.nextc();
    if (c === EOF) {
      this.done = E_EOF;
      this.cur = this.inp;
      return EOF;
    }
    this.backup(c);
    return c;
  }

  /** indenterror */
  private indenterror(): TokenType {
    this.done = E_TABSPACE;
    this.cur = this.inp;
    return TokenType.ERRORTOKEN;
  }

  /** The type-comment part of tok_get (after a comment was skipped; c is the char after it). */
  private typeComment(c: number): TokenType | null {
    const prefix = "# type: ";
    let p = this.start;
    let k = 0;
    const s = this.src;
    while (k < prefix.length && p < this.cur) {
      if (prefix[k] === " ") {
        while (s.charCodeAt(p) === SPACE || s.charCodeAt(p) === TAB) p++;
      } else if (prefix.charCodeAt(k) === s.charCodeAt(p)) p++;
      else break;
      k++;
    }
    if (k < prefix.length) return null;
    this.backup(c);
    const ignoreEnd = p + 6;
    const after = s.charCodeAt(ignoreEnd);
    const isIgnore =
      this.cur >= ignoreEnd && s.startsWith("ignore", p) &&
      !(this.cur > ignoreEnd && (after >= 128 || isAsciiAlnum(after)));
    if (isIgnore) {
      this.pStart = ignoreEnd;
      this.pEnd = this.cur;
      if (this.blankline) {
        this.nextc();
        this.atbol = true;
      }
      return TokenType.TYPE_IGNORE;
    }
    this.pStart = p;
    this.pEnd = this.cur;
    return TokenType.TYPE_COMMENT;
  }

  /** Identifiers and string prefixes (the NAME part of tok_get). */
  private identifierOrString(c: number): TokenType {
    let sawB = false, sawR = false, sawU = false, sawF = false;
    for (;;) {
      if (!(sawB || sawU || sawF) && (c === 98 || c === 66)) sawB = true;
      else if (!(sawB || sawU || sawR || sawF) && (c === 117 || c === 85)) sawU = true;
      else if (!(sawR || sawU) && (c === 114 || c === 82)) sawR = true;
      else if (!(sawF || sawB || sawU) && (c === 102 || c === 70)) sawF = true;
      else break;
      c = this.nextc();
      if (c === DQUOTE || c === SQUOTE) return this.string(c);
    }
    let nonascii = false;
    // Fast scan within the current line (a NAME never spans lines).
    const s = this.src;
    let i = this.cur;
    if (isPotentialIdentifierChar(c)) {
      if (c >= 128) nonascii = true;
      const inp = this.inp;
      while (i < inp) {
        const u = s.charCodeAt(i);
        if (!isPotentialIdentifierChar(u)) break;
        if (u >= 128) nonascii = true;
        i++;
      }
      this.cur = i;
    } else {
      this.backup(c);
    }
    if (nonascii) this.verify_identifier();
    this.pStart = this.start;
    this.pEnd = this.cur;
    if (this.cur - this.start === 5 && s.charCodeAt(this.start) === 97) {
      if (s.startsWith("async", this.start)) return TokenType.ASYNC;
      if (s.startsWith("await", this.start)) return TokenType.AWAIT;
    }
    return TokenType.NAME;
  }

  /** The number part of tok_get; `from` says where CPython's code is entered. */
  private number(c: number, from: "start" | "fraction"): TokenType {
    if (from === "fraction") return this.fraction(c);
    if (c === 48 /* 0 */) {
      c = this.nextc();
      if (c === 120 || c === 88) {
        // Hex
        c = this.nextc();
        do {
          if (c === UNDERSCORE) c = this.nextc();
          if (!isxdigit(c)) {
            this.backup(c);
            throw this.syntaxerrorNow("invalid hexadecimal literal");
          }
          do c = this.nextc();
          while (isxdigit(c));
        } while (c === UNDERSCORE);
        this.verify_end_of_number(c, "hexadecimal");
      } else if (c === 111 || c === 79) {
        // Octal
        c = this.nextc();
        do {
          if (c === UNDERSCORE) c = this.nextc();
          if (c < 48 || c >= 56) {
            if (isdigit(c)) throw this.syntaxerrorNow(`invalid digit '${String.fromCharCode(c)}' in octal literal`);
            this.backup(c);
            throw this.syntaxerrorNow("invalid octal literal");
          }
          do c = this.nextc();
          while (c >= 48 && c < 56);
        } while (c === UNDERSCORE);
        if (isdigit(c)) throw this.syntaxerrorNow(`invalid digit '${String.fromCharCode(c)}' in octal literal`);
        this.verify_end_of_number(c, "octal");
      } else if (c === 98 || c === 66) {
        // Binary
        c = this.nextc();
        do {
          if (c === UNDERSCORE) c = this.nextc();
          if (c !== 48 && c !== 49) {
            if (isdigit(c)) throw this.syntaxerrorNow(`invalid digit '${String.fromCharCode(c)}' in binary literal`);
            this.backup(c);
            throw this.syntaxerrorNow("invalid binary literal");
          }
          do c = this.nextc();
          while (c === 48 || c === 49);
        } while (c === UNDERSCORE);
        if (isdigit(c)) throw this.syntaxerrorNow(`invalid digit '${String.fromCharCode(c)}' in binary literal`);
        this.verify_end_of_number(c, "binary");
      } else {
        let nonzero = false;
        // Old-style octal or just 0; zeros and underscores first.
        for (;;) {
          if (c === UNDERSCORE) {
            c = this.nextc();
            if (!isdigit(c)) {
              this.backup(c);
              throw this.syntaxerrorNow("invalid decimal literal");
            }
          }
          if (c !== 48) break;
          c = this.nextc();
        }
        const zerosEnd = this.cur;
        if (isdigit(c)) {
          nonzero = true;
          c = this.tok_decimal_tail();
        }
        if (c === 46) {
          c = this.nextc();
          return this.fraction(c);
        } else if (c === 101 || c === 69) {
          return this.exponent(c);
        } else if (c === 106 || c === 74) {
          return this.imaginary();
        } else if (nonzero) {
          this.backup(c);
          throw this.syntaxerrorNow(
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
            this.byteCol(this.line_start, this.start) + 1,
            this.byteCol(this.line_start, zerosEnd),
          );
        }
        this.verify_end_of_number(c, "decimal");
      }
      this.backup(c);
      this.pStart = this.start;
      this.pEnd = this.cur;
      return TokenType.NUMBER;
    }
    // Decimal
    c = this.tok_decimal_tail();
    if (c === 46) {
      c = this.nextc();
      return this.fraction(c);
    }
    return this.afterFraction(c);
  }

  private fraction(c: number): TokenType {
    if (isdigit(c)) c = this.tok_decimal_tail();
    return this.afterFraction(c);
  }

  private afterFraction(c: number): TokenType {
    if (c === 101 || c === 69) return this.exponent(c);
    if (c === 106 || c === 74) return this.imaginary();
    this.verify_end_of_number(c, "decimal");
    this.backup(c);
    this.pStart = this.start;
    this.pEnd = this.cur;
    return TokenType.NUMBER;
  }

  private exponent(e: number): TokenType {
    let c = this.nextc();
    if (c === 43 || c === 45) {
      c = this.nextc();
      if (!isdigit(c)) {
        this.backup(c);
        throw this.syntaxerrorNow("invalid decimal literal");
      }
    } else if (!isdigit(c)) {
      this.backup(c);
      this.verify_end_of_number(e, "decimal");
      this.backup(e);
      this.pStart = this.start;
      this.pEnd = this.cur;
      return TokenType.NUMBER;
    }
    c = this.tok_decimal_tail();
    if (c === 106 || c === 74) return this.imaginary();
    this.verify_end_of_number(c, "decimal");
    this.backup(c);
    this.pStart = this.start;
    this.pEnd = this.cur;
    return TokenType.NUMBER;
  }

  private imaginary(): TokenType {
    const c = this.nextc();
    this.verify_end_of_number(c, "imaginary");
    this.backup(c);
    this.pStart = this.start;
    this.pEnd = this.cur;
    return TokenType.NUMBER;
  }

  /** The string part of tok_get (letter_quote). */
  private string(quote: number): TokenType {
    let quoteSize = 1;
    let endQuoteSize = 0;
    this.first_lineno = this.lineno;
    this.multi_line_start = this.line_start;
    let c = this.nextc();
    if (c === quote) {
      c = this.nextc();
      if (c === quote) quoteSize = 3;
      else endQuoteSize = 1;
    }
    if (c !== quote) this.backup(c);
    const s = this.src;
    while (endQuoteSize !== quoteSize) {
      // Fast path: skip ordinary characters within the current line.
      let i = this.cur;
      const inp = this.inp;
      while (i < inp) {
        const u = s.charCodeAt(i);
        if (u === quote || u === BACKSLASH || u === NL) break;
        i++;
      }
      if (i > this.cur) {
        this.cur = i;
        endQuoteSize = 0;
      }
      c = this.nextc();
      if (c === EOF || (quoteSize === 1 && c === NL)) {
        this.cur = this.start + 1;
        this.line_start = this.multi_line_start;
        const detected = this.lineno;
        this.lineno = this.first_lineno;
        // At the end of the input (not of a line) CPython sets tok->done to E_EOFS / E_EOLS,
        // which codeop's "incomplete input" check reads (see isEndOfSource()).
        this.stringAtEof = c !== NL;
        if (quoteSize === 3) {
          throw this.syntaxerrorNow(`unterminated triple-quoted string literal (detected at line ${detected})`);
        }
        throw this.syntaxerrorNow(`unterminated string literal (detected at line ${detected})`);
      }
      if (c === quote) endQuoteSize++;
      else {
        endQuoteSize = 0;
        if (c === BACKSLASH) this.nextc();
      }
    }
    this.pStart = this.start;
    this.pEnd = this.cur;
    return TokenType.STRING;
  }
}

/** _PyPegen_byte_offset_to_character_offset: characters in the first `col` UTF-8 bytes of `line`. */
export function byteOffsetToCharacterOffset(line: string, col: number): number {
  const b = new TextEncoder().encode(line);
  if (col > b.length + 1) col = b.length + 1;
  if (col < 0) return col;
  return [...decodeUtf8Replace(b.subarray(0, col))].length;
}

/** NFKC of a non-ASCII identifier, as _PyPegen_new_identifier does (see unicodectype.ts on why Node's is exact here). */
export function normalizeIdentifier(name: string): string {
  return name.normalize("NFKC");
}

/** Tokenizes all of `source` (a convenience for tests and tools). */
export function tokenizeAll(source: Uint8Array | string, opts?: TokenizerOptions): Token[] {
  const t = new Tokenizer(source, opts);
  const out: Token[] = [];
  for (;;) {
    const tok = t.next();
    out.push(tok);
    if (tok.type === TokenType.ENDMARKER) return out;
  }
}

/**
 * For the string parser: a literal's text from a bytes source may hold invalid UTF-8 bytes, kept
 * as U+DC80..U+DCFF. Returns str() of the UnicodeDecodeError CPython's decoding of that text
 * (e.g. a string literal's body) gives ("'utf-8' codec can't decode byte 0xff in position 0:
 * invalid start byte"), or null when the text holds no such byte.
 */
export function escapedBytesDecodeError(text: string): string | null {
  if (!ESCAPED_BYTE.test(text)) return null;
  const bytes = encodeUtf8(text, true);
  const e = findUtf8Error(bytes);
  return e === null ? null : utf8DecodeErrorMessage(bytes, e);
}

/** The bytes a text from a bytes source stands for (escaped invalid bytes turned back into themselves). */
export function escapedTextToBytes(text: string): Uint8Array {
  return encodeUtf8(text, true);
}
