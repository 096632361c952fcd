// The runtime of the generated PEG parser (the roles of CPython's Parser/pegen.c and
// Parser/pegen_errors.c): the token array filled on demand from the tokenizer, mark and reset,
// the memo per token, the expect helpers the generated rules call, and the error machinery
// (RAISE_SYNTAX_ERROR and its variants, the generic "invalid syntax", the second pass with the
// invalid_* rules, tokenizer errors taking priority as CPython gives them).
import { CompileError, type CompileErrorType } from "./errors";
import { TokenType } from "./token";
import { Constant, Name, Load, ComplexValue, type expr } from "./ast";

/** A token as the parser sees it (the tokenizer's Token, with the keyword type filled in). */
export interface Token {
  type: number;
  string: string;
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
  /** Parenthesis nesting level at the token (CPython's token->level). */
  level?: number;
}

/** What the parser needs from a tokenizer (src/Parser/tokenizer.ts provides it). */
export interface TokenSource {
  next(): Token;
  /** The text of a source line (with its newline when it has one). */
  getLine(lineno: number): string;
  /** The tokenizer's current line number (CPython's tok->lineno). */
  readonly lineno?: number;
  /** Byte offset of the tokenizer's current position within its current line. */
  readonly curColumn?: number;
  /** Open brackets: CPython's tok->level, parenstack, parenlinenostack, parencolstack. */
  readonly level?: number;
  readonly parenstack?: ArrayLike<string | number>;
  readonly parenlinenostack?: ArrayLike<number>;
  readonly parencolstack?: ArrayLike<number>;
  /** True when positions in errors are converted from bytes to characters (tok->encoding set). */
  readonly hasEncoding?: boolean;
}

/** The node a NAME, NUMBER or soft keyword item gives. */
export type NameNode = expr;

export type StartRule = "exec" | "eval" | "single" | "func_type" | "fstring";

/** The depth of rule calls past which the parser gives up (CPython's MAXSTACK). */
export const MAXSTACK = 6000;

/** What `memo_get` answers when a rule has no memo entry at the mark. */
export const NO_MEMO: unique symbol = Symbol("NO_MEMO");

/** One memo entry: rule `type` matched at a token, giving `node` and ending at `mark`. */
class Memo {
  constructor(
    public type: number,
    public node: unknown,
    public mark: number,
    public next: Memo | null,
  ) {}
}

/** Where an error position is the tokenizer's current position (CPython's CURRENT_POS). */
export const CURRENT_POS = -5;

/** Tokenizer errors that CPython reports through tok->done (not raised at once in the tokenizer). */
const DONE_CODE_MESSAGES = new Set([
  "unexpected EOF while parsing",
  "unindent does not match any outer indentation level",
  "inconsistent use of tabs and spaces in indentation",
  "too many levels of indentation",
  "unexpected character after line continuation character",
  "invalid token",
]);

const utf8 = new TextEncoder();
const utf8Replace = new TextDecoder("utf-8", { fatal: false });

/** Number of code points in a JS string. */
function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** Byte offset (1-based, as in errors) within a line to a character offset (_PyPegen_byte_offset_to_character_offset). */
export function byte_offset_to_character_offset(line: string, col_offset: number): number {
  const bytes = utf8.encode(line);
  let end = col_offset;
  if (end > bytes.length + 1) end = bytes.length + 1;
  if (end < 0) end = 0;
  return codePointLength(utf8Replace.decode(bytes.subarray(0, end)));
}

export abstract class Parser {
  tokens: Token[] = [];
  fill = 0;
  mark = 0;
  level = 0;
  error_indicator = false;
  /** The error raised, once error_indicator is set by an error (CPython's PyErr_Occurred). */
  error: CompileError | null = null;
  call_invalid_rules = false;
  known_err_token: Token | null = null;
  /** Set when the tokenizer failed (CPython: tok->done is an error code). */
  tok_error = false;
  private memos: (Memo | null)[] = [];
  private parsing_started = false;
  private pending: Token | null = null;
  private dummy: Name | null = null;

  constructor(
    readonly tok: TokenSource,
    readonly filename: string,
    readonly start_rule: StartRule,
    /** Reads line `lineno` of the named file, as CPython rereads it for SyntaxError.text; null if none. */
    readonly fileLine: ((lineno: number) => string | null) | null = null,
  ) {}

  /** The token type of a NAME (a keyword's type, or NAME); the generated parser fills it in. */
  protected abstract keywordType(s: string): number;
  protected abstract softKeywords(): readonly string[];

