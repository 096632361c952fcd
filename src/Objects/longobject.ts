// int (CPython's Objects/longobject.c).
//
// Representation (object.ts): a JS number while the value is a safe integer (never -0), else a
// PyLong holding a bigint that is never a safe integer; int subclass instances are PyLongSub
// (any size); bools are PyBool. Every operation takes the fast path on two numbers and checks
// the result is still safe; otherwise it works in bigint and normalises (PyLong_FromBigInt).
import {
  PyObject,
  PyObjectBase,
  PyTypeObject,
  PyLong,
  PyLongSub,
  PyBool,
  PyFloat,
  PyStr,
  PyBytes,
  PyTuple,
  Py_None,
  Py_NotImplemented,
  Py_True,
  Py_False,
  Py_TYPE,
  Py_hash_t,
  PyLong_Type,
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
  METH_KEYWORDS,
  METH_CLASS,
  Py_TPFLAGS_BASETYPE,
  Py_TPFLAGS_LONG_SUBCLASS,
} from "./object";
import { PyErr_SetString } from "../Python/errors";
import { MSG } from "../Python/messages";
import * as exc from "./exceptions";
import * as abstract from "./abstract";
import { PyArg_UnpackKeywords } from "../Python/getargs";
import { _PyUnicode_ToDecimalDigit, _PyUnicode_IsWhitespace } from "./unicodectype";

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Conversions

/** A Python int for a bigint: a number when safe, else a PyLong. */
export function PyLong_FromBigInt(b: bigint): PyObject {
  if (b >= -9007199254740991n && b <= 9007199254740991n) return Number(b);
  return new PyLong(b);
}

/** A Python int for a JS integer-valued number (any magnitude). */
export function PyLong_FromNumber(n: number): PyObject {
  if (Number.isSafeInteger(n)) return n + 0;
  return new PyLong(BigInt(n));
}

/** The value of an int (number, PyLong, bool, int subclass) as a bigint. */
export function PyLong_AsBigInt(o: PyObject): bigint {
  if (typeof o === "number") return BigInt(o);
  if (o instanceof PyLong) return o.value;
  const v = abstract._PyNumber_Index(o);
  return typeof v === "number" ? BigInt(v) : (v as PyLong).value;
}

/** int(o) for an int of any subclass: the exact int. */
export function long_long(o: PyObject): PyObject {
  if (typeof o === "number") return o;
  if (o.ob_type === PyLong_Type) return o;
  return PyLong_FromBigInt((o as PyLong).value);
}

/** PyLong_AsLong-like: a JS number; OverflowError past 64 bits. */
export function PyLong_AsSsize_t(o: PyObject): number {
  if (typeof o === "number") return o;
  const b = PyLong_AsBigInt(o);
  if (b < -(2n ** 63n) || b >= 2n ** 63n) PyErr_SetString(exc.PyExc_OverflowError, MSG.python_int_too_large_c("ssize_t"));
  return Number(b);
}

/** PyLong_AsDouble: correctly rounded; OverflowError when too large. */
export function PyLong_AsDouble(o: PyObject): number {
  if (typeof o === "number") return o;
  const b = (o as PyLong).value;
  const d = bigToDouble(b);
  if (!Number.isFinite(d)) PyErr_SetString(exc.PyExc_OverflowError, MSG.int_too_large_to_float());
  return d;
}

function bitLength(b: bigint): number {
  if (b < 0n) b = -b;
  if (b === 0n) return 0;
  return b.toString(2).length;
}

/** bigint -> double, rounded half to even (Number(b) already rounds correctly in V8). */
function bigToDouble(b: bigint): number {
  return Number(b);
}

function isInt(o: PyObject): boolean {
  return typeof o === "number" || o instanceof PyLong;
}

