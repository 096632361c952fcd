// The code generator of CPython 3.11's Python/compile.c: AST (after ast_opt.ts folding) and
// symbol table in, basic blocks of 3.11 instructions out; assemble.ts turns each unit's blocks
// into a code object.
import * as ast from "../Parser/ast";
import { CompileError } from "../Parser/errors";
import { Op, Pseudo, NB, FVC_STR, FVC_REPR, FVC_ASCII, FVC_NONE, FVS_HAVE_SPEC, isJump } from "./opcode";
import { Block, Instr, AssemblyUnit, assemble } from "./assemble";
import {
  CodeObject,
  CO_NEWLOCALS,
  CO_OPTIMIZED,
  CO_NESTED,
  CO_GENERATOR,
  CO_COROUTINE,
  CO_ASYNC_GENERATOR,
  CO_VARARGS,
  CO_VARKEYWORDS,
  CO_FUTURE_ANNOTATIONS,
} from "../Objects/codeobject";
import { ConstValue, ConstFrozenset, constKey, codeEquals, EllipsisValue } from "./constants";
import { futureFromAST, FutureFeatures } from "./future";
import {
  SymbolTable,
  SymbolTableEntry,
  buildSymtable,
  mangle,
  CELL,
  FREE,
  LOCAL,
  GLOBAL_IMPLICIT,
  GLOBAL_EXPLICIT,
  DEF_FREE_CLASS,
  DEF_IMPORT,
  SCOPE_OFFSET,
  SCOPE_MASK,
} from "./symtable";
import { astOptimize } from "./ast_opt";
import { exprAsUnicode } from "./ast_unparse";
import { parse } from "../Parser/parse";
import { readFileSync } from "node:fs";

// compile() flags (Include/cpython/compile.h).
export const PyCF_MASK = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | 0x1000000;
export const PyCF_ONLY_AST = 0x0400;
export const PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

const STACK_USE_GUIDELINE = 30;
const CO_MAXBLOCKS = 20;

const enum Scope {
  MODULE,
  CLASS,
  FUNCTION,
  ASYNC_FUNCTION,
  LAMBDA,
  COMPREHENSION,
}

const enum FB {
  WHILE_LOOP,
  FOR_LOOP,
  TRY_EXCEPT,
  FINALLY_TRY,
  FINALLY_END,
  WITH,
  ASYNC_WITH,
  HANDLER_CLEANUP,
  POP_VALUE,
  EXCEPTION_HANDLER,
  EXCEPTION_GROUP_HANDLER,
  ASYNC_COMPREHENSION_GENERATOR,
}

const enum Comp {
  GENEXP,
  LISTCOMP,
  SETCOMP,
  DICTCOMP,
}

interface FBlockInfo {
  type: FB;
  block: Block | null;
  exit: Block | null;
  datum: unknown;
}

type Located = { lineno: number; col_offset: number; end_lineno?: number | null; end_col_offset?: number | null };

class Unit implements AssemblyUnit {
  blocks: Block | null = null;
  curblock!: Block;
  consts: ConstValue[] = [];
  constIndex = new Map<string, number>();
  names = new Map<string, number>();
  varnames = new Map<string, number>();
  cellvars = new Map<string, number>();
  freevars = new Map<string, number>();
  qualname = "";
  private_: string | null = null;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  fblocks: FBlockInfo[] = [];
  firstlineno: number;
  lineno: number;
  col_offset = 0;
  end_lineno: number;
  end_col_offset = 0;
  needNewImplicitBlock = false;
  flags = 0;
  isGeneratorOrCoroutine = false;
  constructor(readonly ste: SymbolTableEntry, readonly name: string, readonly scopeType: Scope, lineno: number) {
    this.firstlineno = lineno;
    this.lineno = lineno;
    this.end_lineno = lineno;
  }
  newBlock(): Block {
    const b = new Block();
    b.list = this.blocks;
    this.blocks = b;
    return b;
  }
}

interface PatternContext {
  stores: string[];
  allowIrrefutable: boolean;
  failPop: Block[];
  onTop: number;
}

// dictbytype: names of the given scope (or with the flag), sorted, numbered from offset.
function dictbytype(src: Map<string, number>, scopeType: number, flag: number, offset: number): Map<string, number> {
  const dest = new Map<string, number>();
  const keys = [...src.keys()].sort(comparePyStr);
  let i = offset;
  for (const k of keys) {
    const vi = src.get(k)!;
    const scope = (vi >> SCOPE_OFFSET) & SCOPE_MASK;
    if (scope === scopeType || vi & flag) dest.set(k, i++);
  }
  return dest;
}

/** Python's str ordering (by code point, not UTF-16 unit). */
function comparePyStr(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; ) {
    const ca = a.codePointAt(i)!;
    const cb = b.codePointAt(i)!;
    if (ca !== cb) return ca - cb;
    i += ca > 0xffff ? 2 : 1;
  }
  return a.length - b.length;
}

function getDocString(body: ast.stmt[]): string | null {
  if (!body.length) return null;
  const st = body[0];
  if (!(st instanceof ast.Expr)) return null;
  const e = st.value;
  if (e instanceof ast.Constant && typeof e.value === "string") return e.value;
  return null;
}

// find_ann
function findAnn(stmts: ast.stmt[]): boolean {
  for (const st of stmts) {
    let res = false;
    if (st instanceof ast.AnnAssign) return true;
    else if (st instanceof ast.For || st instanceof ast.AsyncFor || st instanceof ast.While || st instanceof ast.If)
      res = findAnn(st.body) || findAnn(st.orelse);
    else if (st instanceof ast.With || st instanceof ast.AsyncWith) res = findAnn(st.body);
    else if (st instanceof ast.Try || st instanceof ast.TryStar) {
      for (const h of st.handlers) if (findAnn((h as ast.ExceptHandler).body)) return true;
      res = findAnn(st.body) || findAnn(st.finalbody) || findAnn(st.orelse);
    } else if (st instanceof ast.Match) {
      for (const m of st.cases) if (findAnn(m.body)) return true;
    }
    if (res) return true;
  }
  return false;
}

const isConstantExpr = (e: ast.expr | null) => e instanceof ast.Constant;
const wildcardCheck = (p: ast.pattern) => p instanceof ast.MatchAs && !p.name;
const wildcardStarCheck = (p: ast.pattern) => p instanceof ast.MatchStar && !p.name;

export interface CompileOptions {
  /** compile()'s flags: future features and PyCF_* bits. */
  flags?: number;
  /** -O level: 0, 1 (no asserts, __debug__ False) or 2 (no docstrings either). */
  optimize?: number;
  /** 'single' mode prints expression statements (PRINT_EXPR). */
  interactive?: boolean;
  /**
   * Issues a SyntaxWarning (PyErr_WarnExplicitObject); returns false when the warning was turned
   * into an error, which the compiler then raises as a SyntaxError at the same place.
   */
  warn?: (msg: string, filename: string, lineno: number) => boolean;
}

export class Compiler {
  st!: SymbolTable;
  future!: FutureFeatures;
  flags: number;
  optimize: number;
  interactive = false;
  nestlevel = 0;
  u!: Unit;
  stack: Unit[] = [];
  /** SyntaxWarnings the compiler emitted (message, line). */
  warnings: { msg: string; lineno: number }[] = [];

  private warnHook: CompileOptions["warn"];

  constructor(readonly filename: string, opts: CompileOptions = {}) {
    this.flags = opts.flags ?? 0;
    this.optimize = opts.optimize ?? 0;
    this.warnHook = opts.warn;
  }

  // ---- errors ----
  error(msg: string): CompileError {
    const u = this.u;
    return new CompileError("SyntaxError", msg, u.lineno, u.col_offset + 1, null, u.end_lineno, u.end_col_offset + 1, this.filename);
  }
  // compiler_warn
  warn(msg: string): void {
    this.warnings.push({ msg, lineno: this.u.lineno });
    if (this.warnHook && !this.warnHook(msg, this.filename, this.u.lineno)) throw this.error(msg);
  }

  // ---- locations ----
  setLoc(x: Located): void {
    const u = this.u;
    u.lineno = x.lineno;
    u.col_offset = x.col_offset;
    u.end_lineno = x.end_lineno ?? x.lineno;
    u.end_col_offset = x.end_col_offset ?? -1;
  }
  unsetLoc(): void {
    const u = this.u;
    u.lineno = -1;
    u.col_offset = -1;
    u.end_lineno = -1;
    u.end_col_offset = -1;
  }
  saveLoc(): [number, number, number, number] {
    const u = this.u;
    return [u.lineno, u.col_offset, u.end_lineno, u.end_col_offset];
  }
  restoreLoc(l: [number, number, number, number]): void {
    const u = this.u;
    [u.lineno, u.col_offset, u.end_lineno, u.end_col_offset] = l;
  }

  // ---- blocks and instructions ----
  newBlock(): Block {
    return this.u.newBlock();
  }
  useNextBlock(b: Block): Block {
    this.u.curblock.next = b;
    this.u.curblock = b;
    this.u.needNewImplicitBlock = false;
    return b;
  }
  private addInstr(op: number, arg: number, target: Block | null, lineno: number, end_lineno: number, col: number, end_col: number): void {
    const u = this.u;
    if (u.needNewImplicitBlock) this.useNextBlock(this.newBlock());
    const b = u.curblock;
    const i: Instr = { op, arg, target, except: null, lineno, end_lineno, col_offset: col, end_col_offset: end_col };
    b.instrs.push(i);
    if (op === Op.RETURN_VALUE) b.return = true;
    if (isJump(op) || op === Op.RETURN_VALUE || op === Op.RAISE_VARARGS || op === Op.RERAISE) u.needNewImplicitBlock = true;
  }
  addop(op: number): void {
    const u = this.u;
    this.addInstr(op, 0, null, u.lineno, u.end_lineno, u.col_offset, u.end_col_offset);
  }
  addopNoline(op: number): void {
    this.addInstr(op, 0, null, -1, 0, 0, 0);
  }
  addopI(op: number, arg: number): void {
    const u = this.u;
    this.addInstr(op, arg, null, u.lineno, u.end_lineno, u.col_offset, u.end_col_offset);
  }
  addopINoline(op: number, arg: number): void {
    this.addInstr(op, arg, null, -1, 0, 0, 0);
  }
  addopJ(op: number, target: Block): void {
    const u = this.u;
    this.addInstr(op, 0, target, u.lineno, u.end_lineno, u.col_offset, u.end_col_offset);
  }
  addopJNoline(op: number, target: Block): void {
    this.addInstr(op, 0, target, -1, 0, 0, 0);
  }
  // compiler_add_const
  addConst(v: ConstValue): number {
    const u = this.u;
    let key = constKey(v);
    if (v instanceof CodeObject) {
      // equal code objects are one constant; the key only groups candidates
      for (let n = 0; ; n++) {
        const j = u.constIndex.get(key + "#" + n);
        if (j === undefined) {
          key = key + "#" + n;
          break;
        }
        if (codeEquals(u.consts[j] as CodeObject, v)) return j;
      }
    }
    let i = u.constIndex.get(key);
    if (i === undefined) {
      i = u.consts.length;
      u.constIndex.set(key, i);
      u.consts.push(v);
    }
    return i;
  }
  loadConst(v: ConstValue): void {
    this.addopI(Op.LOAD_CONST, this.addConst(v));
  }
  private addO(dict: Map<string, number>, name: string): number {
    let i = dict.get(name);
    if (i === undefined) {
      i = dict.size;
      dict.set(name, i);
    }
    return i;
  }
  addopName(op: number, name: string): void {
    this.addopI(op, this.addO(this.u.names, mangle(this.u.private_, name)));
  }

  // ---- scopes ----
  // compiler_enter_scope
  enterScope(name: string, scopeType: Scope, key: ast.AST, lineno: number): void {
    const ste = this.st.lookup(key);
    const u = new Unit(ste, name, scopeType, lineno);
    ste.varnames.forEach((n, i) => u.varnames.set(n, i));
    u.cellvars = dictbytype(ste.symbols, CELL, 0, 0);
    if (ste.needsClassClosure) u.cellvars.set("__class__", 0);
    u.freevars = dictbytype(ste.symbols, FREE, DEF_FREE_CLASS, u.cellvars.size);
    if (this.u) {
      this.stack.push(this.u);
      u.private_ = this.u.private_;
    }
    this.u = u;
    this.nestlevel++;
    u.curblock = u.newBlock();
    if (scopeType === Scope.MODULE) u.lineno = 0;
    else this.setQualname();
    this.addopI(Op.RESUME, 0);
    if (scopeType === Scope.MODULE) u.lineno = -1;
  }

  exitScope(): void {
    this.nestlevel--;
    this.u = this.stack.pop()!;
  }

  // compiler_set_qualname
  private setQualname(): void {
    const u = this.u;
    let base: string | null = null;
    if (this.stack.length > 1) {
      const parent = this.stack[this.stack.length - 1];
      let forceGlobal = false;
      if (u.scopeType === Scope.FUNCTION || u.scopeType === Scope.ASYNC_FUNCTION || u.scopeType === Scope.CLASS) {
        const m = mangle(parent.private_, u.name);
        if (parent.ste.getScope(m) === GLOBAL_EXPLICIT) forceGlobal = true;
      }
      if (!forceGlobal) {
        if (parent.scopeType === Scope.FUNCTION || parent.scopeType === Scope.ASYNC_FUNCTION || parent.scopeType === Scope.LAMBDA)
          base = parent.qualname + ".<locals>";
        else base = parent.qualname;
      }
    }
    u.qualname = base !== null ? base + "." + u.name : u.name;
  }