  // --- Tokens -----------------------------------------------------------------------------------

  /** Reads one more token into the array (_PyPegen_fill_token); false on a tokenizer error. */
  fill_token(): boolean {
    let t: Token;
    if (this.pending !== null) {
      t = this.pending;
      this.pending = null;
    } else {
      try {
        t = this.tok.next();
      } catch (e) {
        if (e instanceof CompileError) {
          this.tok_error = true;
          this.set_error(e);
          return false;
        }
        throw e;
      }
    }
    // In 'single' mode the end of input first reads as a NEWLINE ending the statement.
    if (this.start_rule === "single" && t.type === TokenType.ENDMARKER && this.parsing_started) {
      this.pending = t;
      t = { type: TokenType.NEWLINE, string: "", lineno: t.lineno, col_offset: t.col_offset, end_lineno: t.end_lineno, end_col_offset: t.end_col_offset, level: t.level };
      this.parsing_started = false;
    } else {
      this.parsing_started = true;
    }
    if (t.type === TokenType.NAME) t.type = this.keywordType(t.string);
    this.tokens.push(t);
    this.memos.push(null);
    this.fill++;
    return true;
  }

  /** _PyPegen_expect_token */
  expect(type: number): Token | null {
    if (this.mark === this.fill && !this.fill_token()) {
      this.error_indicator = true;
      return null;
    }
    const t = this.tokens[this.mark];
    if (t.type !== type) return null;
    this.mark++;
    return t;
  }

  /** _PyPegen_expect_forced_token: the token must be there, else "expected 'x'". */
  expect_forced_token(type: number, expected: string): Token | null {
    if (this.error_indicator) return null;
    if (this.mark === this.fill && !this.fill_token()) {
      this.error_indicator = true;
      return null;
    }
    const t = this.tokens[this.mark];
    if (t.type !== type) {
      this.raise_error_known_location("SyntaxError", t.lineno, t.col_offset, t.end_lineno, t.end_col_offset, `expected '${expected}'`);
      return null;
    }
    this.mark++;
    return t;
  }

  /** _PyPegen_expect_forced_result */
  expect_forced_result<T>(result: T | null, expected: string): T | null {
    if (this.error_indicator) return null;
    if (result === null) {
      this.raise_error("SyntaxError", `expected (${expected})`);
      return null;
    }
    return result;
  }

  /** _PyPegen_expect_soft_keyword: a NAME spelled `keyword`, as a Name node. */
  expect_soft_keyword(keyword: string): NameNode | null {
    if (this.mark === this.fill && !this.fill_token()) {
      this.error_indicator = true;
      return null;
    }
    const t = this.tokens[this.mark];
    if (t.type !== TokenType.NAME || t.string !== keyword) return null;
    this.mark++;
    return this.name_from_token(t);
  }

  /** _PyPegen_soft_keyword_token: any soft keyword, as a Name node. */
  soft_keyword_token(): NameNode | null {
    const t = this.expect(TokenType.NAME);
    if (t === null) return null;
    if (this.softKeywords().includes(t.string)) return this.name_from_token(t);
    this.mark--;
    return null;
  }

  /** _PyPegen_name_token */
  name_token(): NameNode | null {
    const t = this.expect(TokenType.NAME);
    return t === null ? null : this.name_from_token(t);
  }

