// str (CPython's Objects/unicodeobject.c).
//
// A str is a PyStr holding a JS string (UTF-16: an astral character is a surrogate pair) and
// caching its length in code points (object.ts). Python indexes by code point: a string whose
// code-point length equals its UTF-16 length is all-BMP and indexes 1:1 (the fast path); other
// strings convert indices at the boundary of each method. The searching, splitting, stripping
// and replacing are the shared algorithms of ./stringlib/stringlib.ts (also used by bytes and
// bytearray). Case mappings and predicates come from ./unicodectype.ts (Unicode 14.0 tables of
// the reference CPython), never from JS's toUpperCase or regexes, except for pure-ASCII text
// where both agree.
import {
  PyObject,
  PyObjectBase,
  PyTypeObject,
  PyStr,
  PyStrSub,
  PyBytes,
  PyTuple,
  PyList,
  PyLong,
  Py_None,
  Py_NotImplemented,
  Py_True,
  Py_False,
  Py_TYPE,
  Py_hash_t,
  PyUnicode_Type,
  PyUnicode_FromString,
  PyTuple_FromArray,
  PyList_FromArray,
  PyType_FromSpec,
  PyBaseObject_Type,
  PyBool_FromBool,
  PyFloat_Type,
  Py_LT,
  Py_LE,
  Py_EQ,
  Py_NE,
  Py_GT,
  METH_NOARGS,
  METH_O,
  METH_FASTCALL,
  METH_KEYWORDS,
  METH_STATIC,
  Py_TPFLAGS_BASETYPE,
  Py_TPFLAGS_UNICODE_SUBCLASS,
} from "./object";
import { PyErr_SetString, PyErr_ExceptionMatches, PyErr_NewException } from "../Python/errors";
import { MSG } from "../Python/messages";
import * as exc from "./exceptions";
import * as abstract from "./abstract";
import { unicode_repr } from "./unicode_repr";
import { PyArg_UnpackKeywords, PyArg_CheckPositional, PyArg_NoKeywords } from "../Python/getargs";
import * as SL from "./stringlib/stringlib";
import { isSlice, sliceIndex, sliceIndices } from "./stringlib/slice";
import * as uc from "./unicodectype";
import { PyDict } from "./dictobject";
import * as unicode_format from "./unicode_format";
import * as bytesobject from "./bytesobject";
import * as codecs from "../Python/codecs";
import * as formatter_unicode from "../Python/formatter_unicode";

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Hash, length, code points

/** The str hash (cached on the object; never -1). Not CPython's SipHash: str hashes are
 *  randomised per process in CPython, so no program can depend on their values. */
export function unicode_hash(o: PyObject): Py_hash_t {
  const s = o as PyStr;
  if (s._hash !== -1) return s._hash;
  const v = s.value;
  let h1 = 0x811c9dc5 | 0;
  let h2 = 0x01000193 | 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  // 53 bits: h1 (32) and 21 bits of h2.
  let h = (h1 >>> 0) + (h2 & 0x1fffff) * 4294967296;
  if (h2 & 0x200000) h = -h;
  if (h === -1) h = -2;
  s._hash = h;
  return h;
}

