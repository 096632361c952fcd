// AST-level constant folding, as CPython 3.11's Python/ast_opt.c: operators on constants, tuples
// of constants, constant subscripts, `not` over `is`/`in` comparisons, list/set displays iterated
// over or tested with `in`, `'%s' % (x,)` into f-strings, and `__debug__`.
import * as ast from "../Parser/ast";
import { CO_FUTURE_ANNOTATIONS } from "../Objects/codeobject";
import { ConstValue, ConstFrozenset, ComplexValue, EllipsisValue } from "./constants";
import { CompileError } from "../Parser/errors";
import { tstate } from "./pystate";

const MAX_INT_SIZE = 128; // bits
const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;
const MAX_TOTAL_ITEMS = 1024;

/** Raised by an operation CPython would fail on: the node is then left unfolded. */
class NoFold extends Error {}
const nofold = (): never => {
  throw new NoFold();
};

type V = ConstValue;

/** COMPILER_STACK_FRAME_SCALE: compile-time nesting allowed per unit of the recursion limit. */
const COMPILER_STACK_FRAME_SCALE = 3;

/**
 * The recursion budget _PyAST_Optimize and _PySymtable_Build start from: the depth already used
 * (Python frames and guarded native calls) and the limit, both scaled by COMPILER_STACK_FRAME_SCALE.
 */
export function compilerRecursionBudget(): { depth: number; limit: number } {
  const used = tstate.recursion_depth + tstate.c_recursion_depth;
  return { depth: used * COMPILER_STACK_FRAME_SCALE, limit: tstate.recursion_limit * COMPILER_STACK_FRAME_SCALE };
}

/** The RecursionError of astfold_* / symtable_visit_* nested past the budget. */
export function compilerRecursionError(): CompileError {
  return new CompileError("RecursionError", "maximum recursion depth exceeded during compilation");
}

const isInt = (v: V): v is bigint | boolean => typeof v === "bigint" || typeof v === "boolean";
const toInt = (v: bigint | boolean): bigint => (typeof v === "boolean" ? (v ? 1n : 0n) : v);
const isFloat = (v: V): v is number => typeof v === "number";
const isNum = (v: V) => isInt(v) || isFloat(v) || v instanceof ComplexValue;
const isTuple = (v: V): v is readonly V[] => Array.isArray(v);

function intToFloat(v: bigint): number {
  const x = Number(v);
  if (!Number.isFinite(x)) nofold(); // OverflowError: int too large to convert to float
  return x;
}
function toFloat(v: V): number {
  if (isFloat(v)) return v;
  if (isInt(v)) return intToFloat(toInt(v));
  return nofold();
}
function toComplex(v: V): ComplexValue {
  if (v instanceof ComplexValue) return v;
  return new ComplexValue(toFloat(v), 0);
}
function numBits(v: bigint): number {
  if (v < 0n) v = -v;
  return v === 0n ? 0 : v.toString(2).length;
}
function cpLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) i++;
    }
    n++;
  }
  return n;
}

// float_div / float_rem / float_floor_div of Objects/floatobject.c
function floatMod(vx: number, wx: number): number {
  if (wx === 0) nofold();
  let mod = vx % wx;
  if (mod) {
    if (wx < 0 !== mod < 0) mod += wx;
  } else mod = Math.sign(wx) < 0 || Object.is(wx, -0) ? -0 : 0;
  return mod;
}
function floatFloorDiv(vx: number, wx: number): number {
  if (wx === 0) nofold();
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1;
    }
  }
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else floordiv = vx / wx < 0 || Object.is(vx / wx, -0) ? -0 : 0;
  return floordiv;
}
function intFloorDiv(a: bigint, b: bigint): bigint {
  if (b === 0n) nofold();
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}
function intMod(a: bigint, b: bigint): bigint {
  if (b === 0n) nofold();
  const r = a % b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
}
/** num/den correctly rounded to a double (round half to even), as long_true_divide gives it. */
function ratioToFloat(num: bigint, den: bigint): number {
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const neg = num < 0n;
  if (neg) num = -num;
  if (num === 0n) return neg ? -0 : 0;
  // scale so that the quotient has 55+ significant bits, then round once
  const bits = (x: bigint) => x.toString(2).length;
  let shift = 55 - (bits(num) - bits(den));
  let q: bigint;
  let r: bigint;
  const div = () => {
    const n = shift >= 0 ? num << BigInt(shift) : num;
    const d = shift >= 0 ? den : den << BigInt(-shift);
    q = n / d;
    r = n % d;
  };
  div();
  while (bits(q!) < 55) {
    shift++;
    div();
  }
  // exponent of the result: q * 2^-shift; keep 53 bits (fewer when subnormal)
  let e = bits(q!) - 1 - shift; // floor(log2(result))
  let keep = 53;
  if (e < -1022) keep = Math.max(0, 53 - (-1022 - e));
  const drop = bits(q!) - keep;
  let m = q! >> BigInt(drop);
  const rem = q! - (m << BigInt(drop));
  const half = 1n << BigInt(drop - 1);
  if (rem > half || (rem === half && (r! !== 0n || (m & 1n) === 1n))) m += 1n;
  else if (rem === half && r! !== 0n) m += 1n;
  const x = Number(m) * Math.pow(2, drop - shift);
  if (!Number.isFinite(x)) nofold(); // OverflowError
  return neg ? -x : x;
}

