// The symbol table (CPython's Python/symtable.c of 3.11): one entry per function, class, module,
// lambda, comprehension and (under `from __future__ import annotations`) annotation block; each
// name gets DEF_* flags while the AST is walked, then a scope (local, global, free, cell) from
// the analysis pass.
import * as ast from "../Parser/ast";
import { CompileError } from "../Parser/errors";
import { CO_FUTURE_ANNOTATIONS } from "../Objects/codeobject";
import type { FutureFeatures } from "./future";
import { compilerRecursionBudget, compilerRecursionError } from "./ast_opt";

// Flags of a name (Include/internal/pycore_symtable.h).
export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE = 32;
export const DEF_FREE_CLASS = 64;
export const DEF_IMPORT = 128;
export const DEF_ANNOT = 256;
export const DEF_COMP_ITER = 512;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

export const SCOPE_OFFSET = 11;
export const SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;

export const LOCAL = 1;
export const GLOBAL_EXPLICIT = 2;
export const GLOBAL_IMPLICIT = 3;
export const FREE = 4;
export const CELL = 5;

export type BlockType = "function" | "class" | "module" | "annotation";
export type ComprehensionType = "" | "list" | "dict" | "set" | "genexpr";

type Located = { lineno: number; col_offset: number; end_lineno: number | null; end_col_offset: number | null };

export class SymbolTableEntry {
  symbols = new Map<string, number>();
  /** Parameters, in order. */
  varnames: string[] = [];
  children: SymbolTableEntry[] = [];
  /** Locations of global/nonlocal declarations, for errors found during analysis. */
  directives = new Map<string, Located>();
  nested = false;
  free = false;
  childFree = false;
  generator = false;
  coroutine = false;
  comprehension: ComprehensionType = "";
  varargs = false;
  varkeywords = false;
  returnsValue = false;
  needsClassClosure = false;
  compIterTarget = false;
  compIterExpr = 0;
  constructor(
    readonly name: string,
    readonly type: BlockType,
    readonly node: ast.AST,
    readonly lineno: number,
    readonly col_offset: number,
  ) {}

  /** _PyST_GetSymbol */
  getSymbol(name: string): number {
    return this.symbols.get(name) ?? 0;
  }
  /** _PyST_GetScope */
  getScope(name: string): number {
    return (this.getSymbol(name) >> SCOPE_OFFSET) & SCOPE_MASK;
  }
}

// _Py_Mangle: private names in a class body become _Class__name.
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith("__")) return name;
  if (name.endsWith("__") || name.includes(".")) return name;
  const stripped = privateName.replace(/^_+/, "");
  if (stripped === "") return name;
  return "_" + stripped + name;
}

// The messages symtable.c raises.
const GLOBAL_PARAM = "name '%s' is parameter and global";
const NONLOCAL_PARAM = "name '%s' is parameter and nonlocal";
const GLOBAL_AFTER_ASSIGN = "name '%s' is assigned to before global declaration";
const NONLOCAL_AFTER_ASSIGN = "name '%s' is assigned to before nonlocal declaration";
const GLOBAL_AFTER_USE = "name '%s' is used prior to global declaration";
const NONLOCAL_AFTER_USE = "name '%s' is used prior to nonlocal declaration";
const GLOBAL_ANNOT = "annotated name '%s' can't be global";
const NONLOCAL_ANNOT = "annotated name '%s' can't be nonlocal";
const IMPORT_STAR_WARNING = "import * only allowed at module level";
const NAMED_EXPR_COMP_IN_CLASS = "assignment expression within a comprehension cannot be used in a class body";
const NAMED_EXPR_COMP_CONFLICT = "assignment expression cannot rebind comprehension iteration variable '%s'";
const NAMED_EXPR_COMP_INNER_LOOP_CONFLICT = "comprehension inner loop cannot rebind assignment expression target '%s'";
const NAMED_EXPR_COMP_ITER_EXPR = "assignment expression cannot be used in a comprehension iterable expression";
const ANNOTATION_NOT_ALLOWED = "'%s' can not be used within an annotation";
const DUPLICATE_ARGUMENT = "duplicate argument '%s' in function definition";

const fmt = (msg: string, name: string) => msg.replace("%s", name);