/** Number of code points of a JS string (a surrogate pair counts once). */
export function codePointLength(v: string): number {
  let n = v.length;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < v.length) {
      const d = v.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

const SURROGATE_RE = /[\ud800-\udfff]/;

/** Length in code points (cached). A native regex scan settles the common all-BMP case. */
export function PyUnicode_GetLength(s: PyStr): number {
  if (s._len >= 0) return s._len;
  const v = s.value;
  return (s._len = SURROGATE_RE.test(v) ? codePointLength(v) : v.length);
}

/** Whether every character is in the BMP (so code-point indices are UTF-16 indices). */
function isBMP(s: PyStr): boolean {
  return PyUnicode_GetLength(s) === s.value.length;
}

/** UTF-16 offsets of every code point (and of the end) of long strings holding astral characters,
 *  so that indexing them in a loop stays O(1) per access as in CPython. */
const offsetCache = new WeakMap<PyStr, Int32Array>();
const OFFSET_CACHE_MIN = 64;

function offsetsOf(s: PyStr): Int32Array {
  let o = offsetCache.get(s);
  if (o !== undefined) return o;
  const v = s.value;
  o = new Int32Array(PyUnicode_GetLength(s) + 1);
  let k = 0;
  for (let i = 0; i < v.length; i++) {
    o[k++] = i;
    const c = v.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < v.length && (v.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
  }
  o[k] = v.length;
  offsetCache.set(s, o);
  return o;
}

/** The UTF-16 index of code point number `cp` of s (s holds astral characters). */
function unitIndex(s: PyStr, cp: number): number {
  const v = s.value;
  if (v.length >= OFFSET_CACHE_MIN) return offsetsOf(s)[Math.min(cp, PyUnicode_GetLength(s))];
  let i = 0;
  for (let k = 0; k < cp && i < v.length; k++) {
    const c = v.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < v.length && (v.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return i;
}

/** The code-point index of UTF-16 index `u` of s. */
function cpIndex(s: PyStr, u: number): number {
  const v = s.value;
  if (v.length >= OFFSET_CACHE_MIN) {
    const o = offsetsOf(s);
    let lo = 0;
    let hi = o.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (o[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  let n = 0;
  for (let i = 0; i < u; i++) {
    const c = v.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < u && (v.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    n++;
  }
  return n;
}

/** The code points of v as one-character strings. */
export function codePoints(v: string): string[] {
  return Array.from(v);
}

/** Compares by code point (JS compares UTF-16 units, which orders astral characters wrongly). */
export function PyUnicode_Compare(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      if (x >= 0xd800 && y >= 0xd800 && (x < 0xe000 || y < 0xe000)) {
        return a.codePointAt(i)! < b.codePointAt(i)! ? -1 : 1;
      }
      return x < y ? -1 : 1;
    }
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

const ASCII_RE = /^[\x00-\x7f]*$/;
function isASCII(v: string): boolean {
  return ASCII_RE.test(v);
}

/** A new str of the exact type str. */
function S(v: string): PyStr {
  return PyUnicode_FromString(v);
}

/** The str as it is, when exact; a copy of exact type otherwise (methods return exact strs). */
function exact(o: PyStr): PyStr {
  return o.ob_type === PyUnicode_Type ? o : S(o.value);
}

function tname(o: PyObject): string {
  return Py_TYPE(o).ht_name;
}

function typeError(msg: string): never {
  PyErr_SetString(exc.PyExc_TypeError, msg);
}
function valueError(msg: string): never {
  PyErr_SetString(exc.PyExc_ValueError, msg);
}

/** Py_UNICODE_ISSPACE over a UTF-16 unit (no astral character is whitespace). */
export function isUnicodeSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
  return c < 0xd800 || c >= 0xe000 ? uc._PyUnicode_IsWhitespace(c) : false;
}

/** Py_UNICODE_ISLINEBREAK over a UTF-16 unit. */
function isUnicodeLinebreak(c: number): boolean {
  if (c < 128) return c === 10 || c === 13 || (c >= 11 && c <= 12) || (c >= 28 && c <= 30);
  return c < 0xd800 || c >= 0xe000 ? uc._PyUnicode_IsLinebreak(c) : false;
}

function notLowSurrogate(c: number): boolean {
  return (c & 0xfc00) !== 0xdc00;
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Argument helpers

/** A str argument of a method, or TypeError "<f>() argument N must be str, not T". */
function argStr(fname: string, n: number | string, o: PyObject): PyStr {
  if (o instanceof PyStr) return o;
  typeError(MSG.argument_must_be(fname, n, "str", tname(o)));
}

/** A Py_ssize_t argument (__index__). */
function argSsize(o: PyObject): number {
  if (typeof o === "number") return o;
  if (o instanceof PyLong) return abstract.PyNumber_AsSsize_t(o, exc.PyExc_OverflowError);
  if (!abstract.PyIndex_Check(o)) typeError(MSG.indices_must_be_integers(tname(o)));
  return abstract.PyNumber_AsSsize_t(o, exc.PyExc_OverflowError);
}

/** The argument count check of PyArg_ParseTuple formats ("O|OO:find"): CPython's older wording. */
export function checkArgCount(fname: string, n: number, min: number, max: number): void {
  if (n < min) typeError(MSG.takes_at_least_args(fname, min, n));
  if (n > max) typeError(MSG.takes_at_most_args(fname, max, n));
}

/** Parses (sub[, start[, end]]) of find/count/index...: start/end in code points, adjusted. */
function parseFindArgs(fname: string, self: PyStr, args: PyObject[]): [PyObject, number, number] {
  checkArgCount(fname, args.length, 1, 3);
  const len = PyUnicode_GetLength(self);
  let start = args.length > 1 ? sliceIndex(args[1]) ?? 0 : 0;
  let end = args.length > 2 ? sliceIndex(args[2]) ?? len : len;
  [start, end] = SL.adjustIndices(start, end, len);
  return [args[0], start, end];
}

/** find/rfind/index/rindex over code points. */
function unicode_find_impl(fname: string, self: PyStr, args: PyObject[], reverse: boolean): number {
  const [subObj, start, end] = parseFindArgs(fname, self, args);
  if (!(subObj instanceof PyStr)) typeError(`must be str, not ${tname(subObj)}`);
  const v = self.value;
  const sub = subObj.value;
  if (start > PyUnicode_GetLength(self)) return -1;
  if (isBMP(self)) return reverse ? SL.rfind(v, sub, start, end) : SL.find(v, sub, start, end);
  if (!isBMP(subObj) && PyUnicode_GetLength(subObj) > end - start) return -1;
  const us = unitIndex(self, start);
  const ue = unitIndex(self, end);
  const r = reverse ? SL.rfind(v, sub, us, ue) : SL.find(v, sub, us, ue);
  return r < 0 ? r : cpIndex(self, r);
}

function unicode_find(self: PyStr, args: PyObject[]): PyObject {
  return unicode_find_impl("find", self, args, false);
}
function unicode_rfind(self: PyStr, args: PyObject[]): PyObject {
  return unicode_find_impl("rfind", self, args, true);
}
function unicode_index(self: PyStr, args: PyObject[]): PyObject {
  const r = unicode_find_impl("index", self, args, false);
  if (r < 0) valueError("substring not found");
  return r;
}
function unicode_rindex(self: PyStr, args: PyObject[]): PyObject {
  const r = unicode_find_impl("rindex", self, args, true);
  if (r < 0) valueError("substring not found");
  return r;
}

function unicode_count(self: PyStr, args: PyObject[]): PyObject {
  const [subObj, start, end] = parseFindArgs("count", self, args);
  if (!(subObj instanceof PyStr)) typeError(`must be str, not ${tname(subObj)}`);
  const v = self.value;
  const len = PyUnicode_GetLength(self);
  if (start > len) return 0;
  if (isBMP(self)) return SL.count(v, subObj.value, start, end);
  if (subObj.value.length === 0) return Math.max(0, end - start + 1);
  return SL.count(v, subObj.value, unitIndex(self, start), unitIndex(self, end));
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Slots

function unicode_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!(a instanceof PyStr) || !(b instanceof PyStr)) return Py_NotImplemented;
  if (op === Py_EQ) return a.value === b.value ? Py_True : Py_False;
  if (op === Py_NE) return a.value !== b.value ? Py_True : Py_False;
  const c = PyUnicode_Compare(a.value, b.value);
  const r = op === Py_LT ? c < 0 : op === Py_LE ? c <= 0 : op === Py_GT ? c > 0 : c >= 0;
  return r ? Py_True : Py_False;
}

function unicode_repr_slot(o: PyObject): PyObject {
  return S(unicode_repr((o as PyStr).value));
}

function unicode_str(o: PyObject): PyObject {
  return Py_TYPE(o) === PyUnicode_Type ? o : S((o as PyStr).value);
}

function unicode_length(o: PyObject): number {
  return PyUnicode_GetLength(o as PyStr);
}

/** A JS string operation that may exceed V8's string length limit: MemoryError instead. */
function guardLength(f: () => string): string {
  try {
    return f();
  } catch (e) {
    if (e instanceof RangeError) PyErr_SetString(exc.PyExc_MemoryError, "");
    throw e;
  }
}

/** PyUnicode_Concat */
export function unicode_concat(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyStr)) typeError(`can only concatenate str (not "${tname(a)}") to str`);
  if (!(b instanceof PyStr)) typeError(`can only concatenate str (not "${tname(b)}") to str`);
  if (b.value.length === 0 && a.ob_type === PyUnicode_Type) return a;
  if (a.value.length === 0 && b.ob_type === PyUnicode_Type) return b;
  let v: string;
  try {
    v = a.value + b.value;
  } catch (e) {
    if (e instanceof RangeError) PyErr_SetString(exc.PyExc_MemoryError, "");
    throw e;
  }
  const r = new PyStr(v);
  // Known lengths add up when neither side holds a surrogate (a lone one could pair up).
  if (a._len === a.value.length && b._len === b.value.length) r._len = v.length;
  return r;
}

function unicode_repeat(a: PyObject, n: number): PyObject {
  const s = a as PyStr;
  if (n <= 0 || s.value.length === 0) return S("");
  if (n === 1) return exact(s);
  const len = PyUnicode_GetLength(s);
  if (len * n > 2 ** 63 - 1) PyErr_SetString(exc.PyExc_OverflowError, "repeated string is too long");
  const r = new PyStr(guardLength(() => s.value.repeat(n)));
  if (len === s.value.length) r._len = len * n;
  return r;
}

function unicode_contains(a: PyObject, b: PyObject): boolean {
  if (!(b instanceof PyStr)) typeError(`'in <string>' requires string as left operand, not ${tname(b)}`);
  return (a as PyStr).value.includes(b.value);
}

/** The one-character str at code-point index i (already in range). */
function charAt(s: PyStr, i: number): PyStr {
  const v = s.value;
  if (isBMP(s)) return S(v[i]);
  const u = unitIndex(s, i);
  return S(String.fromCodePoint(v.codePointAt(u)!));
}

function unicode_getitem(o: PyObject, i: number): PyObject {
  const s = o as PyStr;
  const n = PyUnicode_GetLength(s);
  if (i < 0) i += n;
  if (i < 0 || i >= n) PyErr_SetString(exc.PyExc_IndexError, "string index out of range");
  return charAt(s, i);
}

function unicode_subscript(o: PyObject, key: PyObject): PyObject {
  const s = o as PyStr;
  if (typeof key === "number") return unicode_getitem(s, key);
  if (isSlice(key)) {
    const len = PyUnicode_GetLength(s);
    const [start, , step, n] = sliceIndices(key as PyObjectBase, len);
    if (n <= 0) return S("");
    if (step === 1 && n === len) return exact(s);
    const v = s.value;
    if (isBMP(s)) {
      if (step === 1) return S(v.slice(start, start + n));
      let out = "";
      for (let i = 0, j = start; i < n; i++, j += step) out += v[j];
      return S(out);
    }
    if (step === 1) return S(v.slice(unitIndex(s, start), unitIndex(s, start + n)));
    if (v.length >= OFFSET_CACHE_MIN) {
      const o = offsetsOf(s);
      let out = "";
      for (let i = 0, j = start; i < n; i++, j += step) out += v.slice(o[j], o[j + 1]);
      return S(out);
    }
    const cps = codePoints(v);
    let out = "";
    for (let i = 0, j = start; i < n; i++, j += step) out += cps[j];
    return S(out);
  }
  if (abstract.PyIndex_Check(key)) return unicode_getitem(s, abstract.PyNumber_AsSsize_t(key, exc.PyExc_IndexError));
  typeError(`string indices must be integers, not '${tname(key)}'`);
}

function unicode_mod(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyStr)) return Py_NotImplemented;
  return unicode_format.PyUnicode_Format(a, b);
}

// ─── iteration (unicodeiterobject) ─────────────────────────────────────────────────────────────

class PyUnicodeIter extends PyObjectBase {
  index = 0;
  constructor(public seq: PyStr | null, type: PyTypeObject) {
    super();
    this.ob_type = type;
  }
}

function unicodeiter_next(o: PyObject): PyObject | undefined {
  const it = o as PyUnicodeIter;
  const s = it.seq;
  if (s === null) return undefined;
  const v = s.value;
  const i = it.index;
  if (i >= v.length) {
    it.seq = null;
    return undefined;
  }
  const c = v.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < v.length && (v.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
    it.index = i + 2;
    return S(v.slice(i, i + 2));
  }
  it.index = i + 1;
  return S(v[i]);
}

function unicodeiter_length_hint(o: PyObject): PyObject {
  const it = o as PyUnicodeIter;
  if (it.seq === null) return 0;
  return codePointLength(it.seq.value.slice(it.index));
}

function unicodeiter_reduce(o: PyObject): PyObject {
  const it = o as PyUnicodeIter;
  const builtins = require("../Python/ceval") as { builtinsState: { dict: PyDict | null } };
  const iter = builtins.builtinsState.dict?.getStr("iter") ?? Py_None;
  if (it.seq === null) return PyTuple_FromArray([iter, PyTuple_FromArray([S("")])]);
  return PyTuple_FromArray([iter, PyTuple_FromArray([it.seq]), cpIndex(it.seq, it.index)]);
}

function unicodeiter_setstate(o: PyObject, state: PyObject): PyObject {
  const it = o as PyUnicodeIter;
  if (it.seq !== null) {
    let i = argSsize(state);
    const n = PyUnicode_GetLength(it.seq);
    if (i < 0) i = 0;
    if (i > n) i = n;
    it.index = unitIndex(it.seq, i);
  }
  return Py_None;
}

const iterMethods = [
  { name: "__length_hint__", meth: unicodeiter_length_hint, flags: METH_NOARGS },
  { name: "__reduce__", meth: unicodeiter_reduce, flags: METH_NOARGS },
  { name: "__setstate__", meth: unicodeiter_setstate, flags: METH_O },
];

export const PyUnicodeIter_Type = PyType_FromSpec({
  name: "str_iterator",
  base: PyBaseObject_Type,
  instanceClass: PyUnicodeIter,
  slots: { tp_iter: (o) => o, tp_iternext: unicodeiter_next },
  methods: iterMethods,
});

/** 3.11 gives pure-ASCII strings their own iterator type. */
export const PyUnicodeASCIIIter_Type = PyType_FromSpec({
  name: "str_ascii_iterator",
  base: PyBaseObject_Type,
  instanceClass: PyUnicodeIter,
  slots: { tp_iter: (o) => o, tp_iternext: unicodeiter_next },
  methods: iterMethods,
});

function unicode_iter(o: PyObject): PyObject {
  const s = o as PyStr;
  return new PyUnicodeIter(s, isASCII(s.value) ? PyUnicodeASCIIIter_Type : PyUnicodeIter_Type);
}

// ─── str() ─────────────────────────────────────────────────────────────────────────────────────

function unicode_new(type: PyTypeObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [obj, encoding, errors] = PyArg_UnpackKeywords({ fname: "str", names: ["object", "encoding", "errors"], required: 0 }, args, kwnames);
  let s: PyStr;
  if (obj === null) s = S("");
  else if (encoding === null && errors === null) s = abstract.PyObject_Str(obj);
  else s = PyUnicode_FromEncodedObject(obj, encoding, errors);
  if (type === PyUnicode_Type) return s;
  return new PyStrSub(type, s.value);
}

/** PyUnicode_FromEncodedObject: str(obj, encoding, errors). */
function PyUnicode_FromEncodedObject(obj: PyObject, encoding: PyObject | null, errors: PyObject | null): PyStr {
  const enc = encoding === null ? "utf-8" : argStr("str", "'encoding'", encoding).value;
  const err = errors === null ? "strict" : argStr("str", "'errors'", errors).value;
  if (obj instanceof PyStr) typeError("decoding str is not supported");
  const buf = bytesobject.PyObject_GetBufferBytes(obj);
  if (buf === null) typeError(`decoding to str: need a bytes-like object, ${tname(obj)} found`);
  return S(codecs.decode(buf, enc, err, obj));
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Case mappings (unicodeobject.c: do_lower, do_upper, do_casefold, do_title, do_capitalize,
// do_swapcase, handle_capital_sigma)

/** handle_capital_sigma: the lowercase of U+03A3 at code-point index i of cps. */
function lowerSigma(cps: number[], i: number): string {
  let j = i - 1;
  while (j >= 0 && uc._PyUnicode_IsCaseIgnorable(cps[j])) j--;
  const finalSigma = j >= 0 && uc._PyUnicode_IsCased(cps[j]);
  if (finalSigma) {
    let k = i + 1;
    while (k < cps.length && uc._PyUnicode_IsCaseIgnorable(cps[k])) k++;
    if (k === cps.length || !uc._PyUnicode_IsCased(cps[k])) return "\u03c2";
  }
  return "\u03c3";
}

function toCodePoints(v: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < v.length; i++) {
    const c = v.codePointAt(i)!;
    out.push(c);
    if (c > 0xffff) i++;
  }
  return out;
}

function lowerOf(cps: number[], i: number): string {
  const c = cps[i];
  return c === 0x3a3 ? lowerSigma(cps, i) : uc._PyUnicode_ToLowerFull(c);
}

function unicode_lower(self: PyStr): PyObject {
  const v = self.value;
  if (isASCII(v)) return S(v.toLowerCase());
  const cps = toCodePoints(v);
  let out = "";
  for (let i = 0; i < cps.length; i++) out += lowerOf(cps, i);
  return S(out);
}

function unicode_upper(self: PyStr): PyObject {
  const v = self.value;
  if (isASCII(v)) return S(v.toUpperCase());
  let out = "";
  for (const c of toCodePoints(v)) out += uc._PyUnicode_ToUpperFull(c);
  return S(out);
}

function unicode_casefold(self: PyStr): PyObject {
  const v = self.value;
  if (isASCII(v)) return S(v.toLowerCase());
  let out = "";
  for (const c of toCodePoints(v)) out += uc._PyUnicode_ToFoldedFull(c);
  return S(out);
}

function unicode_swapcase(self: PyStr): PyObject {
  const cps = toCodePoints(self.value);
  let out = "";
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    if (uc._PyUnicode_IsUppercase(c)) out += lowerOf(cps, i);
    else if (uc._PyUnicode_IsLowercase(c)) out += uc._PyUnicode_ToUpperFull(c);
    else out += String.fromCodePoint(c);
  }
  return S(out);
}

function unicode_capitalize(self: PyStr): PyObject {
  const cps = toCodePoints(self.value);
  if (cps.length === 0) return S("");
  let out = uc._PyUnicode_ToTitleFull(cps[0]);
  for (let i = 1; i < cps.length; i++) out += lowerOf(cps, i);
  return S(out);
}

function unicode_title(self: PyStr): PyObject {
  const cps = toCodePoints(self.value);
  let out = "";
  let prevCased = false;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    out += prevCased ? lowerOf(cps, i) : uc._PyUnicode_ToTitleFull(c);
    prevCased = uc._PyUnicode_IsCased(c);
  }
  return S(out);
}

// ─── predicates ────────────────────────────────────────────────────────────────────────────────

/** A predicate method true when the string is non-empty and every code point satisfies f. */
function allOf(f: (c: number) => boolean) {
  return (self: PyStr): PyObject => {
    const v = self.value;
    if (v.length === 0) return Py_False;
    for (let i = 0; i < v.length; i++) {
      const c = v.codePointAt(i)!;
      if (!f(c)) return Py_False;
      if (c > 0xffff) i++;
    }
    return Py_True;
  };
}

function isalnumChar(c: number): boolean {
  return uc._PyUnicode_IsAlpha(c) || uc._PyUnicode_IsDecimalDigit(c) || uc._PyUnicode_IsDigit(c) || uc._PyUnicode_IsNumeric(c);
}

function unicode_islower(self: PyStr): PyObject {
  let cased = false;
  for (const c of toCodePoints(self.value)) {
    if (uc._PyUnicode_IsUppercase(c) || uc._PyUnicode_IsTitlecase(c)) return Py_False;
    if (!cased && uc._PyUnicode_IsLowercase(c)) cased = true;
  }
  return PyBool_FromBool(cased);
}

function unicode_isupper(self: PyStr): PyObject {
  let cased = false;
  for (const c of toCodePoints(self.value)) {
    if (uc._PyUnicode_IsLowercase(c) || uc._PyUnicode_IsTitlecase(c)) return Py_False;
    if (!cased && uc._PyUnicode_IsUppercase(c)) cased = true;
  }
  return PyBool_FromBool(cased);
}

function unicode_istitle(self: PyStr): PyObject {
  let cased = false;
  let prevCased = false;
  for (const c of toCodePoints(self.value)) {
    if (uc._PyUnicode_IsUppercase(c) || uc._PyUnicode_IsTitlecase(c)) {
      if (prevCased) return Py_False;
      prevCased = true;
      cased = true;
    } else if (uc._PyUnicode_IsLowercase(c)) {
      if (!prevCased) return Py_False;
      prevCased = true;
      cased = true;
    } else prevCased = false;
  }
  return PyBool_FromBool(cased);
}

function unicode_isascii(self: PyStr): PyObject {
  return PyBool_FromBool(isASCII(self.value));
}

function unicode_isidentifier(self: PyStr): PyObject {
  const v = self.value;
  if (v.length === 0) return Py_False;
  const first = v.codePointAt(0)!;
  if (!uc._PyUnicode_IsXidStart(first) && first !== 0x5f) return Py_False;
  return PyBool_FromBool(uc._PyUnicode_ScanIdentifier(v) === PyUnicode_GetLength(self));
}

function unicode_isprintable(self: PyStr): PyObject {
  for (const c of toCodePoints(self.value)) if (!uc._PyUnicode_IsPrintable(c)) return Py_False;
  return Py_True;
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// split / join / strip / replace / partition

function parseSplitArgs(fname: string, args: PyObject[], kwnames: string[] | null): [PyStr | null, number] {
  // Positional calls (the common case) skip the keyword machinery.
  const [sepObj, maxObj] =
    kwnames === null && args.length <= 2 ? [args.length > 0 ? args[0] : null, args.length > 1 ? args[1] : null] : PyArg_UnpackKeywords({ fname, names: ["sep", "maxsplit"], required: 0 }, args, kwnames);
  let sep: PyStr | null = null;
  if (sepObj !== null && sepObj !== Py_None) {
    if (!(sepObj instanceof PyStr)) typeError(`must be str or None, not ${tname(sepObj)}`);
    if (sepObj.value.length === 0) valueError("empty separator");
    sep = sepObj;
  }
  const maxsplit = maxObj === null ? -1 : argSsize(maxObj);
  return [sep, maxsplit];
}

function strList(parts: string[]): PyObject {
  const items: PyObject[] = new Array(parts.length);
  for (let i = 0; i < parts.length; i++) items[i] = S(parts[i]);
  return PyList_FromArray(items);
}

/** Runs of str whitespace (made on first use). */
let WS_RUNS: RegExp | undefined;

function unicode_split(self: PyStr, args: PyObject[], kwnames: string[] | null): PyObject {
  const [sep, maxsplit] = parseSplitArgs("split", args, kwnames);
  if (sep === null) return strList(SL.splitWhitespace(self.value, maxsplit, isUnicodeSpace, (WS_RUNS ??= SL.whitespaceRunRegex(isUnicodeSpace))));
  return strList(SL.split(self.value, sep.value, maxsplit));
}

function unicode_rsplit(self: PyStr, args: PyObject[], kwnames: string[] | null): PyObject {
  const [sep, maxsplit] = parseSplitArgs("rsplit", args, kwnames);
  if (sep === null) return strList(SL.rsplitWhitespace(self.value, maxsplit, isUnicodeSpace));
  return strList(SL.rsplit(self.value, sep.value, maxsplit));
}

function unicode_splitlines(self: PyStr, args: PyObject[], kwnames: string[] | null): PyObject {
  const [keep] = PyArg_UnpackKeywords({ fname: "splitlines", names: ["keepends"], required: 0 }, args, kwnames);
  const keepends = keep !== null && argBoolInt(keep);
  return strList(SL.splitlines(self.value, keepends, isUnicodeLinebreak));
}

/** An int-valued boolean argument (clinic's `bool(accept={int})`): floats are refused. */
function argBoolInt(o: PyObject): boolean {
  if (o instanceof PyObjectBase && Py_TYPE(o) === PyFloat_Type) {
    typeError("'float' object cannot be interpreted as an integer");
  }
  return abstract.PyObject_IsTrue(o);
}

/** PyUnicode_Join */
export function PyUnicode_Join(sep: string, iterable: PyObject): PyStr {
  let items: PyObject[];
  if (iterable instanceof PyTuple || iterable instanceof PyList) items = iterable.items;
  else {
    try {
      items = abstract.PySequence_List_Array(iterable);
    } catch (e) {
      if (PyErr_ExceptionMatches(e, exc.PyExc_TypeError) && Py_TYPE(iterable).tp_iter === null && !abstract.PySequence_Check(iterable)) {
        typeError("can only join an iterable");
      }
      throw e;
    }
  }
  const n = items.length;
  if (n === 1 && items[0] instanceof PyStr && items[0].ob_type === PyUnicode_Type) return items[0];
  const parts: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const x = items[i];
    if (!(x instanceof PyStr)) typeError(`sequence item ${i}: expected str instance, ${tname(x)} found`);
    parts[i] = x.value;
  }
  return S(guardLength(() => parts.join(sep)));
}

function unicode_join(self: PyStr, iterable: PyObject): PyObject {
  return PyUnicode_Join(self.value, iterable);
}

function doStrip(fname: string, which: number) {
  return (self: PyStr, args: PyObject[]): PyObject => {
    PyArg_CheckPositional(fname, args.length, 0, 1);
    const v = self.value;
    if (args.length === 0 || args[0] === Py_None) return S(SL.stripPred(v, which, isUnicodeSpace));
    const chars = args[0];
    if (!(chars instanceof PyStr)) typeError(`${fname} arg must be None or str`);
    if (isBMP(chars)) return S(SL.stripChars(v, which, chars.value));
    // Astral characters in the set: strip by code point.
    const set = new Set(toCodePoints(chars.value));
    const cps = toCodePoints(v);
    let i = 0;
    let j = cps.length;
    if (which & SL.LEFTSTRIP) while (i < j && set.has(cps[i])) i++;
    if (which & SL.RIGHTSTRIP) while (j > i && set.has(cps[j - 1])) j--;
    return S(String.fromCodePoint(...cps.slice(i, j)));
  };
}

function unicode_replace(self: PyStr, args: PyObject[]): PyObject {
  PyArg_CheckPositional("replace", args.length, 2, 3);
  const old = argStr("replace", 1, args[0]);
  const repl = argStr("replace", 2, args[1]);
  const count = args.length > 2 ? argSsize(args[2]) : -1;
  const v = self.value;
  if (old.value.length === 0) {
    return S(guardLength(() => SL.replaceEmpty(isBMP(self) ? v.split("") : codePoints(v), repl.value, count)));
  }
  const r = guardLength(() => SL.replace(v, old.value, repl.value, count));
  return r === v ? exact(self) : S(r);
}

function partitionSep(sepObj: PyObject): string {
  if (!(sepObj instanceof PyStr)) typeError(`must be str, not ${tname(sepObj)}`);
  if (sepObj.value.length === 0) valueError("empty separator");
  return sepObj.value;
}

function unicode_partition(self: PyStr, sepObj: PyObject): PyObject {
  const [a, b, c] = SL.partition(self.value, partitionSep(sepObj));
  if (b === "") return PyTuple_FromArray([exact(self), S(""), S("")]);
  return PyTuple_FromArray([S(a), sepObj, S(c)]);
}

function unicode_rpartition(self: PyStr, sepObj: PyObject): PyObject {
  const [a, b, c] = SL.rpartition(self.value, partitionSep(sepObj));
  if (b === "") return PyTuple_FromArray([S(""), S(""), exact(self)]);
  return PyTuple_FromArray([S(a), sepObj, S(c)]);
}

function unicode_removeprefix(self: PyStr, p: PyObject): PyObject {
  if (!(p instanceof PyStr)) typeError(`removeprefix() argument must be str, not ${tname(p)}`);
  const prefix = p.value;
  const v = self.value;
  return v.startsWith(prefix) && prefix.length ? S(v.slice(prefix.length)) : exact(self);
}

function unicode_removesuffix(self: PyStr, p: PyObject): PyObject {
  if (!(p instanceof PyStr)) typeError(`removesuffix() argument must be str, not ${tname(p)}`);
  const suffix = p.value;
  const v = self.value;
  return v.endsWith(suffix) && suffix.length ? S(v.slice(0, v.length - suffix.length)) : exact(self);
}

/** startswith/endswith (tailmatch) with a str or a tuple of str. */
function tailmatchMethod(fname: string, atEnd: boolean) {
  return (self: PyStr, args: PyObject[]): PyObject => {
    checkArgCount(fname, args.length, 1, 3);
    const len = PyUnicode_GetLength(self);
    let start = args.length > 1 ? sliceIndex(args[1]) ?? 0 : 0;
    let end = args.length > 2 ? sliceIndex(args[2]) ?? len : len;
    [start, end] = SL.adjustIndices(start, end, len);
    const v = self.value;
    const bmp = isBMP(self);
    const us = bmp ? start : unitIndex(self, start);
    const ue = bmp ? end : unitIndex(self, end);
    const match = (sub: string, subLen: number): boolean => {
      if (start > len || end - start < subLen) return false;
      if (subLen === 0) return true;
      return atEnd ? v.startsWith(sub, ue - sub.length) : v.startsWith(sub, us);
    };
    const sub = args[0];
    if (sub instanceof PyTuple) {
      for (const x of sub.items) {
        if (!(x instanceof PyStr)) typeError(`tuple for ${fname} must only contain str, not ${tname(x)}`);
        if (match(x.value, PyUnicode_GetLength(x))) return Py_True;
      }
      return Py_False;
    }
    if (!(sub instanceof PyStr)) typeError(`${fname} first arg must be str or a tuple of str, not ${tname(sub)}`);
    return PyBool_FromBool(match(sub.value, PyUnicode_GetLength(sub)));
  };
}

// ─── padding ───────────────────────────────────────────────────────────────────────────────────

function fillArg(fname: string, args: PyObject[]): string {
  if (args.length < 2) return " ";
  const f = args[1];
  if (!(f instanceof PyStr)) typeError(`The fill character must be a unicode character, not ${tname(f)}`);
  if (PyUnicode_GetLength(f) !== 1) typeError("The fill character must be exactly one character long");
  return f.value;
}

function padMethod(fname: string, kind: "l" | "r" | "c") {
  return (self: PyStr, args: PyObject[]): PyObject => {
    PyArg_CheckPositional(fname, args.length, 1, 2);
    const width = argSsize(args[0]);
    const fill = fillArg(fname, args);
    const len = PyUnicode_GetLength(self);
    if (len >= width) return exact(self);
    const marg = width - len;
    const [l, r] = kind === "l" ? [0, marg] : kind === "r" ? [marg, 0] : SL.centerMargins(len, width);
    return S(guardLength(() => SL.pad(self.value, l, r, fill)));
  };
}

function unicode_zfill(self: PyStr, w: PyObject): PyObject {
  const width = argSsize(w);
  const len = PyUnicode_GetLength(self);
  if (len >= width) return exact(self);
  return S(guardLength(() => SL.zfill(self.value, len, width)));
}

function unicode_expandtabs(self: PyStr, args: PyObject[], kwnames: string[] | null): PyObject {
  const [t] = PyArg_UnpackKeywords({ fname: "expandtabs", names: ["tabsize"], required: 0 }, args, kwnames);
  const tabsize = t === null ? 8 : argSsize(t);
  return S(guardLength(() => SL.expandtabs(self.value, tabsize, notLowSurrogate)));
}

// ─── translate / maketrans ─────────────────────────────────────────────────────────────────────

function unicode_translate(self: PyStr, table: PyObject): PyObject {
  let out = "";
  const cache = new Map<number, string | null>();
  for (const c of toCodePoints(self.value)) {
    let r = cache.get(c);
    if (r === undefined) {
      let m: PyObject | undefined;
      try {
        m = table instanceof PyDict && Py_TYPE(table).tp_name === "dict" ? table.getItem(c) : abstract.PyObject_GetItem(table, c);
      } catch (e) {
        if (PyErr_ExceptionMatches(e, exc.PyExc_LookupError)) m = undefined;
        else throw e;
      }
      if (m === undefined) r = String.fromCodePoint(c);
      else if (m === Py_None) r = null;
      else if (m instanceof PyStr) r = m.value;
      else if (typeof m === "number" || m instanceof PyLong) {
        const n = typeof m === "number" ? m : Number((m as PyLong).value);
        if (n < 0 || n > 0x10ffff) PyErr_SetString(exc.PyExc_ValueError, "character mapping must be in range(0x110000)");
        r = String.fromCodePoint(n);
      } else typeError("character mapping must return integer, None or str");
      cache.set(c, r);
    }
    if (r !== null) out += r;
  }
  return S(out);
}

function unicode_maketrans(_null: PyObject, args: PyObject[]): PyObject {
  PyArg_CheckPositional("maketrans", args.length, 1, 3);
  const d = new PyDict();
  if (args.length === 1) {
    const x = args[0];
    if (!(x instanceof PyDict)) typeError("if you give only one argument to maketrans it must be a dict");
    for (const [k, v] of x.entries()) {
      if (k instanceof PyStr) {
        if (PyUnicode_GetLength(k) !== 1) valueError("string keys in translate table must be of length 1");
        d.setItem(k.value.codePointAt(0)!, v);
      } else if (typeof k === "number" || k instanceof PyLong) d.setItem(k, v);
      else typeError("keys in translate table must be strings or integers");
    }
    return d;
  }
  const x = args[0];
  const y = args[1];
  if (!(x instanceof PyStr)) typeError(`maketrans() argument 1 must be str, not ${tname(x)}`);
  if (!(y instanceof PyStr)) typeError(`maketrans() argument 2 must be str, not ${tname(y)}`);
  const xs = toCodePoints(x.value);
  const ys = toCodePoints(y.value);
  if (xs.length !== ys.length) valueError("the first two maketrans arguments must have equal length");
  for (let i = 0; i < xs.length; i++) d.setItem(xs[i], ys[i]);
  if (args.length === 3) {
    const z = args[2];
    if (!(z instanceof PyStr)) typeError(`maketrans() argument 3 must be str, not ${tname(z)}`);
    for (const c of toCodePoints(z.value)) d.setItem(c, Py_None);
  }
  return d;
}

// ─── encode / format / misc ────────────────────────────────────────────────────────────────────

function unicode_encode(self: PyStr, args: PyObject[], kwnames: string[] | null): PyObject {
  const [e, r] = PyArg_UnpackKeywords({ fname: "encode", names: ["encoding", "errors"], required: 0 }, args, kwnames);
  const enc = e === null ? "utf-8" : argStr("encode", "'encoding'", e).value;
  const err = r === null ? "strict" : argStr("encode", "'errors'", r).value;
  return new PyBytes(codecs.encode(self.value, enc, err, self));
}

function unicode_format_method(self: PyStr, args: PyObject[], kwnames: string[] | null): PyObject {
  return unicode_format.str_format(self, args, kwnames);
}

function unicode_format_map(self: PyStr, mapping: PyObject): PyObject {
  return unicode_format.str_format_map(self, mapping);
}

function unicode__format__(self: PyStr, spec: PyObject): PyObject {
  if (!(spec instanceof PyStr)) typeError(`__format__() argument must be str, not ${tname(spec)}`);
  return S(formatter_unicode.format_string(self, spec.value));
}

function unicode_getnewargs(self: PyStr): PyObject {
  return PyTuple_FromArray([S(self.value)]);
}

function unicode_sizeof(self: PyStr): PyObject {
  const v = self.value;
  let max = 0;
  for (const c of toCodePoints(v)) if (c > max) max = c;
  const n = PyUnicode_GetLength(self);
  if (max < 128) return 49 + n;
  if (max < 256) return 73 + n;
  if (max < 65536) return 74 + 2 * (n + 1);
  return 76 + 4 * (n + 1);
}

export const PyUnicode_Type_ = PyType_FromSpec(
  {
    name: "str",
    flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_UNICODE_SUBCLASS,
    instanceClass: PyStr,
    doc: "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\nCreate a new string object from the given object. If encoding or\nerrors is specified, then the object must expose a data buffer\nthat will be decoded using the given encoding and error handler.\nOtherwise, returns the result of object.__str__() (if defined)\nor repr(object).\nencoding defaults to sys.getdefaultencoding().\nerrors defaults to 'strict'.",
    slots: {
      tp_repr: unicode_repr_slot,
      tp_str: unicode_str,
      tp_hash: unicode_hash,
      tp_richcompare: unicode_richcompare,
      tp_new: unicode_new,
      tp_iter: unicode_iter,
      sq_length: unicode_length,
      sq_concat: unicode_concat,
      sq_repeat: unicode_repeat,
      sq_item: unicode_getitem,
      sq_contains: unicode_contains,
      mp_length: unicode_length,
      mp_subscript: unicode_subscript,
      nb_remainder: unicode_mod,
    },
    methods: [
      { name: "encode", meth: unicode_encode, flags: METH_FASTCALL | METH_KEYWORDS },
      { name: "replace", meth: unicode_replace, flags: METH_FASTCALL },
      { name: "split", meth: unicode_split, flags: METH_FASTCALL | METH_KEYWORDS },
      { name: "rsplit", meth: unicode_rsplit, flags: METH_FASTCALL | METH_KEYWORDS },
      { name: "join", meth: unicode_join, flags: METH_O },
      { name: "capitalize", meth: unicode_capitalize, flags: METH_NOARGS },
      { name: "casefold", meth: unicode_casefold, flags: METH_NOARGS },
      { name: "title", meth: unicode_title, flags: METH_NOARGS },
      { name: "center", meth: padMethod("center", "c"), flags: METH_FASTCALL },
      { name: "count", meth: unicode_count, flags: METH_FASTCALL },
      { name: "expandtabs", meth: unicode_expandtabs, flags: METH_FASTCALL | METH_KEYWORDS },
      { name: "find", meth: unicode_find, flags: METH_FASTCALL },
      { name: "partition", meth: unicode_partition, flags: METH_O },
      { name: "index", meth: unicode_index, flags: METH_FASTCALL },
      { name: "ljust", meth: padMethod("ljust", "l"), flags: METH_FASTCALL },
      { name: "lower", meth: unicode_lower, flags: METH_NOARGS },
      { name: "lstrip", meth: doStrip("lstrip", SL.LEFTSTRIP), flags: METH_FASTCALL },
      { name: "rfind", meth: unicode_rfind, flags: METH_FASTCALL },
      { name: "rindex", meth: unicode_rindex, flags: METH_FASTCALL },
      { name: "rjust", meth: padMethod("rjust", "r"), flags: METH_FASTCALL },
      { name: "rstrip", meth: doStrip("rstrip", SL.RIGHTSTRIP), flags: METH_FASTCALL },
      { name: "rpartition", meth: unicode_rpartition, flags: METH_O },
      { name: "splitlines", meth: unicode_splitlines, flags: METH_FASTCALL | METH_KEYWORDS },
      { name: "strip", meth: doStrip("strip", SL.BOTHSTRIP), flags: METH_FASTCALL },
      { name: "swapcase", meth: unicode_swapcase, flags: METH_NOARGS },
      { name: "translate", meth: unicode_translate, flags: METH_O },
      { name: "upper", meth: unicode_upper, flags: METH_NOARGS },
      { name: "startswith", meth: tailmatchMethod("startswith", false), flags: METH_FASTCALL },
      { name: "endswith", meth: tailmatchMethod("endswith", true), flags: METH_FASTCALL },
      { name: "removeprefix", meth: unicode_removeprefix, flags: METH_O },
      { name: "removesuffix", meth: unicode_removesuffix, flags: METH_O },
      { name: "isascii", meth: unicode_isascii, flags: METH_NOARGS },
      { name: "islower", meth: unicode_islower, flags: METH_NOARGS },
      { name: "isupper", meth: unicode_isupper, flags: METH_NOARGS },
      { name: "istitle", meth: unicode_istitle, flags: METH_NOARGS },
      { name: "isspace", meth: allOf(uc._PyUnicode_IsWhitespace), flags: METH_NOARGS },
      { name: "isdecimal", meth: allOf(uc._PyUnicode_IsDecimalDigit), flags: METH_NOARGS },
      { name: "isdigit", meth: allOf(uc._PyUnicode_IsDigit), flags: METH_NOARGS },
      { name: "isnumeric", meth: allOf(uc._PyUnicode_IsNumeric), flags: METH_NOARGS },
      { name: "isalpha", meth: allOf(uc._PyUnicode_IsAlpha), flags: METH_NOARGS },
      { name: "isalnum", meth: allOf(isalnumChar), flags: METH_NOARGS },
      { name: "isidentifier", meth: unicode_isidentifier, flags: METH_NOARGS },
      { name: "isprintable", meth: unicode_isprintable, flags: METH_NOARGS },
      { name: "zfill", meth: unicode_zfill, flags: METH_O },
      { name: "format", meth: unicode_format_method, flags: METH_FASTCALL | METH_KEYWORDS },
      { name: "format_map", meth: unicode_format_map, flags: METH_O },
      { name: "__format__", meth: unicode__format__, flags: METH_O },
      { name: "maketrans", meth: unicode_maketrans, flags: METH_FASTCALL | METH_STATIC },
      { name: "__sizeof__", meth: unicode_sizeof, flags: METH_NOARGS },
      { name: "__getnewargs__", meth: unicode_getnewargs, flags: METH_NOARGS },
    ],
  },
  PyUnicode_Type,
);

void PyErr_NewException;
void PyArg_NoKeywords;
