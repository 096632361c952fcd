// float (CPython's Objects/floatobject.c). A PyFloat holds one JS number (object.ts).
import {
  PyObject,
  PyTypeObject,
  PyFloat,
  PyFloatSub,
  PyLong,
  PyStr,
  PyBytes,
  Py_None,
  Py_NotImplemented,
  Py_True,
  Py_False,
  Py_TYPE,
  Py_hash_t,
  PyFloat_Type,
  PyUnicode_FromString,
  PyTuple_FromArray,
  PyType_FromSpec,
  Py_LT,
  Py_LE,
  Py_EQ,
  Py_NE,
  Py_GT,
  Py_GE,
  METH_NOARGS,
  METH_O,
  METH_FASTCALL,
  METH_CLASS,
  Py_TPFLAGS_BASETYPE,
  findStaticType,
} from "./object";
import { PyErr_SetString, PyErr_NewException } from "../Python/errors";
import { MSG } from "../Python/messages";
import * as exc from "./exceptions";
import * as abstract from "./abstract";
import * as A from "./abstract";
import * as longobject from "./longobject";
import { float_repr as pystrtod_float_repr, PyOS_string_to_double } from "../Python/pystrtod";
import { PyArg_NoKeywords, PyArg_CheckPositional } from "../Python/getargs";
import { _PyUnicode_ToDecimalDigit, _PyUnicode_IsWhitespace } from "./unicodectype";

export function PyFloat_FromDouble(x: number): PyFloat {
  return new PyFloat(x);
}

/** PyFloat_AsDouble: float(o) as a JS number (__float__, then __index__). */
export function PyFloat_AsDouble(o: PyObject): number {
  if (o instanceof PyFloat) return o.value;
  if (typeof o === "number") return o;
  if (o instanceof PyLong) return longobject.PyLong_AsDouble(o);
  const t = Py_TYPE(o);
  if (t.nb_float !== null) {
    const r = t.nb_float(o);
    if (!(r instanceof PyFloat)) PyErr_SetString(exc.PyExc_TypeError, MSG.float_returned_non_float(t.ht_name, Py_TYPE(r).ht_name));
    return r.value;
  }
  if (t.nb_index !== null) return longobject.PyLong_AsDouble(abstract.PyNumber_Index(o));
  PyErr_SetString(exc.PyExc_TypeError, MSG.must_be_real_number(t.ht_name));
}

/** convert_to_double: a float or int operand as a number, or undefined (NotImplemented). */
function toDouble(o: PyObject): number | undefined {
  if (o instanceof PyFloat) return o.value;
  if (typeof o === "number") return o;
  if (o instanceof PyLong) return longobject.PyLong_AsDouble(o);
  return undefined;
}

// ─── repr / hash ─────────────────────────────────────────────────────────────────────────────

export function float_repr_str(x: number): string {
  return pystrtod_float_repr(x);
}

function float_repr(self: PyObject): PyObject {
  return PyUnicode_FromString(pystrtod_float_repr((self as PyFloat).value));
}

const PyHASH_MODULUS = (1n << 61n) - 1n;
const PyHASH_INF = 314159;

/** Exact decomposition of a finite double: x = m * 2**e with m an integer (bigint). */
export function frexpExact(x: number): [bigint, number] {
  if (x === 0) return [0n, 0];
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  const sign = hi >>> 31 ? -1n : 1n;
  const bexp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (bexp === 0) e = -1074;
  else {
    mant |= 1n << 52n;
    e = bexp - 1075;
  }
  while (mant !== 0n && (mant & 1n) === 0n) {
    mant >>= 1n;
    e++;
  }
  return [sign * mant, e];
}