export class SymbolTable {
  top!: SymbolTableEntry;
  /** AST node -> its block (st_blocks). */
  blocks = new Map<ast.AST, SymbolTableEntry>();
  private stack: SymbolTableEntry[] = [];
  private cur!: SymbolTableEntry;
  private global!: Map<string, number>;
  private privateName: string | null = null;
  /** recursion_depth / recursion_limit: statement, expression and pattern nesting. */
  private depth: number;
  private readonly limit: number;

  constructor(readonly filename: string, readonly future: FutureFeatures) {
    ({ depth: this.depth, limit: this.limit } = compilerRecursionBudget());
  }

  lookup(node: ast.AST): SymbolTableEntry {
    const ste = this.blocks.get(node);
    if (!ste) throw new Error("symtable: no block for node");
    return ste;
  }

  private error(msg: string, loc: Located): CompileError {
    return new CompileError(
      "SyntaxError",
      msg,
      loc.lineno,
      loc.col_offset + 1,
      null,
      loc.end_lineno ?? loc.lineno,
      (loc.end_col_offset ?? -1) + 1,
      this.filename,
    );
  }

  // symtable_enter_block
  private enterBlock(name: string, type: BlockType, node: ast.AST, loc: Located): void {
    const prev = this.stack.length ? this.cur : null;
    const ste = new SymbolTableEntry(name, type, node, loc.lineno, loc.col_offset);
    if (prev && (prev.nested || prev.type === "function")) ste.nested = true;
    this.blocks.set(node, ste);
    this.stack.push(ste);
    if (prev) ste.compIterExpr = prev.compIterExpr;
    this.cur = ste;
    if (type === "annotation") return;
    if (type === "module") this.global = ste.symbols;
    if (prev) prev.children.push(ste);
  }

  // symtable_exit_block
  private exitBlock(): void {
    this.stack.pop();
    this.cur = this.stack[this.stack.length - 1];
  }

