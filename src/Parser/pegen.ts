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

/** What the parser needs from a tokenizer (src/Parser/tokenizer.ts's Tokenizer provides it). */
export interface TokenSource {
  next(): Token;
  /** The text of a source line (with its newline when it has one). */
  getLine(lineno: number): string;
  /** tok->lineno: the tokenizer's current line. */
  readonly lineno: number;
  /** tok->done: E_OK (10) while reading, E_EOF (11) at the end, another E_* code after an error. */
  readonly done: number;
  /** tok->encoding: when set, error columns are turned from bytes into characters. */
  readonly encoding: string | null;
  /** After E_DECODE from an identifier: the UnicodeDecodeError's message (see Tokenizer). */
  readonly decodeErrorMessage?: string | null;
  /** tok->cur - tok->line_start, in bytes. */
  curByteCol(): number;
  /** The text CPython shows for an error on `lineno` when the source is not reread from a file. */
  errorLine(lineno: number): string;
  /** Open brackets: tok->level and its stacks (character codes, lines, byte columns). */
  readonly level: number;
  readonly parenstack: ArrayLike<number>;
  readonly parenlinenostack: ArrayLike<number>;
  readonly parencolstack: ArrayLike<number>;
  /** _is_end_of_source: the tokenizer stopped at the end of the input (E_EOF, E_EOFS, E_EOLS). */
  isEndOfSource?(): boolean;
  /** The decoded source and the tokenizer's position in it (tok->cur), for 'single' mode's check. */
  readonly src?: string;
  readonly cur?: number;
}

/** A warnings hook: true when the warning is to be raised as an error. */
export type ParserWarn = (category: "SyntaxWarning" | "DeprecationWarning", message: string, lineno: number) => boolean | void;

/** The node a NAME or soft keyword item gives. */
export type NameNode = Name;
/** The node a NUMBER item gives. */
export type NumberNode = expr;

export type StartRule = "exec" | "eval" | "single" | "func_type" | "fstring";

/** The depth of rule calls past which the parser gives up (CPython's MAXSTACK). */
export const MAXSTACK = 6000;

/** What `memo_get` answers when a rule has no memo entry at the mark. */
export const NO_MEMO: unique symbol = Symbol("NO_MEMO");


/** Where an error position is the tokenizer's current position (CPython's CURRENT_POS). */
export const CURRENT_POS = -5;

// Tokenizer states (CPython's Include/errcode.h).
const E_OK = 10;
const E_DONE = 16;
const E_ERROR = 17;
const E_DECODE = 22;

const utf8 = new TextEncoder();
const utf8Replace = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });

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
  // One past the end reads the C string's terminating NUL, which counts as a character.
  if (end === bytes.length + 1) return codePointLength(utf8Replace.decode(bytes)) + 1;
  return codePointLength(utf8Replace.decode(bytes.subarray(0, end)));
}

/** Late-bound entry points (set by parse.ts, which knows the generated parser class). */
export const hooks: {
  /** Parses an f-string expression's "(text)" with a new parser (fstring_compile_expr). */
  parseFStringExpr: ((parent: Parser, source: string, lineno: number, colOffset: number) => expr) | null;
} = { parseFStringExpr: null };