  private isTopLevelAwait(): boolean {
    return (this.flags & PyCF_ALLOW_TOP_LEVEL_AWAIT) !== 0 && this.u.ste.type === "module";
  }

  // compute_code_flags
  private computeCodeFlags(): number {
    const ste = this.u.ste;
    let flags = 0;
    if (ste.type === "function") {
      flags |= CO_NEWLOCALS | CO_OPTIMIZED;
      if (ste.nested) flags |= CO_NESTED;
      if (ste.generator && !ste.coroutine) flags |= CO_GENERATOR;
      if (!ste.generator && ste.coroutine) flags |= CO_COROUTINE;
      if (ste.generator && ste.coroutine) flags |= CO_ASYNC_GENERATOR;
      if (ste.varargs) flags |= CO_VARARGS;
      if (ste.varkeywords) flags |= CO_VARKEYWORDS;
    }
    flags |= this.flags & PyCF_MASK;
    if (this.isTopLevelAwait() && ste.coroutine && !ste.generator) flags |= CO_COROUTINE;
    return flags;
  }

  // assemble(), the part that belongs to the code generator
  assemble(addNone: boolean): CodeObject {
    const u = this.u;
    if (!u.curblock.return) {
      this.unsetLoc();
      if (addNone) this.loadConst(null);
      this.addop(Op.RETURN_VALUE);
    }
    u.flags = this.computeCodeFlags();
    u.isGeneratorOrCoroutine = u.ste.generator || u.ste.coroutine;
    return assemble(u, this.filename);
  }

  // ---- entry ----
  // _PyAST_Compile
  compileMod(mod: ast.mod): CodeObject {
    this.future = futureFromAST(mod, this.filename);
    const merged = this.future.features | this.flags;
    this.future.features = merged;
    this.flags = merged;
    astOptimize(mod, this.optimize, merged);
    this.st = buildSymtable(mod, this.filename, this.future);
    return this.compilerMod(mod);
  }

  // compiler_mod
  private compilerMod(mod: ast.mod): CodeObject {
    let addNone = true;
    this.enterScope("<module>", Scope.MODULE, mod, 1);
    this.u.lineno = 1;
    if (mod instanceof ast.Module) this.body(mod.body);
    else if (mod instanceof ast.Interactive) {
      if (findAnn(mod.body)) this.addop(Op.SETUP_ANNOTATIONS);
      this.interactive = true;
      for (const s of mod.body) this.visitStmt(s);
    } else if (mod instanceof ast.Expression) {
      this.visitExpr(mod.body);
      addNone = false;
    } else throw new CompileError("SyntaxError", "this compiler does not handle FunctionTypes");
    const co = this.assemble(addNone);
    this.exitScope();
    return co;
  }

  // compiler_body
  private body(stmts: ast.stmt[]): void {
    let i = 0;
    if (this.u.scopeType === Scope.MODULE && stmts.length) this.setLoc(stmts[0]);
    if (findAnn(stmts)) this.addop(Op.SETUP_ANNOTATIONS);
    if (!stmts.length) return;
    if (this.optimize < 2) {
      const doc = getDocString(stmts);
      if (doc !== null) {
        i = 1;
        this.visitExpr((stmts[0] as ast.Expr).value);
        this.unsetLoc();
        this.nameop("__doc__", ast.Store);
      }
    }
    for (; i < stmts.length; i++) this.visitStmt(stmts[i]);
  }

  // ---- frame blocks ----
  pushFblock(type: FB, block: Block | null, exit: Block | null, datum: unknown): void {
    if (this.u.fblocks.length >= CO_MAXBLOCKS) throw this.error("too many statically nested blocks");
    this.u.fblocks.push({ type, block, exit, datum });
  }
  popFblock(): void {
    this.u.fblocks.pop();
  }

  private callExitWithNones(): void {
    this.loadConst(null);
    this.loadConst(null);
    this.loadConst(null);
    this.addopI(Op.PRECALL, 2);
    this.addopI(Op.CALL, 2);
  }

  // compiler_add_yield_from
  private addYieldFrom(isAwait: boolean): void {
    const start = this.newBlock();
    const resume = this.newBlock();
    const exit = this.newBlock();
    this.useNextBlock(start);
    this.addopJ(Op.SEND, exit);
    this.useNextBlock(resume);
    this.addop(Op.YIELD_VALUE);
    this.addopI(Op.RESUME, isAwait ? 3 : 2);
    this.addopJ(Pseudo.JUMP_NO_INTERRUPT, start);
    this.useNextBlock(exit);
  }

  private popExceptAndReraise(): void {
    this.addopI(Op.COPY, 3);
    this.addop(Op.POP_EXCEPT);
    this.addopI(Op.RERAISE, 1);
  }

  // compiler_unwind_fblock
  private unwindFblock(info: FBlockInfo, preserveTos: boolean): void {
    switch (info.type) {
      case FB.WHILE_LOOP:
      case FB.EXCEPTION_HANDLER:
      case FB.EXCEPTION_GROUP_HANDLER:
      case FB.ASYNC_COMPREHENSION_GENERATOR:
        return;
      case FB.FOR_LOOP:
        if (preserveTos) this.addopI(Op.SWAP, 2);
        this.addop(Op.POP_TOP);
        return;
      case FB.TRY_EXCEPT:
        this.addop(Pseudo.POP_BLOCK);
        return;
      case FB.FINALLY_TRY:
        this.addop(Pseudo.POP_BLOCK);
        if (preserveTos) this.pushFblock(FB.POP_VALUE, null, null, null);
        for (const s of info.datum as ast.stmt[]) this.visitStmt(s);
        if (preserveTos) this.popFblock();
        this.unsetLoc();
        return;
      case FB.FINALLY_END:
        if (preserveTos) this.addopI(Op.SWAP, 2);
        this.addop(Op.POP_TOP);
        if (preserveTos) this.addopI(Op.SWAP, 2);
        this.addop(Pseudo.POP_BLOCK);
        this.addop(Op.POP_EXCEPT);
        return;
      case FB.WITH:
      case FB.ASYNC_WITH:
        this.setLoc(info.datum as ast.stmt);
        this.addop(Pseudo.POP_BLOCK);
        if (preserveTos) this.addopI(Op.SWAP, 2);
        this.callExitWithNones();
        if (info.type === FB.ASYNC_WITH) {
          this.addopI(Op.GET_AWAITABLE, 2);
          this.loadConst(null);
          this.addYieldFrom(true);
        }
        this.addop(Op.POP_TOP);
        this.unsetLoc();
        return;
      case FB.HANDLER_CLEANUP:
        if (info.datum) this.addop(Pseudo.POP_BLOCK);
        if (preserveTos) this.addopI(Op.SWAP, 2);
        this.addop(Pseudo.POP_BLOCK);
        this.addop(Op.POP_EXCEPT);
        if (info.datum) {
          this.loadConst(null);
          this.nameop(info.datum as string, ast.Store);
          this.nameop(info.datum as string, ast.Del);
        }
        return;
      case FB.POP_VALUE:
        if (preserveTos) this.addopI(Op.SWAP, 2);
        this.addop(Op.POP_TOP);
        return;
    }
  }

  // compiler_unwind_fblock_stack
  private unwindFblockStack(preserveTos: boolean, wantLoop: boolean): FBlockInfo | null {
    const fbs = this.u.fblocks;
    if (!fbs.length) return null;
    const top = fbs[fbs.length - 1];
    if (top.type === FB.EXCEPTION_GROUP_HANDLER) throw this.error("'break', 'continue' and 'return' cannot appear in an except* block");
    if (wantLoop && (top.type === FB.WHILE_LOOP || top.type === FB.FOR_LOOP)) return top;
    fbs.pop();
    this.unwindFblock(top, preserveTos);
    const loop = this.unwindFblockStack(preserveTos, wantLoop);
    fbs.push(top);
    return loop;
  }

  // ---- names ----
  private forbiddenName(name: string, ctx: ast.expr_context): void {
    if (ctx === ast.Store && name === "__debug__") throw this.error("cannot assign to __debug__");
    if (ctx === ast.Del && name === "__debug__") throw this.error("cannot delete __debug__");
  }

  // get_ref_type
  private getRefType(name: string): number {
    if (this.u.scopeType === Scope.CLASS && name === "__class__") return CELL;
    const scope = this.u.ste.getScope(name);
    if (scope === 0) throw new Error(`SystemError: _PyST_GetScope(name='${name}') failed: unknown scope in unit ${this.u.name}`);
    return scope;
  }

  // compiler_nameop
  nameop(name: string, ctx: ast.expr_context): void {
    this.forbiddenName(name, ctx);
    const u = this.u;
    const mangled = mangle(u.private_, name);
    let dict = u.names;
    let optype: "fast" | "global" | "deref" | "name" = "name";
    const scope = u.ste.getScope(mangled);
    switch (scope) {
      case FREE:
        dict = u.freevars;
        optype = "deref";
        break;
      case CELL:
        dict = u.cellvars;
        optype = "deref";
        break;
      case LOCAL:
        if (u.ste.type === "function") optype = "fast";
        break;
      case GLOBAL_IMPLICIT:
        if (u.ste.type === "function") optype = "global";
        break;
      case GLOBAL_EXPLICIT:
        optype = "global";
        break;
    }
    const pick = (load: number, store: number, del: number) => (ctx === ast.Load ? load : ctx === ast.Store ? store : del);
    let op: number;
    switch (optype) {
      case "deref":
        op = pick(u.ste.type === "class" ? Op.LOAD_CLASSDEREF : Op.LOAD_DEREF, Op.STORE_DEREF, Op.DELETE_DEREF);
        break;
      case "fast":
        this.addopI(pick(Op.LOAD_FAST, Op.STORE_FAST, Op.DELETE_FAST), this.addO(u.varnames, mangled));
        return;
      case "global":
        op = pick(Op.LOAD_GLOBAL, Op.STORE_GLOBAL, Op.DELETE_GLOBAL);
        break;
      default:
        op = pick(Op.LOAD_NAME, Op.STORE_NAME, Op.DELETE_NAME);
    }
    let arg = this.addO(dict, mangled);
    if (op === Op.LOAD_GLOBAL) arg <<= 1;
    this.addopI(op, arg);
  }

  // ---- functions and classes ----
  // compiler_make_closure
  private makeClosure(co: CodeObject, flags: number): void {
    const freevars = co.co_freevars;
    if (freevars.length) {
      for (const name of freevars) {
        const reftype = this.getRefType(name);
        const arg = reftype === CELL ? this.u.cellvars.get(name) : this.u.freevars.get(name);
        if (arg === undefined) throw new Error(`SystemError: compiler_lookup_arg(name='${name}') failed in ${this.u.name}`);
        this.addopI(Op.LOAD_CLOSURE, arg);
      }
      flags |= 0x08;
      this.addopI(Op.BUILD_TUPLE, freevars.length);
    }
    this.loadConst(co);
    this.addopI(Op.MAKE_FUNCTION, flags);
  }

  private applyDecorators(decos: ast.expr[]): void {
    const saved = this.saveLoc();
    for (let i = decos.length - 1; i >= 0; i--) {
      this.setLoc(decos[i]);
      this.addopI(Op.PRECALL, 0);
      this.addopI(Op.CALL, 0);
    }
    this.restoreLoc(saved);
  }

  // compiler_visit_kwonlydefaults: true if a dict was pushed
  private visitKwonlyDefaults(kwonlyargs: ast.arg[], kwDefaults: (ast.expr | null)[]): boolean {
    const keys: string[] = [];
    for (let i = 0; i < kwonlyargs.length; i++) {
      const d = kwDefaults[i];
      if (d) {
        keys.push(mangle(this.u.private_, kwonlyargs[i].arg));
        this.visitExpr(d);
      }
    }
    if (keys.length) {
      this.loadConst(keys);
      this.addopI(Op.BUILD_CONST_KEY_MAP, keys.length);
      return true;
    }
    return false;
  }

  private visitAnnexpr(annotation: ast.expr): void {
    this.loadConst(exprAsUnicode(annotation));
  }

  // compiler_visit_argannotation
  private visitArgAnnotation(id: string, annotation: ast.expr | null, count: { n: number }): void {
    if (!annotation) return;
    this.loadConst(mangle(this.u.private_, id));
    if (this.future.features & CO_FUTURE_ANNOTATIONS) this.visitAnnexpr(annotation);
    else if (annotation instanceof ast.Starred) {
      this.visitExpr(annotation.value);
      this.addopI(Op.UNPACK_SEQUENCE, 1);
    } else this.visitExpr(annotation);
    count.n += 2;
  }

  // compiler_visit_annotations: true if a tuple was pushed
  private visitAnnotations(args: ast.arguments_, returns: ast.expr | null): boolean {
    const count = { n: 0 };
    for (const a of args.args) this.visitArgAnnotation(a.arg, a.annotation, count);
    for (const a of args.posonlyargs) this.visitArgAnnotation(a.arg, a.annotation, count);
    if (args.vararg?.annotation) this.visitArgAnnotation(args.vararg.arg, args.vararg.annotation, count);
    for (const a of args.kwonlyargs) this.visitArgAnnotation(a.arg, a.annotation, count);
    if (args.kwarg?.annotation) this.visitArgAnnotation(args.kwarg.arg, args.kwarg.annotation, count);
    this.visitArgAnnotation("return", returns, count);
    if (count.n) {
      this.addopI(Op.BUILD_TUPLE, count.n);
      return true;
    }
    return false;
  }