function big(o: PyObject): bigint {
  return typeof o === "number" ? BigInt(o) : (o as PyLong).value;
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Hash (Python/pyhash.c: modulus 2**61 - 1)

const PyHASH_MODULUS = (1n << 61n) - 1n;

function hashFromBig(h: bigint): Py_hash_t {
  if (h === -1n) h = -2n;
  return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
}

/** long_hash */
export function long_hash(o: PyObject): Py_hash_t {
  if (typeof o === "number") return o === -1 ? -2 : o;
  const v = (o as PyLong).value;
  const r = v < 0n ? -(-v % PyHASH_MODULUS) : v % PyHASH_MODULUS;
  return hashFromBig(r);
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Arithmetic

export function long_add(a: PyObject, b: PyObject): PyObject {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  if (!isInt(a) || !isInt(b)) return Py_NotImplemented;
  return PyLong_FromBigInt(big(a) + big(b));
}

export function long_sub(a: PyObject, b: PyObject): PyObject {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
  }
  if (!isInt(a) || !isInt(b)) return Py_NotImplemented;
  return PyLong_FromBigInt(big(a) - big(b));
}

export function long_mul(a: PyObject, b: PyObject): PyObject {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r + 0;
  }
  if (!isInt(a) || !isInt(b)) return Py_NotImplemented;
  return PyLong_FromBigInt(big(a) * big(b));
}

function zeroDiv(msg: string): never {
  PyErr_SetString(exc.PyExc_ZeroDivisionError, msg);
}

/** Floor division of bigints. */
function bigFloorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function bigMod(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
}

export function long_floor_div(a: PyObject, b: PyObject): PyObject {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) zeroDiv(MSG.integer_division_by_zero());
    const r = a % b;
    let q = (a - r) / b;
    if (r !== 0 && (r < 0) !== (b < 0)) q -= 1;
    return q + 0;
  }
  if (!isInt(a) || !isInt(b)) return Py_NotImplemented;
  const bb = big(b);
  if (bb === 0n) zeroDiv(MSG.integer_division_by_zero());
  return PyLong_FromBigInt(bigFloorDiv(big(a), bb));
}

export function long_mod(a: PyObject, b: PyObject): PyObject {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) zeroDiv(MSG.integer_modulo_by_zero());
    let r = a % b;
    if (r !== 0 && (r < 0) !== (b < 0)) r += b;
    return r + 0;
  }
  if (!isInt(a) || !isInt(b)) return Py_NotImplemented;
  const bb = big(b);
  if (bb === 0n) zeroDiv(MSG.integer_modulo_by_zero());
  return PyLong_FromBigInt(bigMod(big(a), bb));
}

export function long_divmod(a: PyObject, b: PyObject): PyObject {
  if (!isInt(a) || !isInt(b)) return Py_NotImplemented;
  const bb = big(b);
  if (bb === 0n) zeroDiv(MSG.integer_division_by_zero());
  const aa = big(a);
  return PyTuple_FromArray([PyLong_FromBigInt(bigFloorDiv(aa, bb)), PyLong_FromBigInt(bigMod(aa, bb))]);
}

/** Correctly rounded a / b for bigints (long_true_divide). */
export function bigTrueDivide(a: bigint, b: bigint): number {
  if (b === 0n) zeroDiv(MSG.division_by_zero());
  const negative = (a < 0n) !== (b < 0n);
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  if (a === 0n) return negative ? -0 : 0;
  if (a <= 9007199254740992n && b <= 9007199254740992n) {
    const r = Number(a) / Number(b);
    return negative ? -r : r;
  }
  const la = bitLength(a);
  const lb = bitLength(b);
  // The exponent of the result is about la - lb; keep 55 significant bits plus a sticky bit.
  let e = la - lb;
  // Results below the normal range keep fewer bits so that rounding happens once.
  let precision = 55;
  if (e < -1021) precision = Math.max(2, 55 - (-1021 - e));
  const s = e - precision;
  let q: bigint;
  let r: bigint;
  if (s >= 0) {
    const d = b << BigInt(s);
    q = a / d;
    r = a % d;
  } else {
    const n = a << BigInt(-s);
    q = n / b;
    r = n % b;
  }
  if (r !== 0n) q |= 1n;
  // q * 2**s, scaled in two steps so that neither factor overflows or underflows on its own.
  let x = Number(q);
  let k = s;
  if (e > 1024 + 1) {
    PyErr_SetString(exc.PyExc_OverflowError, MSG.integer_division_result_too_large());
  }
  while (k > 0) {
    const step = Math.min(k, 1000);
    x *= 2 ** step;
    k -= step;
  }
  while (k < 0) {
    const step = Math.max(k, -1000);
    x *= 2 ** step;
    k -= step;
  }
  if (!Number.isFinite(x)) PyErr_SetString(exc.PyExc_OverflowError, MSG.integer_division_result_too_large());
  void e;
  e = 0;
  return negative ? -x : x;
}