/** _Py_HashDouble (NaN hashes by identity, as in 3.10+). */
export function _Py_HashDouble(self: PyObject, v: number): Py_hash_t {
  if (Number.isNaN(v)) return abstract.PyObject_HashId(self);
  if (!Number.isFinite(v)) return v > 0 ? PyHASH_INF : -PyHASH_INF;
  if (Number.isSafeInteger(v)) return v === -1 ? -2 : v + 0;
  const [m, e] = frexpExact(v);
  const neg = m < 0n;
  let x = (neg ? -m : m) % PyHASH_MODULUS;
  // multiply by 2**e modulo 2**61 - 1 (2**61 is 1 there, so rotate by e mod 61)
  const k = ((e % 61) + 61) % 61;
  x = ((x << BigInt(k)) & PyHASH_MODULUS) | (x >> BigInt(61 - k));
  x %= PyHASH_MODULUS;
  if (neg) x = -x;
  if (x === -1n) x = -2n;
  return x >= -9007199254740991n && x <= 9007199254740991n ? Number(x) : x;
}

function float_hash(self: PyObject): Py_hash_t {
  return _Py_HashDouble(self, (self as PyFloat).value);
}

// ─── comparison (exact against ints of any size) ─────────────────────────────────────────────

function cmpResult(c: number, op: number): PyObject {
  let r: boolean;
  switch (op) {
    case Py_LT: r = c < 0; break;
    case Py_LE: r = c <= 0; break;
    case Py_EQ: r = c === 0; break;
    case Py_NE: r = c !== 0; break;
    case Py_GT: r = c > 0; break;
    default: r = c >= 0;
  }
  return r ? Py_True : Py_False;
}

/** Compares a double with a bigint exactly: -1, 0, 1. */
function compareDoubleBig(x: number, b: bigint): number {
  if (x === Infinity) return 1;
  if (x === -Infinity) return -1;
  const t = Math.trunc(x);
  const bt = BigInt(t);
  if (bt < b) return -1;
  if (bt > b) return 1;
  const frac = x - t;
  return frac > 0 ? 1 : frac < 0 ? -1 : 0;
}

function float_richcompare(v: PyObject, w: PyObject, op: number): PyObject {
  const x = (v as PyFloat).value;
  let y: number;
  if (w instanceof PyFloat) y = w.value;
  else if (typeof w === "number") y = w;
  else if (w instanceof PyLong) {
    if (Number.isNaN(x)) return op === Py_NE ? Py_True : Py_False;
    return cmpResult(compareDoubleBig(x, w.value), op);
  } else return Py_NotImplemented;
  switch (op) {
    case Py_LT: return x < y ? Py_True : Py_False;
    case Py_LE: return x <= y ? Py_True : Py_False;
    case Py_EQ: return x === y ? Py_True : Py_False;
    case Py_NE: return x !== y ? Py_True : Py_False;
    case Py_GT: return x > y ? Py_True : Py_False;
    default: return x >= y ? Py_True : Py_False;
  }
}

// ─── arithmetic ──────────────────────────────────────────────────────────────────────────────

function float_add(v: PyObject, w: PyObject): PyObject {
  const a = toDouble(v);
  const b = toDouble(w);
  if (a === undefined || b === undefined) return Py_NotImplemented;
  return new PyFloat(a + b);
}
function float_sub(v: PyObject, w: PyObject): PyObject {
  const a = toDouble(v);
  const b = toDouble(w);
  if (a === undefined || b === undefined) return Py_NotImplemented;
  return new PyFloat(a - b);
}
function float_mul(v: PyObject, w: PyObject): PyObject {
  const a = toDouble(v);
  const b = toDouble(w);
  if (a === undefined || b === undefined) return Py_NotImplemented;
  return new PyFloat(a * b);
}
function float_div(v: PyObject, w: PyObject): PyObject {
  const a = toDouble(v);
  const b = toDouble(w);
  if (a === undefined || b === undefined) return Py_NotImplemented;
  if (b === 0) PyErr_SetString(exc.PyExc_ZeroDivisionError, MSG.float_division_by_zero());
  return new PyFloat(a / b);
}

/** float_rem: the sign of the result follows the divisor. */
export function float_mod_value(vx: number, wx: number): number {
  let mod = vx % wx;
  // (C's truth test: NaN is true)
  if (mod !== 0) {
    if (wx < 0 !== mod < 0) mod += wx;
  } else mod = wx < 0 ? -0 : 0;
  return mod;
}