  // compiler_default_arguments
  private defaultArguments(args: ast.arguments_): number {
    let funcflags = 0;
    if (args.defaults.length > 0) {
      for (const d of args.defaults) this.visitExpr(d);
      this.addopI(Op.BUILD_TUPLE, args.defaults.length);
      funcflags |= 0x01;
    }
    if (args.kwonlyargs.length && this.visitKwonlyDefaults(args.kwonlyargs, args.kw_defaults)) funcflags |= 0x02;
    return funcflags;
  }

  private checkDebugArgs(args: ast.arguments_): void {
    const check = (a: ast.arg | null) => {
      if (a) this.forbiddenName(a.arg, ast.Store);
    };
    args.posonlyargs.forEach(check);
    args.args.forEach(check);
    check(args.vararg);
    args.kwonlyargs.forEach(check);
    check(args.kwarg);
  }

  // compiler_function
  private compilerFunction(s: ast.FunctionDef | ast.AsyncFunctionDef): void {
    const isAsync = s instanceof ast.AsyncFunctionDef;
    const { args, returns, decorator_list: decos, name, body } = s;
    const scopeType = isAsync ? Scope.ASYNC_FUNCTION : Scope.FUNCTION;
    this.checkDebugArgs(args);
    for (const d of decos) this.visitExpr(d);
    const firstlineno = decos.length ? decos[0].lineno : s.lineno;
    let funcflags = this.defaultArguments(args);
    if (this.visitAnnotations(args, returns)) funcflags |= 0x04;
    this.enterScope(name, scopeType, s, firstlineno);
    const docstring = this.optimize < 2 ? getDocString(body) : null;
    this.addConst(docstring);
    this.u.argcount = args.args.length;
    this.u.posonlyargcount = args.posonlyargs.length;
    this.u.kwonlyargcount = args.kwonlyargs.length;
    for (let i = docstring !== null ? 1 : 0; i < body.length; i++) this.visitStmt(body[i]);
    const co = this.assemble(true);
    this.exitScope();
    this.makeClosure(co, funcflags);
    this.applyDecorators(decos);
    this.nameop(name, ast.Store);
  }

  // compiler_class
  private compilerClass(s: ast.ClassDef): void {
    const decos = s.decorator_list;
    for (const d of decos) this.visitExpr(d);
    const firstlineno = decos.length ? decos[0].lineno : s.lineno;
    this.enterScope(s.name, Scope.CLASS, s, firstlineno);
    this.u.private_ = s.name;
    this.nameop("__name__", ast.Load);
    this.nameop("__module__", ast.Store);
    this.loadConst(this.u.qualname);
    this.nameop("__qualname__", ast.Store);
    this.body(s.body);
    this.unsetLoc();
    if (this.u.ste.needsClassClosure) {
      const i = this.u.cellvars.get("__class__")!;
      this.addopI(Op.LOAD_CLOSURE, i);
      this.addopI(Op.COPY, 1);
      this.nameop("__classcell__", ast.Store);
    } else this.loadConst(null);
    this.addop(Op.RETURN_VALUE);
    const co = this.assemble(true);
    this.exitScope();
    this.addop(Op.PUSH_NULL);
    this.addop(Op.LOAD_BUILD_CLASS);
    this.makeClosure(co, 0);
    this.loadConst(s.name);
    this.callHelper(2, s.bases, s.keywords);
    this.applyDecorators(decos);
    this.nameop(s.name, ast.Store);
  }