export function long_true_divide(a: PyObject, b: PyObject): PyObject {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) zeroDiv(MSG.division_by_zero());
    return new PyFloat(a / b);
  }
  if (!isInt(a) || !isInt(b)) return Py_NotImplemented;
  return new PyFloat(bigTrueDivide(big(a), big(b)));
}

function bigPow(base: bigint, exp: bigint): bigint {
  if (exp > 0xffffffffn && base !== 0n && base !== 1n && base !== -1n) {
    PyErr_SetString(exc.PyExc_MemoryError, "");
  }
  return base ** exp;
}

/** Modular inverse of a mod m (m > 0), or null. */
function modInverse(a: bigint, m: bigint): bigint | null {
  let [old_r, r] = [bigMod(a, m), m];
  let [old_s, s] = [1n, 0n];
  while (r !== 0n) {
    const q = old_r / r;
    [old_r, r] = [r, old_r - q * r];
    [old_s, s] = [s, old_s - q * s];
  }
  if (old_r !== 1n) return null;
  return bigMod(old_s, m);
}

export function long_pow(a: PyObject, b: PyObject, c: PyObject): PyObject {
  if (!isInt(a) || !isInt(b)) return Py_NotImplemented;
  if (c !== Py_None && !isInt(c)) return Py_NotImplemented;
  const bb = big(b);
  if (c === Py_None) {
    if (bb < 0n) {
      // A negative exponent gives a float (float_pow's rules).
      const fa = PyLong_AsDouble(a);
      const fb = PyLong_AsDouble(b);
      if (fa === 0) zeroDiv(MSG.zero_to_negative_power());
      return abstract.PyNumber_Power(new PyFloat(fa), new PyFloat(fb));
    }
    if (typeof a === "number" && typeof b === "number") {
      // Exponentiation by squaring while the value stays exact.
      let result = 1;
      let base = a;
      let e = b;
      let ok = true;
      while (e > 0) {
        if (e & 1) {
          result *= base;
          if (!Number.isSafeInteger(result)) {
            ok = false;
            break;
          }
        }
        e = Math.floor(e / 2);
        if (e > 0) {
          base *= base;
          if (!Number.isSafeInteger(base)) {
            ok = false;
            break;
          }
        }
      }
      if (ok) return result + 0;
    }
    return PyLong_FromBigInt(bigPow(big(a), bb));
  }
  let m = big(c);
  if (m === 0n) PyErr_SetString(exc.PyExc_ValueError, MSG.pow_3rd_arg_zero());
  const negMod = m < 0n;
  if (negMod) m = -m;
  let base = bigMod(big(a), m);
  let e = bb;
  if (e < 0n) {
    const inv = modInverse(base, m);
    if (inv === null) PyErr_SetString(exc.PyExc_ValueError, MSG.pow_base_not_invertible());
    base = inv;
    e = -e;
  }
  let result = m === 1n ? 0n : 1n;
  while (e > 0n) {
    if (e & 1n) result = (result * base) % m;
    e >>= 1n;
    base = (base * base) % m;
  }
  if (negMod && result !== 0n) result -= m;
  return PyLong_FromBigInt(result);
}

export function long_neg(a: PyObject): PyObject {
  if (typeof a === "number") return a === 0 ? 0 : -a;
  return PyLong_FromBigInt(-(a as PyLong).value);
}

export function long_pos(a: PyObject): PyObject {
  return long_long(a);
}

export function long_abs(a: PyObject): PyObject {
  if (typeof a === "number") return Math.abs(a);
  const v = (a as PyLong).value;
  return PyLong_FromBigInt(v < 0n ? -v : v);
}

