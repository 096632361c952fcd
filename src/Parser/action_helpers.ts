// The helpers the grammar's actions call (the roles of CPython's Parser/action_helpers.c): sequence
// building, expression contexts, function parameters, call arguments, decorators, and the
// helpers of the invalid_* rules that find what to point an error at.
import {
  AsyncFunctionDef, Attribute, Call, ClassDef, Compare, Constant, ComplexValue, EllipsisValue, FunctionDef,
  In, List, Load, Module, nodeClass, TypeIgnore, Name, Starred, Subscript, Tuple, alias, arg, arguments_, keyword,
  type cmpop, type comprehension, type expr, type expr_context, type pattern, type stmt,
} from "./ast";
import { hooks, type Parser, type Token } from "./pegen";
import { CompileError } from "./errors";
import { _PyPegen_concatenate_strings, type StringParserHost, type StringToken } from "./string_parser";

// --- Intermediate values of the grammar (CPython's pegen.h structs) -----------------------------

/** CmpopExprPair */
export interface CmpopExprPair { cmpop: cmpop; expr: expr }
/** KeyValuePair (key null for `**value`) */
export interface KeyValuePair { key: expr | null; value: expr }
/** KeyPatternPair */
export interface KeyPatternPair { key: expr; pattern: pattern }
/** NameDefaultPair */
export interface NameDefaultPair { arg: arg; value: expr | null }
/** SlashWithDefault */
export interface SlashWithDefault { plain_names: arg[]; names_with_defaults: NameDefaultPair[] }
/** StarEtc */
export interface StarEtc { vararg: arg | null; kwonlyargs: NameDefaultPair[] | null; kwarg: arg | null }
/** KeywordOrStarred */
export interface KeywordOrStarred { element: keyword | expr; is_keyword: boolean }

export const enum TargetsType { STAR_TARGETS, DEL_TARGETS, FOR_TARGETS }

// --- Sequences ----------------------------------------------------------------------------------

/** _PyPegen_singleton_seq */
export function singleton_seq<T>(a: T): T[] {
  return [a];
}

/** _PyPegen_seq_insert_in_front */
export function seq_insert_in_front<T>(a: T, seq: T[] | null): T[] {
  if (seq === null) return [a];
  const out = new Array<T>(seq.length + 1);
  out[0] = a;
  for (let i = 0; i < seq.length; i++) out[i + 1] = seq[i];
  return out;
}

/** _PyPegen_seq_append_to_end */
export function seq_append_to_end<T>(seq: T[] | null, a: T): T[] {
  if (seq === null) return [a];
  return [...seq, a];
}

/** _PyPegen_seq_flatten */
export function seq_flatten<T>(seqs: T[][]): T[] {
  if (seqs.length === 1) return seqs[0];
  const out: T[] = [];
  for (const s of seqs) for (let i = 0; i < s.length; i++) out.push(s[i]);
  return out;
}

/** _PyPegen_join_sequences */
export function join_sequences<T>(a: T[], b: T[]): T[] {
  return a.concat(b);
}

/** _PyPegen_seq_count_dots: '.' counts 1, '...' counts 3. */
export function seq_count_dots(tokens: Token[]): number {
  let n = 0;
  for (const t of tokens) n += t.string === "..." ? 3 : 1;
  return n;
}

/** _PyPegen_map_names_to_ids */
export function map_names_to_ids(names: expr[]): string[] {
  return names.map((n) => (n as Name).id);
}

// --- Names and contexts -------------------------------------------------------------------------

/** _PyPegen_join_names_with_dot */
export function join_names_with_dot(a: expr, b: expr): Name {
  const x = a as Name;
  const y = b as Name;
  return new Name(`${x.id}.${y.id}`, Load, x.lineno, x.col_offset, y.end_lineno, y.end_col_offset);
}