function float_rem(v: PyObject, w: PyObject): PyObject {
  const a = toDouble(v);
  const b = toDouble(w);
  if (a === undefined || b === undefined) return Py_NotImplemented;
  if (b === 0) PyErr_SetString(exc.PyExc_ZeroDivisionError, MSG.float_modulo());
  return new PyFloat(float_mod_value(a, b));
}

/** _float_div_mod */
export function float_divmod_values(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1.0;
    }
  } else mod = wx < 0 ? -0 : 0;
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else floordiv = vx / wx < 0 || Object.is(vx / wx, -0) ? -0 : 0;
  return [floordiv, mod];
}

function float_floor_div(v: PyObject, w: PyObject): PyObject {
  const a = toDouble(v);
  const b = toDouble(w);
  if (a === undefined || b === undefined) return Py_NotImplemented;
  if (b === 0) PyErr_SetString(exc.PyExc_ZeroDivisionError, MSG.float_floor_division_by_zero());
  return new PyFloat(float_divmod_values(a, b)[0]);
}

function float_divmod(v: PyObject, w: PyObject): PyObject {
  const a = toDouble(v);
  const b = toDouble(w);
  if (a === undefined || b === undefined) return Py_NotImplemented;
  if (b === 0) PyErr_SetString(exc.PyExc_ZeroDivisionError, MSG.float_divmod());
  const [d, m] = float_divmod_values(a, b);
  return PyTuple_FromArray([new PyFloat(d), new PyFloat(m)]);
}

function overflow34(): never {
  throw PyErr_NewException(exc.PyExc_OverflowError, [34, PyUnicode_FromString("Numerical result out of range")]);
}

/** float_pow's special cases (C99 pow where JS's Math.pow differs). */
export function float_pow_value(iv: number, iw: number): number {
  if (iw === 0) return 1.0;
  if (Number.isNaN(iv)) return iw === 0 ? 1.0 : iv;
  if (Number.isNaN(iw)) return iv === 1.0 ? 1.0 : iw;
  if (!Number.isFinite(iw)) {
    const a = Math.abs(iv);
    if (a === 1.0) return 1.0;
    if ((iw > 0) === (a > 1.0)) return Math.abs(iw);
    return 0.0;
  }
  if (!Number.isFinite(iv)) {
    const iw_is_odd = Math.abs(iw % 2.0) === 1.0;
    if (iw > 0) return iw_is_odd ? iv : Math.abs(iv);
    return iw_is_odd ? (iv < 0 ? -0 : 0) : 0;
  }
  if (iv === 0) {
    const iw_is_odd = Math.abs(iw % 2.0) === 1.0;
    if (iw < 0) PyErr_SetString(exc.PyExc_ZeroDivisionError, MSG.zero_to_negative_power());
    return iw_is_odd ? iv : 0.0;
  }
  if (iv === 1.0) return 1.0;
  if (iv < 0 && iw !== Math.floor(iw)) {
    PyErr_SetString(exc.PyExc_ValueError, MSG.pow_negative_exp_float());
  }
  const r = Math.pow(iv, iw);
  if (!Number.isFinite(r)) overflow34();
  return r;
}

function float_pow(v: PyObject, w: PyObject, z: PyObject): PyObject {
  if (z !== Py_None) PyErr_SetString(exc.PyExc_TypeError, MSG.pow_3rd_arg_not_allowed());
  const a = toDouble(v);
  const b = toDouble(w);
  if (a === undefined || b === undefined) return Py_NotImplemented;
  if (a < 0 && b !== Math.floor(b) && Number.isFinite(b)) {
    // A negative base to a fractional power is complex.
    const complex = findStaticType("complex");
    if (complex !== null) {
      return A.PyNumber_Power(A.PyObject_Vectorcall(complex, [new PyFloat(a)], null), new PyFloat(b));
    }
  }
  return new PyFloat(float_pow_value(a, b));
}

function float_neg(v: PyObject): PyObject {
  return new PyFloat(-(v as PyFloat).value);
}
function float_pos(v: PyObject): PyObject {
  return Py_TYPE(v) === PyFloat_Type ? v : new PyFloat((v as PyFloat).value);
}
function float_abs(v: PyObject): PyObject {
  return new PyFloat(Math.abs((v as PyFloat).value));
}
function float_bool(v: PyObject): boolean {
  return (v as PyFloat).value !== 0;
}