export function long_invert(a: PyObject): PyObject {
  if (typeof a === "number" && Number.isSafeInteger(-a - 1)) return -a - 1;
  return PyLong_FromBigInt(-big(a) - 1n);
}

export function long_bool(a: PyObject): boolean {
  return typeof a === "number" ? a !== 0 : (a as PyLong).value !== 0n;
}

function shiftCount(b: PyObject): bigint {
  const n = big(b);
  if (n < 0n) PyErr_SetString(exc.PyExc_ValueError, MSG.negative_shift_count());
  return n;
}

export function long_lshift(a: PyObject, b: PyObject): PyObject {
  if (!isInt(a) || !isInt(b)) return Py_NotImplemented;
  const n = shiftCount(b);
  if (typeof a === "number" && n < 53n) {
    const r = a * 2 ** Number(n);
    if (Number.isSafeInteger(r)) return r + 0;
  }
  const av = big(a);
  if (av === 0n) return 0;
  if (n > 0x7fffffffn) PyErr_SetString(exc.PyExc_OverflowError, MSG.too_many_digits_shift());
  try {
    return PyLong_FromBigInt(av << n);
  } catch (e) {
    if (e instanceof RangeError) PyErr_SetString(exc.PyExc_MemoryError, "");
    throw e;
  }
}

export function long_rshift(a: PyObject, b: PyObject): PyObject {
  if (!isInt(a) || !isInt(b)) return Py_NotImplemented;
  const n = shiftCount(b);
  if (typeof a === "number") {
    if (n >= 64n) return a < 0 ? -1 : 0;
    return Math.floor(a / 2 ** Number(n)) + 0;
  }
  const av = big(a);
  if (n > BigInt(bitLength(av) + 1)) return av < 0n ? -1 : 0;
  return PyLong_FromBigInt(av >> n);
}

function bitop(a: PyObject, b: PyObject, op: (x: bigint, y: bigint) => bigint, op32: (x: number, y: number) => number): PyObject {
  if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) return op32(a, b);
  if (!isInt(a) || !isInt(b)) return Py_NotImplemented;
  return PyLong_FromBigInt(op(big(a), big(b)));
}

export function long_and(a: PyObject, b: PyObject): PyObject {
  return bitop(a, b, (x, y) => x & y, (x, y) => x & y);
}
export function long_or(a: PyObject, b: PyObject): PyObject {
  return bitop(a, b, (x, y) => x | y, (x, y) => x | y);
}
export function long_xor(a: PyObject, b: PyObject): PyObject {
  return bitop(a, b, (x, y) => x ^ y, (x, y) => x ^ y);
}

export function long_float(a: PyObject): PyObject {
  return new PyFloat(PyLong_AsDouble(a));
}

export function long_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!isInt(a) || !isInt(b)) return Py_NotImplemented;
  let c: number;
  if (typeof a === "number" && typeof b === "number") c = a < b ? -1 : a > b ? 1 : 0;
  else {
    const x = big(a);
    const y = big(b);
    c = x < y ? -1 : x > y ? 1 : 0;
  }
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

// ─────────────────────────────────────────────────────────────────────────────────────────────
// str <-> int

/** sys.get_int_max_str_digits() state (PEP 651's successor: CVE-2020-10735 limit). */
export const intMaxStrDigits = { value: 4300 };
export const _PY_LONG_MAX_STR_DIGITS_THRESHOLD = 640;

/** long_to_decimal_string, with the digit limit. */
export function long_repr_str(o: PyObject): string {
  if (typeof o === "number") return String(o);
  const v = (o as PyLong).value;
  const limit = intMaxStrDigits.value;
  if (limit > 0 && bitLength(v) > limit * 3.33 + 10) {
    PyErr_SetString(exc.PyExc_ValueError, MSG.int_max_str_digits_repr(limit));
  }
  const s = v.toString();
  const ndigits = v < 0n ? s.length - 1 : s.length;
  if (limit > 0 && ndigits > limit) PyErr_SetString(exc.PyExc_ValueError, MSG.int_max_str_digits_repr(limit));
  return s;
}