/** The 1-based byte offset that byte_offset_to_character_offset turns into `offset` on `line`. */
function character_to_byte_offset(line: string, offset: number): number {
  if (offset <= 0) return offset;
  const chars = [...line];
  return utf8.encode(chars.slice(0, offset - 1).join("")).length + 1;
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
  private memos: (unknown[] | null)[] = [];
  private names: (Name | undefined)[] = [];
  private parsing_started = false;
  private dummy: Name | null = null;
  /** The minor version of ast.parse(feature_version=(3, minor)); 3.11 by default. */
  feature_version = 11;
  /** The warnings hook of parse() (see ParseFlags.warn); absent: warnings are dropped. */
  warn: ParserWarn | undefined = undefined;
  /** PyPARSE_ALLOW_INCOMPLETE_INPUT (compile flag PyCF_ALLOW_INCOMPLETE_INPUT, used by codeop). */
  allow_incomplete_input = false;
  /** The `# type: ignore` comments read (p->type_ignore_comments): line and tag. */
  type_ignore_comments: { lineno: number; tag: string }[] = [];
  /** Where an f-string expression's sub-parser puts its tokens (p->starting_lineno / _col_offset). */
  starting_lineno = 0;
  starting_col_offset = 0;

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
  /** How many rules are memoized (the length of a token's memo row is twice this). */
  protected abstract memoCount(): number;

  // --- Tokens -----------------------------------------------------------------------------------

  /** Reads one more token into the array (_PyPegen_fill_token); false on a tokenizer error. */
  fill_token(): boolean {
    let t: Token;
    // After a tokenizer error CPython's tokenizer only says EOF, and the error stays the first one.
    if (this.tok_error) return false;
    {
      try {
        t = this.tok.next();
        // Record and skip `# type: ignore` comments.
        while (t.type === TokenType.TYPE_IGNORE) {
          this.type_ignore_comments.push({ lineno: this.tok.lineno, tag: t.string });
          t = this.tok.next();
        }
      } catch (e) {
        if (e instanceof CompileError) {
          this.tok_error = true;
          // Errors CPython's parser raises for the tokenizer (all but those the tokenizer raises
          // itself) show the line reread from the file, as pegen's error functions do.
          if (this.tok.done !== E_ERROR && this.fileLine !== null && e.lineno > 0) {
            const line = this.fileLine(e.lineno);
            if (line !== null && line !== e.text) {
              let { offset, end_offset } = e;
              if (this.tok.encoding !== null && e.text !== null) {
                // Columns were turned into characters of the tokenizer's line; redo it on this one.
                offset = byte_offset_to_character_offset(line, character_to_byte_offset(e.text, offset));
                if (end_offset > 0) end_offset = byte_offset_to_character_offset(line, character_to_byte_offset(e.text, end_offset));
              }
              e = new CompileError(e.type, e.msg, e.lineno, offset, line, e.end_lineno, end_offset, e.filename);
            }
          }
          this.set_error(e as CompileError);
          return false;
        }
        throw e;
      }
    }
    // In 'single' mode the end of input first reads as a NEWLINE ending the statement.
    if (this.start_rule === "single" && t.type === TokenType.ENDMARKER && this.parsing_started) {
      t = { type: TokenType.NEWLINE, string: "", lineno: t.lineno, col_offset: t.col_offset, end_lineno: t.end_lineno, end_col_offset: t.end_col_offset, level: t.level };
      this.parsing_started = false;
      // The open blocks end after it: the tokenizer gives the pending DEDENTs, then ENDMARKER again.
      const tok = this.tok as { indent?: number; pendin?: number };
      if (tok.indent) {
        tok.pendin = -tok.indent;
        tok.indent = 0;
      }
    } else {
      this.parsing_started = true;
    }
    if (t.type === TokenType.NAME) t.type = this.keywordType(t.string);
    if (this.start_rule === "fstring") {
      // Tokens of an f-string expression take the position they have in the enclosing source.
      const firstLine = this.tok.lineno === 1;
      t.lineno += this.starting_lineno;
      t.end_lineno += this.starting_lineno;
      if (firstLine) {
        t.col_offset += this.starting_col_offset;
        t.end_col_offset += this.starting_col_offset;
      }
    }
    this.tokens.push(t);
    this.memos.push(null);
    this.names.push(undefined);
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
  expect_soft_keyword(keyword: string): Name | null {
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

  /**
   * _PyPegen_name_token. The Name made for a token is kept and given again when another
   * alternative reads the same token: a token ends up at most once in the tree, and this spares
   * the allocations of backtracking.
   */
  name_token(): NameNode | null {
    if (this.mark === this.fill && !this.fill_token()) {
      this.error_indicator = true;
      return null;
    }
    const i = this.mark;
    const t = this.tokens[i];
    if (t.type !== TokenType.NAME) return null;
    this.mark = i + 1;
    let n = this.names[i];
    if (n === undefined) n = this.names[i] = this.name_from_token(t);
    return n;
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
  number_token(): NumberNode | null {
    const t = this.expect(TokenType.NUMBER);
    if (t === null) return null;
    const value = this.parse_number(t);
    if (value === null) return null;
    return new Constant(value, null, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
  }

  /** parsenumber: the value of a number literal, underscores removed. */
  private parse_number(t: Token): bigint | number | ComplexValue | null {
    let s = t.string;
    if (s.includes("_")) {
      if (this.feature_version < 6) {
        this.error_indicator = true;
        return this.raise_error("SyntaxError", "Underscores in numeric literals are only supported in Python 3.6 and greater");
      }
      s = s.replace(/_/g, "");
    }
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

  /**
   * _PyPegen_is_memoized: the memoized result of rule `type` at the mark (moving the mark to
   * where it ended), or NO_MEMO. A token's memo is a row indexed by rule: the node at 2*type and
   * the end mark at 2*type + 1 (where CPython keeps a linked list on the token).
   */
  memo_get(type: number): unknown {
    if (this.mark === this.fill && !this.fill_token()) {
      this.error_indicator = true;
      return null;
    }
    const row = this.memos[this.mark];
    if (row !== null) {
      const end = row[2 * type + 1];
      if (end !== undefined) {
        this.mark = end as number;
        return row[2 * type];
      }
    }
    return NO_MEMO;
  }

  /** _PyPegen_insert_memo and _PyPegen_update_memo: rule `type` at `mark` gave `node`, ending at the mark. */
  memo_insert(mark: number, type: number, node: unknown): void {
    let row = this.memos[mark];
    if (row === null) row = this.memos[mark] = new Array(2 * this.memoCount());
    row[2 * type] = node;
    row[2 * type + 1] = this.mark;
  }

  memo_update(mark: number, type: number, node: unknown): void {
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
    const col = t.col_offset === -1 ? this.tok.curByteCol() : t.col_offset + 1;
    const endCol = t.end_col_offset !== -1 ? t.end_col_offset + 1 : -1;
    this.raise_error_known_location_raw(type, t.lineno, col, t.end_lineno, endCol, msg);
    return null;
  }

  /** RAISE_ERROR_KNOWN_LOCATION: 0-based byte columns (or CURRENT_POS) made 1-based. */
  raise_error_known_location(type: CompileErrorType, lineno: number, col: number, end_lineno: number, end_col: number, msg: string): null {
    const c = col === CURRENT_POS ? CURRENT_POS : col + 1;
    const ec = end_col === CURRENT_POS ? CURRENT_POS : end_col + 1;
    this.raise_error_known_location_raw(type, lineno, c, end_lineno, ec, msg);
    return null;
  }

  /** _PyPegen_raise_error_known_location: builds the SyntaxError (1-based byte columns in). */
  raise_error_known_location_raw(type: CompileErrorType, lineno: number, col: number, end_lineno: number, end_col: number, msg: string): void {
    this.error_indicator = true;
    if (this.start_rule === "fstring") {
      msg = "f-string: " + msg;
      col -= this.starting_col_offset;
      end_col -= this.starting_col_offset;
    }
    if (end_lineno === CURRENT_POS) end_lineno = this.tok.lineno;
    if (end_col === CURRENT_POS) end_col = this.tok.curByteCol();
    let text: string | null = null;
    // For file input CPython rereads the line from the named file when it can.
    if (this.start_rule === "exec" && this.fileLine !== null) text = this.fileLine(lineno);
    if (text === null) text = this.tok.errorLine(lineno);
    let colNumber = col;
    let endColNumber = end_col;
    if (this.tok.encoding !== null) {
      colNumber = byte_offset_to_character_offset(text, col);
      if (endColNumber > 0) endColNumber = byte_offset_to_character_offset(text, endColNumber);
    }
    this.error = new CompileError(type, msg, lineno, colNumber, text, end_lineno, endColNumber, this.filename);
  }

  /** "'(' was never closed" at the innermost open bracket (raise_unclosed_parentheses_error). */
  raise_unclosed_parentheses_error(): void {
    const l = this.tok.level - 1;
    const lineno = this.tok.parenlinenostack[l];
    const col = this.tok.parencolstack[l];
    const ch = String.fromCharCode(this.tok.parenstack[l]);
    this.raise_error_known_location("SyntaxError", lineno, col, lineno, -1, `'${ch}' was never closed`);
  }

  /**
   * _PyPegen_tokenize_full_source_to_check_for_errors: reads the rest of the source; an error the
   * tokenizer raises there replaces the parser's error, and so does a bracket left open on a line
   * before the error's.
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
        // Errors the tokenizer raises itself (E_ERROR, E_DECODE) win; those CPython's parser
        // words from tok->done only matter through the open-bracket check.
        if (this.tok.done === E_ERROR || this.tok.done === E_DECODE) {
          // An identifier that is not UTF-8: the UnicodeDecodeError itself, which only the
          // parser's own token fetch (raise_decode_error) turns into a SyntaxError.
          const m = this.tok.decodeErrorMessage ?? null;
          this.error = this.tok.done === E_DECODE && m !== null ? new CompileError("UnicodeDecodeError", m, 0, 0, null, 0, 0, this.filename) : e;
          return;
        }
        if (this.tok.level !== 0) {
          const errorLineno = this.tok.parenlinenostack[this.tok.level - 1];
          if (currentErrLine > errorLineno) {
            this.error = null;
            this.raise_unclosed_parentheses_error();
          }
        }
        return;
      }
      if (t.type === TokenType.ENDMARKER) return;
    }
  }

  /** _Pypegen_set_syntax_error: the error to report after the second pass failed. */
  set_syntax_error(lastToken: Token): void {
    if (this.error !== null) {
      // Tokenizer errors take priority over errors the parser raised in its passes.
      const tokOk = this.tok.done === E_OK || this.tok.done === E_DONE;
      if (tokOk && this.error.isSyntaxError) this.tokenize_full_source_to_check_for_errors();
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

  /** bad_single_statement: anything but blanks and comments after the one statement. */
  private bad_single_statement(): boolean {
    const src = this.tok.src;
    let cur = this.tok.cur;
    if (src === undefined || cur === undefined) return false;
    for (;;) {
      let c = src.charCodeAt(cur);
      while (c === 32 || c === 9 || c === 10 || c === 12) c = src.charCodeAt(++cur);
      if (cur >= src.length) return false;
      if (c !== 35 /* # */) return true;
      while (cur < src.length && src.charCodeAt(cur) !== 10) cur++;
    }
  }

  /** _PyPegen_run_parser: first pass; on failure a second pass with the invalid_* rules. */
  run_parser(): unknown {
    const res = this.parse_start();
    if (res === null || res === undefined) {
      if (this.allow_incomplete_input && this.tok.isEndOfSource !== undefined && this.tok.isEndOfSource()) {
        // codeop's PyCF_ALLOW_INCOMPLETE_INPUT: input that stops early may go on.
        this.error = null;
        this.error_indicator = false;
        this.raise_error("SyntaxError", "incomplete input");
        throw this.error!;
      }
      if (this.error !== null && !this.error.isSyntaxError) throw this.error;
      const lastToken = this.tokens[this.fill - 1];
      this.reset_for_error_pass();
      this.parse_start();
      this.set_syntax_error(lastToken);
      throw this.error ?? new CompileError("SyntaxError", "invalid syntax", 0, 0, null, 0, 0, this.filename);
    }
    if (this.start_rule === "single" && this.bad_single_statement()) {
      this.raise_error("SyntaxError", "multiple statements found while compiling a single statement");
      throw this.error!;
    }
    return res;
  }
}