  // symtable_add_def_helper
  private addDefHelper(name: string, flag: number, ste: SymbolTableEntry, loc: Located): void {
    const mangled = mangle(this.privateName, name);
    let val = ste.symbols.get(mangled);
    if (val !== undefined) {
      if (flag & DEF_PARAM && val & DEF_PARAM) throw this.error(fmt(DUPLICATE_ARGUMENT, name), loc);
      val |= flag;
    } else val = flag;
    if (ste.compIterTarget) {
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) throw this.error(fmt(NAMED_EXPR_COMP_INNER_LOOP_CONFLICT, name), loc);
      val |= DEF_COMP_ITER;
    }
    ste.symbols.set(mangled, val);
    if (flag & DEF_PARAM) ste.varnames.push(mangled);
    else if (flag & DEF_GLOBAL) {
      this.global.set(mangled, flag | (this.global.get(mangled) ?? 0));
    }
  }

  private addDef(name: string, flag: number, loc: Located): void {
    this.addDefHelper(name, flag, this.cur, loc);
  }

  private lookupName(name: string): number {
    return this.cur.getSymbol(mangle(this.privateName, name));
  }

  private recordDirective(name: string, loc: Located): void {
    // errors point at the first directive naming the symbol (error_at_directive)
    const mangled = mangle(this.privateName, name);
    if (!this.cur.directives.has(mangled)) this.cur.directives.set(mangled, loc);
  }

  // _PySymtable_Build
  build(mod: ast.mod): this {
    this.enterBlock("top", "module", mod, { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    this.top = this.cur;
    if (mod instanceof ast.Module || mod instanceof ast.Interactive) for (const s of mod.body) this.visitStmt(s);
    else if (mod instanceof ast.Expression) this.visitExpr(mod.body);
    else throw new CompileError("SyntaxError", "this compiler does not handle FunctionTypes");
    this.exitBlock();
    this.analyze();
    return this;
  }

  private visitStmts(body: ast.stmt[]): void {
    for (const s of body) this.visitStmt(s);
  }
  private visitExprs(body: (ast.expr | null)[]): void {
    for (const e of body) if (e) this.visitExpr(e);
  }

  // symtable_visit_stmt: the nesting check, then the visit
  private visitStmt(s: ast.stmt): void {
    if (++this.depth > this.limit) throw compilerRecursionError();
    this.visitStmt1(s);
    this.depth--;
  }
  private visitStmt1(s: ast.stmt): void {
    const k = s.constructor;
    if (k === ast.Expr) return this.visitExpr((s as ast.Expr).value);
    if (k === ast.Assign) {
      this.visitExprs((s as ast.Assign).targets);
      return this.visitExpr((s as ast.Assign).value);
    }
    if (s instanceof ast.FunctionDef || s instanceof ast.AsyncFunctionDef) {
      this.addDef(s.name, DEF_LOCAL, s);
      this.visitExprs(s.args.defaults);
      this.visitExprs(s.args.kw_defaults);
      this.visitAnnotations(s, s.args, s.returns);
      this.visitExprs(s.decorator_list);
      this.enterBlock(s.name, "function", s, s);
      if (s instanceof ast.AsyncFunctionDef) this.cur.coroutine = true;
      this.visitArguments(s.args);
      this.visitStmts(s.body);
      this.exitBlock();
    } else if (s instanceof ast.ClassDef) {
      this.addDef(s.name, DEF_LOCAL, s);
      this.visitExprs(s.bases);
      for (const k of s.keywords) this.visitExpr(k.value);
      this.visitExprs(s.decorator_list);
      this.enterBlock(s.name, "class", s, s);
      const tmp = this.privateName;
      this.privateName = s.name;
      this.visitStmts(s.body);
      this.privateName = tmp;
      this.exitBlock();
    } else if (s instanceof ast.Return) {
      if (s.value) {
        this.visitExpr(s.value);
        this.cur.returnsValue = true;
      }
    } else if (s instanceof ast.Delete) this.visitExprs(s.targets);
    else if (s instanceof ast.Assign) {
      this.visitExprs(s.targets);
      this.visitExpr(s.value);
    } else if (s instanceof ast.AnnAssign) {
      if (s.target instanceof ast.Name) {
        const name = s.target.id;
        const cur = this.lookupName(name);
        if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && this.cur.symbols !== this.global && s.simple) {
          throw this.error(fmt(cur & DEF_GLOBAL ? GLOBAL_ANNOT : NONLOCAL_ANNOT, name), s);
        }
        if (s.simple) this.addDef(name, DEF_ANNOT | DEF_LOCAL, s.target);
        else if (s.value) this.addDef(name, DEF_LOCAL, s.target);
      } else this.visitExpr(s.target);
      this.visitAnnotation(s.annotation);
      if (s.value) this.visitExpr(s.value);
    } else if (s instanceof ast.AugAssign) {
      this.visitExpr(s.target);
      this.visitExpr(s.value);
    } else if (s instanceof ast.For || s instanceof ast.AsyncFor) {
      this.visitExpr(s.target);
      this.visitExpr(s.iter);
      this.visitStmts(s.body);
      this.visitStmts(s.orelse);
    } else if (s instanceof ast.While || s instanceof ast.If) {
      this.visitExpr(s.test);
      this.visitStmts(s.body);
      this.visitStmts(s.orelse);
    } else if (s instanceof ast.Match) {
      this.visitExpr(s.subject);
      for (const c of s.cases) {
        this.visitPattern(c.pattern);
        if (c.guard) this.visitExpr(c.guard);
        this.visitStmts(c.body);
      }
    } else if (s instanceof ast.Raise) {
      if (s.exc) {
        this.visitExpr(s.exc);
        if (s.cause) this.visitExpr(s.cause);
      }
    } else if (s instanceof ast.Try || s instanceof ast.TryStar) {
      this.visitStmts(s.body);
      this.visitStmts(s.orelse);
      for (const h of s.handlers) this.visitExceptHandler(h as ast.ExceptHandler);
      this.visitStmts(s.finalbody);
    } else if (s instanceof ast.Assert) {
      this.visitExpr(s.test);
      if (s.msg) this.visitExpr(s.msg);
    } else if (s instanceof ast.Import || s instanceof ast.ImportFrom) {
      for (const a of s.names) this.visitAlias(a);
    } else if (s instanceof ast.Global || s instanceof ast.Nonlocal) {
      const isGlobal = s instanceof ast.Global;
      for (const name of s.names) {
        const cur = this.lookupName(name);
        if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
          let msg: string;
          if (cur & DEF_PARAM) msg = isGlobal ? GLOBAL_PARAM : NONLOCAL_PARAM;
          else if (cur & USE) msg = isGlobal ? GLOBAL_AFTER_USE : NONLOCAL_AFTER_USE;
          else if (cur & DEF_ANNOT) msg = isGlobal ? GLOBAL_ANNOT : NONLOCAL_ANNOT;
          else msg = isGlobal ? GLOBAL_AFTER_ASSIGN : NONLOCAL_AFTER_ASSIGN;
          throw this.error(fmt(msg, name), s);
        }
        this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
        this.recordDirective(name, s);
      }
    } else if (s instanceof ast.Expr) this.visitExpr(s.value);
    else if (s instanceof ast.With || s instanceof ast.AsyncWith) {
      for (const item of s.items) {
        this.visitExpr(item.context_expr);
        if (item.optional_vars) this.visitExpr(item.optional_vars);
      }
      this.visitStmts(s.body);
    }
    // Pass, Break, Continue: nothing
  }

  // symtable_visit_expr
  private visitExpr(e: ast.expr): void {
    if (++this.depth > this.limit) throw compilerRecursionError();
    this.visitExpr1(e);
    this.depth--;
  }
  private visitExpr1(e: ast.expr): void {
    const k = e.constructor;
    if (k === ast.Constant) return;
    if (k === ast.Name) {
      const n = e as ast.Name;
      this.addDef(n.id, n.ctx === ast.Load ? USE : DEF_LOCAL, n);
      if (n.ctx === ast.Load && this.cur.type === "function" && n.id === "super") this.addDef("__class__", USE, n);
      return;
    }
    if (k === ast.Attribute) return this.visitExpr((e as ast.Attribute).value);
    if (e instanceof ast.NamedExpr) {
      this.raiseIfAnnotationBlock("named expression", e);
      if (this.cur.compIterExpr > 0) throw this.error(NAMED_EXPR_COMP_ITER_EXPR, e);
      if (this.cur.comprehension) this.extendNamedExprScope(e.target as ast.Name);
      this.visitExpr(e.value);
      this.visitExpr(e.target);
    } else if (e instanceof ast.BoolOp) this.visitExprs(e.values);
    else if (e instanceof ast.BinOp) {
      this.visitExpr(e.left);
      this.visitExpr(e.right);
    } else if (e instanceof ast.UnaryOp) this.visitExpr(e.operand);
    else if (e instanceof ast.Lambda) {
      this.visitExprs(e.args.defaults);
      this.visitExprs(e.args.kw_defaults);
      this.enterBlock("lambda", "function", e, e);
      this.visitArguments(e.args);
      this.visitExpr(e.body);
      this.exitBlock();
    } else if (e instanceof ast.IfExp) {
      this.visitExpr(e.test);
      this.visitExpr(e.body);
      this.visitExpr(e.orelse);
    } else if (e instanceof ast.Dict) {
      this.visitExprs(e.keys);
      this.visitExprs(e.values);
    } else if (e instanceof ast.Set) this.visitExprs(e.elts);
    else if (e instanceof ast.GeneratorExp) this.handleComprehension(e, "genexpr", e.generators, e.elt, null);
    else if (e instanceof ast.ListComp) this.handleComprehension(e, "listcomp", e.generators, e.elt, null);
    else if (e instanceof ast.SetComp) this.handleComprehension(e, "setcomp", e.generators, e.elt, null);
    else if (e instanceof ast.DictComp) this.handleComprehension(e, "dictcomp", e.generators, e.key, e.value);
    else if (e instanceof ast.Yield || e instanceof ast.YieldFrom) {
      this.raiseIfAnnotationBlock(e instanceof ast.Yield ? "yield expression" : "yield expression", e);
      if (e.value) this.visitExpr(e.value);
      this.cur.generator = true;
      if (this.cur.comprehension) this.raiseIfComprehensionBlock(e);
    } else if (e instanceof ast.Await) {
      this.raiseIfAnnotationBlock("await expression", e);
      this.visitExpr(e.value);
      this.cur.coroutine = true;
    } else if (e instanceof ast.Compare) {
      this.visitExpr(e.left);
      this.visitExprs(e.comparators);
    } else if (e instanceof ast.Call) {
      this.visitExpr(e.func);
      this.visitExprs(e.args);
      for (const k of e.keywords) this.visitExpr(k.value);
    } else if (e instanceof ast.FormattedValue) {
      this.visitExpr(e.value);
      if (e.format_spec) this.visitExpr(e.format_spec);
    } else if (e instanceof ast.JoinedStr) this.visitExprs(e.values);
    else if (e instanceof ast.Attribute) this.visitExpr(e.value);
    else if (e instanceof ast.Subscript) {
      this.visitExpr(e.value);
      this.visitExpr(e.slice);
    } else if (e instanceof ast.Starred) this.visitExpr(e.value);
    else if (e instanceof ast.Slice) {
      if (e.lower) this.visitExpr(e.lower);
      if (e.upper) this.visitExpr(e.upper);
      if (e.step) this.visitExpr(e.step);
    } else if (e instanceof ast.Name) {
      this.addDef(e.id, e.ctx === ast.Load ? USE : DEF_LOCAL, e);
      // Special-case super: it counts as a use of __class__
      if (e.ctx === ast.Load && this.cur.type === "function" && e.id === "super") this.addDef("__class__", USE, e);
    } else if (e instanceof ast.List || e instanceof ast.Tuple) this.visitExprs(e.elts);
    // Constant: nothing
  }

  private raiseIfAnnotationBlock(name: string, e: ast.expr): void {
    if (this.cur.type === "annotation") throw this.error(fmt(ANNOTATION_NOT_ALLOWED, name), e);
  }

  // symtable_raise_if_comprehension_block
  private raiseIfComprehensionBlock(e: ast.expr): void {
    const t = this.cur.comprehension;
    const msg =
      t === "list" ? "'yield' inside list comprehension"
      : t === "set" ? "'yield' inside set comprehension"
      : t === "dict" ? "'yield' inside dict comprehension"
      : "'yield' inside generator expression";
    throw this.error(msg, e);
  }

  // symtable_extend_namedexpr_scope
  private extendNamedExprScope(target: ast.Name): void {
    const name = target.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i];
      if (ste.comprehension) {
        if (ste.getSymbol(name) & DEF_COMP_ITER) throw this.error(fmt(NAMED_EXPR_COMP_CONFLICT, name), target);
        continue;
      }
      if (ste.type === "function") {
        if (ste.getSymbol(name) & DEF_GLOBAL) this.addDef(name, DEF_GLOBAL, target);
        else this.addDef(name, DEF_NONLOCAL, target);
        this.recordDirective(name, target);
        this.addDefHelper(name, DEF_LOCAL, ste, target);
        return;
      }
      if (ste.type === "module") {
        this.addDef(name, DEF_GLOBAL, target);
        this.recordDirective(name, target);
        this.addDefHelper(name, DEF_GLOBAL, ste, target);
        return;
      }
      if (ste.type === "class") throw this.error(NAMED_EXPR_COMP_IN_CLASS, target);
    }
    throw new Error("symtable: no scope for named expression");
  }

  // symtable_handle_comprehension
  private handleComprehension(
    e: ast.expr,
    scopeName: string,
    generators: ast.comprehension[],
    elt: ast.expr,
    value: ast.expr | null,
  ): void {
    const isGenerator = e instanceof ast.GeneratorExp;
    const outermost = generators[0];
    this.cur.compIterExpr++;
    this.visitExpr(outermost.iter);
    this.cur.compIterExpr--;
    this.enterBlock(scopeName, "function", e, e);
    this.cur.comprehension =
      e instanceof ast.ListComp ? "list" : e instanceof ast.SetComp ? "set" : e instanceof ast.DictComp ? "dict" : "genexpr";
    if (outermost.is_async) this.cur.coroutine = true;
    this.addDef(".0", DEF_PARAM, e); // the implicit argument: the outermost iterator
    this.cur.compIterTarget = true;
    this.visitExpr(outermost.target);
    this.cur.compIterTarget = false;
    this.visitExprs(outermost.ifs);
    for (let i = 1; i < generators.length; i++) this.visitComprehension(generators[i]);
    if (value) this.visitExpr(value);
    this.visitExpr(elt);
    if (isGenerator) this.cur.generator = true;
    // an async comprehension (not a generator expression) makes its enclosing scope async too
    const isAsync = this.cur.coroutine && !isGenerator;
    this.exitBlock();
    if (isAsync) this.cur.coroutine = true;
  }

  // symtable_visit_comprehension
  private visitComprehension(lc: ast.comprehension): void {
    this.cur.compIterTarget = true;
    this.visitExpr(lc.target);
    this.cur.compIterTarget = false;
    this.cur.compIterExpr++;
    this.visitExpr(lc.iter);
    this.cur.compIterExpr--;
    this.visitExprs(lc.ifs);
    if (lc.is_async) this.cur.coroutine = true;
  }

  // symtable_visit_arguments
  private visitArguments(a: ast.arguments_): void {
    for (const p of a.posonlyargs) this.addDef(p.arg, DEF_PARAM, p);
    for (const p of a.args) this.addDef(p.arg, DEF_PARAM, p);
    for (const p of a.kwonlyargs) this.addDef(p.arg, DEF_PARAM, p);
    if (a.vararg) {
      this.addDef(a.vararg.arg, DEF_PARAM, a.vararg);
      this.cur.varargs = true;
    }
    if (a.kwarg) {
      this.addDef(a.kwarg.arg, DEF_PARAM, a.kwarg);
      this.cur.varkeywords = true;
    }
  }

  // symtable_visit_annotation
  private visitAnnotation(annotation: ast.expr): void {
    const future = (this.future.features & CO_FUTURE_ANNOTATIONS) !== 0;
    if (future) this.enterBlock("_annotation", "annotation", annotation, annotation);
    this.visitExpr(annotation);
    if (future) this.exitBlock();
  }

  // symtable_visit_annotations
  private visitAnnotations(s: ast.stmt, a: ast.arguments_, returns: ast.expr | null): void {
    const future = (this.future.features & CO_FUTURE_ANNOTATIONS) !== 0;
    if (future) this.enterBlock("_annotation", "annotation", a, s);
    for (const p of a.posonlyargs) if (p.annotation) this.visitExpr(p.annotation);
    for (const p of a.args) if (p.annotation) this.visitExpr(p.annotation);
    if (a.vararg?.annotation) this.visitExpr(a.vararg.annotation);
    if (a.kwarg?.annotation) this.visitExpr(a.kwarg.annotation);
    for (const p of a.kwonlyargs) if (p.annotation) this.visitExpr(p.annotation);
    if (future) this.exitBlock();
    if (returns) this.visitAnnotation(returns);
  }

  private visitExceptHandler(h: ast.ExceptHandler): void {
    if (h.type) this.visitExpr(h.type);
    if (h.name) this.addDef(h.name, DEF_LOCAL, h);
    this.visitStmts(h.body);
  }

  // symtable_visit_alias
  private visitAlias(a: ast.alias): void {
    const storeName = a.asname ?? a.name.split(".")[0];
    if (a.name !== "*") this.addDef(storeName, DEF_IMPORT, a);
    else if (this.cur.type !== "module") throw this.error(IMPORT_STAR_WARNING, a);
  }

  // symtable_visit_pattern: the nesting check, then the visit
  private visitPattern(p: ast.pattern): void {
    if (++this.depth > this.limit) throw compilerRecursionError();
    this.visitPattern1(p);
    this.depth--;
  }
  private visitPattern1(p: ast.pattern): void {
    if (p instanceof ast.MatchValue) this.visitExpr(p.value);
    else if (p instanceof ast.MatchSequence) for (const q of p.patterns) this.visitPattern(q);
    else if (p instanceof ast.MatchStar) {
      if (p.name) this.addDef(p.name, DEF_LOCAL, p);
    } else if (p instanceof ast.MatchMapping) {
      this.visitExprs(p.keys);
      for (const q of p.patterns) this.visitPattern(q);
      if (p.rest) this.addDef(p.rest, DEF_LOCAL, p);
    } else if (p instanceof ast.MatchClass) {
      this.visitExpr(p.cls);
      for (const q of p.patterns) this.visitPattern(q);
      for (const q of p.kwd_patterns) this.visitPattern(q);
    } else if (p instanceof ast.MatchAs) {
      if (p.pattern) this.visitPattern(p.pattern);
      if (p.name) this.addDef(p.name, DEF_LOCAL, p);
    } else if (p instanceof ast.MatchOr) for (const q of p.patterns) this.visitPattern(q);
  }

  // ---- Analysis (symtable_analyze and friends) ----

  private analyze(): void {
    this.analyzeBlock(this.top, null, new Set(), new Set());
  }

  // analyze_name
  private analyzeName(
    ste: SymbolTableEntry,
    scopes: Map<string, number>,
    name: string,
    flags: number,
    bound: Set<string> | null,
    local: Set<string>,
    free: Set<string>,
    global: Set<string>,
  ): void {
    if (flags & DEF_GLOBAL) {
      if (flags & DEF_NONLOCAL) throw this.errorAtDirective(ste, name, `name '${name}' is nonlocal and global`);
      scopes.set(name, GLOBAL_EXPLICIT);
      global.add(name);
      if (bound) bound.delete(name);
      return;
    }
    if (flags & DEF_NONLOCAL) {
      if (!bound) throw this.errorAtDirective(ste, name, "nonlocal declaration not allowed at module level");
      if (!bound.has(name)) throw this.errorAtDirective(ste, name, `no binding for nonlocal '${name}' found`);
      scopes.set(name, FREE);
      ste.free = true;
      free.add(name);
      return;
    }
    if (flags & DEF_BOUND) {
      scopes.set(name, LOCAL);
      local.add(name);
      global.delete(name);
      return;
    }
    if (bound && bound.has(name)) {
      scopes.set(name, FREE);
      ste.free = true;
      free.add(name);
      return;
    }
    if (global.has(name)) {
      scopes.set(name, GLOBAL_IMPLICIT);
      return;
    }
    if (ste.nested) ste.free = true;
    scopes.set(name, GLOBAL_IMPLICIT);
  }

  private errorAtDirective(ste: SymbolTableEntry, name: string, msg: string): CompileError {
    const loc = ste.directives.get(name);
    if (!loc) return new CompileError("SyntaxError", msg, 0, 0, null, 0, 0, this.filename);
    return this.error(msg, loc);
  }

  // analyze_block
  private analyzeBlock(ste: SymbolTableEntry, bound: Set<string> | null, free: Set<string>, global: Set<string>): void {
    const local = new Set<string>();
    const scopes = new Map<string, number>();
    const newglobal = new Set<string>();
    const newfree = new Set<string>();
    const newbound = new Set<string>();
    if (ste.type === "class") {
      for (const n of global) newglobal.add(n);
      if (bound) for (const n of bound) newbound.add(n);
    }
    for (const [name, flags] of ste.symbols) this.analyzeName(ste, scopes, name, flags, bound, local, free, global);
    if (ste.type !== "class") {
      if (ste.type === "function") for (const n of local) newbound.add(n);
      if (bound) for (const n of bound) newbound.add(n);
      for (const n of global) newglobal.add(n);
    } else newbound.add("__class__");
    const allfree = new Set<string>();
    for (const child of ste.children) {
      // analyze_child_block: the child works on copies
      const tempFree = new Set(newfree);
      this.analyzeBlock(child, new Set(newbound), tempFree, new Set(newglobal));
      for (const n of tempFree) allfree.add(n);
      if (child.free || child.childFree) ste.childFree = true;
    }
    for (const n of allfree) newfree.add(n);
    if (ste.type === "function") this.analyzeCells(scopes, newfree);
    else if (ste.type === "class") this.dropClassFree(ste, newfree);
    this.updateSymbols(ste.symbols, scopes, bound, newfree, ste.type === "class");
    for (const n of newfree) free.add(n);
  }

  // analyze_cells
  private analyzeCells(scopes: Map<string, number>, free: Set<string>): void {
    for (const [name, scope] of scopes) {
      if (scope !== LOCAL || !free.has(name)) continue;
      scopes.set(name, CELL);
      free.delete(name);
    }
  }

  // drop_class_free
  private dropClassFree(ste: SymbolTableEntry, free: Set<string>): void {
    if (free.delete("__class__")) ste.needsClassClosure = true;
  }

  // update_symbols
  private updateSymbols(
    symbols: Map<string, number>,
    scopes: Map<string, number>,
    bound: Set<string> | null,
    free: Set<string>,
    classflag: boolean,
  ): void {
    for (const [name, flags] of symbols) symbols.set(name, flags | (scopes.get(name)! << SCOPE_OFFSET));
    for (const name of free) {
      const flags = symbols.get(name);
      if (flags !== undefined) {
        if (classflag && flags & (DEF_BOUND | DEF_GLOBAL)) symbols.set(name, flags | DEF_FREE_CLASS);
        continue;
      }
      if (bound && !bound.has(name)) continue;
      symbols.set(name, FREE << SCOPE_OFFSET);
    }
  }
}

/** _PySymtable_Build */
export function buildSymtable(mod: ast.mod, filename: string, future: FutureFeatures): SymbolTable {
  return new SymbolTable(filename, future).build(mod);
}