function long_repr(o: PyObject): PyObject {
  return PyUnicode_FromString(long_repr_str(o));
}

function digitValue(cp: number): number {
  if (cp >= 48 && cp <= 57) return cp - 48;
  if (cp >= 97 && cp <= 122) return cp - 87;
  if (cp >= 65 && cp <= 90) return cp - 55;
  return 99;
}

function isPyWhitespace(cp: number): boolean {
  return cp === 32 || (cp >= 9 && cp <= 13) || (cp > 127 && _PyUnicode_IsWhitespace(cp)) || (cp >= 0x1c && cp <= 0x1f);
}

/** _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode digits to ASCII, other non-ASCII to '?'. */
function toASCIIDigits(s: string): string {
  let out = "";
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 128) out += ch;
    else if (isPyWhitespace(cp)) out += " ";
    else {
      const d = _PyUnicode_ToDecimalDigit(cp);
      out += d >= 0 ? String.fromCharCode(48 + d) : "?";
    }
  }
  return out;
}

/** PyLong_FromString: parse `s` (already ASCII-transformed) in `base`; null on a bad literal. */
export function PyLong_FromString(s: string, base: number): bigint | null {
  let i = 0;
  let n = s.length;
  while (i < n && isPyWhitespace(s.charCodeAt(i))) i++;
  while (n > i && isPyWhitespace(s.charCodeAt(n - 1))) n--;
  let neg = false;
  if (i < n && (s[i] === "+" || s[i] === "-")) {
    neg = s[i] === "-";
    i++;
  }
  let b = base;
  let prefixed = false;
  if (s[i] === "0" && i + 1 < n) {
    const p = s[i + 1].toLowerCase();
    if ((p === "x" && (b === 16 || b === 0)) || (p === "o" && (b === 8 || b === 0)) || (p === "b" && (b === 2 || b === 0))) {
      b = p === "x" ? 16 : p === "o" ? 8 : 2;
      i += 2;
      prefixed = true;
    }
  }
  const base0 = b === 0;
  if (base0) b = 10;
  let digits = "";
  // An underscore may follow a digit or the base prefix, never another underscore or the end.
  let allowUnderscore = prefixed;
  let lastUnderscore = false;
  for (; i < n; i++) {
    const c = s[i];
    if (c === "_") {
      if (!allowUnderscore) return null;
      allowUnderscore = false;
      lastUnderscore = true;
      continue;
    }
    const d = digitValue(c.charCodeAt(0));
    if (d >= b) return null;
    digits += c;
    allowUnderscore = true;
    lastUnderscore = false;
  }
  if (digits.length === 0 || lastUnderscore) return null;
  // With base 0, a decimal literal may not have leading zeros unless it is zero.
  if (base0 && !prefixed && digits[0] === "0" && /[1-9]/.test(digits)) return null;
  const limit = intMaxStrDigits.value;
  if (limit > 0 && (b & (b - 1)) !== 0 && digits.length > limit) {
    PyErr_SetString(exc.PyExc_ValueError, MSG.int_max_str_digits(limit, digits.length));
  }
  let v: bigint;
  if (b === 10) v = BigInt(digits);
  else if (b === 16) v = BigInt("0x" + digits);
  else if (b === 8) v = BigInt("0o" + digits);
  else if (b === 2) v = BigInt("0b" + digits);
  else {
    v = 0n;
    const bb = BigInt(b);
    for (const c of digits) v = v * bb + BigInt(digitValue(c.charCodeAt(0)));
  }
  return neg ? -v : v;
}

/** int(str, base) with CPython's error. */
export function long_from_unicode(o: PyStr, base: number): PyObject {
  const v = PyLong_FromString(toASCIIDigits(o.value), base);
  if (v === null) {
    const shown = o.value.length > 200 ? o.value.slice(0, 200) : o.value;
    PyErr_SetString(exc.PyExc_ValueError, MSG.int_invalid_literal(base, abstract.PyObject_ReprStr(PyUnicode_FromString(shown))));
  }
  return PyLong_FromBigInt(v);
}