function intTrueDiv(a: bigint, b: bigint): number {
  if (b === 0n) nofold();
  const lim = 1n << 53n;
  if (a < lim && a > -lim && b < lim && b > -lim) return Number(a) / Number(b);
  return ratioToFloat(a, b);
}

/** A finite double as an exact ratio num / 2^-exp2 (exp2 may be negative). */
function floatToRatio(x: number): [bigint, bigint] {
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  const sign = hi >>> 31 ? -1n : 1n;
  const exp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (exp === 0) e = -1074;
  else {
    mant |= 1n << 52n;
    e = exp - 1075;
  }
  return e >= 0 ? [sign * (mant << BigInt(e)), 1n] : [sign * mant, 1n << BigInt(-e)];
}

const cmul = (a: ComplexValue, b: ComplexValue) => new ComplexValue(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);

// _Py_c_quot
function cquot(a: ComplexValue, b: ComplexValue): ComplexValue {
  const absBr = Math.abs(b.real);
  const absBi = Math.abs(b.imag);
  if (absBr >= absBi) {
    if (absBr === 0) return nofold(); // ZeroDivisionError
    const ratio = b.imag / b.real;
    const denom = b.real + b.imag * ratio;
    return new ComplexValue((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
  }
  if (absBi >= absBr) {
    const ratio = b.real / b.imag;
    const denom = b.real * ratio + b.imag;
    return new ComplexValue((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
  }
  return new ComplexValue(NaN, NaN);
}

// complex_pow (c_powi for small integral exponents, _Py_c_pow otherwise)
function cpow(a: ComplexValue, b: ComplexValue): ComplexValue {
  let r: ComplexValue;
  if (b.imag === 0 && b.real === Math.floor(b.real) && Math.abs(b.real) <= 100) {
    const n = b.real;
    const powu = (x: ComplexValue, k: number) => {
      let res = new ComplexValue(1, 0);
      let p = x;
      for (let mask = 1; mask > 0 && k >= mask; mask *= 2) {
        if (Math.floor(k / mask) % 2) res = cmul(res, p);
        p = cmul(p, p);
      }
      return res;
    };
    r = n > 0 ? powu(a, n) : cquot(new ComplexValue(1, 0), powu(a, -n));
  } else if (b.real === 0 && b.imag === 0) r = new ComplexValue(1, 0);
  else if (a.real === 0 && a.imag === 0) {
    if (b.imag !== 0 || b.real < 0) return nofold();
    r = new ComplexValue(0, 0);
  } else {
    const vabs = Math.hypot(a.real, a.imag);
    let len = Math.pow(vabs, b.real);
    const at = Math.atan2(a.imag, a.real);
    let phase = at * b.real;
    if (b.imag !== 0) {
      len /= Math.exp(at * b.imag);
      phase += b.imag * Math.log(vabs);
    }
    r = new ComplexValue(len * Math.cos(phase), len * Math.sin(phase));
  }
  if (!Number.isFinite(r.real) || !Number.isFinite(r.imag)) nofold();
  return r;
}

function complexArith(op: ast.operator, a: ComplexValue, b: ComplexValue): ComplexValue {
  switch (op) {
    case ast.Div:
      return cquot(a, b);
    case ast.Pow:
      return cpow(a, b);
    case ast.Add:
      return new ComplexValue(a.real + b.real, a.imag + b.imag);
    case ast.Sub:
      return new ComplexValue(a.real - b.real, a.imag - b.imag);
    case ast.Mult:
      return cmul(a, b);
  }
  return nofold();
}

function repeat(seq: V, n: bigint): V {
  const count = n < 0n ? 0 : Number(n);
  if (typeof seq === "string") return seq.repeat(count);
  if (seq instanceof Uint8Array) {
    const out = new Uint8Array(seq.length * count);
    for (let i = 0; i < count; i++) out.set(seq, i * seq.length);
    return out;
  }
  if (isTuple(seq)) {
    const out: V[] = [];
    for (let i = 0; i < count; i++) out.push(...seq);
    return out;
  }
  return nofold();
}

// check_complexity
function checkComplexity(obj: V, limit: number): number {
  if (isTuple(obj)) {
    limit -= obj.length;
    for (let i = 0; limit >= 0 && i < obj.length; i++) limit = checkComplexity(obj[i], limit);
  } else if (obj instanceof ConstFrozenset) {
    limit -= obj.items.length;
    for (let i = 0; limit >= 0 && i < obj.items.length; i++) limit = checkComplexity(obj.items[i], limit);
  }
  return limit;
}

// safe_multiply
function safeMultiply(v: V, w: V): V {
  if (isInt(v) && isInt(w) && toInt(v) !== 0n && toInt(w) !== 0n) {
    if (numBits(toInt(v)) + numBits(toInt(w)) > MAX_INT_SIZE) nofold();
  } else if (isInt(v) && (isTuple(w) || w instanceof ConstFrozenset)) {
    const size = isTuple(w) ? w.length : w.items.length;
    if (size) {
      const n = toInt(v);
      if (n < 0n || n > BigInt(Math.floor(MAX_COLLECTION_SIZE / size))) nofold();
      if (n && checkComplexity(w, Math.floor(MAX_TOTAL_ITEMS / Number(n))) < 0) nofold();
    }
  } else if (isInt(v) && (typeof w === "string" || w instanceof Uint8Array)) {
    const size = typeof w === "string" ? cpLength(w) : w.length;
    if (size) {
      const n = toInt(v);
      if (n < 0n || n > BigInt(Math.floor(MAX_STR_SIZE / size))) nofold();
    }
  } else if (isInt(w) && (isTuple(v) || v instanceof ConstFrozenset || typeof v === "string" || v instanceof Uint8Array)) {
    return safeMultiply(w, v);
  }
  if (isInt(v) && (isTuple(w) || typeof w === "string" || w instanceof Uint8Array)) return repeat(w, toInt(v));
  return numberOp(ast.Mult, v, w);
}

function safePower(v: V, w: V): V {
  if (isInt(v) && isInt(w) && toInt(v) !== 0n && toInt(w) > 0n) {
    const vbits = numBits(toInt(v));
    const wbits = toInt(w);
    if (BigInt(vbits) > BigInt(MAX_INT_SIZE) / wbits) nofold();
  }
  return numberOp(ast.Pow, v, w);
}

function safeLshift(v: V, w: V): V {
  if (isInt(v) && isInt(w) && toInt(v) !== 0n && toInt(w) !== 0n) {
    const vbits = numBits(toInt(v));
    const wbits = toInt(w);
    if (wbits < 0n) nofold(); // PyLong_AsSize_t fails: OverflowError
    if (wbits > BigInt(MAX_INT_SIZE) || BigInt(vbits) > BigInt(MAX_INT_SIZE) - wbits) nofold();
  }
  return numberOp(ast.LShift, v, w);
}

function concat(v: V, w: V): V {
  if (typeof v === "string" && typeof w === "string") return v + w;
  if (v instanceof Uint8Array && w instanceof Uint8Array) {
    const out = new Uint8Array(v.length + w.length);
    out.set(v);
    out.set(w, v.length);
    return out;
  }
  if (isTuple(v) && isTuple(w)) return [...v, ...w];
  return nofold();
}

// The PyNumber_* operations on constants.
function numberOp(op: ast.operator, v: V, w: V): V {
  if (!isNum(v) || !isNum(w)) {
    if (op === ast.Add) return concat(v, w);
    return nofold();
  }
  if (v instanceof ComplexValue || w instanceof ComplexValue) return complexArith(op, toComplex(v), toComplex(w));
  if (isInt(v) && isInt(w)) {
    const a = toInt(v);
    const b = toInt(w);
    const bothBool = typeof v === "boolean" && typeof w === "boolean";
    switch (op) {
      case ast.Add: return a + b;
      case ast.Sub: return a - b;
      case ast.Mult: return a * b;
      case ast.Div: return intTrueDiv(a, b);
      case ast.FloorDiv: return intFloorDiv(a, b);
      case ast.Mod: return intMod(a, b);
      case ast.Pow:
        if (b < 0n) {
          if (a === 0n) nofold();
          return floatPow(intToFloat(a), intToFloat(b));
        }
        return a ** b;
      case ast.LShift:
        if (b < 0n) nofold();
        return a << b;
      case ast.RShift:
        if (b < 0n) nofold();
        return a >> b;
      case ast.BitOr: return bothBool ? (v as boolean) || (w as boolean) : a | b;
      case ast.BitXor: return bothBool ? v !== w : a ^ b;
      case ast.BitAnd: return bothBool ? (v as boolean) && (w as boolean) : a & b;
    }
    return nofold();
  }
  const a = toFloat(v);
  const b = toFloat(w);
  switch (op) {
    case ast.Add: return a + b;
    case ast.Sub: return a - b;
    case ast.Mult: return a * b;
    case ast.Div:
      if (b === 0) nofold();
      return a / b;
    case ast.FloorDiv: return floatFloorDiv(a, b);
    case ast.Mod: return floatMod(a, b);
    case ast.Pow:
      if (a < 0 && b !== Math.floor(b) && Number.isFinite(b)) return cpow(new ComplexValue(a, 0), new ComplexValue(b, 0));
      return floatPow(a, b);
  }
  return nofold();
}

// float_pow, for the cases that give a float
function floatPow(iv: number, iw: number): number {
  if (iw === 0) return 1;
  if (Number.isNaN(iv)) return iw === 0 ? 1 : iv;
  if (Number.isNaN(iw)) return iv === 1 ? 1 : iw;
  if (!Number.isFinite(iw) || !Number.isFinite(iv)) return nofold();
  if (iv === 0) {
    if (iw < 0) nofold(); // ZeroDivisionError
    return Math.pow(iv, iw);
  }
  if (iv < 0 && iw !== Math.floor(iw)) return nofold(); // complex result (see numberOp)
  if (iw === Math.floor(iw) && Math.abs(iw) <= 1024) {
    // integral exponent: the exact power, rounded once (as the C library's pow does)
    const [n, d] = floatToRatio(iv);
    const k = BigInt(Math.abs(iw));
    const pn = n ** k;
    const pd = d ** k;
    return iw >= 0 ? ratioToFloat(pn, pd) : ratioToFloat(pd, pn);
  }
  const r = Math.pow(iv, iw);
  if (!Number.isFinite(r)) nofold(); // OverflowError
  return r;
}

function unaryOp(op: ast.unaryop, v: V): V {
  if (op === ast.Not) return !truth(v);
  if (isInt(v)) {
    const a = toInt(v);
    if (op === ast.Invert) return ~a;
    if (op === ast.UAdd) return a;
    return -a;
  }
  if (isFloat(v)) {
    if (op === ast.UAdd) return v;
    if (op === ast.USub) return -v;
    return nofold();
  }
  if (v instanceof ComplexValue) {
    if (op === ast.UAdd) return v;
    if (op === ast.USub) return new ComplexValue(-v.real, -v.imag);
  }
  return nofold();
}

function truth(v: V): boolean {
  if (v === null || v === false) return false;
  if (v === true || v === EllipsisValue) return true;
  if (typeof v === "bigint") return v !== 0n;
  if (typeof v === "number") return v !== 0;
  if (typeof v === "string") return v.length > 0;
  if (v instanceof Uint8Array) return v.length > 0;
  if (v instanceof ComplexValue) return v.real !== 0 || v.imag !== 0;
  if (isTuple(v)) return v.length > 0;
  if (v instanceof ConstFrozenset) return v.items.length > 0;
  return true;
}

// PyObject_GetItem on constants
function getItem(v: V, idx: V): V {
  if (!isInt(idx)) return nofold();
  let i = toInt(idx);
  if (typeof v === "string") {
    const cps = Array.from(v);
    if (i < 0n) i += BigInt(cps.length);
    if (i < 0n || i >= BigInt(cps.length)) nofold();
    return cps[Number(i)];
  }
  if (v instanceof Uint8Array) {
    if (i < 0n) i += BigInt(v.length);
    if (i < 0n || i >= BigInt(v.length)) nofold();
    return BigInt(v[Number(i)]);
  }
  if (isTuple(v)) {
    if (i < 0n) i += BigInt(v.length);
    if (i < 0n || i >= BigInt(v.length)) nofold();
    return v[Number(i)];
  }
  return nofold();
}

class Optimizer {
  private depth: number;
  private readonly limit: number;
  constructor(readonly optimize: number, readonly features: number) {
    ({ depth: this.depth, limit: this.limit } = compilerRecursionBudget());
  }

  private get futureAnnotations(): boolean {
    return (this.features & CO_FUTURE_ANNOTATIONS) !== 0;
  }

  // make_const
  private makeConst(node: ast.expr, f: () => V): ast.expr {
    let v: V;
    try {
      v = f();
    } catch (e) {
      if (e instanceof NoFold || e instanceof RangeError) return node;
      throw e;
    }
    return new ast.Constant(v as ast.ConstantValue, null, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset);
  }

  private exprs(list: ast.expr[]): void {
    for (let i = 0; i < list.length; i++) list[i] = this.expr(list[i]);
  }
  private optExpr(e: ast.expr | null): ast.expr | null {
    return e ? this.expr(e) : null;
  }

  // astfold_expr: the nesting check, then the folding
  expr(node: ast.expr): ast.expr {
    if (++this.depth > this.limit) throw compilerRecursionError();
    const r = this.expr1(node);
    this.depth--;
    return r;
  }
  private expr1(node: ast.expr): ast.expr {
    const k = node.constructor;
    if (k === ast.Constant) return node;
    if (k === ast.Name) {
      const n = node as ast.Name;
      if (n.ctx === ast.Load && n.id === "__debug__") return this.makeConst(n, () => !this.optimize);
      return node;
    }
    if (k === ast.Attribute) {
      (node as ast.Attribute).value = this.expr((node as ast.Attribute).value);
      return node;
    }
    if (node instanceof ast.BoolOp) this.exprs(node.values);
    else if (node instanceof ast.BinOp) {
      node.left = this.expr(node.left);
      node.right = this.expr(node.right);
      return this.foldBinop(node);
    } else if (node instanceof ast.UnaryOp) {
      node.operand = this.expr(node.operand);
      return this.foldUnaryop(node);
    } else if (node instanceof ast.Lambda) {
      this.arguments(node.args);
      node.body = this.expr(node.body);
    } else if (node instanceof ast.IfExp) {
      node.test = this.expr(node.test);
      node.body = this.expr(node.body);
      node.orelse = this.expr(node.orelse);
    } else if (node instanceof ast.Dict) {
      for (let i = 0; i < node.keys.length; i++) node.keys[i] = this.optExpr(node.keys[i]);
      this.exprs(node.values);
    } else if (node instanceof ast.Set) this.exprs(node.elts);
    else if (node instanceof ast.ListComp || node instanceof ast.SetComp || node instanceof ast.GeneratorExp) {
      node.elt = this.expr(node.elt);
      for (const g of node.generators) this.comprehension(g);
    } else if (node instanceof ast.DictComp) {
      node.key = this.expr(node.key);
      node.value = this.expr(node.value);
      for (const g of node.generators) this.comprehension(g);
    } else if (node instanceof ast.Await || node instanceof ast.YieldFrom) node.value = this.expr(node.value);
    else if (node instanceof ast.Yield) node.value = this.optExpr(node.value);
    else if (node instanceof ast.Compare) {
      node.left = this.expr(node.left);
      this.exprs(node.comparators);
      // fold_compare
      const i = node.ops.length - 1;
      const op = node.ops[i];
      if (op === ast.In || op === ast.NotIn) node.comparators[i] = this.foldIter(node.comparators[i]);
    } else if (node instanceof ast.Call) {
      node.func = this.expr(node.func);
      this.exprs(node.args);
      for (const k of node.keywords) k.value = this.expr(k.value);
    } else if (node instanceof ast.FormattedValue) {
      node.value = this.expr(node.value);
      node.format_spec = this.optExpr(node.format_spec);
    } else if (node instanceof ast.JoinedStr) this.exprs(node.values);
    else if (node instanceof ast.Attribute) node.value = this.expr(node.value);
    else if (node instanceof ast.Subscript) {
      node.value = this.expr(node.value);
      node.slice = this.expr(node.slice);
      // fold_subscr
      const arg = node.value;
      const idx = node.slice;
      if (node.ctx === ast.Load && arg instanceof ast.Constant && idx instanceof ast.Constant)
        return this.makeConst(node, () => getItem(arg.value as V, idx.value as V));
    } else if (node instanceof ast.Starred) node.value = this.expr(node.value);
    else if (node instanceof ast.Slice) {
      node.lower = this.optExpr(node.lower);
      node.upper = this.optExpr(node.upper);
      node.step = this.optExpr(node.step);
    } else if (node instanceof ast.List) this.exprs(node.elts);
    else if (node instanceof ast.Tuple) {
      this.exprs(node.elts);
      // fold_tuple
      if (node.ctx === ast.Load && node.elts.every((e) => e instanceof ast.Constant)) {
        const elts = node.elts;
        return this.makeConst(node, () => elts.map((e) => (e as ast.Constant).value as V));
      }
    } else if (node instanceof ast.Name) {
      if (node.ctx === ast.Load && node.id === "__debug__") return this.makeConst(node, () => !this.optimize);
    } else if (node instanceof ast.NamedExpr) node.value = this.expr(node.value);
    return node;
  }

  // fold_binop
  private foldBinop(node: ast.BinOp): ast.expr {
    const lhs = node.left;
    const rhs = node.right;
    if (!(lhs instanceof ast.Constant)) return node;
    const lv = lhs.value as V;
    if (node.op === ast.Mod && rhs instanceof ast.Tuple && typeof lv === "string" && !rhs.elts.some((e) => e instanceof ast.Starred))
      return optimizeFormat(node, lv, rhs.elts);
    if (!(rhs instanceof ast.Constant)) return node;
    const rv = rhs.value as V;
    const op = node.op;
    if (op === ast.MatMult) return node;
    return this.makeConst(node, () => {
      switch (op) {
        case ast.Mult: return safeMultiply(lv, rv);
        case ast.Mod:
          if (typeof lv === "string" || lv instanceof Uint8Array) return nofold();
          return numberOp(op, lv, rv);
        case ast.Pow: return safePower(lv, rv);
        case ast.LShift: return safeLshift(lv, rv);
        default: return numberOp(op, lv, rv);
      }
    });
  }

  // fold_unaryop
  private foldUnaryop(node: ast.UnaryOp): ast.expr {
    const arg = node.operand;
    if (!(arg instanceof ast.Constant)) {
      if (node.op === ast.Not && arg instanceof ast.Compare && arg.ops.length === 1) {
        const op = arg.ops[0];
        const inv = op === ast.Is ? ast.IsNot : op === ast.IsNot ? ast.Is : op === ast.In ? ast.NotIn : op === ast.NotIn ? ast.In : null;
        if (inv) {
          arg.ops[0] = inv;
          return arg;
        }
      }
      return node;
    }
    return this.makeConst(node, () => unaryOp(node.op, arg.value as V));
  }

  // fold_iter: a list becomes a tuple, constant lists and sets become constants
  private foldIter(arg: ast.expr): ast.expr {
    if (arg instanceof ast.List) {
      if (arg.elts.some((e) => e instanceof ast.Starred)) return arg;
      const t = new ast.Tuple(arg.elts, arg.ctx, arg.lineno, arg.col_offset, arg.end_lineno, arg.end_col_offset);
      if (arg.elts.every((e) => e instanceof ast.Constant)) return this.makeConst(t, () => arg.elts.map((e) => (e as ast.Constant).value as V));
      return t;
    }
    if (arg instanceof ast.Set) {
      if (arg.elts.every((e) => e instanceof ast.Constant))
        return this.makeConst(arg, () => new ConstFrozenset(arg.elts.map((e) => (e as ast.Constant).value as V)));
    }
    return arg;
  }

  private comprehension(g: ast.comprehension): void {
    g.target = this.expr(g.target);
    g.iter = this.expr(g.iter);
    this.exprs(g.ifs);
    g.iter = this.foldIter(g.iter);
  }

  private arguments(a: ast.arguments_): void {
    for (const p of [...a.posonlyargs, ...a.args]) this.arg(p);
    if (a.vararg) this.arg(a.vararg);
    for (const p of a.kwonlyargs) this.arg(p);
    for (let i = 0; i < a.kw_defaults.length; i++) a.kw_defaults[i] = this.optExpr(a.kw_defaults[i]);
    if (a.kwarg) this.arg(a.kwarg);
    this.exprs(a.defaults);
  }

  private arg(p: ast.arg): void {
    if (!this.futureAnnotations) p.annotation = this.optExpr(p.annotation);
  }

  stmts(list: ast.stmt[]): void {
    for (const s of list) this.stmt(s);
  }

  // astfold_stmt: the nesting check, then the folding
  stmt(s: ast.stmt): void {
    if (++this.depth > this.limit) throw compilerRecursionError();
    this.stmt1(s);
    this.depth--;
  }
  private stmt1(s: ast.stmt): void {
    const k = s.constructor;
    if (k === ast.Expr) {
      (s as ast.Expr).value = this.expr((s as ast.Expr).value);
      return;
    }
    if (k === ast.Assign) {
      this.exprs((s as ast.Assign).targets);
      (s as ast.Assign).value = this.expr((s as ast.Assign).value);
      return;
    }
    if (s instanceof ast.FunctionDef || s instanceof ast.AsyncFunctionDef) {
      this.arguments(s.args);
      this.stmts(s.body);
      this.exprs(s.decorator_list);
      if (!this.futureAnnotations) s.returns = this.optExpr(s.returns);
    } else if (s instanceof ast.ClassDef) {
      this.exprs(s.bases);
      for (const k of s.keywords) k.value = this.expr(k.value);
      this.stmts(s.body);
      this.exprs(s.decorator_list);
    } else if (s instanceof ast.Return) s.value = this.optExpr(s.value);
    else if (s instanceof ast.Delete) this.exprs(s.targets);
    else if (s instanceof ast.Assign) {
      this.exprs(s.targets);
      s.value = this.expr(s.value);
    } else if (s instanceof ast.AugAssign) {
      s.target = this.expr(s.target);
      s.value = this.expr(s.value);
    } else if (s instanceof ast.AnnAssign) {
      s.target = this.expr(s.target);
      if (!this.futureAnnotations) s.annotation = this.expr(s.annotation);
      s.value = this.optExpr(s.value);
    } else if (s instanceof ast.For || s instanceof ast.AsyncFor) {
      s.target = this.expr(s.target);
      s.iter = this.expr(s.iter);
      this.stmts(s.body);
      this.stmts(s.orelse);
      if (s instanceof ast.For) s.iter = this.foldIter(s.iter);
    } else if (s instanceof ast.While || s instanceof ast.If) {
      s.test = this.expr(s.test);
      this.stmts(s.body);
      this.stmts(s.orelse);
    } else if (s instanceof ast.With || s instanceof ast.AsyncWith) {
      for (const item of s.items) {
        item.context_expr = this.expr(item.context_expr);
        item.optional_vars = this.optExpr(item.optional_vars);
      }
      this.stmts(s.body);
    } else if (s instanceof ast.Raise) {
      s.exc = this.optExpr(s.exc);
      s.cause = this.optExpr(s.cause);
    } else if (s instanceof ast.Try || s instanceof ast.TryStar) {
      this.stmts(s.body);
      for (const h of s.handlers as ast.ExceptHandler[]) {
        h.type = this.optExpr(h.type);
        this.stmts(h.body);
      }
      this.stmts(s.orelse);
      this.stmts(s.finalbody);
    } else if (s instanceof ast.Assert) {
      s.test = this.expr(s.test);
      s.msg = this.optExpr(s.msg);
    } else if (s instanceof ast.Expr) s.value = this.expr(s.value);
    else if (s instanceof ast.Match) {
      s.subject = this.expr(s.subject);
      for (const c of s.cases) {
        this.pattern(c.pattern);
        c.guard = this.optExpr(c.guard);
        this.stmts(c.body);
      }
    }
  }

  // astfold_pattern: the nesting check, then the folding
  private pattern(p: ast.pattern): void {
    if (++this.depth > this.limit) throw compilerRecursionError();
    this.pattern1(p);
    this.depth--;
  }
  private pattern1(p: ast.pattern): void {
    if (p instanceof ast.MatchValue) p.value = this.expr(p.value);
    else if (p instanceof ast.MatchSequence) p.patterns.forEach((q) => this.pattern(q));
    else if (p instanceof ast.MatchMapping) {
      this.exprs(p.keys);
      p.patterns.forEach((q) => this.pattern(q));
    } else if (p instanceof ast.MatchClass) {
      p.cls = this.expr(p.cls);
      p.patterns.forEach((q) => this.pattern(q));
      p.kwd_patterns.forEach((q) => this.pattern(q));
    } else if (p instanceof ast.MatchAs) {
      if (p.pattern) this.pattern(p.pattern);
    } else if (p instanceof ast.MatchOr) p.patterns.forEach((q) => this.pattern(q));
  }
}

// ---- '%s' % (a, b) into an f-string (optimize_format and helpers) ----

const F_LJUST = 1;

function parseLiteral(fmt: string, pos: { i: number }): ast.Constant | null {
  const start = pos.i;
  let p = start;
  let hasPercents = false;
  while (p < fmt.length) {
    if (fmt[p] !== "%") p++;
    else if (p + 1 < fmt.length && fmt[p + 1] === "%") {
      hasPercents = true;
      p += 2;
    } else break;
  }
  pos.i = p;
  if (p === start) return null;
  let str = fmt.substring(start, p);
  if (hasPercents) str = str.split("%%").join("%");
  return new ast.Constant(str, null, -1, -1, -1, -1);
}

// simple_format_arg_parse + parse_format
function parseFormat(fmt: string, pos: { i: number }, arg: ast.expr): ast.expr | null {
  let p = pos.i;
  let ch = "";
  const next = (): boolean => {
    if (p >= fmt.length) return false;
    ch = fmt[p++];
    return true;
  };
  let flags = 0;
  let width = -1;
  let prec = -1;
  const MAXDIGITS = 3;
  for (;;) {
    if (!next()) return null;
    if (ch === "-") flags |= F_LJUST;
    else if (ch === "+" || ch === " " || ch === "#" || ch === "0") flags |= 2;
    else break;
  }
  if (ch >= "0" && ch <= "9") {
    width = 0;
    let digits = 0;
    while (ch >= "0" && ch <= "9") {
      width = width * 10 + (ch.charCodeAt(0) - 48);
      if (!next()) return null;
      if (++digits >= MAXDIGITS) return null;
    }
  }
  if (ch === ".") {
    if (!next()) return null;
    prec = 0;
    let digits = 0;
    while (ch >= "0" && ch <= "9") {
      prec = prec * 10 + (ch.charCodeAt(0) - 48);
      if (!next()) return null;
      if (++digits >= MAXDIGITS) return null;
    }
  }
  pos.i = p;
  if (ch === "s" || ch === "r" || ch === "a") {
    let spec = "";
    if (!(flags & F_LJUST) && width > 0) spec += ">";
    if (width >= 0) spec += String(width);
    if (prec >= 0) spec += "." + prec;
    const formatSpec = spec ? new ast.Constant(spec, null, -1, -1, -1, -1) : null;
    return new ast.FormattedValue(arg, ch.charCodeAt(0), formatSpec, arg.lineno, arg.col_offset, arg.end_lineno, arg.end_col_offset);
  }
  return null;
}

function optimizeFormat(node: ast.BinOp, fmt: string, elts: ast.expr[]): ast.expr {
  const pos = { i: 0 };
  let cnt = 0;
  const seq: ast.expr[] = [];
  for (;;) {
    const lit = parseLiteral(fmt, pos);
    if (lit) seq.push(lit);
    if (pos.i >= fmt.length) break;
    if (cnt >= elts.length) return node;
    pos.i++;
    const expr = parseFormat(fmt, pos, elts[cnt]);
    cnt++;
    if (!expr) return node;
    seq.push(expr);
  }
  if (cnt < elts.length) return node;
  return new ast.JoinedStr(seq, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset);
}

/** _PyAST_Optimize: folds the tree in place (statements) and returns it. */
export function astOptimize(mod: ast.mod, optimize: number, features: number): ast.mod {
  const o = new Optimizer(optimize, features);
  if (mod instanceof ast.Module || mod instanceof ast.Interactive) o.stmts(mod.body);
  else if (mod instanceof ast.Expression) mod.body = o.expr(mod.body);
  return mod;
}