  // check_compare
  private checkCompare(e: ast.Compare): void {
    const isArg = (x: ast.expr) => {
      if (!(x instanceof ast.Constant)) return true;
      const v = x.value;
      return v === null || v === false || v === true || v === EllipsisValue;
    };
    let left = isArg(e.left);
    for (let i = 0; i < e.ops.length; i++) {
      const op = e.ops[i];
      const right = isArg(e.comparators[i]);
      if (op === ast.Is || op === ast.IsNot) {
        if (!right || !left) {
          this.warn(op === ast.Is ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?');
          return;
        }
      }
      left = right;
    }
  }

  // compiler_addcompare
  private addCompare(op: ast.cmpop): void {
    switch (op) {
      case ast.Eq: return this.addopI(Op.COMPARE_OP, 2);
      case ast.NotEq: return this.addopI(Op.COMPARE_OP, 3);
      case ast.Lt: return this.addopI(Op.COMPARE_OP, 0);
      case ast.LtE: return this.addopI(Op.COMPARE_OP, 1);
      case ast.Gt: return this.addopI(Op.COMPARE_OP, 4);
      case ast.GtE: return this.addopI(Op.COMPARE_OP, 5);
      case ast.Is: return this.addopI(Op.IS_OP, 0);
      case ast.IsNot: return this.addopI(Op.IS_OP, 1);
      case ast.In: return this.addopI(Op.CONTAINS_OP, 0);
      case ast.NotIn: return this.addopI(Op.CONTAINS_OP, 1);
    }
  }

  // compiler_jump_if
  private jumpIf(e: ast.expr, next: Block, cond: boolean): void {
    if (e instanceof ast.UnaryOp && e.op === ast.Not) return this.jumpIf(e.operand, next, !cond);
    if (e instanceof ast.BoolOp) {
      const s = e.values;
      const n = s.length - 1;
      const cond2 = e.op === ast.Or;
      let next2 = next;
      if (cond2 !== cond) next2 = this.newBlock();
      for (let i = 0; i < n; i++) this.jumpIf(s[i], next2, cond2);
      this.jumpIf(s[n], next, cond);
      if (next2 !== next) this.useNextBlock(next2);
      return;
    }
    if (e instanceof ast.IfExp) {
      const end = this.newBlock();
      const next2 = this.newBlock();
      this.jumpIf(e.test, next2, false);
      this.jumpIf(e.body, next, cond);
      this.addopJNoline(Pseudo.JUMP, end);
      this.useNextBlock(next2);
      this.jumpIf(e.orelse, next, cond);
      this.useNextBlock(end);
      return;
    }
    if (e instanceof ast.Compare) {
      this.setLoc(e);
      const n = e.ops.length - 1;
      if (n > 0) {
        this.checkCompare(e);
        const cleanup = this.newBlock();
        this.visitExpr(e.left);
        for (let i = 0; i < n; i++) {
          this.visitExpr(e.comparators[i]);
          this.addopI(Op.SWAP, 2);
          this.addopI(Op.COPY, 2);
          this.addCompare(e.ops[i]);
          this.addopJ(Pseudo.POP_JUMP_IF_FALSE, cleanup);
        }
        this.visitExpr(e.comparators[n]);
        this.addCompare(e.ops[n]);
        this.addopJ(cond ? Pseudo.POP_JUMP_IF_TRUE : Pseudo.POP_JUMP_IF_FALSE, next);
        const end = this.newBlock();
        this.addopJNoline(Pseudo.JUMP, end);
        this.useNextBlock(cleanup);
        this.addop(Op.POP_TOP);
        if (!cond) this.addopJNoline(Pseudo.JUMP, next);
        this.useNextBlock(end);
        return;
      }
    }
    this.visitExpr(e);
    this.addopJ(cond ? Pseudo.POP_JUMP_IF_TRUE : Pseudo.POP_JUMP_IF_FALSE, next);
  }

  private ifexp(e: ast.IfExp): void {
    const end = this.newBlock();
    const next = this.newBlock();
    this.jumpIf(e.test, next, false);
    this.visitExpr(e.body);
    this.addopJNoline(Pseudo.JUMP, end);
    this.useNextBlock(next);
    this.visitExpr(e.orelse);
    this.useNextBlock(end);
  }

  // compiler_lambda
  private lambda(e: ast.Lambda): void {
    const args = e.args;
    this.checkDebugArgs(args);
    const funcflags = this.defaultArguments(args);
    this.enterScope("<lambda>", Scope.LAMBDA, e, e.lineno);
    this.addConst(null);
    this.u.argcount = args.args.length;
    this.u.posonlyargcount = args.posonlyargs.length;
    this.u.kwonlyargcount = args.kwonlyargs.length;
    this.visitExpr(e.body);
    let co: CodeObject;
    if (this.u.ste.generator) co = this.assemble(false);
    else {
      this.addop(Op.RETURN_VALUE);
      co = this.assemble(true);
    }
    this.exitScope();
    this.makeClosure(co, funcflags);
  }

  // ---- statements ----
  private compilerIf(s: ast.If): void {
    const end = this.newBlock();
    const next = s.orelse.length ? this.newBlock() : end;
    this.jumpIf(s.test, next, false);
    for (const x of s.body) this.visitStmt(x);
    if (s.orelse.length) {
      this.addopJNoline(Pseudo.JUMP, end);
      this.useNextBlock(next);
      for (const x of s.orelse) this.visitStmt(x);
    }
    this.useNextBlock(end);
  }

  private compilerFor(s: ast.For): void {
    const start = this.newBlock();
    const body = this.newBlock();
    const cleanup = this.newBlock();
    const end = this.newBlock();
    this.pushFblock(FB.FOR_LOOP, start, end, null);
    this.visitExpr(s.iter);
    this.addop(Op.GET_ITER);
    this.useNextBlock(start);
    this.addopJ(Op.FOR_ITER, cleanup);
    this.useNextBlock(body);
    this.visitExpr(s.target);
    for (const x of s.body) this.visitStmt(x);
    this.unsetLoc();
    this.addopJ(Pseudo.JUMP, start);
    this.useNextBlock(cleanup);
    this.popFblock();
    for (const x of s.orelse) this.visitStmt(x);
    this.useNextBlock(end);
  }

  private asyncFor(s: ast.AsyncFor): void {
    if (this.isTopLevelAwait()) this.u.ste.coroutine = true;
    else if (this.u.scopeType !== Scope.ASYNC_FUNCTION) throw this.error("'async for' outside async function");
    const start = this.newBlock();
    const except = this.newBlock();
    const end = this.newBlock();
    this.visitExpr(s.iter);
    this.addop(Op.GET_AITER);
    this.useNextBlock(start);
    this.pushFblock(FB.FOR_LOOP, start, end, null);
    this.addopJ(Pseudo.SETUP_FINALLY, except);
    this.addop(Op.GET_ANEXT);
    this.loadConst(null);
    this.addYieldFrom(true);
    this.addop(Pseudo.POP_BLOCK);
    this.visitExpr(s.target);
    for (const x of s.body) this.visitStmt(x);
    this.unsetLoc();
    this.addopJ(Pseudo.JUMP, start);
    this.popFblock();
    this.useNextBlock(except);
    this.setLoc(s.iter);
    this.addop(Op.END_ASYNC_FOR);
    for (const x of s.orelse) this.visitStmt(x);
    this.useNextBlock(end);
  }

  private compilerWhile(s: ast.While): void {
    const loop = this.newBlock();
    const body = this.newBlock();
    const anchor = this.newBlock();
    const end = this.newBlock();
    this.useNextBlock(loop);
    this.pushFblock(FB.WHILE_LOOP, loop, end, null);
    this.jumpIf(s.test, anchor, false);
    this.useNextBlock(body);
    for (const x of s.body) this.visitStmt(x);
    this.setLoc(s);
    this.jumpIf(s.test, body, true);
    this.popFblock();
    this.useNextBlock(anchor);
    for (const x of s.orelse) this.visitStmt(x);
    this.useNextBlock(end);
  }

  private compilerReturn(s: ast.Return): void {
    const value = s.value;
    const preserveTos = value !== null && !(value instanceof ast.Constant);
    if (this.u.ste.type !== "function") throw this.error("'return' outside function");
    if (value !== null && this.u.ste.coroutine && this.u.ste.generator) throw this.error("'return' with value in async generator");
    if (preserveTos) this.visitExpr(value!);
    else if (value !== null) {
      this.setLoc(value);
      this.addop(Op.NOP);
    }
    if (value === null || value.lineno !== s.lineno) {
      this.setLoc(s);
      this.addop(Op.NOP);
    }
    this.unwindFblockStack(preserveTos, false);
    if (value === null) this.loadConst(null);
    else if (!preserveTos) this.loadConst((value as ast.Constant).value as ConstValue);
    this.addop(Op.RETURN_VALUE);
  }

  private compilerBreak(): void {
    const saved = this.saveLoc();
    this.addop(Op.NOP);
    const loop = this.unwindFblockStack(false, true);
    if (!loop) {
      this.restoreLoc(saved);
      throw this.error("'break' outside loop");
    }
    this.unwindFblock(loop, false);
    this.addopJ(Pseudo.JUMP, loop.exit!);
  }

  private compilerContinue(): void {
    const saved = this.saveLoc();
    this.addop(Op.NOP);
    const loop = this.unwindFblockStack(false, true);
    if (!loop) {
      this.restoreLoc(saved);
      throw this.error("'continue' not properly in loop");
    }
    this.addopJ(Pseudo.JUMP, loop.block!);
  }

  // compiler_try_finally / compiler_try_star_finally
  private tryFinally(s: ast.Try | ast.TryStar): void {
    const body = this.newBlock();
    const end = this.newBlock();
    const exit = this.newBlock();
    const cleanup = this.newBlock();
    this.addopJ(Pseudo.SETUP_FINALLY, end);
    this.useNextBlock(body);
    this.pushFblock(FB.FINALLY_TRY, body, end, s.finalbody);
    if (s.handlers.length) {
      if (s instanceof ast.Try) this.tryExcept(s);
      else this.tryStarExcept(s);
    } else for (const x of s.body) this.visitStmt(x);
    this.addopNoline(Pseudo.POP_BLOCK);
    this.popFblock();
    for (const x of s.finalbody) this.visitStmt(x);
    this.addopJNoline(Pseudo.JUMP, exit);
    this.useNextBlock(end);
    this.unsetLoc();
    this.addopJ(Pseudo.SETUP_CLEANUP, cleanup);
    this.addop(Op.PUSH_EXC_INFO);
    this.pushFblock(FB.FINALLY_END, end, null, null);
    for (const x of s.finalbody) this.visitStmt(x);
    this.popFblock();
    this.addopI(Op.RERAISE, 0);
    this.useNextBlock(cleanup);
    this.popExceptAndReraise();
    this.useNextBlock(exit);
  }

  // compiler_try_except
  private tryExcept(s: ast.Try): void {
    const body = this.newBlock();
    let except = this.newBlock();
    const end = this.newBlock();
    const cleanup = this.newBlock();
    this.addopJ(Pseudo.SETUP_FINALLY, except);
    this.useNextBlock(body);
    this.pushFblock(FB.TRY_EXCEPT, body, null, null);
    for (const x of s.body) this.visitStmt(x);
    this.popFblock();
    this.addopNoline(Pseudo.POP_BLOCK);
    for (const x of s.orelse) this.visitStmt(x);
    this.addopJNoline(Pseudo.JUMP, end);
    const n = s.handlers.length;
    this.useNextBlock(except);
    this.unsetLoc();
    this.addopJ(Pseudo.SETUP_CLEANUP, cleanup);
    this.addop(Op.PUSH_EXC_INFO);
    this.pushFblock(FB.EXCEPTION_HANDLER, null, null, null);
    for (let i = 0; i < n; i++) {
      const handler = s.handlers[i] as ast.ExceptHandler;
      this.setLoc(handler);
      if (!handler.type && i < n - 1) throw this.error("default 'except:' must be last");
      except = this.newBlock();
      if (handler.type) {
        this.visitExpr(handler.type);
        this.addop(Op.CHECK_EXC_MATCH);
        this.addopJ(Pseudo.POP_JUMP_IF_FALSE, except);
      }
      if (handler.name) {
        const cleanupEnd = this.newBlock();
        const cleanupBody = this.newBlock();
        this.nameop(handler.name, ast.Store);
        this.addopJ(Pseudo.SETUP_CLEANUP, cleanupEnd);
        this.useNextBlock(cleanupBody);
        this.pushFblock(FB.HANDLER_CLEANUP, cleanupBody, null, handler.name);
        for (const x of handler.body) this.visitStmt(x);
        this.popFblock();
        this.unsetLoc();
        this.addop(Pseudo.POP_BLOCK);
        this.addop(Pseudo.POP_BLOCK);
        this.addop(Op.POP_EXCEPT);
        this.loadConst(null);
        this.nameop(handler.name, ast.Store);
        this.nameop(handler.name, ast.Del);
        this.addopJ(Pseudo.JUMP, end);
        this.useNextBlock(cleanupEnd);
        this.unsetLoc();
        this.loadConst(null);
        this.nameop(handler.name, ast.Store);
        this.nameop(handler.name, ast.Del);
        this.addopI(Op.RERAISE, 1);
      } else {
        const cleanupBody = this.newBlock();
        this.addop(Op.POP_TOP);
        this.useNextBlock(cleanupBody);
        this.pushFblock(FB.HANDLER_CLEANUP, cleanupBody, null, null);
        for (const x of handler.body) this.visitStmt(x);
        this.popFblock();
        this.unsetLoc();
        this.addop(Pseudo.POP_BLOCK);
        this.addop(Op.POP_EXCEPT);
        this.addopJ(Pseudo.JUMP, end);
      }
      this.useNextBlock(except);
    }
    this.unsetLoc();
    this.popFblock();
    this.addopI(Op.RERAISE, 0);
    this.useNextBlock(cleanup);
    this.popExceptAndReraise();
    this.useNextBlock(end);
  }

  // compiler_try_star_except
  private tryStarExcept(s: ast.TryStar): void {
    const body = this.newBlock();
    let except = this.newBlock();
    const orelse = this.newBlock();
    const end = this.newBlock();
    const cleanup = this.newBlock();
    const reraiseStar = this.newBlock();
    this.addopJ(Pseudo.SETUP_FINALLY, except);
    this.useNextBlock(body);
    this.pushFblock(FB.TRY_EXCEPT, body, null, null);
    for (const x of s.body) this.visitStmt(x);
    this.popFblock();
    this.addopNoline(Pseudo.POP_BLOCK);
    this.addopJNoline(Pseudo.JUMP, orelse);
    const n = s.handlers.length;
    this.useNextBlock(except);
    this.unsetLoc();
    this.addopJ(Pseudo.SETUP_CLEANUP, cleanup);
    this.addop(Op.PUSH_EXC_INFO);
    this.pushFblock(FB.EXCEPTION_GROUP_HANDLER, null, null, "except handler");
    for (let i = 0; i < n; i++) {
      const handler = s.handlers[i] as ast.ExceptHandler;
      this.setLoc(handler);
      except = this.newBlock();
      const exceptWithError = this.newBlock();
      const noMatch = this.newBlock();
      if (i === 0) {
        this.addopI(Op.COPY, 1);
        this.addopI(Op.BUILD_LIST, 0);
        this.addopI(Op.SWAP, 2);
      }
      if (handler.type) {
        this.visitExpr(handler.type);
        this.addop(Op.CHECK_EG_MATCH);
        this.addopI(Op.COPY, 1);
        this.addopJ(Pseudo.POP_JUMP_IF_NONE, noMatch);
      }
      const cleanupEnd = this.newBlock();
      const cleanupBody = this.newBlock();
      if (handler.name) this.nameop(handler.name, ast.Store);
      else this.addop(Op.POP_TOP);
      this.addopJ(Pseudo.SETUP_CLEANUP, cleanupEnd);
      this.useNextBlock(cleanupBody);
      this.pushFblock(FB.HANDLER_CLEANUP, cleanupBody, null, handler.name);
      for (const x of handler.body) this.visitStmt(x);
      this.popFblock();
      this.unsetLoc();
      this.addop(Pseudo.POP_BLOCK);
      if (handler.name) {
        this.loadConst(null);
        this.nameop(handler.name, ast.Store);
        this.nameop(handler.name, ast.Del);
      }
      this.addopJ(Pseudo.JUMP, except);
      this.useNextBlock(cleanupEnd);
      this.unsetLoc();
      if (handler.name) {
        this.loadConst(null);
        this.nameop(handler.name, ast.Store);
        this.nameop(handler.name, ast.Del);
      }
      this.addopI(Op.LIST_APPEND, 3);
      this.addop(Op.POP_TOP);
      this.addopJ(Pseudo.JUMP, exceptWithError);
      this.useNextBlock(except);
      this.addop(Op.NOP);
      this.addopJ(Pseudo.JUMP, exceptWithError);
      this.useNextBlock(noMatch);
      this.addop(Op.POP_TOP);
      this.useNextBlock(exceptWithError);
      if (i === n - 1) {
        this.addopI(Op.LIST_APPEND, 1);
        this.addopJ(Pseudo.JUMP, reraiseStar);
      }
    }
    this.unsetLoc();
    this.popFblock();
    const reraise = this.newBlock();
    this.useNextBlock(reraiseStar);
    this.addop(Op.PREP_RERAISE_STAR);
    this.addopI(Op.COPY, 1);
    this.addopJ(Pseudo.POP_JUMP_IF_NOT_NONE, reraise);
    this.addop(Op.POP_TOP);
    this.addop(Pseudo.POP_BLOCK);
    this.addop(Op.POP_EXCEPT);
    this.addopJ(Pseudo.JUMP, end);
    this.useNextBlock(reraise);
    this.addop(Pseudo.POP_BLOCK);
    this.addopI(Op.SWAP, 2);
    this.addop(Op.POP_EXCEPT);
    this.addopI(Op.RERAISE, 0);
    this.useNextBlock(cleanup);
    this.popExceptAndReraise();
    this.useNextBlock(orelse);
    for (const x of s.orelse) this.visitStmt(x);
    this.useNextBlock(end);
  }

  // compiler_import_as
  private importAs(name: string, asname: string): void {
    let dot = name.indexOf(".");
    if (dot !== -1) {
      for (;;) {
        const pos = dot + 1;
        dot = name.indexOf(".", pos);
        const attr = name.substring(pos, dot !== -1 ? dot : name.length);
        this.addopI(Op.IMPORT_FROM, this.addO(this.u.names, attr));
        if (dot === -1) break;
        this.addopI(Op.SWAP, 2);
        this.addop(Op.POP_TOP);
      }
      this.nameop(asname, ast.Store);
      this.addop(Op.POP_TOP);
      return;
    }
    this.nameop(asname, ast.Store);
  }

  private compilerImport(s: ast.Import): void {
    for (const alias of s.names) {
      this.loadConst(0n);
      this.loadConst(null);
      this.addopName(Op.IMPORT_NAME, alias.name);
      if (alias.asname) this.importAs(alias.name, alias.asname);
      else {
        const dot = alias.name.indexOf(".");
        this.nameop(dot !== -1 ? alias.name.substring(0, dot) : alias.name, ast.Store);
      }
    }
  }

  private fromImport(s: ast.ImportFrom): void {
    this.loadConst(BigInt(s.level ?? 0));
    const names = s.names.map((a) => a.name);
    if (s.lineno > this.future.lineno && s.module === "__future__")
      throw this.error("from __future__ imports must occur at the beginning of the file");
    this.loadConst(names);
    this.addopName(Op.IMPORT_NAME, s.module ?? "");
    for (let i = 0; i < s.names.length; i++) {
      const alias = s.names[i];
      if (i === 0 && alias.name.startsWith("*")) {
        this.addop(Op.IMPORT_STAR);
        return;
      }
      this.addopName(Op.IMPORT_FROM, alias.name);
      this.nameop(alias.asname ?? alias.name, ast.Store);
    }
    this.addop(Op.POP_TOP);
  }

  private compilerAssert(s: ast.Assert): void {
    const t = s.test;
    if ((t instanceof ast.Tuple && t.elts.length > 0) || (t instanceof ast.Constant && Array.isArray(t.value) && t.value.length > 0))
      this.warn("assertion is always true, perhaps remove parentheses?");
    if (this.optimize) return;
    const end = this.newBlock();
    this.jumpIf(s.test, end, true);
    this.addop(Op.LOAD_ASSERTION_ERROR);
    if (s.msg) {
      this.visitExpr(s.msg);
      this.addopI(Op.PRECALL, 0);
      this.addopI(Op.CALL, 0);
    }
    this.addopI(Op.RAISE_VARARGS, 1);
    this.useNextBlock(end);
  }

  private visitStmtExpr(value: ast.expr): void {
    if (this.interactive && this.nestlevel <= 1) {
      this.visitExpr(value);
      this.addop(Op.PRINT_EXPR);
      return;
    }
    if (value instanceof ast.Constant) {
      this.addop(Op.NOP);
      return;
    }
    this.visitExpr(value);
    this.unsetLoc();
    this.addop(Op.POP_TOP);
  }

  // compiler_visit_stmt
  visitStmt(s: ast.stmt): void {
    this.setLoc(s);
    const k = s.constructor;
    if (k === ast.Expr) return this.visitStmtExpr((s as ast.Expr).value);
    if (k === ast.Assign) {
      const a = s as ast.Assign;
      const n = a.targets.length;
      this.visitExpr(a.value);
      for (let i = 0; i < n; i++) {
        if (i < n - 1) this.addopI(Op.COPY, 1);
        this.visitExpr(a.targets[i]);
      }
      return;
    }
    if (k === ast.If) return this.compilerIf(s as ast.If);
    if (k === ast.Return) return this.compilerReturn(s as ast.Return);
    if (s instanceof ast.FunctionDef || s instanceof ast.AsyncFunctionDef) this.compilerFunction(s);
    else if (s instanceof ast.ClassDef) this.compilerClass(s);
    else if (s instanceof ast.Return) this.compilerReturn(s);
    else if (s instanceof ast.Delete) for (const t of s.targets) this.visitExpr(t);
    else if (s instanceof ast.Assign) {
      const n = s.targets.length;
      this.visitExpr(s.value);
      for (let i = 0; i < n; i++) {
        if (i < n - 1) this.addopI(Op.COPY, 1);
        this.visitExpr(s.targets[i]);
      }
    } else if (s instanceof ast.AugAssign) this.augassign(s);
    else if (s instanceof ast.AnnAssign) this.annassign(s);
    else if (s instanceof ast.For) this.compilerFor(s);
    else if (s instanceof ast.While) this.compilerWhile(s);
    else if (s instanceof ast.If) this.compilerIf(s);
    else if (s instanceof ast.Match) this.compilerMatch(s);
    else if (s instanceof ast.Raise) {
      let n = 0;
      if (s.exc) {
        this.visitExpr(s.exc);
        n++;
        if (s.cause) {
          this.visitExpr(s.cause);
          n++;
        }
      }
      this.addopI(Op.RAISE_VARARGS, n);
    } else if (s instanceof ast.Try || s instanceof ast.TryStar) {
      if (s.finalbody.length) this.tryFinally(s);
      else if (s instanceof ast.Try) this.tryExcept(s);
      else this.tryStarExcept(s);
    } else if (s instanceof ast.Assert) this.compilerAssert(s);
    else if (s instanceof ast.Import) this.compilerImport(s);
    else if (s instanceof ast.ImportFrom) this.fromImport(s);
    else if (s instanceof ast.Global || s instanceof ast.Nonlocal) {
      /* nothing */
    } else if (s instanceof ast.Expr) this.visitStmtExpr(s.value);
    else if (s instanceof ast.Pass) this.addop(Op.NOP);
    else if (s instanceof ast.Break) this.compilerBreak();
    else if (s instanceof ast.Continue) this.compilerContinue();
    else if (s instanceof ast.With) this.compilerWith(s, 0);
    else if (s instanceof ast.AsyncWith) this.asyncWith(s, 0);
    else if (s instanceof ast.AsyncFor) this.asyncFor(s);
  }

  // addop_binary
  private addopBinary(op: ast.operator, inplace: boolean): void {
    const nb = BINOP_NB.get(op)!;
    this.addopI(Op.BINARY_OP, inplace ? nb + NB.INPLACE_ADD : nb);
  }

  private addopYield(): void {
    if (this.u.ste.generator && this.u.ste.coroutine) this.addop(Op.ASYNC_GEN_WRAP);
    this.addop(Op.YIELD_VALUE);
    this.addopI(Op.RESUME, 1);
  }

  private boolop(e: ast.BoolOp): void {
    const jumpi = e.op === ast.And ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
    const end = this.newBlock();
    const s = e.values;
    const n = s.length - 1;
    for (let i = 0; i < n; i++) {
      this.visitExpr(s[i]);
      this.addopJ(jumpi, end);
      this.useNextBlock(this.newBlock());
    }
    this.visitExpr(s[n]);
    this.useNextBlock(end);
  }

  // starunpack_helper
  private starunpackHelper(elts: ast.expr[], pushed: number, build: number, add: number, extend: number, tuple: boolean): void {
    const n = elts.length;
    if (n > 2 && elts.every(isConstantExpr)) {
      const folded = elts.map((e) => (e as ast.Constant).value as ConstValue);
      if (tuple && !pushed) this.loadConst(folded);
      else {
        this.addopI(build, pushed);
        this.loadConst(add === Op.SET_ADD ? new ConstFrozenset(folded) : folded);
        this.addopI(extend, 1);
        if (tuple) this.addop(Op.LIST_TO_TUPLE);
      }
      return;
    }
    const big = n + pushed > STACK_USE_GUIDELINE;
    const seenStar = elts.some((e) => e instanceof ast.Starred);
    if (!seenStar && !big) {
      for (const e of elts) this.visitExpr(e);
      this.addopI(tuple ? Op.BUILD_TUPLE : build, n + pushed);
      return;
    }
    let built = false;
    if (big) {
      this.addopI(build, pushed);
      built = true;
    }
    for (let i = 0; i < n; i++) {
      const elt = elts[i];
      if (elt instanceof ast.Starred) {
        if (!built) {
          this.addopI(build, i + pushed);
          built = true;
        }
        this.visitExpr(elt.value);
        this.addopI(extend, 1);
      } else {
        this.visitExpr(elt);
        if (built) this.addopI(add, 1);
      }
    }
    if (tuple) this.addop(Op.LIST_TO_TUPLE);
  }

  private unpackHelper(elts: ast.expr[]): void {
    const n = elts.length;
    let seenStar = false;
    for (let i = 0; i < n; i++) {
      const elt = elts[i];
      if (elt instanceof ast.Starred && !seenStar) {
        if (i >= 1 << 8 || n - i - 1 >= 2147483647 >> 8) throw this.error("too many expressions in star-unpacking assignment");
        this.addopI(Op.UNPACK_EX, i + ((n - i - 1) << 8));
        seenStar = true;
      } else if (elt instanceof ast.Starred) throw this.error("multiple starred expressions in assignment");
    }
    if (!seenStar) this.addopI(Op.UNPACK_SEQUENCE, n);
  }

  private assignmentHelper(elts: ast.expr[]): void {
    this.unpackHelper(elts);
    for (const elt of elts) this.visitExpr(elt instanceof ast.Starred ? elt.value : elt);
  }

  private subdict(e: ast.Dict, begin: number, end: number): void {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    const keys = e.keys.slice(begin, end);
    if (n > 1 && !big && keys.every(isConstantExpr)) {
      for (let i = begin; i < end; i++) this.visitExpr(e.values[i]);
      this.loadConst(keys.map((k) => (k as ast.Constant).value as ConstValue));
      this.addopI(Op.BUILD_CONST_KEY_MAP, n);
      return;
    }
    if (big) this.addopI(Op.BUILD_MAP, 0);
    for (let i = begin; i < end; i++) {
      this.visitExpr(e.keys[i]!);
      this.visitExpr(e.values[i]);
      if (big) this.addopI(Op.MAP_ADD, 1);
    }
    if (!big) this.addopI(Op.BUILD_MAP, n);
  }

  private dict(e: ast.Dict): void {
    const n = e.values.length;
    let haveDict = false;
    let elements = 0;
    for (let i = 0; i < n; i++) {
      const isUnpacking = e.keys[i] === null;
      if (isUnpacking) {
        if (elements) {
          this.subdict(e, i - elements, i);
          if (haveDict) this.addopI(Op.DICT_UPDATE, 1);
          haveDict = true;
          elements = 0;
        }
        if (!haveDict) {
          this.addopI(Op.BUILD_MAP, 0);
          haveDict = true;
        }
        this.visitExpr(e.values[i]);
        this.addopI(Op.DICT_UPDATE, 1);
      } else if (elements * 2 > STACK_USE_GUIDELINE) {
        this.subdict(e, i - elements, i + 1);
        if (haveDict) this.addopI(Op.DICT_UPDATE, 1);
        haveDict = true;
        elements = 0;
      } else elements++;
    }
    if (elements) {
      this.subdict(e, n - elements, n);
      if (haveDict) this.addopI(Op.DICT_UPDATE, 1);
      haveDict = true;
    }
    if (!haveDict) this.addopI(Op.BUILD_MAP, 0);
  }

  private compare(e: ast.Compare): void {
    this.checkCompare(e);
    this.visitExpr(e.left);
    const n = e.ops.length - 1;
    if (n === 0) {
      this.visitExpr(e.comparators[0]);
      this.addCompare(e.ops[0]);
      return;
    }
    const cleanup = this.newBlock();
    for (let i = 0; i < n; i++) {
      this.visitExpr(e.comparators[i]);
      this.addopI(Op.SWAP, 2);
      this.addopI(Op.COPY, 2);
      this.addCompare(e.ops[i]);
      this.addopJ(Op.JUMP_IF_FALSE_OR_POP, cleanup);
    }
    this.visitExpr(e.comparators[n]);
    this.addCompare(e.ops[n]);
    const end = this.newBlock();
    this.addopJNoline(Pseudo.JUMP, end);
    this.useNextBlock(cleanup);
    this.addopI(Op.SWAP, 2);
    this.addop(Op.POP_TOP);
    this.useNextBlock(end);
  }

  // infer_type (the type name, for warnings)
  private inferType(e: ast.expr): string | null {
    if (e instanceof ast.Tuple) return "tuple";
    if (e instanceof ast.List || e instanceof ast.ListComp) return "list";
    if (e instanceof ast.Dict || e instanceof ast.DictComp) return "dict";
    if (e instanceof ast.Set || e instanceof ast.SetComp) return "set";
    if (e instanceof ast.GeneratorExp) return "generator";
    if (e instanceof ast.Lambda) return "function";
    if (e instanceof ast.JoinedStr || e instanceof ast.FormattedValue) return "str";
    if (e instanceof ast.Constant) return constTypeName(e.value as ConstValue);
    return null;
  }

  private checkCaller(e: ast.expr): void {
    if (
      e instanceof ast.Constant || e instanceof ast.Tuple || e instanceof ast.List || e instanceof ast.ListComp ||
      e instanceof ast.Dict || e instanceof ast.DictComp || e instanceof ast.Set || e instanceof ast.SetComp ||
      e instanceof ast.GeneratorExp || e instanceof ast.JoinedStr || e instanceof ast.FormattedValue
    )
      this.warn(`'${this.inferType(e)}' object is not callable; perhaps you missed a comma?`);
  }

  private checkSubscripter(e: ast.expr): void {
    if (e instanceof ast.Constant) {
      const v = e.value;
      if (!(v === null || v === EllipsisValue || typeof v === "bigint" || typeof v === "number" || v instanceof ast.ComplexValue || v instanceof ConstFrozenset))
        return;
    } else if (!(e instanceof ast.Set || e instanceof ast.SetComp || e instanceof ast.GeneratorExp || e instanceof ast.Lambda)) return;
    this.warn(`'${this.inferType(e)}' object is not subscriptable; perhaps you missed a comma?`);
  }

  private checkIndex(e: ast.expr, s: ast.expr): void {
    const indexType = this.inferType(s);
    if (indexType === null || indexType === "int" || indexType === "bool" || indexType === "slice") return;
    if (e instanceof ast.Constant) {
      const v = e.value;
      if (!(typeof v === "string" || v instanceof Uint8Array || Array.isArray(v))) return;
    } else if (!(e instanceof ast.Tuple || e instanceof ast.List || e instanceof ast.ListComp || e instanceof ast.JoinedStr || e instanceof ast.FormattedValue))
      return;
    this.warn(`${this.inferType(e)} indices must be integers or slices, not ${indexType}; perhaps you missed a comma?`);
  }

  private isImportOriginated(e: ast.expr): boolean {
    if (!(e instanceof ast.Name)) return false;
    return (this.st.top.getSymbol(e.id) & DEF_IMPORT) !== 0;
  }

  // update_start_location_to_match_attr
  private updateStartLocationToMatchAttr(attr: ast.Attribute): void {
    const u = this.u;
    if (u.lineno !== attr.end_lineno) {
      u.lineno = attr.end_lineno;
      const len = attr.attr.length;
      if (len <= attr.end_col_offset) u.col_offset = attr.end_col_offset - len;
      else {
        u.col_offset = -1;
        u.end_col_offset = -1;
      }
      u.end_lineno = Math.max(u.lineno, u.end_lineno);
      if (u.lineno === u.end_lineno) u.end_col_offset = Math.max(u.col_offset, u.end_col_offset);
    }
  }

  // maybe_optimize_method_call: true when done
  private maybeOptimizeMethodCall(e: ast.Call): boolean {
    const meth = e.func;
    const args = e.args;
    const kwds = e.keywords;
    if (!(meth instanceof ast.Attribute) || meth.ctx !== ast.Load) return false;
    if (this.isImportOriginated(meth.value)) return false;
    const argsl = args.length;
    const kwdsl = kwds.length;
    if (argsl + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
    if (args.some((a) => a instanceof ast.Starred)) return false;
    if (kwds.some((k) => k.arg === null)) return false;
    this.visitExpr(meth.value);
    this.setLoc(meth);
    this.updateStartLocationToMatchAttr(meth);
    this.addopName(Op.LOAD_METHOD, meth.attr);
    for (const a of args) this.visitExpr(a);
    if (kwdsl) {
      for (const k of kwds) this.visitExpr(k.value);
      this.callSimpleKwHelper(kwds);
    }
    this.setLoc(e);
    this.updateStartLocationToMatchAttr(meth);
    this.addopI(Op.PRECALL, argsl + kwdsl);
    this.addopI(Op.CALL, argsl + kwdsl);
    return true;
  }

  private validateKeywords(keywords: ast.keyword[]): void {
    for (let i = 0; i < keywords.length; i++) {
      const key = keywords[i];
      if (key.arg === null) continue;
      this.forbiddenName(key.arg, ast.Store);
      for (let j = i + 1; j < keywords.length; j++) {
        const other = keywords[j];
        if (other.arg !== null && other.arg === key.arg) {
          this.setLoc(other);
          throw this.error(`keyword argument repeated: ${key.arg}`);
        }
      }
    }
  }

  private call(e: ast.Call): void {
    this.validateKeywords(e.keywords);
    if (this.maybeOptimizeMethodCall(e)) return;
    this.checkCaller(e.func);
    this.setLoc(e.func);
    this.addop(Op.PUSH_NULL);
    this.setLoc(e);
    this.visitExpr(e.func);
    this.callHelper(0, e.args, e.keywords);
  }

  private joinedStr(e: ast.JoinedStr): void {
    const n = e.values.length;
    if (n > STACK_USE_GUIDELINE) {
      this.loadConst("");
      this.addopName(Op.LOAD_METHOD, "join");
      this.addopI(Op.BUILD_LIST, 0);
      for (const v of e.values) {
        this.visitExpr(v);
        this.addopI(Op.LIST_APPEND, 1);
      }
      this.addopI(Op.PRECALL, 1);
      this.addopI(Op.CALL, 1);
    } else {
      for (const v of e.values) this.visitExpr(v);
      if (n !== 1) this.addopI(Op.BUILD_STRING, n);
    }
  }

  private formattedValue(e: ast.FormattedValue): void {
    this.visitExpr(e.value);
    let oparg: number;
    switch (e.conversion) {
      case 115: oparg = FVC_STR; break;
      case 114: oparg = FVC_REPR; break;
      case 97: oparg = FVC_ASCII; break;
      case -1: oparg = FVC_NONE; break;
      default:
        throw new Error(`SystemError: Unrecognized conversion character ${e.conversion}`);
    }
    if (e.format_spec) {
      this.visitExpr(e.format_spec);
      oparg |= FVS_HAVE_SPEC;
    }
    this.addopI(Op.FORMAT_VALUE, oparg);
  }

  private subkwargs(keywords: ast.keyword[], begin: number, end: number): void {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
      for (let i = begin; i < end; i++) this.visitExpr(keywords[i].value);
      this.loadConst(keywords.slice(begin, end).map((k) => k.arg!));
      this.addopI(Op.BUILD_CONST_KEY_MAP, n);
      return;
    }
    if (big) this.addopINoline(Op.BUILD_MAP, 0);
    for (let i = begin; i < end; i++) {
      this.loadConst(keywords[i].arg!);
      this.visitExpr(keywords[i].value);
      if (big) this.addopINoline(Op.MAP_ADD, 1);
    }
    if (!big) this.addopI(Op.BUILD_MAP, n);
  }

  private callSimpleKwHelper(keywords: ast.keyword[]): void {
    this.addopI(Op.KW_NAMES, this.addConst(keywords.map((k) => k.arg!)));
  }

  // compiler_call_helper
  private callHelper(n: number, args: ast.expr[], keywords: ast.keyword[]): void {
    this.validateKeywords(keywords);
    const nelts = args.length;
    const nkwelts = keywords.length;
    const simple =
      nelts + nkwelts * 2 <= STACK_USE_GUIDELINE && !args.some((a) => a instanceof ast.Starred) && !keywords.some((k) => k.arg === null);
    if (simple) {
      for (const a of args) this.visitExpr(a);
      if (nkwelts) {
        for (const k of keywords) this.visitExpr(k.value);
        this.callSimpleKwHelper(keywords);
      }
      this.addopI(Op.PRECALL, n + nelts + nkwelts);
      this.addopI(Op.CALL, n + nelts + nkwelts);
      return;
    }
    if (n === 0 && nelts === 1 && args[0] instanceof ast.Starred) this.visitExpr(args[0].value);
    else this.starunpackHelper(args, n, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
    if (nkwelts) {
      let haveDict = false;
      let nseen = 0;
      for (let i = 0; i < nkwelts; i++) {
        const kw = keywords[i];
        if (kw.arg === null) {
          if (nseen) {
            this.subkwargs(keywords, i - nseen, i);
            if (haveDict) this.addopI(Op.DICT_MERGE, 1);
            haveDict = true;
            nseen = 0;
          }
          if (!haveDict) {
            this.addopI(Op.BUILD_MAP, 0);
            haveDict = true;
          }
          this.visitExpr(kw.value);
          this.addopI(Op.DICT_MERGE, 1);
        } else nseen++;
      }
      if (nseen) {
        this.subkwargs(keywords, nkwelts - nseen, nkwelts);
        if (haveDict) this.addopI(Op.DICT_MERGE, 1);
        haveDict = true;
      }
    }
    this.addopI(Op.CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
  }

  // ---- comprehensions ----
  private comprehensionGenerator(gens: ast.comprehension[], genIndex: number, depth: number, elt: ast.expr, val: ast.expr | null, type: Comp): void {
    if (gens[genIndex].is_async) this.asyncComprehensionGenerator(gens, genIndex, depth, elt, val, type);
    else this.syncComprehensionGenerator(gens, genIndex, depth, elt, val, type);
  }

  private comprehensionElement(elt: ast.expr, val: ast.expr | null, type: Comp, depth: number): void {
    switch (type) {
      case Comp.GENEXP:
        this.visitExpr(elt);
        this.addopYield();
        this.addop(Op.POP_TOP);
        break;
      case Comp.LISTCOMP:
        this.visitExpr(elt);
        this.addopI(Op.LIST_APPEND, depth + 1);
        break;
      case Comp.SETCOMP:
        this.visitExpr(elt);
        this.addopI(Op.SET_ADD, depth + 1);
        break;
      case Comp.DICTCOMP:
        this.visitExpr(elt);
        this.visitExpr(val!);
        this.addopI(Op.MAP_ADD, depth + 1);
        break;
    }
  }

  private syncComprehensionGenerator(gens: ast.comprehension[], genIndex: number, depth: number, elt: ast.expr, val: ast.expr | null, type: Comp): void {
    let start: Block | null = this.newBlock();
    const ifCleanup = this.newBlock();
    const anchor = this.newBlock();
    const gen = gens[genIndex];
    if (genIndex === 0) {
      this.u.argcount = 1;
      this.addopI(Op.LOAD_FAST, 0);
    } else {
      const it = gen.iter;
      const elts = it instanceof ast.List || it instanceof ast.Tuple ? it.elts : null;
      if (elts && elts.length === 1 && !(elts[0] instanceof ast.Starred)) {
        this.visitExpr(elts[0]);
        start = null;
      }
      if (start) {
        this.visitExpr(gen.iter);
        this.addop(Op.GET_ITER);
      }
    }
    if (start) {
      depth++;
      this.useNextBlock(start);
      this.addopJ(Op.FOR_ITER, anchor);
    }
    this.visitExpr(gen.target);
    for (const e of gen.ifs) this.jumpIf(e, ifCleanup, false);
    if (++genIndex < gens.length) this.comprehensionGenerator(gens, genIndex, depth, elt, val, type);
    if (genIndex >= gens.length) this.comprehensionElement(elt, val, type, depth);
    this.useNextBlock(ifCleanup);
    if (start) {
      this.addopJ(Pseudo.JUMP, start);
      this.useNextBlock(anchor);
    }
  }

  private asyncComprehensionGenerator(gens: ast.comprehension[], genIndex: number, depth: number, elt: ast.expr, val: ast.expr | null, type: Comp): void {
    const start = this.newBlock();
    const except = this.newBlock();
    const ifCleanup = this.newBlock();
    const gen = gens[genIndex];
    if (genIndex === 0) {
      this.u.argcount = 1;
      this.addopI(Op.LOAD_FAST, 0);
    } else {
      this.visitExpr(gen.iter);
      this.addop(Op.GET_AITER);
    }
    this.useNextBlock(start);
    this.pushFblock(FB.ASYNC_COMPREHENSION_GENERATOR, start, null, null);
    this.addopJ(Pseudo.SETUP_FINALLY, except);
    this.addop(Op.GET_ANEXT);
    this.loadConst(null);
    this.addYieldFrom(true);
    this.addop(Pseudo.POP_BLOCK);
    this.visitExpr(gen.target);
    for (const e of gen.ifs) this.jumpIf(e, ifCleanup, false);
    depth++;
    if (++genIndex < gens.length) this.comprehensionGenerator(gens, genIndex, depth, elt, val, type);
    if (genIndex >= gens.length) this.comprehensionElement(elt, val, type, depth);
    this.useNextBlock(ifCleanup);
    this.addopJ(Pseudo.JUMP, start);
    this.popFblock();
    this.useNextBlock(except);
    this.addop(Op.END_ASYNC_FOR);
  }

  // compiler_comprehension
  private comprehension(e: ast.expr, type: Comp, name: string, gens: ast.comprehension[], elt: ast.expr, val: ast.expr | null): void {
    const scopeType = this.u.scopeType;
    const isTopLevelAwait = this.isTopLevelAwait();
    const outermost = gens[0];
    this.enterScope(name, Scope.COMPREHENSION, e, e.lineno);
    this.setLoc(e);
    const isAsyncGenerator = this.u.ste.coroutine;
    if (isAsyncGenerator && type !== Comp.GENEXP && scopeType !== Scope.ASYNC_FUNCTION && scopeType !== Scope.COMPREHENSION && !isTopLevelAwait)
      throw this.error("asynchronous comprehension outside of an asynchronous function");
    if (type !== Comp.GENEXP) this.addopI(type === Comp.LISTCOMP ? Op.BUILD_LIST : type === Comp.SETCOMP ? Op.BUILD_SET : Op.BUILD_MAP, 0);
    this.comprehensionGenerator(gens, 0, 0, elt, val, type);
    if (type !== Comp.GENEXP) this.addop(Op.RETURN_VALUE);
    const co = this.assemble(true);
    this.exitScope();
    if (isTopLevelAwait && isAsyncGenerator) this.u.ste.coroutine = true;
    this.makeClosure(co, 0);
    this.visitExpr(outermost.iter);
    this.addop(outermost.is_async ? Op.GET_AITER : Op.GET_ITER);
    this.addopI(Op.PRECALL, 0);
    this.addopI(Op.CALL, 0);
    if (isAsyncGenerator && type !== Comp.GENEXP) {
      this.addopI(Op.GET_AWAITABLE, 0);
      this.loadConst(null);
      this.addYieldFrom(true);
    }
  }

  // ---- with ----
  private withExceptFinish(cleanup: Block): void {
    this.unsetLoc();
    const exit = this.newBlock();
    this.addopJ(Pseudo.POP_JUMP_IF_TRUE, exit);
    this.addopI(Op.RERAISE, 2);
    this.useNextBlock(cleanup);
    this.popExceptAndReraise();
    this.useNextBlock(exit);
    this.addop(Op.POP_TOP);
    this.addop(Pseudo.POP_BLOCK);
    this.addop(Op.POP_EXCEPT);
    this.addop(Op.POP_TOP);
    this.addop(Op.POP_TOP);
  }

  private asyncWith(s: ast.AsyncWith, pos: number): void {
    const item = s.items[pos];
    if (this.isTopLevelAwait()) this.u.ste.coroutine = true;
    else if (this.u.scopeType !== Scope.ASYNC_FUNCTION) throw this.error("'async with' outside async function");
    const block = this.newBlock();
    const final = this.newBlock();
    const exit = this.newBlock();
    const cleanup = this.newBlock();
    this.visitExpr(item.context_expr);
    this.addop(Op.BEFORE_ASYNC_WITH);
    this.addopI(Op.GET_AWAITABLE, 1);
    this.loadConst(null);
    this.addYieldFrom(true);
    this.addopJ(Pseudo.SETUP_WITH, final);
    this.useNextBlock(block);
    this.pushFblock(FB.ASYNC_WITH, block, final, s);
    if (item.optional_vars) this.visitExpr(item.optional_vars);
    else this.addop(Op.POP_TOP);
    pos++;
    if (pos === s.items.length) for (const x of s.body) this.visitStmt(x);
    else this.asyncWith(s, pos);
    this.popFblock();
    this.addop(Pseudo.POP_BLOCK);
    this.setLoc(s);
    this.callExitWithNones();
    this.addopI(Op.GET_AWAITABLE, 2);
    this.loadConst(null);
    this.addYieldFrom(true);
    this.addop(Op.POP_TOP);
    this.addopJ(Pseudo.JUMP, exit);
    this.useNextBlock(final);
    this.addopJ(Pseudo.SETUP_CLEANUP, cleanup);
    this.addop(Op.PUSH_EXC_INFO);
    this.addop(Op.WITH_EXCEPT_START);
    this.addopI(Op.GET_AWAITABLE, 2);
    this.loadConst(null);
    this.addYieldFrom(true);
    this.withExceptFinish(cleanup);
    this.useNextBlock(exit);
  }

  private compilerWith(s: ast.With, pos: number): void {
    const item = s.items[pos];
    const block = this.newBlock();
    const final = this.newBlock();
    const exit = this.newBlock();
    const cleanup = this.newBlock();
    this.visitExpr(item.context_expr);
    this.addop(Op.BEFORE_WITH);
    this.addopJ(Pseudo.SETUP_WITH, final);
    this.useNextBlock(block);
    this.pushFblock(FB.WITH, block, final, s);
    if (item.optional_vars) this.visitExpr(item.optional_vars);
    else this.addop(Op.POP_TOP);
    pos++;
    if (pos === s.items.length) for (const x of s.body) this.visitStmt(x);
    else this.compilerWith(s, pos);
    this.unsetLoc();
    this.addop(Pseudo.POP_BLOCK);
    this.popFblock();
    this.setLoc(s);
    this.callExitWithNones();
    this.addop(Op.POP_TOP);
    this.addopJ(Pseudo.JUMP, exit);
    this.useNextBlock(final);
    this.addopJ(Pseudo.SETUP_CLEANUP, cleanup);
    this.addop(Op.PUSH_EXC_INFO);
    this.addop(Op.WITH_EXCEPT_START);
    this.withExceptFinish(cleanup);
    this.useNextBlock(exit);
  }

  // ---- expressions ----
  // compiler_visit_expr
  visitExpr(e: ast.expr): void {
    const saved = this.saveLoc();
    this.setLoc(e);
    this.visitExpr1(e);
    this.restoreLoc(saved);
  }

  private visitExpr1(e: ast.expr): void {
    // the commonest nodes first, by constructor (cheaper than a chain of instanceof)
    const k = e.constructor;
    if (k === ast.Name) return this.nameop((e as ast.Name).id, (e as ast.Name).ctx);
    if (k === ast.Constant) return this.loadConst((e as ast.Constant).value as ConstValue);
    if (k === ast.Call) return this.call(e as ast.Call);
    if (e instanceof ast.NamedExpr) {
      this.visitExpr(e.value);
      this.addopI(Op.COPY, 1);
      this.visitExpr(e.target);
    } else if (e instanceof ast.BoolOp) this.boolop(e);
    else if (e instanceof ast.BinOp) {
      this.visitExpr(e.left);
      this.visitExpr(e.right);
      this.addopBinary(e.op, false);
    } else if (e instanceof ast.UnaryOp) {
      this.visitExpr(e.operand);
      const op = e.op;
      this.addop(op === ast.Invert ? Op.UNARY_INVERT : op === ast.Not ? Op.UNARY_NOT : op === ast.UAdd ? Op.UNARY_POSITIVE : Op.UNARY_NEGATIVE);
    } else if (e instanceof ast.Lambda) this.lambda(e);
    else if (e instanceof ast.IfExp) this.ifexp(e);
    else if (e instanceof ast.Dict) this.dict(e);
    else if (e instanceof ast.Set) this.starunpackHelper(e.elts, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false);
    else if (e instanceof ast.GeneratorExp) this.comprehension(e, Comp.GENEXP, "<genexpr>", e.generators, e.elt, null);
    else if (e instanceof ast.ListComp) this.comprehension(e, Comp.LISTCOMP, "<listcomp>", e.generators, e.elt, null);
    else if (e instanceof ast.SetComp) this.comprehension(e, Comp.SETCOMP, "<setcomp>", e.generators, e.elt, null);
    else if (e instanceof ast.DictComp) this.comprehension(e, Comp.DICTCOMP, "<dictcomp>", e.generators, e.key, e.value);
    else if (e instanceof ast.Yield) {
      if (this.u.ste.type !== "function") throw this.error("'yield' outside function");
      if (e.value) this.visitExpr(e.value);
      else this.loadConst(null);
      this.addopYield();
    } else if (e instanceof ast.YieldFrom) {
      if (this.u.ste.type !== "function") throw this.error("'yield' outside function");
      if (this.u.scopeType === Scope.ASYNC_FUNCTION) throw this.error("'yield from' inside async function");
      this.visitExpr(e.value);
      this.addop(Op.GET_YIELD_FROM_ITER);
      this.loadConst(null);
      this.addYieldFrom(false);
    } else if (e instanceof ast.Await) {
      if (!this.isTopLevelAwait()) {
        if (this.u.ste.type !== "function") throw this.error("'await' outside function");
        if (this.u.scopeType !== Scope.ASYNC_FUNCTION && this.u.scopeType !== Scope.COMPREHENSION)
          throw this.error("'await' outside async function");
      }
      this.visitExpr(e.value);
      this.addopI(Op.GET_AWAITABLE, 0);
      this.loadConst(null);
      this.addYieldFrom(true);
    } else if (e instanceof ast.Compare) this.compare(e);
    else if (e instanceof ast.Call) this.call(e);
    else if (e instanceof ast.Constant) this.loadConst(e.value as ConstValue);
    else if (e instanceof ast.JoinedStr) this.joinedStr(e);
    else if (e instanceof ast.FormattedValue) this.formattedValue(e);
    else if (e instanceof ast.Attribute) {
      this.visitExpr(e.value);
      this.updateStartLocationToMatchAttr(e);
      if (e.ctx === ast.Load) this.addopName(Op.LOAD_ATTR, e.attr);
      else if (e.ctx === ast.Store) {
        this.forbiddenName(e.attr, e.ctx);
        this.addopName(Op.STORE_ATTR, e.attr);
      } else this.addopName(Op.DELETE_ATTR, e.attr);
    } else if (e instanceof ast.Subscript) this.subscript(e);
    else if (e instanceof ast.Starred) {
      if (e.ctx === ast.Store) throw this.error("starred assignment target must be in a list or tuple");
      throw this.error("can't use starred expression here");
    } else if (e instanceof ast.Slice) this.slice(e);
    else if (e instanceof ast.Name) this.nameop(e.id, e.ctx);
    else if (e instanceof ast.List) {
      if (e.ctx === ast.Store) this.assignmentHelper(e.elts);
      else if (e.ctx === ast.Load) this.starunpackHelper(e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, false);
      else for (const x of e.elts) this.visitExpr(x);
    } else if (e instanceof ast.Tuple) {
      if (e.ctx === ast.Store) this.assignmentHelper(e.elts);
      else if (e.ctx === ast.Load) this.starunpackHelper(e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
      else for (const x of e.elts) this.visitExpr(x);
    }
  }

  private augassign(s: ast.AugAssign): void {
    const e = s.target;
    const saved = this.saveLoc();
    this.setLoc(e);
    if (e instanceof ast.Attribute) {
      this.visitExpr(e.value);
      this.addopI(Op.COPY, 1);
      this.updateStartLocationToMatchAttr(e);
      this.addopName(Op.LOAD_ATTR, e.attr);
    } else if (e instanceof ast.Subscript) {
      this.visitExpr(e.value);
      this.visitExpr(e.slice);
      this.addopI(Op.COPY, 2);
      this.addopI(Op.COPY, 2);
      this.addop(Op.BINARY_SUBSCR);
    } else if (e instanceof ast.Name) this.nameop(e.id, ast.Load);
    else throw new Error("SystemError: invalid node type for augmented assignment");
    this.restoreLoc(saved);
    this.visitExpr(s.value);
    this.addopBinary(s.op, true);
    this.setLoc(e);
    if (e instanceof ast.Attribute) {
      this.updateStartLocationToMatchAttr(e);
      this.addopI(Op.SWAP, 2);
      this.addopName(Op.STORE_ATTR, e.attr);
    } else if (e instanceof ast.Subscript) {
      this.addopI(Op.SWAP, 3);
      this.addopI(Op.SWAP, 2);
      this.addop(Op.STORE_SUBSCR);
    } else this.nameop((e as ast.Name).id, ast.Store);
  }

  private checkAnnExpr(e: ast.expr): void {
    this.visitExpr(e);
    this.addop(Op.POP_TOP);
  }

  private checkAnnSubscr(e: ast.expr): void {
    if (e instanceof ast.Slice) {
      if (e.lower) this.checkAnnExpr(e.lower);
      if (e.upper) this.checkAnnExpr(e.upper);
      if (e.step) this.checkAnnExpr(e.step);
    } else if (e instanceof ast.Tuple) for (const x of e.elts) this.checkAnnSubscr(x);
    else this.checkAnnExpr(e);
  }

  private annassign(s: ast.AnnAssign): void {
    const targ = s.target;
    if (s.value) {
      this.visitExpr(s.value);
      this.visitExpr(targ);
    }
    if (targ instanceof ast.Name) {
      this.forbiddenName(targ.id, ast.Store);
      if (s.simple && (this.u.scopeType === Scope.MODULE || this.u.scopeType === Scope.CLASS)) {
        if (this.future.features & CO_FUTURE_ANNOTATIONS) this.visitAnnexpr(s.annotation);
        else this.visitExpr(s.annotation);
        this.addopName(Op.LOAD_NAME, "__annotations__");
        this.loadConst(mangle(this.u.private_, targ.id));
        this.addop(Op.STORE_SUBSCR);
      }
    } else if (targ instanceof ast.Attribute) {
      this.forbiddenName(targ.attr, ast.Store);
      if (!s.value) this.checkAnnExpr(targ.value);
    } else if (targ instanceof ast.Subscript) {
      if (!s.value) {
        this.checkAnnExpr(targ.value);
        this.checkAnnSubscr(targ.slice);
      }
    } else throw new Error("SystemError: invalid node type for annotated assignment");
    if (!s.simple && !(this.future.features & CO_FUTURE_ANNOTATIONS)) {
      if (this.u.scopeType === Scope.MODULE || this.u.scopeType === Scope.CLASS) this.checkAnnExpr(s.annotation);
    }
  }

  private subscript(e: ast.Subscript): void {
    const ctx = e.ctx;
    if (ctx === ast.Load) {
      this.checkSubscripter(e.value);
      this.checkIndex(e.value, e.slice);
    }
    this.visitExpr(e.value);
    this.visitExpr(e.slice);
    this.addop(ctx === ast.Load ? Op.BINARY_SUBSCR : ctx === ast.Store ? Op.STORE_SUBSCR : Op.DELETE_SUBSCR);
  }

  private slice(s: ast.Slice): void {
    let n = 2;
    if (s.lower) this.visitExpr(s.lower);
    else this.loadConst(null);
    if (s.upper) this.visitExpr(s.upper);
    else this.loadConst(null);
    if (s.step) {
      n++;
      this.visitExpr(s.step);
    }
    this.addopI(Op.BUILD_SLICE, n);
  }

  // ---- pattern matching (PEP 634) ----
  private ensureFailPop(pc: PatternContext, n: number): void {
    const size = n + 1;
    while (pc.failPop.length < size) pc.failPop.push(this.newBlock());
  }

  private jumpToFailPop(pc: PatternContext, op: number): void {
    const pops = pc.onTop + pc.stores.length;
    this.ensureFailPop(pc, pops);
    this.addopJ(op, pc.failPop[pops]);
  }

  private emitAndResetFailPop(pc: PatternContext): void {
    if (!pc.failPop.length) return;
    for (let i = pc.failPop.length - 1; i > 0; i--) {
      this.useNextBlock(pc.failPop[i]);
      this.addop(Op.POP_TOP);
    }
    this.useNextBlock(pc.failPop[0]);
    pc.failPop = [];
  }

  private patternHelperRotate(count: number): void {
    while (1 < count) this.addopI(Op.SWAP, count--);
  }

  private patternHelperStoreName(n: string | null, pc: PatternContext): void {
    if (n === null) {
      this.addop(Op.POP_TOP);
      return;
    }
    this.forbiddenName(n, ast.Store);
    if (pc.stores.includes(n)) throw this.error(`multiple assignments to name '${n}' in pattern`);
    this.patternHelperRotate(pc.onTop + pc.stores.length + 1);
    pc.stores.push(n);
  }

  private patternUnpackHelper(elts: ast.pattern[]): void {
    const n = elts.length;
    let seenStar = false;
    for (let i = 0; i < n; i++) {
      const elt = elts[i];
      if (elt instanceof ast.MatchStar && !seenStar) {
        if (i >= 1 << 8 || n - i - 1 >= 2147483647 >> 8) throw this.error("too many expressions in star-unpacking sequence pattern");
        this.addopI(Op.UNPACK_EX, i + ((n - i - 1) << 8));
        seenStar = true;
      } else if (elt instanceof ast.MatchStar) throw this.error("multiple starred expressions in sequence pattern");
    }
    if (!seenStar) this.addopI(Op.UNPACK_SEQUENCE, n);
  }

  private patternHelperSequenceUnpack(patterns: ast.pattern[], pc: PatternContext): void {
    this.patternUnpackHelper(patterns);
    const size = patterns.length;
    pc.onTop += size;
    for (let i = 0; i < size; i++) {
      pc.onTop--;
      this.patternSubpattern(patterns[i], pc);
    }
  }

  private patternHelperSequenceSubscr(patterns: ast.pattern[], star: number, pc: PatternContext): void {
    pc.onTop++;
    const size = patterns.length;
    for (let i = 0; i < size; i++) {
      const pattern = patterns[i];
      if (wildcardCheck(pattern)) continue;
      if (i === star) continue;
      this.addopI(Op.COPY, 1);
      if (i < star) this.loadConst(BigInt(i));
      else {
        this.addop(Op.GET_LEN);
        this.loadConst(BigInt(size - i));
        this.addopBinary(ast.Sub, false);
      }
      this.addop(Op.BINARY_SUBSCR);
      this.patternSubpattern(pattern, pc);
    }
    pc.onTop--;
    this.addop(Op.POP_TOP);
  }

  private patternSubpattern(p: ast.pattern, pc: PatternContext): void {
    const allow = pc.allowIrrefutable;
    pc.allowIrrefutable = true;
    this.pattern(p, pc);
    pc.allowIrrefutable = allow;
  }

  private patternAs(p: ast.MatchAs, pc: PatternContext): void {
    if (p.pattern === null) {
      if (!pc.allowIrrefutable) {
        if (p.name) throw this.error(`name capture '${p.name}' makes remaining patterns unreachable`);
        throw this.error("wildcard makes remaining patterns unreachable");
      }
      return this.patternHelperStoreName(p.name, pc);
    }
    pc.onTop++;
    this.addopI(Op.COPY, 1);
    this.pattern(p.pattern, pc);
    pc.onTop--;
    this.patternHelperStoreName(p.name, pc);
  }

  private validateKwdAttrs(attrs: string[], patterns: ast.pattern[]): void {
    for (let i = 0; i < attrs.length; i++) {
      const attr = attrs[i];
      this.setLoc(patterns[i]);
      this.forbiddenName(attr, ast.Store);
      for (let j = i + 1; j < attrs.length; j++) {
        if (attr === attrs[j]) {
          this.setLoc(patterns[j]);
          throw this.error(`attribute name repeated in class pattern: ${attr}`);
        }
      }
    }
  }

  private patternClass(p: ast.MatchClass, pc: PatternContext): void {
    const patterns = p.patterns;
    const kwdAttrs = p.kwd_attrs;
    const kwdPatterns = p.kwd_patterns;
    const nargs = patterns.length;
    const nattrs = kwdAttrs.length;
    if (nattrs !== kwdPatterns.length)
      throw this.error(`kwd_attrs (${nattrs}) / kwd_patterns (${kwdPatterns.length}) length mismatch in class pattern`);
    if (nattrs) {
      this.validateKwdAttrs(kwdAttrs, kwdPatterns);
      this.setLoc(p);
    }
    this.visitExpr(p.cls);
    this.loadConst(kwdAttrs.slice());
    this.addopI(Op.MATCH_CLASS, nargs);
    this.addopI(Op.COPY, 1);
    this.loadConst(null);
    this.addopI(Op.IS_OP, 1);
    pc.onTop++;
    this.jumpToFailPop(pc, Pseudo.POP_JUMP_IF_FALSE);
    this.addopI(Op.UNPACK_SEQUENCE, nargs + nattrs);
    pc.onTop += nargs + nattrs - 1;
    for (let i = 0; i < nargs + nattrs; i++) {
      pc.onTop--;
      const pattern = i < nargs ? patterns[i] : kwdPatterns[i - nargs];
      if (wildcardCheck(pattern)) {
        this.addop(Op.POP_TOP);
        continue;
      }
      this.patternSubpattern(pattern, pc);
    }
  }

  private patternMapping(p: ast.MatchMapping, pc: PatternContext): void {
    const keys = p.keys;
    const patterns = p.patterns;
    let size = keys.length;
    if (size !== patterns.length) throw this.error(`keys (${size}) / patterns (${patterns.length}) length mismatch in mapping pattern`);
    const starTarget = p.rest;
    pc.onTop++;
    this.addop(Op.MATCH_MAPPING);
    this.jumpToFailPop(pc, Pseudo.POP_JUMP_IF_FALSE);
    if (!size && !starTarget) {
      pc.onTop--;
      this.addop(Op.POP_TOP);
      return;
    }
    if (size) {
      this.addop(Op.GET_LEN);
      this.loadConst(BigInt(size));
      this.addCompare(ast.GtE);
      this.jumpToFailPop(pc, Pseudo.POP_JUMP_IF_FALSE);
    }
    const seen = new Set<string>();
    for (let i = 0; i < size; i++) {
      const key = keys[i];
      if (key instanceof ast.Constant) {
        const k = hashKey(key.value as ConstValue);
        if (seen.has(k)) throw this.error(`mapping pattern checks duplicate key (${reprConst(key.value as ConstValue)})`);
        seen.add(k);
      } else if (!(key instanceof ast.Attribute)) throw this.error("mapping pattern keys may only match literals and attribute lookups");
      this.visitExpr(key);
    }
    this.addopI(Op.BUILD_TUPLE, size);
    this.addop(Op.MATCH_KEYS);
    pc.onTop += 2;
    this.addopI(Op.COPY, 1);
    this.loadConst(null);
    this.addopI(Op.IS_OP, 1);
    this.jumpToFailPop(pc, Pseudo.POP_JUMP_IF_FALSE);
    this.addopI(Op.UNPACK_SEQUENCE, size);
    pc.onTop += size - 1;
    for (let i = 0; i < size; i++) {
      pc.onTop--;
      this.patternSubpattern(patterns[i], pc);
    }
    pc.onTop -= 2;
    if (starTarget) {
      this.addopI(Op.BUILD_MAP, 0);
      this.addopI(Op.SWAP, 3);
      this.addopI(Op.DICT_UPDATE, 2);
      this.addopI(Op.UNPACK_SEQUENCE, size);
      while (size) {
        this.addopI(Op.COPY, 1 + size--);
        this.addopI(Op.SWAP, 2);
        this.addop(Op.DELETE_SUBSCR);
      }
      this.patternHelperStoreName(starTarget, pc);
    } else {
      this.addop(Op.POP_TOP);
      this.addop(Op.POP_TOP);
    }
  }

  private patternOr(p: ast.MatchOr, pc: PatternContext): void {
    const end = this.newBlock();
    const size = p.patterns.length;
    const old = { ...pc };
    let control: string[] | null = null;
    for (let i = 0; i < size; i++) {
      const alt = p.patterns[i];
      this.setLoc(alt);
      pc.stores = [];
      pc.allowIrrefutable = i === size - 1 && old.allowIrrefutable;
      pc.failPop = [];
      pc.onTop = 0;
      this.addopI(Op.COPY, 1);
      this.pattern(alt, pc);
      const nstores = pc.stores.length;
      if (!i) control = pc.stores;
      else if (nstores !== control!.length) throw this.error("alternative patterns bind different names");
      else if (nstores) {
        let icontrol = nstores;
        while (icontrol--) {
          const name = control![icontrol];
          const istores = pc.stores.indexOf(name);
          if (istores < 0) throw this.error("alternative patterns bind different names");
          if (icontrol !== istores) {
            let rotations = istores + 1;
            const rotated = pc.stores.slice(0, rotations);
            pc.stores.splice(0, rotations);
            pc.stores.splice(icontrol - istores, 0, ...rotated);
            while (rotations--) this.patternHelperRotate(icontrol + 1);
          }
        }
      }
      this.addopJ(Pseudo.JUMP, end);
      this.emitAndResetFailPop(pc);
    }
    pc.stores = old.stores;
    pc.allowIrrefutable = old.allowIrrefutable;
    pc.failPop = old.failPop;
    pc.onTop = old.onTop;
    this.addop(Op.POP_TOP);
    this.jumpToFailPop(pc, Pseudo.JUMP);
    this.useNextBlock(end);
    const nstores = control!.length;
    const nrots = nstores + 1 + pc.onTop + pc.stores.length;
    for (let i = 0; i < nstores; i++) {
      this.patternHelperRotate(nrots);
      const name = control![i];
      if (pc.stores.includes(name)) throw this.error(`multiple assignments to name '${name}' in pattern`);
      pc.stores.push(name);
    }
    this.addop(Op.POP_TOP);
  }

  private patternSequence(p: ast.MatchSequence, pc: PatternContext): void {
    const patterns = p.patterns;
    const size = patterns.length;
    let star = -1;
    let onlyWildcard = true;
    let starWildcard = false;
    for (let i = 0; i < size; i++) {
      const pattern = patterns[i];
      if (pattern instanceof ast.MatchStar) {
        if (star >= 0) throw this.error("multiple starred names in sequence pattern");
        starWildcard = wildcardStarCheck(pattern);
        onlyWildcard = onlyWildcard && starWildcard;
        star = i;
        continue;
      }
      onlyWildcard = onlyWildcard && wildcardCheck(pattern);
    }
    pc.onTop++;
    this.addop(Op.MATCH_SEQUENCE);
    this.jumpToFailPop(pc, Pseudo.POP_JUMP_IF_FALSE);
    if (star < 0) {
      this.addop(Op.GET_LEN);
      this.loadConst(BigInt(size));
      this.addCompare(ast.Eq);
      this.jumpToFailPop(pc, Pseudo.POP_JUMP_IF_FALSE);
    } else if (size > 1) {
      this.addop(Op.GET_LEN);
      this.loadConst(BigInt(size - 1));
      this.addCompare(ast.GtE);
      this.jumpToFailPop(pc, Pseudo.POP_JUMP_IF_FALSE);
    }
    pc.onTop--;
    if (onlyWildcard) this.addop(Op.POP_TOP);
    else if (starWildcard) this.patternHelperSequenceSubscr(patterns, star, pc);
    else this.patternHelperSequenceUnpack(patterns, pc);
  }

  private pattern(p: ast.pattern, pc: PatternContext): void {
    this.setLoc(p);
    if (p instanceof ast.MatchValue) {
      const value = p.value;
      if (!(value instanceof ast.Constant || value instanceof ast.Attribute)) throw this.error("patterns may only match literals and attribute lookups");
      this.visitExpr(value);
      this.addCompare(ast.Eq);
      this.jumpToFailPop(pc, Pseudo.POP_JUMP_IF_FALSE);
    } else if (p instanceof ast.MatchSingleton) {
      this.loadConst(p.value as ConstValue);
      this.addCompare(ast.Is);
      this.jumpToFailPop(pc, Pseudo.POP_JUMP_IF_FALSE);
    } else if (p instanceof ast.MatchSequence) this.patternSequence(p, pc);
    else if (p instanceof ast.MatchMapping) this.patternMapping(p, pc);
    else if (p instanceof ast.MatchClass) this.patternClass(p, pc);
    else if (p instanceof ast.MatchStar) this.patternHelperStoreName(p.name, pc);
    else if (p instanceof ast.MatchAs) this.patternAs(p, pc);
    else if (p instanceof ast.MatchOr) this.patternOr(p, pc);
  }

  // compiler_match_inner
  private compilerMatch(s: ast.Match): void {
    const pc: PatternContext = { stores: [], allowIrrefutable: false, failPop: [], onTop: 0 };
    this.visitExpr(s.subject);
    const end = this.newBlock();
    const cases = s.cases.length;
    let m = s.cases[cases - 1];
    const hasDefault = wildcardCheck(m.pattern) && 1 < cases ? 1 : 0;
    for (let i = 0; i < cases - hasDefault; i++) {
      m = s.cases[i];
      this.setLoc(m.pattern);
      if (i !== cases - hasDefault - 1) this.addopI(Op.COPY, 1);
      pc.stores = [];
      pc.allowIrrefutable = m.guard !== null || i === cases - 1;
      pc.failPop = [];
      pc.onTop = 0;
      this.pattern(m.pattern, pc);
      for (const name of pc.stores) this.nameop(name, ast.Store);
      if (m.guard) {
        this.ensureFailPop(pc, 0);
        this.jumpIf(m.guard, pc.failPop[0], false);
      }
      if (i !== cases - hasDefault - 1) this.addop(Op.POP_TOP);
      for (const x of m.body) this.visitStmt(x);
      this.unsetLoc();
      this.addopJ(Pseudo.JUMP, end);
      this.setLoc(m.pattern);
      this.emitAndResetFailPop(pc);
    }
    if (hasDefault) {
      m = s.cases[cases - 1];
      this.setLoc(m.pattern);
      if (cases === 1) this.addop(Op.POP_TOP);
      else this.addop(Op.NOP);
      if (m.guard) this.jumpIf(m.guard, end, false);
      for (const x of m.body) this.visitStmt(x);
      this.unsetLoc();
    }
    this.useNextBlock(end);
  }
}

const BINOP_NB = new Map<ast.operator, NB>([
  [ast.Add, NB.ADD], [ast.Sub, NB.SUBTRACT], [ast.Mult, NB.MULTIPLY], [ast.MatMult, NB.MATRIX_MULTIPLY],
  [ast.Div, NB.TRUE_DIVIDE], [ast.Mod, NB.REMAINDER], [ast.Pow, NB.POWER], [ast.LShift, NB.LSHIFT],
  [ast.RShift, NB.RSHIFT], [ast.BitOr, NB.OR], [ast.BitXor, NB.XOR], [ast.BitAnd, NB.AND], [ast.FloorDiv, NB.FLOOR_DIVIDE],
]);

function constTypeName(v: ConstValue): string {
  if (v === null) return "NoneType";
  if (v === true || v === false) return "bool";
  if (v === EllipsisValue) return "ellipsis";
  switch (typeof v) {
    case "bigint": return "int";
    case "number": return "float";
    case "string": return "str";
  }
  if (v instanceof Uint8Array) return "bytes";
  if (v instanceof ast.ComplexValue) return "complex";
  if (Array.isArray(v)) return "tuple";
  if (v instanceof ConstFrozenset) return "frozenset";
  return "code";
}

/** A key equal for constants that are equal as dict keys (1 == 1.0 == True). */
function hashKey(v: ConstValue): string {
  if (v === true) return "n1";
  if (v === false) return "n0";
  if (typeof v === "bigint") return "n" + v.toString();
  if (typeof v === "number") return Number.isInteger(v) ? "n" + BigInt(v).toString() : "f" + String(v);
  if (v instanceof ast.ComplexValue && v.imag === 0) return hashKey(v.real);
  return constKey(v);
}

function reprConst(v: ConstValue): string {
  if (v === null) return "None";
  if (v === true) return "True";
  if (v === false) return "False";
  if (typeof v === "bigint") return v.toString();
  if (typeof v === "string") return "'" + v.replace(/\\/g, "\\\\").replace(/'/g, "\\'") + "'";
  if (typeof v === "number") return String(v);
  return String(v);
}

/** compile(source, filename, mode): parses and compiles; throws CompileError as CPython raises. */
export function compileSource(
  source: Uint8Array | string,
  filename: string,
  mode: "exec" | "eval" | "single",
  opts: CompileOptions = {},
): CodeObject {
  return compileAST(parse(source, filename, mode), filename, opts);
}

/**
 * PyErr_ProgramTextObject: line `lineno` of the file named `filename` when there is one (read
 * through err_programtext's 1000-byte buffer, universal newlines, strict UTF-8), else null.
 */
export function programText(filename: string, lineno: number): string | null {
  let data: Buffer;
  try {
    data = readFileSync(filename);
  } catch {
    return null;
  }
  if (lineno < 1) return null;
  let start = 0;
  for (let line = 1; line < lineno; line++) {
    let i = start;
    while (i < data.length && data[i] !== 10 && data[i] !== 13) i++;
    if (i >= data.length) return null;
    start = data[i] === 13 && data[i + 1] === 10 ? i + 2 : i + 1;
  }
  if (start >= data.length) return null;
  let end = start;
  while (end < data.length && data[end] !== 10 && data[end] !== 13) end++;
  const bytes = Buffer.concat([data.subarray(start, end), end < data.length ? Buffer.from([10]) : Buffer.alloc(0)]);
  const piece = bytes.subarray(Math.floor(Math.max(bytes.length - 1, 0) / 999) * 999);
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(piece);
  } catch {
    return null;
  }
}

/** Compiles a module AST into a code object, as CPython's compile() does after parsing. */
export function compileAST(mod: ast.mod, filename: string, opts: CompileOptions = {}): CodeObject {
  const c = new Compiler(filename, opts);
  if (mod instanceof ast.Interactive) c.interactive = true;
  try {
    return c.compileMod(mod);
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(e.message))
      throw new CompileError("RecursionError", "maximum recursion depth exceeded during compilation", 0, 0, null, 0, 0, filename);
    // SyntaxErrors of the symtable and compiler carry the source line reread from the file
    if (e instanceof CompileError && e.isSyntaxError && e.text === null && e.lineno > 0) {
      const text = programText(filename, e.lineno);
      if (text !== null) throw new CompileError(e.type, e.msg, e.lineno, e.offset, text, e.end_lineno, e.end_offset, e.filename);
    }
    throw e;
  }
}