function long_from_bytes_literal(b: Uint8Array, base: number, repr: () => string): PyObject {
  let s = "";
  for (const x of b) s += String.fromCharCode(x < 128 ? x : 63);
  const v = PyLong_FromString(s, base);
  if (v === null) PyErr_SetString(exc.PyExc_ValueError, MSG.int_invalid_literal(base, repr()));
  return PyLong_FromBigInt(v);
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// int() and subclasses

/** PyNumber_Long: int(o). */
export function PyNumber_Long(o: PyObject): PyObject {
  if (typeof o === "number") return o;
  if (o instanceof PyLong) return long_long(o);
  const t = Py_TYPE(o);
  if (t.nb_int !== null) {
    const r = t.nb_int(o);
    if (!isInt(r)) PyErr_SetString(exc.PyExc_TypeError, MSG.int_returned_non_int(Py_TYPE(r).ht_name));
    return long_long(r);
  }
  if (t.nb_index !== null) return abstract.PyNumber_Index(o);
  const trunc = abstract.PyObject_LookupAttr(t, "__trunc__");
  if (trunc !== undefined) {
    const r = abstract.PyObject_CallMethod(o, "__trunc__", []);
    if (isInt(r)) return long_long(r);
    if (Py_TYPE(r).nb_index === null) PyErr_SetString(exc.PyExc_TypeError, `__trunc__ returned non-Integral (type ${Py_TYPE(r).ht_name})`);
    return abstract.PyNumber_Index(r);
  }
  if (o instanceof PyStr) return long_from_unicode(o, 10);
  if (o instanceof PyBytes) return long_from_bytes_literal(o.value, 10, () => abstract.PyObject_ReprStr(o));
  const buf = bytesLike(o);
  if (buf !== null) return long_from_bytes_literal(buf, 10, () => abstract.PyObject_ReprStr(PyBytesFrom(buf)));
  PyErr_SetString(exc.PyExc_TypeError, MSG.int_arg_type(t.ht_name));
}

function PyBytesFrom(b: Uint8Array): PyObject {
  return new PyBytes(b);
}

/** The bytes of a bytes-like object (bytes, bytearray, memoryview), or null. */
function bytesLike(o: PyObject): Uint8Array | null {
  if (o instanceof PyBytes) return o.value;
  const v = (o as unknown as { bytesView?: () => Uint8Array }).bytesView;
  return typeof v === "function" ? v.call(o) : null;
}

function long_new_impl(type: PyTypeObject, x: PyObject | null, obase: PyObject | null): PyObject {
  let v: PyObject;
  if (obase === null) v = x === null ? 0 : PyNumber_Long(x);
  else {
    const bn = abstract.PyNumber_AsSsize_t(obase, null);
    if ((bn !== 0 && bn < 2) || bn > 36) PyErr_SetString(exc.PyExc_ValueError, MSG.int_base_range());
    if (x === null) PyErr_SetString(exc.PyExc_TypeError, "int() missing string argument");
    if (x instanceof PyStr) v = long_from_unicode(x, bn);
    else {
      const buf = bytesLike(x);
      if (buf === null) PyErr_SetString(exc.PyExc_TypeError, MSG.int_cant_convert_non_string());
      v = long_from_bytes_literal(buf, bn, () => abstract.PyObject_ReprStr(x));
    }
  }
  if (type === PyLong_Type) return v;
  return new PyLongSub(type, big(v));
}

function long_new(type: PyTypeObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [x, base] = PyArg_UnpackKeywords({ fname: "int", names: ["", "base"], posonly: 1, required: 0, maxpos: 2 }, args, kwnames);
  return long_new_impl(type, x, base);
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Methods

function int_bit_length(self: PyObject): PyObject {
  if (typeof self === "number") {
    const a = Math.abs(self);
    return a === 0 ? 0 : a < 2 ** 31 ? 32 - Math.clz32(a) : bitLength(BigInt(a));
  }
  return bitLength(big(self));
}

function int_bit_count(self: PyObject): PyObject {
  let v = big(self);
  if (v < 0n) v = -v;
  let n = 0;
  for (const c of v.toString(2)) if (c === "1") n++;
  return n;
}

function int_to_bytes(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [length, byteorder, signed] = PyArg_UnpackKeywords(
    { fname: "to_bytes", names: ["length", "byteorder", "signed"], required: 0, maxpos: 2 },
    args,
    kwnames,
  );
  const len = length === null ? 1 : abstract.PyNumber_AsSsize_t(length, exc.PyExc_OverflowError);
  if (len < 0) PyErr_SetString(exc.PyExc_ValueError, "length argument must be non-negative");
  const order = byteorder === null ? "big" : byteorder instanceof PyStr ? byteorder.value : null;
  if (order === null) PyErr_SetString(exc.PyExc_TypeError, `to_bytes() argument 'byteorder' must be str, not ${Py_TYPE(byteorder!).ht_name}`);
  if (order !== "big" && order !== "little") PyErr_SetString(exc.PyExc_ValueError, MSG.byteorder_must_be());
  const isSigned = signed !== null && abstract.PyObject_IsTrue(signed);
  let v = big(self);
  if (v < 0n && !isSigned) PyErr_SetString(exc.PyExc_OverflowError, MSG.cant_convert_negative_to_unsigned());
  const bits = BigInt(len * 8);
  if (isSigned) {
    const lim = len === 0 ? 0n : 1n << (bits - 1n);
    if (v >= lim || v < -lim) PyErr_SetString(exc.PyExc_OverflowError, MSG.int_too_big_to_convert());
    if (v < 0n) v += 1n << bits;
  } else if (v >= 1n << bits) PyErr_SetString(exc.PyExc_OverflowError, MSG.int_too_big_to_convert());
  const out = new Uint8Array(len);
  for (let i = 0; i < len; i++) {
    out[order === "big" ? len - 1 - i : i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return new PyBytes(out);
}

function int_from_bytes(cls: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [bytesObj, byteorder, signed] = PyArg_UnpackKeywords(
    { fname: "from_bytes", names: ["bytes", "byteorder", "signed"], required: 1, maxpos: 2 },
    args,
    kwnames,
  );
  const order = byteorder === null ? "big" : byteorder instanceof PyStr ? byteorder.value : null;
  if (order === null) PyErr_SetString(exc.PyExc_TypeError, `from_bytes() argument 'byteorder' must be str, not ${Py_TYPE(byteorder!).ht_name}`);
  if (order !== "big" && order !== "little") PyErr_SetString(exc.PyExc_ValueError, MSG.byteorder_must_be());
  let buf = bytesLike(bytesObj!);
  if (buf === null) {
    if (bytesObj instanceof PyStr) PyErr_SetString(exc.PyExc_TypeError, "cannot convert 'str' object to bytes");
    const items = abstract.PySequence_List_Array(bytesObj!);
    buf = new Uint8Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const n = abstract.PyNumber_AsSsize_t(items[i], null);
      if (n < 0 || n > 255) PyErr_SetString(exc.PyExc_ValueError, "bytes must be in range(0, 256)");
      buf[i] = n;
    }
  }
  let v = 0n;
  const n = buf.length;
  for (let i = 0; i < n; i++) v = (v << 8n) | BigInt(buf[order === "big" ? i : n - 1 - i]);
  if (signed !== null && abstract.PyObject_IsTrue(signed) && n > 0 && v >= 1n << BigInt(n * 8 - 1)) v -= 1n << BigInt(n * 8);
  const r = PyLong_FromBigInt(v);
  if (cls === PyLong_Type) return r;
  return abstract.PyObject_Vectorcall(cls, [r], null);
}

/** int.__round__(ndigits): round half to even at 10**-ndigits. */
function int_round(self: PyObject, args: PyObject[]): PyObject {
  if (args.length > 1) PyErr_SetString(exc.PyExc_TypeError, `__round__ expected at most 1 argument, got ${args.length}`);
  if (args.length === 0 || args[0] === Py_None) return long_long(self);
  const nd = PyLong_AsBigInt(abstract.PyNumber_Index(args[0]));
  if (nd >= 0n) return long_long(self);
  const v = big(self);
  const p = 10n ** -nd;
  let q = bigFloorDiv(v, p);
  const r = v - q * p;
  const twice = 2n * r;
  if (twice > p || (twice === p && (q & 1n) === 1n)) q += 1n;
  return PyLong_FromBigInt(q * p);
}

function int_as_integer_ratio(self: PyObject): PyObject {
  return PyTuple_FromArray([long_long(self), 1]);
}

function int_getnewargs(self: PyObject): PyObject {
  return PyTuple_FromArray([long_long(self)]);
}

function int_sizeof(self: PyObject): PyObject {
  const bits = bitLength(big(self));
  const digits = Math.max(1, Math.ceil(bits / 30));
  return 24 + 4 * digits;
}

export const PyLong_Type_ = PyType_FromSpec(
  {
    name: "int",
    flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_LONG_SUBCLASS,
    instanceClass: PyLong,
    doc: "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or return 0 if no arguments\nare given.",
    slots: {
      tp_repr: long_repr,
      tp_hash: long_hash,
      tp_richcompare: long_richcompare,
      tp_new: long_new,
      nb_add: long_add,
      nb_subtract: long_sub,
      nb_multiply: long_mul,
      nb_remainder: long_mod,
      nb_divmod: long_divmod,
      nb_power: long_pow,
      nb_negative: long_neg,
      nb_positive: long_pos,
      nb_absolute: long_abs,
      nb_bool: long_bool,
      nb_invert: long_invert,
      nb_lshift: long_lshift,
      nb_rshift: long_rshift,
      nb_and: long_and,
      nb_xor: long_xor,
      nb_or: long_or,
      nb_int: long_long,
      nb_float: long_float,
      nb_floor_divide: long_floor_div,
      nb_true_divide: long_true_divide,
      nb_index: long_long,
    },
    methods: [
      { name: "conjugate", meth: long_long, flags: METH_NOARGS, doc: "Returns self, the complex conjugate of any int." },
      { name: "bit_length", meth: int_bit_length, flags: METH_NOARGS },
      { name: "bit_count", meth: int_bit_count, flags: METH_NOARGS },
      { name: "to_bytes", meth: int_to_bytes, flags: METH_FASTCALL | METH_KEYWORDS },
      { name: "from_bytes", meth: int_from_bytes, flags: METH_FASTCALL | METH_KEYWORDS | METH_CLASS },
      { name: "as_integer_ratio", meth: int_as_integer_ratio, flags: METH_NOARGS },
      { name: "__trunc__", meth: long_long, flags: METH_NOARGS, doc: "Truncating an Integral returns itself." },
      { name: "__floor__", meth: long_long, flags: METH_NOARGS, doc: "Flooring an Integral returns itself." },
      { name: "__ceil__", meth: long_long, flags: METH_NOARGS, doc: "Ceiling of an Integral returns itself." },
      { name: "__round__", meth: int_round, flags: METH_FASTCALL },
      { name: "__getnewargs__", meth: int_getnewargs, flags: METH_NOARGS },
      { name: "__sizeof__", meth: int_sizeof, flags: METH_NOARGS },
      { name: "__format__", meth: (self: PyObject, spec: PyObject) => formatterUnicode().long__format__(self, spec), flags: METH_O },
    ],
    getsets: [
      { name: "real", get: long_long, doc: "the real part of a complex number" },
      { name: "imag", get: () => 0, doc: "the imaginary part of a complex number" },
      { name: "numerator", get: long_long, doc: "the numerator of a rational number in lowest terms" },
      { name: "denominator", get: () => 1, doc: "the denominator of a rational number in lowest terms" },
    ],
  },
  PyLong_Type,
);

void PyObjectBase;
void PyBool;
void PyTuple;
void METH_O;

// formatter_unicode imports this module: reached lazily, and kept (each require() of an ES module
// in the bundle copies its exports).
let formatterUnicodeModule: typeof import("../Python/formatter_unicode") | undefined;
function formatterUnicode(): typeof import("../Python/formatter_unicode") {
  return (formatterUnicodeModule ??= require("../Python/formatter_unicode") as typeof import("../Python/formatter_unicode"));
}