/** float.__trunc__ / int(float) */
export function float_to_int(x: number): PyObject {
  if (Number.isNaN(x)) PyErr_SetString(exc.PyExc_ValueError, MSG.cannot_convert_float_nan());
  if (!Number.isFinite(x)) PyErr_SetString(exc.PyExc_OverflowError, MSG.cannot_convert_float_inf());
  return longobject.PyLong_FromNumber(Math.trunc(x));
}

function float_trunc(v: PyObject): PyObject {
  return float_to_int((v as PyFloat).value);
}
function float_floor(v: PyObject): PyObject {
  return float_to_int(Math.floor((v as PyFloat).value));
}
function float_ceil(v: PyObject): PyObject {
  return float_to_int(Math.ceil((v as PyFloat).value));
}
function float_float(v: PyObject): PyObject {
  return Py_TYPE(v) === PyFloat_Type ? v : new PyFloat((v as PyFloat).value);
}

/** Round half to even to an integer-valued double. */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  if (Math.abs(x - Math.trunc(x)) === 0.5) return 2 * Math.round(x / 2);
  return r;
}

/** double_round: x rounded to ndigits decimal places, exactly as the decimal value rounds. */
function double_round(x: number, ndigits: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (ndigits > 323) return x;
  if (ndigits < -308) return x < 0 ? -0 : 0;
  const [m, e] = frexpExact(x); // x = m * 2**e
  // value * 10**nd = m * 2**e * 10**nd = num / den
  let num = m;
  let den = 1n;
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  if (ndigits >= 0) num *= 10n ** BigInt(ndigits);
  else den *= 10n ** BigInt(-ndigits);
  const neg = num < 0n;
  if (neg) num = -num;
  let q = num / den;
  const r = num - q * den;
  if (2n * r > den || (2n * r === den && (q & 1n) === 1n)) q += 1n;
  let y: number;
  if (ndigits >= 0) y = longobject.bigTrueDivide(q, 10n ** BigInt(ndigits));
  else y = Number(q * 10n ** BigInt(-ndigits));
  if (!Number.isFinite(y)) PyErr_SetString(exc.PyExc_OverflowError, MSG.rounded_value_too_large());
  return neg ? -y : y === 0 && x < 0 ? -0 : y;
}

function float_round(self: PyObject, args: PyObject[]): PyObject {
  if (args.length > 1) PyErr_SetString(exc.PyExc_TypeError, `__round__ expected at most 1 argument, got ${args.length}`);
  const x = (self as PyFloat).value;
  if (args.length === 0 || args[0] === Py_None) return float_to_int(roundHalfEven(x));
  const nd = abstract.PyNumber_AsSsize_t(args[0], null);
  return new PyFloat(double_round(x, nd));
}

// ─── methods ─────────────────────────────────────────────────────────────────────────────────

function float_is_integer(self: PyObject): PyObject {
  const x = (self as PyFloat).value;
  return Number.isFinite(x) && Math.trunc(x) === x ? Py_True : Py_False;
}

function float_as_integer_ratio(self: PyObject): PyObject {
  const x = (self as PyFloat).value;
  if (Number.isNaN(x)) PyErr_SetString(exc.PyExc_ValueError, MSG.float_nan_ratio());
  if (!Number.isFinite(x)) PyErr_SetString(exc.PyExc_OverflowError, MSG.float_inf_ratio());
  const [m, e] = frexpExact(x);
  if (e >= 0) return PyTuple_FromArray([longobject.PyLong_FromBigInt(m << BigInt(e)), 1]);
  return PyTuple_FromArray([longobject.PyLong_FromBigInt(m), longobject.PyLong_FromBigInt(1n << BigInt(-e))]);
}