/** _PyPegen_set_expr_context: a copy of a target expression with the given context. */
export function set_expr_context(e: expr, ctx: expr_context): expr {
  if (e instanceof Name) return new Name(e.id, ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
  if (e instanceof Tuple)
    return new Tuple(e.elts.map((x) => set_expr_context(x, ctx)), ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
  if (e instanceof List)
    return new List(e.elts.map((x) => set_expr_context(x, ctx)), ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
  if (e instanceof Subscript) return new Subscript(e.value, e.slice, ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
  if (e instanceof Attribute) return new Attribute(e.value, e.attr, ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
  if (e instanceof Starred)
    return new Starred(set_expr_context(e.value, ctx), ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
  return e;
}

/** _PyPegen_alias_for_star */
export function alias_for_star(lineno: number, col: number, end_lineno: number, end_col: number): alias {
  return new alias("*", null, lineno, col, end_lineno, end_col);
}

/** The `as` name of an import alias, or null. */
export function alias_name(b: expr | null): string | null {
  return b === null ? null : (b as Name).id;
}

// --- Comparisons, dicts, patterns ---------------------------------------------------------------

/** _PyPegen_cmpop_expr_pair */
export function cmpop_expr_pair(cmpop: cmpop, e: expr): CmpopExprPair {
  return { cmpop, expr: e };
}

/** _PyPegen_get_cmpops */
export function get_cmpops(pairs: CmpopExprPair[]): cmpop[] {
  return pairs.map((x) => x.cmpop);
}

/** _PyPegen_get_exprs */
export function get_exprs(pairs: CmpopExprPair[]): expr[] {
  return pairs.map((x) => x.expr);
}

/** _PyPegen_key_value_pair */
export function key_value_pair(key: expr | null, value: expr): KeyValuePair {
  return { key, value };
}

/** _PyPegen_get_keys (null keys stand for `**` unpacking) */
export function get_keys(pairs: KeyValuePair[] | null): (expr | null)[] {
  return pairs === null ? [] : pairs.map((x) => x.key);
}

/** _PyPegen_get_values */
export function get_values(pairs: KeyValuePair[] | null): expr[] {
  return pairs === null ? [] : pairs.map((x) => x.value);
}

/** _PyPegen_key_pattern_pair */
export function key_pattern_pair(key: expr, pattern: pattern): KeyPatternPair {
  return { key, pattern };
}

/** _PyPegen_get_pattern_keys */
export function get_pattern_keys(pairs: KeyPatternPair[]): expr[] {
  return pairs.map((x) => x.key);
}

/** _PyPegen_get_patterns */
export function get_patterns(pairs: KeyPatternPair[]): pattern[] {
  return pairs.map((x) => x.pattern);
}

// --- Parameters ---------------------------------------------------------------------------------

/** _PyPegen_name_default_pair */
export function name_default_pair(a: arg, value: expr | null): NameDefaultPair {
  return { arg: a, value };
}

/** _PyPegen_slash_with_default */
export function slash_with_default(plain_names: arg[], names_with_defaults: NameDefaultPair[]): SlashWithDefault {
  return { plain_names, names_with_defaults };
}

/** _PyPegen_star_etc */
export function star_etc(vararg: arg | null, kwonlyargs: NameDefaultPair[] | null, kwarg: arg | null): StarEtc {
  return { vararg, kwonlyargs, kwarg };
}

/** _PyPegen_make_arguments: the arguments node from the pieces the parameters rule found. */
export function make_arguments(
  slash_without_default: arg[] | null,
  slash_with_default: SlashWithDefault | null,
  plain_names: arg[] | null,
  names_with_default: NameDefaultPair[] | null,
  star_etc: StarEtc | null,
): arguments_ {
  let posonlyargs: arg[];
  if (slash_without_default !== null) posonlyargs = slash_without_default;
  else if (slash_with_default !== null)
    posonlyargs = slash_with_default.plain_names.concat(slash_with_default.names_with_defaults.map((x) => x.arg));
  else posonlyargs = [];

  let posargs: arg[];
  if (plain_names !== null && names_with_default !== null) posargs = plain_names.concat(names_with_default.map((x) => x.arg));
  else if (plain_names !== null) posargs = plain_names;
  else if (names_with_default !== null) posargs = names_with_default.map((x) => x.arg);
  else posargs = [];

  let posdefaults: expr[];
  const defaults = (pairs: NameDefaultPair[]): expr[] => pairs.map((x) => x.value as expr);
  if (slash_with_default !== null && names_with_default !== null)
    posdefaults = defaults(slash_with_default.names_with_defaults).concat(defaults(names_with_default));
  else if (names_with_default !== null) posdefaults = defaults(names_with_default);
  else if (slash_with_default !== null) posdefaults = defaults(slash_with_default.names_with_defaults);
  else posdefaults = [];

  const vararg = star_etc?.vararg ?? null;
  const kwonly = star_etc?.kwonlyargs ?? null;
  const kwonlyargs = kwonly !== null ? kwonly.map((x) => x.arg) : [];
  // Keyword-only parameters without a default have None in kw_defaults.
  const kwdefaults = kwonly !== null ? kwonly.map((x) => x.value) : [];
  const kwarg = star_etc?.kwarg ?? null;
  return new arguments_(posonlyargs, posargs, vararg, kwonlyargs, kwdefaults as expr[], kwarg, posdefaults);
}

/** _PyPegen_empty_arguments */
export function empty_arguments(): arguments_ {
  return new arguments_([], [], null, [], [], null, []);
}

// --- Definitions --------------------------------------------------------------------------------

/** _PyPegen_function_def_decorators: the same definition with its decorators. */
export function function_def_decorators(decorators: expr[], f: stmt): stmt {
  if (f instanceof AsyncFunctionDef)
    return new AsyncFunctionDef(f.name, f.args, f.body, decorators, f.returns, f.type_comment, f.lineno, f.col_offset, f.end_lineno, f.end_col_offset);
  const d = f as FunctionDef;
  return new FunctionDef(d.name, d.args, d.body, decorators, d.returns, d.type_comment, d.lineno, d.col_offset, d.end_lineno, d.end_col_offset);
}

/** _PyPegen_class_def_decorators */
export function class_def_decorators(decorators: expr[], c: stmt): stmt {
  const d = c as ClassDef;
  return new ClassDef(d.name, d.bases, d.keywords, d.body, decorators, d.lineno, d.col_offset, d.end_lineno, d.end_col_offset);
}

/** _PyPegen_make_module: the module, with the `# type: ignore` comments the parser recorded. */
export function make_module(p: Parser, a: stmt[] | null): Module {
  return new Module(a ?? [], p.type_ignore_comments.map((c) => new TypeIgnore(c.lineno, c.tag)));
}

/** NEW_TYPE_COMMENT: the text of a TYPE_COMMENT token, or null. */
export function new_type_comment(tc: Token | null): string | null {
  return tc === null ? null : tc.string;
}

/** _PyPegen_add_type_comment_to_arg */
export function add_type_comment_to_arg(a: arg, tc: Token | null): arg {
  if (tc === null) return a;
  return new arg(a.arg, a.annotation, tc.string, a.lineno, a.col_offset, a.end_lineno, a.end_col_offset);
}

// --- Call arguments -----------------------------------------------------------------------------

/** _PyPegen_keyword_or_starred */
export function keyword_or_starred(element: keyword | expr, is_keyword: boolean): KeywordOrStarred {
  return { element, is_keyword };
}

/** _PyPegen_seq_extract_starred_exprs */
export function seq_extract_starred_exprs(kwargs: KeywordOrStarred[]): expr[] {
  const out: expr[] = [];
  for (const k of kwargs) if (!k.is_keyword) out.push(k.element as expr);
  return out;
}

/** _PyPegen_seq_delete_starred_exprs */
export function seq_delete_starred_exprs(kwargs: KeywordOrStarred[]): keyword[] {
  const out: keyword[] = [];
  for (const k of kwargs) if (k.is_keyword) out.push(k.element as keyword);
  return out;
}

/** _PyPegen_collect_call_seqs: a Call (with a dummy func) holding the positional and keyword arguments. */
export function collect_call_seqs(p: Parser, a: expr[], b: KeywordOrStarred[] | null, lineno: number, col: number, end_lineno: number, end_col: number): Call {
  if (b === null) return new Call(p.dummy_name(), a, [], lineno, col, end_lineno, end_col);
  const starreds = seq_extract_starred_exprs(b);
  const keywords = seq_delete_starred_exprs(b);
  return new Call(p.dummy_name(), a.concat(starreds), keywords, lineno, col, end_lineno, end_col);
}

// --- Numbers ------------------------------------------------------------------------------------

/** _PyPegen_ensure_imaginary */
export function ensure_imaginary(p: Parser, e: expr): expr | null {
  if (!(e instanceof Constant) || !(e.value instanceof ComplexValue)) {
    return p.raise_error_known_location("SyntaxError", e.lineno, e.col_offset, e.end_lineno, e.end_col_offset, "imaginary number required in complex literal");
  }
  return e;
}

/** _PyPegen_ensure_real */
export function ensure_real(p: Parser, e: expr): expr | null {
  if (!(e instanceof Constant) || e.value instanceof ComplexValue) {
    return p.raise_error_known_location("SyntaxError", e.lineno, e.col_offset, e.end_lineno, e.end_col_offset, "real number required in complex literal");
  }
  return e;
}

/** CHECK_VERSION (INVALID_VERSION_CHECK): syntax newer than ast.parse(feature_version=...) allows. */
export function check_version<T>(p: Parser, version: number, msg: string, node: T | null): T | null {
  if (node === null) {
    p.error_indicator = true;
    return null;
  }
  if (p.feature_version < version) {
    p.error_indicator = true;
    return p.raise_error("SyntaxError", `${msg} only supported in Python 3.${version} and greater`);
  }
  return node;
}

/** _PyPegen_check_barry_as_flufl: true when the '!=' token is not acceptable ('<>' without the future import). */
export function check_barry_as_flufl(_p: Parser, t: Token): boolean {
  return t.string !== "!=";
}

// --- Errors -------------------------------------------------------------------------------------

/** _PyPegen_check_legacy_stmt: print and exec, the statements of Python 2. */
export function check_legacy_stmt(name: expr): boolean {
  return name instanceof Name && (name.id === "print" || name.id === "exec");
}

/** _PyPegen_get_expr_name: how error messages name an expression. */
export function get_expr_name(e: expr): string {
  switch (nodeClass(e)._name) {
    case "Attribute": return "attribute";
    case "Subscript": return "subscript";
    case "Starred": return "starred";
    case "Name": return "name";
    case "List": return "list";
    case "Tuple": return "tuple";
    case "Lambda": return "lambda";
    case "Call": return "function call";
    case "BoolOp":
    case "BinOp":
    case "UnaryOp": return "expression";
    case "GeneratorExp": return "generator expression";
    case "Yield":
    case "YieldFrom": return "yield expression";
    case "Await": return "await expression";
    case "ListComp": return "list comprehension";
    case "SetComp": return "set comprehension";
    case "DictComp": return "dict comprehension";
    case "Dict": return "dict literal";
    case "Set": return "set display";
    case "JoinedStr":
    case "FormattedValue": return "f-string expression";
    case "Constant": {
      const v = (e as Constant).value;
      if (v === null) return "None";
      if (v === false) return "False";
      if (v === true) return "True";
      if (v === EllipsisValue) return "ellipsis";
      return "literal";
    }
    case "Compare": return "comparison";
    case "IfExp": return "conditional expression";
    case "NamedExpr": return "named expression";
    default: return "expression";
  }
}

/** _PyPegen_get_last_comprehension_item */
export function get_last_comprehension_item(c: comprehension): expr {
  return c.ifs.length === 0 ? c.iter : c.ifs[c.ifs.length - 1];
}

/** _PyPegen_get_invalid_target: the part of a would-be target that cannot be assigned (or deleted). */
export function get_invalid_target(e: expr | null, type: TargetsType): expr | null {
  if (e === null) return null;
  if (e instanceof List || e instanceof Tuple) {
    for (const x of e.elts) {
      const child = get_invalid_target(x, type);
      if (child !== null) return child;
    }
    return null;
  }
  if (e instanceof Starred) {
    if (type === TargetsType.DEL_TARGETS) return e;
    return get_invalid_target(e.value, type);
  }
  if (e instanceof Compare) {
    // `a in b` of `for a in b` parses as a comparison: look at its left side.
    if (type === TargetsType.FOR_TARGETS) {
      if (e.ops[0] === In) return get_invalid_target(e.left, type);
      return null;
    }
    return e;
  }
  if (e instanceof Name || e instanceof Subscript || e instanceof Attribute) return null;
  return e;
}

/** RAISE_SYNTAX_ERROR_INVALID_TARGET */
export function raise_syntax_error_invalid_target(p: Parser, type: TargetsType, e: expr): null {
  const t = get_invalid_target(e, type);
  if (t !== null) {
    const msg = type === TargetsType.DEL_TARGETS ? "cannot delete %s" : "cannot assign to %s";
    return p.raise_error_known_location("SyntaxError", t.lineno, t.col_offset, t.end_lineno, t.end_col_offset, msg.replace("%s", get_expr_name(t)));
  }
  return null;
}

/** _PyPegen_arguments_parsing_error */
export function arguments_parsing_error(p: Parser, e: expr): null {
  const kwargUnpacking = (e as Call).keywords.some((k) => k.arg === null);
  return p.raise_error("SyntaxError", kwargUnpacking ? "positional argument follows keyword argument unpacking" : "positional argument follows keyword argument");
}

/** _PyPegen_nonparen_genexp_in_call */
export function nonparen_genexp_in_call(p: Parser, args: expr, comprehensions: comprehension[]): null {
  const a = (args as Call).args;
  if (a.length <= 1) return null;
  const last = get_last_comprehension_item(comprehensions[comprehensions.length - 1]);
  return raise_known_range(p, a[a.length - 1], last, "Generator expression must be parenthesized");
}

interface Located { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number }

/** RAISE_SYNTAX_ERROR_KNOWN_LOCATION */
export function raise_known_location(p: Parser, a: Located, msg: string): null {
  return p.raise_error_known_location("SyntaxError", a.lineno, a.col_offset, a.end_lineno, a.end_col_offset, msg);
}

/** RAISE_SYNTAX_ERROR_KNOWN_RANGE */
export function raise_known_range(p: Parser, a: Located, b: Located, msg: string): null {
  return p.raise_error_known_location("SyntaxError", a.lineno, a.col_offset, b.end_lineno, b.end_col_offset, msg);
}

/** RAISE_SYNTAX_ERROR_STARTING_FROM */
export function raise_starting_from(p: Parser, a: Located, msg: string): null {
  return p.raise_error_known_location("SyntaxError", a.lineno, a.col_offset, -5, -5, msg);
}

/** RAISE_INDENTATION_ERROR */
export function raise_indentation_error(p: Parser, msg: string): null {
  return p.raise_error("IndentationError", msg);
}

/** RAISE_SYNTAX_ERROR */
export function raise_syntax_error(p: Parser, msg: string): null {
  return p.raise_error("SyntaxError", msg);
}

/** Positions of the keywords of a call: the (args, keywords) of a Call the arguments rule built. */
export function call_args(b: expr | null): expr[] {
  return b === null ? [] : (b as Call).args;
}

export function call_keywords(b: expr | null): keyword[] {
  return b === null ? [] : (b as Call).keywords;
}

/** A keyword argument `name=value`. */
export function make_keyword(name: string | null, value: expr, lineno: number, col: number, end_lineno: number, end_col: number): keyword {
  return new keyword(name, value, lineno, col, end_lineno, end_col);
}

// --- Strings ------------------------------------------------------------------------------------

/** Thrown through the string parser to unwind once the error is recorded on the parser. */
class Unwind {}
const UNWIND = new Unwind();

/** The parser as the string parser's host: errors are recorded on the parser, then unwind. */
class ParserStringHost implements StringParserHost {
  constructor(private p: Parser) {}
  raiseSyntaxError(msg: string): never {
    this.p.raise_error("SyntaxError", msg);
    throw UNWIND;
  }
  raiseSyntaxErrorKnownLocation(t: StringToken, msg: string): never {
    this.p.raise_error_known_location("SyntaxError", t.lineno, t.col_offset, t.end_lineno, t.end_col_offset, msg);
    throw UNWIND;
  }
  warn(category: "DeprecationWarning", message: string, lineno: number): boolean | void {
    return this.p.warn?.(category, message, lineno);
  }
  parseFStringExpr(source: string, lineno: number, colOffset: number): expr {
    try {
      return hooks.parseFStringExpr!(this.p, source, lineno, colOffset);
    } catch (e) {
      if (e instanceof CompileError) {
        this.p.set_error(e);
        throw UNWIND;
      }
      throw e;
    }
  }
}

/** _PyPegen_concatenate_strings: the adjacent STRING tokens as one Constant or JoinedStr. */
export function concatenate_strings(p: Parser, tokens: Token[]): expr | null {
  try {
    return _PyPegen_concatenate_strings(new ParserStringHost(p), tokens);
  } catch (e) {
    if (e === UNWIND) {
      p.error_indicator = true;
      return null;
    }
    throw e;
  }
}

export { Load };