  /** _PyPegen_name_from_token */
  name_from_token(t: Token): Name {
    return new Name(this.new_identifier(t.string), Load, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
  }

  /** _PyPegen_new_identifier: identifiers are NFKC-normalized (PEP 3131). */
  new_identifier(s: string): string {
    for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return s.normalize("NFKC");
    return s;
  }

  /** _PyPegen_string_token */
  string_token(): Token | null {
    return this.expect(TokenType.STRING);
  }

  /** _PyPegen_number_token: the NUMBER as a Constant (int, float or complex). */
  number_token(): NameNode | null {
    const t = this.expect(TokenType.NUMBER);
    if (t === null) return null;
    const value = this.parse_number(t);
    if (value === null) return null;
    return new Constant(value, null, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
  }

  /** parsenumber: the value of a number literal, underscores removed. */
  private parse_number(t: Token): bigint | number | ComplexValue | null {
    let s = t.string;
    if (s.includes("_")) s = s.replace(/_/g, "");
    const last = s[s.length - 1];
    if (last === "j" || last === "J") return new ComplexValue(0, Number(s.slice(0, -1)));
    const c1 = s.length > 1 ? s[1] : "";
    if (s[0] === "0" && (c1 === "x" || c1 === "X" || c1 === "o" || c1 === "O" || c1 === "b" || c1 === "B")) return BigInt(s);
    if (/^[0-9]+$/.test(s)) {
      if (s.length > 4300) {
        // int(str) refuses decimal strings longer than sys.int_info.default_max_str_digits.
        this.raise_error_known_location(
          "SyntaxError", t.lineno, -1, t.end_lineno, -1,
          `Exceeds the limit (4300 digits) for integer string conversion: value has ${s.length} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.`,
        );
        return null;
      }
      return BigInt(s);
    }
    return Number(s);
  }

  /** _PyPegen_get_last_nonnwhitespace_token */
  last_nonwhitespace_token(): Token | null {
    let token: Token | null = null;
    for (let m = this.mark - 1; m >= 0; m--) {
      token = this.tokens[m];
      if (token.type !== TokenType.ENDMARKER && (token.type < TokenType.NEWLINE || token.type > TokenType.DEDENT)) break;
    }
    return token;
  }

  /** _PyPegen_dummy_name: a placeholder value for alternatives without an action. */
  dummy_name(): Name {
    if (this.dummy === null) this.dummy = new Name("", Load, 1, 0, 1, 0);
    return this.dummy;
  }

  // --- Memo -------------------------------------------------------------------------------------

  /** _PyPegen_is_memoized: the memoized result of rule `type` at the mark, or NO_MEMO. */
  memo_get(type: number): unknown {
    if (this.mark === this.fill && !this.fill_token()) {
      this.error_indicator = true;
      return null;
    }
    for (let m = this.memos[this.mark]; m !== null; m = m.next) {
      if (m.type === type) {
        this.mark = m.mark;
        return m.node;
      }
    }
    return NO_MEMO;
  }

  /** _PyPegen_insert_memo */
  memo_insert(mark: number, type: number, node: unknown): void {
    this.memos[mark] = new Memo(type, node, this.mark, this.memos[mark]);
  }

  /** _PyPegen_update_memo */
  memo_update(mark: number, type: number, node: unknown): void {
    for (let m = this.memos[mark]; m !== null; m = m.next) {
      if (m.type === type) {
        m.node = node;
        m.mark = this.mark;
        return;
      }
    }
    this.memo_insert(mark, type, node);
  }

  /** Clears the memos and rewinds for the second pass (reset_parser_state_for_error_pass). */
  reset_for_error_pass(): void {
    for (let i = 0; i < this.memos.length; i++) this.memos[i] = null;
    this.mark = 0;
    this.call_invalid_rules = true;
  }

  stack_overflow(): void {
    // CPython 3.11 raises a bare MemoryError when the parser's stack is exhausted.
    this.error_indicator = true;
    if (this.error === null) this.error = new CompileError("MemoryError", "");
  }

  // --- Errors -----------------------------------------------------------------------------------

  set_error(e: CompileError): void {
    this.error_indicator = true;
    this.error = e;
  }

  /** _PyPegen_raise_error: an error at the last token read (or the known error token). */
  raise_error(type: CompileErrorType, msg: string): null {
    if (this.error_indicator && this.error !== null) return null;
    if (this.fill === 0) {
      this.raise_error_known_location_raw(type, 0, 0, 0, -1, msg);
      return null;
    }
    const t = this.known_err_token ?? this.tokens[this.fill - 1];
    const col = t.col_offset === -1 ? (this.tok.curColumn ?? 0) : t.col_offset + 1;
    const endCol = t.end_col_offset !== -1 ? t.end_col_offset + 1 : -1;
    this.raise_error_known_location_raw(type, t.lineno, col, t.end_lineno, endCol, msg);
    return null;
  }

  /** RAISE_ERROR_KNOWN_LOCATION: 0-based columns (or CURRENT_POS) made 1-based. */
  raise_error_known_location(type: CompileErrorType, lineno: number, col: number, end_lineno: number, end_col: number, msg: string): null {
    const c = col === CURRENT_POS ? CURRENT_POS : col + 1;
    const ec = end_col === CURRENT_POS ? CURRENT_POS : end_col + 1;
    this.raise_error_known_location_raw(type, lineno, c, end_lineno, ec, msg);
    return null;
  }

  /** _PyPegen_raise_error_known_location: builds the SyntaxError (1-based byte columns in). */
  raise_error_known_location_raw(type: CompileErrorType, lineno: number, col: number, end_lineno: number, end_col: number, msg: string): void {
    this.error_indicator = true;
    const curLine = this.tok.lineno ?? lineno;
    if (end_lineno === CURRENT_POS) end_lineno = curLine;
    if (end_col === CURRENT_POS) end_col = this.tok.curColumn ?? 0;
    let text: string | null = null;
    if (this.start_rule === "exec" && this.fileLine !== null) text = this.fileLine(lineno);
    if (text === null) {
      if (curLine <= lineno) text = this.tok.getLine(curLine);
      else text = this.tok.getLine(lineno).replace(/\r?\n$/, "");
    }
    let colNumber = col;
    let endColNumber = end_col;
    if (this.tok.hasEncoding !== false) {
      colNumber = byte_offset_to_character_offset(text, col);
      if (endColNumber > 0) endColNumber = byte_offset_to_character_offset(text, endColNumber);
    }
    this.error = new CompileError(type, msg, lineno, colNumber, text, end_lineno, endColNumber, this.filename);
  }

  /** "'(' was never closed" at the innermost open bracket (raise_unclosed_parentheses_error). */
  raise_unclosed_parentheses_error(): void {
    const level = this.tok.level ?? 0;
    const lineno = this.tok.parenlinenostack![level - 1];
    const col = this.tok.parencolstack![level - 1];
    const ch = this.tok.parenstack![level - 1];
    const c = typeof ch === "number" ? String.fromCharCode(ch) : ch;
    this.raise_error_known_location("SyntaxError", lineno, col, lineno, -1, `'${c}' was never closed`);
  }

  /**
   * _PyPegen_tokenize_full_source_to_check_for_errors: reads the rest of the source; a tokenizer
   * error found there replaces the parser's error, and so does an unclosed bracket opened on a
   * line before the error's.
   */
  tokenize_full_source_to_check_for_errors(): void {
    const current = this.known_err_token ?? this.tokens[this.fill - 1];
    const currentErrLine = current ? current.lineno : 0;
    for (;;) {
      let t: Token;
      try {
        t = this.tok.next();
      } catch (e) {
        if (!(e instanceof CompileError)) throw e;
        if (!DONE_CODE_MESSAGES.has(e.msg) && !/^'.' was never closed$/.test(e.msg)) {
          this.error = e;
          return;
        }
        this.check_unclosed(currentErrLine);
        return;
      }
      if (t.type === TokenType.ENDMARKER) return;
      if (t.type === TokenType.ERRORTOKEN) {
        this.check_unclosed(currentErrLine);
        return;
      }
    }
  }

  private check_unclosed(currentErrLine: number): void {
    const level = this.tok.level ?? 0;
    if (level !== 0 && this.tok.parenlinenostack) {
      const errorLineno = this.tok.parenlinenostack[level - 1];
      if (currentErrLine > errorLineno) this.raise_unclosed_parentheses_error_over();
    }
  }

  private raise_unclosed_parentheses_error_over(): void {
    const saved = this.error;
    this.error = null;
    this.raise_unclosed_parentheses_error();
    if (this.error === null) this.error = saved;
  }

  /** _Pypegen_set_syntax_error: the error to report after the second pass failed. */
  set_syntax_error(lastToken: Token): void {
    if (this.error !== null) {
      // Tokenizer errors take priority over errors the parser raised in its passes.
      if (!this.tok_error && this.error.isSyntaxError) this.tokenize_full_source_to_check_for_errors();
      return;
    }
    if (this.fill === 0) {
      this.raise_error("SyntaxError", "error at start before reading any input");
      return;
    }
    if (lastToken.type === TokenType.INDENT || lastToken.type === TokenType.DEDENT) {
      this.raise_error("IndentationError", lastToken.type === TokenType.INDENT ? "unexpected indent" : "unexpected unindent");
      return;
    }
    this.raise_error_known_location("SyntaxError", lastToken.lineno, lastToken.col_offset, lastToken.end_lineno, lastToken.end_col_offset, "invalid syntax");
    this.tokenize_full_source_to_check_for_errors();
  }

  /** The start rule of the generated parser for this mode. */
  protected abstract parse_start(): unknown;

  /** _PyPegen_run_parser: first pass; on failure a second pass with the invalid_* rules. */
  run_parser(): unknown {
    const res = this.parse_start();
    if (res === null || res === undefined) {
      if (this.error !== null && !this.error.isSyntaxError) throw this.error;
      const lastToken = this.tokens[this.fill - 1];
      this.reset_for_error_pass();
      this.parse_start();
      this.set_syntax_error(lastToken);
      throw this.error ?? new CompileError("SyntaxError", "invalid syntax", 0, 0, null, 0, 0, this.filename);
    }
    return res;
  }
}