/** float.hex() */
export function float_hex_str(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  if (x === 0) return `${sign}0x0.0p+0`;
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  const frac = ((BigInt(hi & 0xfffff) << 32n) | BigInt(lo)).toString(16).padStart(13, "0");
  if (bexp === 0) return `${sign}0x0.${frac}p-1022`;
  const e = bexp - 1023;
  return `${sign}0x1.${frac}p${e >= 0 ? "+" : ""}${e}`;
}

function float_hex(self: PyObject): PyObject {
  return PyUnicode_FromString(float_hex_str((self as PyFloat).value));
}

/** float.fromhex(s) */
export function float_fromhex_value(s: string): number {
  const invalid = (): never => PyErr_SetString(exc.PyExc_ValueError, MSG.float_fromhex_invalid());
  const t = s.trim();
  const special = /^([+-]?)(inf|infinity|nan)$/i.exec(t);
  if (special) {
    const v = special[2].toLowerCase() === "nan" ? NaN : Infinity;
    return special[1] === "-" ? -v : v;
  }
  const m = /^([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?[0-9]+))?$/i.exec(t);
  if (!m) invalid();
  const intPart = m![2];
  const fracPart = m![3] ?? "";
  if (intPart.length + fracPart.length === 0) invalid();
  const neg = m![1] === "-";
  let mant = BigInt("0x" + (intPart + fracPart || "0"));
  let exp = (m![4] ? Number(m![4]) : 0) - 4 * fracPart.length;
  if (mant === 0n) return neg ? -0 : 0;
  // Too large exponents: overflow unless the mantissa brings it back.
  const bits = mant.toString(2).length;
  if (bits + exp > 1025) PyErr_SetString(exc.PyExc_OverflowError, MSG.float_fromhex_too_large());
  if (bits + exp < -1080) return neg ? -0 : 0;
  let v: number;
  if (exp >= 0) v = Number(mant << BigInt(exp));
  else v = longobject.bigTrueDivide(mant, 1n << BigInt(-exp));
  if (!Number.isFinite(v)) PyErr_SetString(exc.PyExc_OverflowError, MSG.float_fromhex_too_large());
  mant = 0n;
  exp = 0;
  return neg ? -v : v;
}

function float_fromhex(cls: PyObject, arg: PyObject): PyObject {
  if (!(arg instanceof PyStr)) PyErr_SetString(exc.PyExc_TypeError, `bad argument type for built-in operation`);
  const v = new PyFloat(float_fromhex_value(arg.value));
  if (cls === PyFloat_Type) return v;
  return abstract.PyObject_Vectorcall(cls, [v], null);
}

// ─── float(x) ────────────────────────────────────────────────────────────────────────────────

/** _Py_string_to_number_with_underscores + PyOS_string_to_double for float(str). */
export function float_from_string(text: string, shownRepr: () => string): number {
  let s = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 128) s += ch;
    else if (_PyUnicode_IsWhitespace(cp)) s += " ";
    else {
      const d = _PyUnicode_ToDecimalDigit(cp);
      s += d >= 0 ? String.fromCharCode(48 + d) : "?";
    }
  }
  s = s.replace(/^[ \t\n\r\f\v\x1c-\x1f]+|[ \t\n\r\f\v\x1c-\x1f]+$/g, "");
  const fail = (): never => PyErr_SetString(exc.PyExc_ValueError, MSG.float_could_not_convert(shownRepr()));
  if (s.includes("_")) {
    // Underscores only between two digits.
    if (!/^[+-]?(?:[0-9](?:_?[0-9])*)?(?:\.(?:[0-9](?:_?[0-9])*)?)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?$/.test(s)) fail();
    if (/(^|[^0-9])_|_($|[^0-9])/.test(s)) fail();
    s = s.replace(/_/g, "");
  }
  const v = PyOS_string_to_double(s);
  if (v === undefined) fail();
  return v!;
}

function float_new(type: PyTypeObject, args: PyObject[], kwnames: string[] | null): PyObject {
  PyArg_NoKeywords("float", kwnames);
  PyArg_CheckPositional("float", args.length, 0, 1);
  let v: number;
  if (args.length === 0) v = 0;
  else {
    const x = args[0];
    if (x instanceof PyStr) v = float_from_string(x.value, () => abstract.PyObject_ReprStr(x));
    else if (x instanceof PyBytes) {
      let t = "";
      for (const b of x.value) t += String.fromCharCode(b);
      v = float_from_string(t, () => abstract.PyObject_ReprStr(x));
    } else {
      const t = Py_TYPE(x);
      if (t.nb_float === null && t.nb_index === null && !(x instanceof PyFloat) && typeof x !== "number" && !(x instanceof PyLong)) {
        const view = (x as unknown as { bytesView?: () => Uint8Array }).bytesView;
        if (typeof view === "function") {
          let s = "";
          for (const b of view.call(x)) s += String.fromCharCode(b);
          v = float_from_string(s, () => abstract.PyObject_ReprStr(x));
        } else PyErr_SetString(exc.PyExc_TypeError, MSG.float_arg_type(t.ht_name));
      } else v = PyFloat_AsDouble(x);
    }
  }
  if (type === PyFloat_Type) return new PyFloat(v!);
  return new PyFloatSub(type, v!);
}

function float_getformat(_cls: PyObject, arg: PyObject): PyObject {
  if (!(arg instanceof PyStr)) PyErr_SetString(exc.PyExc_TypeError, `__getformat__() argument must be str, not ${Py_TYPE(arg).ht_name}`);
  if (arg.value !== "double" && arg.value !== "float") PyErr_SetString(exc.PyExc_ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
  return PyUnicode_FromString("IEEE, little-endian");
}

PyType_FromSpec(
  {
    name: "float",
    flags: Py_TPFLAGS_BASETYPE,
    instanceClass: PyFloat,
    doc: "Convert a string or number to a floating point number, if possible.",
    slots: {
      tp_repr: float_repr,
      tp_hash: float_hash,
      tp_richcompare: float_richcompare,
      tp_new: float_new,
      nb_add: float_add,
      nb_subtract: float_sub,
      nb_multiply: float_mul,
      nb_remainder: float_rem,
      nb_divmod: float_divmod,
      nb_power: float_pow,
      nb_negative: float_neg,
      nb_positive: float_pos,
      nb_absolute: float_abs,
      nb_bool: float_bool,
      nb_int: float_trunc,
      nb_float: float_float,
      nb_floor_divide: float_floor_div,
      nb_true_divide: float_div,
    },
    methods: [
      { name: "conjugate", meth: float_float, flags: METH_NOARGS },
      { name: "__trunc__", meth: float_trunc, flags: METH_NOARGS },
      { name: "__floor__", meth: float_floor, flags: METH_NOARGS },
      { name: "__ceil__", meth: float_ceil, flags: METH_NOARGS },
      { name: "__round__", meth: float_round, flags: METH_FASTCALL },
      { name: "as_integer_ratio", meth: float_as_integer_ratio, flags: METH_NOARGS },
      { name: "fromhex", meth: float_fromhex, flags: METH_O | METH_CLASS },
      { name: "hex", meth: float_hex, flags: METH_NOARGS },
      { name: "is_integer", meth: float_is_integer, flags: METH_NOARGS },
      { name: "__getnewargs__", meth: (s: PyFloat) => PyTuple_FromArray([new PyFloat(s.value)]), flags: METH_NOARGS },
      { name: "__getformat__", meth: float_getformat, flags: METH_O | METH_CLASS },
      { name: "__format__", meth: (self: PyObject, spec: PyObject) => formatterUnicode().float__format__(self, spec), flags: METH_O },
    ],
    getsets: [
      { name: "real", get: float_float, doc: "the real part of a complex number" },
      { name: "imag", get: () => new PyFloat(0), doc: "the imaginary part of a complex number" },
    ],
  },
  PyFloat_Type,
);

// formatter_unicode imports this module: reached lazily, and kept (each require() of an ES module
// in the bundle copies its exports).
let formatterUnicodeModule: typeof import("../Python/formatter_unicode") | undefined;
function formatterUnicode(): typeof import("../Python/formatter_unicode") {
  return (formatterUnicodeModule ??= require("../Python/formatter_unicode") as typeof import("../Python/formatter_unicode"));
}
