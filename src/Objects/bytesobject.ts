// bytes (CPython's Objects/bytesobject.c) and the methods bytes shares with bytearray
// (Objects/bytes_methods.c): one table of methods, made for each type by bytesLikeMethods()
// with the type's own way to build a result. The searching/splitting algorithms are the shared
// ones of ./stringlib/stringlib.ts, run over a "binary string" view of the bytes.
import {
  PyObject,
  PyObjectBase,
  PyTypeObject,
  PyBytes,
  PyStr,
  PyTuple,
  PyList,
  PyLong,
  PyMethodDef,
  Py_None,
  Py_NotImplemented,
  Py_True,
  Py_False,
  Py_TYPE,
  Py_hash_t,
  PyBytes_Type,
  PyUnicode_FromString,
  PyTuple_FromArray,
  PyList_FromArray,
  PyType_FromSpec,
  PyBaseObject_Type,
  PyBool_FromBool,
  Py_LT,
  Py_LE,
  Py_EQ,
  Py_NE,
  Py_GT,
  METH_NOARGS,
  METH_O,
  METH_FASTCALL,
  METH_KEYWORDS,
  METH_CLASS,
  METH_STATIC,
  Py_TPFLAGS_BASETYPE,
  Py_TPFLAGS_BYTES_SUBCLASS,
  HeapInstance,
  InstanceDict,
} from "./object";
import { PyErr_SetString, PyErr_ExceptionMatches } from "../Python/errors";
import { MSG } from "../Python/messages";
import * as exc from "./exceptions";
import * as abstract from "./abstract";
import { bytes_repr } from "./unicode_repr";
import { PyArg_UnpackKeywords, PyArg_CheckPositional } from "../Python/getargs";
import * as SL from "./stringlib/stringlib";
import { isSlice, sliceIndex, sliceIndices } from "./stringlib/slice";
import * as codecs from "../Python/codecs";
import * as unicode_format from "./unicode_format";

export function bytes_hash(o: PyObject): Py_hash_t {
  const b = o as PyBytes;
  if (b._hash !== -1) return b._hash;
  let h1 = 0x811c9dc5 | 0;
  let h2 = 0x2545f491 | 0;
  for (const c of b.value) {
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  let h = (h1 >>> 0) + (h2 & 0x1fffff) * 4294967296;
  if (h2 & 0x200000) h = -h;
  if (h === -1) h = -2;
  b._hash = h;
  return h;
}

/** An instance of a Python subclass of bytes. */
export class PyBytesSub extends PyBytes implements HeapInstance {
  dict: InstanceDict | null = null;
  slots: (PyObject | null)[] | null;
  constructor(type: PyTypeObject, value: Uint8Array) {
    super(value);
    this.ob_type = type;
    this.slots = type.tp_nslots ? new Array(type.tp_nslots).fill(null) : null;
  }
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

// ─────────────────────────────────────────────────────────────────────────────────────────────
// The buffer protocol, basic: a contiguous byte view of bytes, bytearray and memoryview.

/** Objects other than bytes that export bytes (bytearray, memoryview) implement this. */
export interface BytesExporter {
  bytesView(): Uint8Array;
}

/** PyObject_GetBuffer, reduced to what the core needs: the bytes, or null when o has no buffer. */
export function PyObject_GetBufferBytes(o: PyObject): Uint8Array | null {
  if (o instanceof PyBytes) return o.value;
  if (typeof o === "number") return null;
  const f = (o as unknown as Partial<BytesExporter>).bytesView;
  return typeof f === "function" ? f.call(o) : null;
}

/** A bytes-like argument, or TypeError "a bytes-like object is required, not 'T'". */
export function bytesLikeArg(o: PyObject): Uint8Array {
  const b = PyObject_GetBufferBytes(o);
  if (b === null) typeError(`a bytes-like object is required, not '${tname(o)}'`);
  return b;
}

/** A bytes object (exact type) holding a copy of... nothing: `b` is owned by the result. */
export function PyBytes_FromArray(b: Uint8Array): PyBytes {
  return new PyBytes(b);
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Construction (bytes_new and the shared conversions of bytearray.__init__)

/** Index value of one byte from an iterable item, with the range check. */
function byteFromItem(x: PyObject, msg: string): number {
  const n = typeof x === "number" ? x : abstract.PyNumber_AsSsize_t(x, null);
  if (n < 0 || n > 255) valueError(msg);
  return n;
}

/** The bytes of an iterable of ints (_PyBytes_FromIterator / list / tuple). */
export function bytesFromIterable(o: PyObject, msg: string): Uint8Array {
  const items = o instanceof PyTuple || o instanceof PyList ? o.items : abstract.PySequence_List_Array(o);
  const out = new Uint8Array(items.length);
  for (let i = 0; i < items.length; i++) out[i] = byteFromItem(items[i], msg);
  return out;
}

/** The content bytes(x) / bytearray(x) gets from one argument without encoding. */
export function bytesFromObject(x: PyObject, typeName: string, msg: string): Uint8Array {
  const buf = PyObject_GetBufferBytes(x);
  if (buf !== null) return buf.slice();
  if (x instanceof PyStr) typeError("string argument without an encoding");
  if (typeof x === "number" || x instanceof PyLong || (Py_TYPE(x).nb_index !== null)) {
    const n = abstract.PyNumber_AsSsize_t(x, exc.PyExc_OverflowError);
    if (n < 0) valueError("negative count");
    try {
      return new Uint8Array(n);
    } catch {
      PyErr_SetString(exc.PyExc_MemoryError, "");
    }
  }
  const t = Py_TYPE(x);
  if (!(x instanceof PyList) && t.tp_iter === null && !abstract.PySequence_Check(x)) typeError(`cannot convert '${t.ht_name}' object to ${typeName}`);
  return bytesFromIterable(x, msg);
}

function bytes_new(type: PyTypeObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [x, encoding, errors] = PyArg_UnpackKeywords({ fname: "bytes", names: ["source", "encoding", "errors"], required: 0 }, args, kwnames);
  let value: Uint8Array;
  if (x === null) {
    if (encoding !== null || errors !== null) typeError(encoding !== null ? "encoding without a string argument" : "errors without a string argument");
    value = new Uint8Array(0);
  } else if (encoding !== null || errors !== null) {
    if (!(x instanceof PyStr)) typeError(encoding !== null ? "encoding without a string argument" : "errors without a string argument");
    if (encoding === null) typeError("string argument without an encoding");
    if (!(encoding instanceof PyStr)) typeError(`bytes() argument 'encoding' must be str, not ${tname(encoding)}`);
    if (errors !== null && !(errors instanceof PyStr)) typeError(`bytes() argument 'errors' must be str, not ${tname(errors)}`);
    value = codecs.encode(x.value, encoding.value, errors === null ? "strict" : (errors as PyStr).value, x);
  } else {
    const f = x instanceof PyObjectBase && !(x instanceof PyBytes) ? abstract.PyObject_LookupAttr(Py_TYPE(x), "__bytes__") : undefined;
    if (f !== undefined) {
      const r = abstract.PyObject_CallMethod(x, "__bytes__", []);
      if (!(r instanceof PyBytes)) typeError(`__bytes__ returned non-bytes (type ${tname(r)})`);
      if (type === PyBytes_Type) return r;
      value = r.value;
    } else {
      if (x instanceof PyBytes && x.ob_type === PyBytes_Type && type === PyBytes_Type) return x;
      value = bytesFromObject(x, "bytes", "bytes must be in range(0, 256)");
    }
  }
  if (type === PyBytes_Type) return new PyBytes(value);
  return new PyBytesSub(type, value);
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Slots of bytes

function bytes_compare(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return a.length - b.length;
}

/** Rich comparison of two byte arrays by op. */
export function bytesCompareOp(a: Uint8Array, b: Uint8Array, op: number): PyObject {
  if ((op === Py_EQ || op === Py_NE) && a.length !== b.length) return op === Py_EQ ? Py_False : Py_True;
  const c = bytes_compare(a, b);
  const r = op === Py_LT ? c < 0 : op === Py_LE ? c <= 0 : op === Py_EQ ? c === 0 : op === Py_NE ? c !== 0 : op === Py_GT ? c > 0 : c >= 0;
  return r ? Py_True : Py_False;
}

function bytes_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!(a instanceof PyBytes) || !(b instanceof PyBytes)) return Py_NotImplemented;
  return bytesCompareOp(a.value, b.value, op);
}

function bytes_concat(a: PyObject, b: PyObject): PyObject {
  const x = PyObject_GetBufferBytes(a);
  const y = PyObject_GetBufferBytes(b);
  if (x === null || y === null) typeError(`can't concat ${tname(b)} to ${tname(a)}`);
  if (y.length === 0 && a instanceof PyBytes && a.ob_type === PyBytes_Type) return a;
  const out = new Uint8Array(x.length + y.length);
  out.set(x);
  out.set(y, x.length);
  return new PyBytes(out);
}

/** a * n over bytes (shared with bytearray). */
export function repeatBytes(v: Uint8Array, n: number): Uint8Array {
  if (n <= 0 || v.length === 0) return new Uint8Array(0);
  if (v.length * n > 2 ** 31) PyErr_SetString(exc.PyExc_MemoryError, "");
  const out = new Uint8Array(v.length * n);
  if (v.length === 1) out.fill(v[0]);
  else for (let i = 0; i < n; i++) out.set(v, i * v.length);
  return out;
}

function bytes_repeat(a: PyObject, n: number): PyObject {
  const b = a as PyBytes;
  if (n === 1 && b.ob_type === PyBytes_Type) return b;
  return new PyBytes(repeatBytes(b.value, n));
}

/** `x in b` over a byte array: an int byte or a bytes-like subsequence. */
export function bytesContains(v: Uint8Array, x: PyObject): boolean {
  if (typeof x === "number" || x instanceof PyLong || (x instanceof PyObjectBase && Py_TYPE(x).nb_index !== null && !(PyObject_GetBufferBytes(x)))) {
    const n = abstract.PyNumber_AsSsize_t(x, null);
    if (n < 0 || n > 255) valueError("byte must be in range(0, 256)");
    return v.indexOf(n) >= 0;
  }
  const sub = bytesLikeArg(x);
  return SL.find(SL.latin1(v), SL.latin1(sub), 0, v.length) >= 0;
}

function bytes_item(o: PyObject, i: number): PyObject {
  const v = (o as PyBytes).value;
  if (i < 0) i += v.length;
  if (i < 0 || i >= v.length) PyErr_SetString(exc.PyExc_IndexError, "index out of range");
  return v[i];
}

/** The bytes of a slice of v (step may be any non-zero). */
export function sliceBytes(v: Uint8Array, key: PyObjectBase): Uint8Array {
  const [start, , step, n] = sliceIndices(key, v.length);
  if (step === 1) return v.slice(start, start + n);
  const out = new Uint8Array(n);
  for (let i = 0, j = start; i < n; i++, j += step) out[i] = v[j];
  return out;
}

function bytes_subscript(o: PyObject, key: PyObject): PyObject {
  const b = o as PyBytes;
  if (typeof key === "number") return bytes_item(b, key);
  if (isSlice(key)) {
    const [start, , step, n] = sliceIndices(key as PyObjectBase, b.value.length);
    if (step === 1 && start === 0 && n === b.value.length && b.ob_type === PyBytes_Type) return b;
    return new PyBytes(sliceBytes(b.value, key as PyObjectBase));
  }
  if (abstract.PyIndex_Check(key)) return bytes_item(b, abstract.PyNumber_AsSsize_t(key, exc.PyExc_IndexError));
  typeError(`byte indices must be integers or slices, not ${tname(key)}`);
}

function bytes_mod(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyBytes)) return Py_NotImplemented;
  return new PyBytes(SL.fromLatin1(unicode_format.formatPercent(SL.latin1(a.value), b, true)));
}

// ─── iterator ──────────────────────────────────────────────────────────────────────────────────

export class PyBytesIter extends PyObjectBase {
  index = 0;
  constructor(public seq: PyObject | null, readonly view: () => Uint8Array, type: PyTypeObject) {
    super();
    this.ob_type = type;
  }
}

function bytesiter_next(o: PyObject): PyObject | undefined {
  const it = o as PyBytesIter;
  if (it.seq === null) return undefined;
  const v = it.view();
  if (it.index < v.length) return v[it.index++];
  it.seq = null;
  return undefined;
}

function bytesiter_length_hint(o: PyObject): PyObject {
  const it = o as PyBytesIter;
  return it.seq === null ? 0 : Math.max(0, it.view().length - it.index);
}

/** The iterator methods shared by bytes_iterator and bytearray_iterator. */
export const bytesIterSlots = { tp_iter: (o: PyObject) => o, tp_iternext: bytesiter_next };
export const bytesIterMethods: PyMethodDef[] = [{ name: "__length_hint__", meth: bytesiter_length_hint, flags: METH_NOARGS }];

export const PyBytesIter_Type = PyType_FromSpec({
  name: "bytes_iterator",
  base: PyBaseObject_Type,
  instanceClass: PyBytesIter,
  slots: bytesIterSlots,
  methods: bytesIterMethods,
});

// ─────────────────────────────────────────────────────────────────────────────────────────────
// The shared methods (bytes_methods.c): `view(self)` reads the bytes, `make(u8)` builds a result
// of the method's type (bytes for bytes, bytearray for bytearray).

export interface BytesKind {
  name: string;
  view: (self: PyObject) => Uint8Array;
  make: (b: Uint8Array) => PyObject;
  /** The result of a method that returns an unchanged copy: bytes may return self. */
  same: (self: PyObject) => PyObject;
}

/** The argument count check of PyArg_ParseTuple formats, in CPython's older wording. */
function checkArgCount(fname: string, n: number, min: number, max: number): void {
  if (n < min) typeError(MSG.takes_at_least_args(fname, min, n));
  if (n > max) typeError(MSG.takes_at_most_args(fname, max, n));
}

function ssizeArg(o: PyObject): number {
  if (typeof o === "number") return o;
  return abstract.PyNumber_AsSsize_t(o, exc.PyExc_OverflowError);
}

/** The sub argument of find/count/index...: a bytes-like object or an int in range(256). */
function subArg(o: PyObject): string {
  if (typeof o === "number" || o instanceof PyLong) {
    const n = abstract.PyNumber_AsSsize_t(o, null);
    if (n < 0 || n > 255) valueError("byte must be in range(0, 256)");
    return String.fromCharCode(n);
  }
  const b = PyObject_GetBufferBytes(o);
  if (b !== null) return SL.latin1(b);
  if (Py_TYPE(o).nb_index !== null) return subArg(abstract.PyNumber_Index(o));
  typeError(`argument should be integer or bytes-like object, not '${tname(o)}'`);
}

function findArgs(fname: string, v: Uint8Array, args: PyObject[]): [string, number, number] {
  checkArgCount(fname, args.length, 1, 3);
  let start = args.length > 1 ? sliceIndex(args[1]) ?? 0 : 0;
  let end = args.length > 2 ? sliceIndex(args[2]) ?? v.length : v.length;
  [start, end] = SL.adjustIndices(start, end, v.length);
  return [subArg(args[0]), start, end];
}

function fillByteArg(fname: string, args: PyObject[]): string {
  if (args.length < 2) return " ";
  const f = args[1];
  const b = f instanceof PyBytes ? f.value : Py_TYPE(f).tp_name === "bytearray" ? PyObject_GetBufferBytes(f)! : null;
  if (b === null || b.length !== 1) {
    typeError(`${fname}() argument 2 must be a byte string of length 1, not ${b === null ? tname(f) : tname(f)}`);
  }
  return String.fromCharCode(b[0]);
}

function asciiMap(v: Uint8Array, f: (c: number, i: number, prev: number) => number): Uint8Array {
  const out = new Uint8Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = f(v[i], i, i > 0 ? v[i - 1] : -1);
  return out;
}

const lowerByte = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);
const upperByte = (c: number): number => (c >= 97 && c <= 122 ? c - 32 : c);

function allBytes(pred: (c: number) => boolean, emptyIs = false) {
  return (v: Uint8Array): PyObject => {
    if (v.length === 0) return PyBool_FromBool(emptyIs);
    for (let i = 0; i < v.length; i++) if (!pred(v[i])) return Py_False;
    return Py_True;
  };
}

/** bytes.hex / bytearray.hex / memoryview.hex (_Py_strhex_impl). */
export function bytesHex(v: Uint8Array, args: PyObject[], kwnames: string[] | null): PyObject {
  const [sepObj, bpsObj] = PyArg_UnpackKeywords({ fname: "hex", names: ["sep", "bytes_per_sep"], required: 0 }, args, kwnames);
  let hex = Buffer.from(v.buffer, v.byteOffset, v.length).toString("hex");
  if (sepObj === null) return PyUnicode_FromString(hex);
  let sep: string;
  if (sepObj instanceof PyStr) sep = sepObj.value;
  else {
    const b = PyObject_GetBufferBytes(sepObj);
    if (b === null) typeError(`sep must be str or bytes.`);
    sep = SL.latin1(b);
  }
  if (sep.length !== 1) valueError("sep must be length 1.");
  if (sep.charCodeAt(0) > 127) valueError("sep must be ASCII.");
  const bps = bpsObj === null ? 1 : ssizeArg(bpsObj);
  if (bps === 0 || v.length === 0) return PyUnicode_FromString(hex);
  const group = Math.abs(bps) * 2;
  const parts: string[] = [];
  if (bps > 0) {
    let end = hex.length;
    while (end > 0) {
      parts.push(hex.slice(Math.max(0, end - group), end));
      end -= group;
    }
    parts.reverse();
  } else for (let i = 0; i < hex.length; i += group) parts.push(hex.slice(i, i + group));
  hex = parts.join(sep);
  return PyUnicode_FromString(hex);
}

/** bytes.fromhex's parser (_PyBytes_FromHex). */
export function fromHex(o: PyObject): Uint8Array {
  if (!(o instanceof PyStr)) typeError(`fromhex() argument must be str, not ${tname(o)}`);
  const s = o.value;
  const out: number[] = [];
  const hexVal = (c: number): number => (c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1);
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (SL.isAsciiSpace(c)) {
      i++;
      continue;
    }
    const hi = hexVal(c);
    if (hi < 0) valueError(`non-hexadecimal number found in fromhex() arg at position ${i}`);
    if (i + 1 >= s.length) valueError(`non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    const lo = hexVal(s.charCodeAt(i + 1));
    if (lo < 0) valueError(`non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(hi * 16 + lo);
    i += 2;
  }
  return Uint8Array.from(out);
}

const BYTES_WS_RUNS = /[\t-\r ]+/;

export function bytesLikeMethods(k: BytesKind): PyMethodDef[] {
  const { view, make, same } = k;
  const bin = (self: PyObject): string => SL.latin1(view(self));
  const mk = (s: string): PyObject => make(SL.fromLatin1(s));
  const list = (parts: string[]): PyObject => PyList_FromArray(parts.map(mk));

  const find = (fname: string, reverse: boolean, raise: boolean) => (self: PyObject, args: PyObject[]): PyObject => {
    const v = view(self);
    const [sub, start, end] = findArgs(fname, v, args);
    const s = SL.latin1(v);
    const r = start > v.length ? -1 : reverse ? SL.rfind(s, sub, start, end) : SL.find(s, sub, start, end);
    if (r < 0 && raise) valueError("subsection not found");
    return r;
  };

  const splitArgs = (fname: string, args: PyObject[], kwnames: string[] | null): [string | null, number] => {
    const [sepObj, maxObj] =
      kwnames === null && args.length <= 2 ? [args.length > 0 ? args[0] : null, args.length > 1 ? args[1] : null] : PyArg_UnpackKeywords({ fname, names: ["sep", "maxsplit"], required: 0 }, args, kwnames);
    let sep: string | null = null;
    if (sepObj !== null && sepObj !== Py_None) {
      sep = SL.latin1(bytesLikeArg(sepObj));
      if (sep.length === 0) valueError("empty separator");
    }
    return [sep, maxObj === null ? -1 : ssizeArg(maxObj)];
  };

  const strip = (fname: string, which: number) => (self: PyObject, args: PyObject[]): PyObject => {
    PyArg_CheckPositional(fname, args.length, 0, 1);
    const s = bin(self);
    if (args.length === 0 || args[0] === Py_None) return mk(SL.stripPred(s, which, SL.isAsciiSpace));
    return mk(SL.stripChars(s, which, SL.latin1(bytesLikeArg(args[0]))));
  };

  const padm = (fname: string, kind: "l" | "r" | "c") => (self: PyObject, args: PyObject[]): PyObject => {
    PyArg_CheckPositional(fname, args.length, 1, 2);
    const width = ssizeArg(args[0]);
    const fill = fillByteArg(fname, args);
    const v = view(self);
    if (v.length >= width) return same(self);
    const marg = width - v.length;
    const [l, r] = kind === "l" ? [0, marg] : kind === "r" ? [marg, 0] : SL.centerMargins(v.length, width);
    return mk(SL.pad(SL.latin1(v), l, r, fill));
  };

  const tailmatch = (fname: string, atEnd: boolean) => (self: PyObject, args: PyObject[]): PyObject => {
    checkArgCount(fname, args.length, 1, 3);
    const v = view(self);
    let start = args.length > 1 ? sliceIndex(args[1]) ?? 0 : 0;
    let end = args.length > 2 ? sliceIndex(args[2]) ?? v.length : v.length;
    [start, end] = SL.adjustIndices(start, end, v.length);
    const s = SL.latin1(v);
    const match = (sub: string): boolean => {
      if (start > v.length || end - start < sub.length) return false;
      return atEnd ? s.startsWith(sub, end - sub.length) : s.startsWith(sub, start);
    };
    const x = args[0];
    if (x instanceof PyTuple) {
      for (const it of x.items) {
        const b = PyObject_GetBufferBytes(it);
        if (b === null) typeError(`a bytes-like object is required, not '${tname(it)}'`);
        if (match(SL.latin1(b))) return Py_True;
      }
      return Py_False;
    }
    const b = PyObject_GetBufferBytes(x);
    if (b === null) typeError(`${fname} first arg must be bytes or a tuple of bytes, not ${tname(x)}`);
    return PyBool_FromBool(match(SL.latin1(b)));
  };

  const part = (reverse: boolean) => (self: PyObject, sepObj: PyObject): PyObject => {
    const sep = SL.latin1(bytesLikeArg(sepObj));
    if (sep.length === 0) valueError("empty separator");
    const s = bin(self);
    const [a, b, c] = reverse ? SL.rpartition(s, sep) : SL.partition(s, sep);
    if (b === "") return reverse ? PyTuple_FromArray([mk(""), mk(""), k.name === "bytes" ? same(self) : mk(c)]) : PyTuple_FromArray([k.name === "bytes" ? same(self) : mk(a), mk(""), mk("")]);
    return PyTuple_FromArray([mk(a), sepObj instanceof PyBytes && k.name === "bytes" ? sepObj : mk(b), mk(c)]);
  };

  const meths: PyMethodDef[] = [
    { name: "find", meth: find("find", false, false), flags: METH_FASTCALL },
    { name: "rfind", meth: find("rfind", true, false), flags: METH_FASTCALL },
    { name: "index", meth: find("index", false, true), flags: METH_FASTCALL },
    { name: "rindex", meth: find("rindex", true, true), flags: METH_FASTCALL },
    {
      name: "count",
      meth: (self: PyObject, args: PyObject[]) => {
        const v = view(self);
        const [sub, start, end] = findArgs("count", v, args);
        return SL.count(SL.latin1(v), sub, start, end);
      },
      flags: METH_FASTCALL,
    },
    {
      name: "split",
      meth: (self: PyObject, args: PyObject[], kw: string[] | null) => {
        const [sep, max] = splitArgs("split", args, kw);
        const s = bin(self);
        return list(sep === null ? SL.splitWhitespace(s, max, SL.isAsciiSpace, BYTES_WS_RUNS) : SL.split(s, sep, max));
      },
      flags: METH_FASTCALL | METH_KEYWORDS,
    },
    {
      name: "rsplit",
      meth: (self: PyObject, args: PyObject[], kw: string[] | null) => {
        const [sep, max] = splitArgs("rsplit", args, kw);
        const s = bin(self);
        return list(sep === null ? SL.rsplitWhitespace(s, max, SL.isAsciiSpace) : SL.rsplit(s, sep, max));
      },
      flags: METH_FASTCALL | METH_KEYWORDS,
    },
    {
      name: "splitlines",
      meth: (self: PyObject, args: PyObject[], kw: string[] | null) => {
        const [keep] = PyArg_UnpackKeywords({ fname: "splitlines", names: ["keepends"], required: 0 }, args, kw);
        return list(SL.splitlines(bin(self), keep !== null && abstract.PyObject_IsTrue(keep), SL.isBytesLinebreak));
      },
      flags: METH_FASTCALL | METH_KEYWORDS,
    },
    { name: "partition", meth: part(false), flags: METH_O },
    { name: "rpartition", meth: part(true), flags: METH_O },
    { name: "strip", meth: strip("strip", SL.BOTHSTRIP), flags: METH_FASTCALL },
    { name: "lstrip", meth: strip("lstrip", SL.LEFTSTRIP), flags: METH_FASTCALL },
    { name: "rstrip", meth: strip("rstrip", SL.RIGHTSTRIP), flags: METH_FASTCALL },
    { name: "center", meth: padm("center", "c"), flags: METH_FASTCALL },
    { name: "ljust", meth: padm("ljust", "l"), flags: METH_FASTCALL },
    { name: "rjust", meth: padm("rjust", "r"), flags: METH_FASTCALL },
    {
      name: "zfill",
      meth: (self: PyObject, w: PyObject) => {
        const width = ssizeArg(w);
        const v = view(self);
        if (v.length >= width) return same(self);
        return mk(SL.zfill(SL.latin1(v), v.length, width));
      },
      flags: METH_O,
    },
    {
      name: "expandtabs",
      meth: (self: PyObject, args: PyObject[], kw: string[] | null) => {
        const [t] = PyArg_UnpackKeywords({ fname: "expandtabs", names: ["tabsize"], required: 0 }, args, kw);
        return mk(SL.expandtabs(bin(self), t === null ? 8 : ssizeArg(t), () => true));
      },
      flags: METH_FASTCALL | METH_KEYWORDS,
    },
    {
      name: "replace",
      meth: (self: PyObject, args: PyObject[]) => {
        PyArg_CheckPositional("replace", args.length, 2, 3);
        const old = SL.latin1(bytesLikeArg(args[0]));
        const repl = SL.latin1(bytesLikeArg(args[1]));
        const count = args.length > 2 ? ssizeArg(args[2]) : -1;
        const s = bin(self);
        if (old.length === 0) return mk(SL.replaceEmpty(s.split(""), repl, count));
        const r = SL.replace(s, old, repl, count);
        return r === s ? same(self) : mk(r);
      },
      flags: METH_FASTCALL,
    },
    {
      name: "join",
      meth: (self: PyObject, iterable: PyObject) => {
        const items = abstract.PySequence_List_Array(iterable);
        const sep = view(self);
        const parts: Uint8Array[] = [];
        let total = 0;
        for (let i = 0; i < items.length; i++) {
          const b = PyObject_GetBufferBytes(items[i]);
          if (b === null) typeError(`sequence item ${i}: expected a bytes-like object, ${tname(items[i])} found`);
          parts.push(b);
          total += b.length + (i ? sep.length : 0);
        }
        const out = new Uint8Array(total);
        let p = 0;
        for (let i = 0; i < parts.length; i++) {
          if (i) {
            out.set(sep, p);
            p += sep.length;
          }
          out.set(parts[i], p);
          p += parts[i].length;
        }
        return make(out);
      },
      flags: METH_O,
    },
    { name: "startswith", meth: tailmatch("startswith", false), flags: METH_FASTCALL },
    { name: "endswith", meth: tailmatch("endswith", true), flags: METH_FASTCALL },
    {
      name: "removeprefix",
      meth: (self: PyObject, p: PyObject) => {
        const pre = SL.latin1(bytesLikeArg(p));
        const s = bin(self);
        return pre.length && s.startsWith(pre) ? mk(s.slice(pre.length)) : same(self);
      },
      flags: METH_O,
    },
    {
      name: "removesuffix",
      meth: (self: PyObject, p: PyObject) => {
        const suf = SL.latin1(bytesLikeArg(p));
        const s = bin(self);
        return suf.length && s.endsWith(suf) ? mk(s.slice(0, s.length - suf.length)) : same(self);
      },
      flags: METH_O,
    },
    { name: "lower", meth: (self: PyObject) => make(asciiMap(view(self), lowerByte)), flags: METH_NOARGS },
    { name: "upper", meth: (self: PyObject) => make(asciiMap(view(self), upperByte)), flags: METH_NOARGS },
    { name: "swapcase", meth: (self: PyObject) => make(asciiMap(view(self), (c) => (SL.isAsciiUpper(c) ? c + 32 : SL.isAsciiLower(c) ? c - 32 : c))), flags: METH_NOARGS },
    { name: "capitalize", meth: (self: PyObject) => make(asciiMap(view(self), (c, i) => (i === 0 ? upperByte(c) : lowerByte(c)))), flags: METH_NOARGS },
    {
      name: "title",
      meth: (self: PyObject) => {
        let prevCased = false;
        return make(
          asciiMap(view(self), (c) => {
            const r = prevCased ? lowerByte(c) : upperByte(c);
            prevCased = SL.isAsciiAlpha(c);
            return r;
          }),
        );
      },
      flags: METH_NOARGS,
    },
    { name: "isascii", meth: (self: PyObject) => allBytes((c) => c < 128, true)(view(self)), flags: METH_NOARGS },
    { name: "isalpha", meth: (self: PyObject) => allBytes(SL.isAsciiAlpha)(view(self)), flags: METH_NOARGS },
    { name: "isalnum", meth: (self: PyObject) => allBytes((c) => SL.isAsciiAlpha(c) || SL.isAsciiDigit(c))(view(self)), flags: METH_NOARGS },
    { name: "isdigit", meth: (self: PyObject) => allBytes(SL.isAsciiDigit)(view(self)), flags: METH_NOARGS },
    { name: "isspace", meth: (self: PyObject) => allBytes(SL.isAsciiSpace)(view(self)), flags: METH_NOARGS },
    {
      name: "islower",
      meth: (self: PyObject) => {
        const v = view(self);
        let cased = false;
        for (const c of v) {
          if (SL.isAsciiUpper(c)) return Py_False;
          if (SL.isAsciiLower(c)) cased = true;
        }
        return PyBool_FromBool(cased);
      },
      flags: METH_NOARGS,
    },
    {
      name: "isupper",
      meth: (self: PyObject) => {
        const v = view(self);
        let cased = false;
        for (const c of v) {
          if (SL.isAsciiLower(c)) return Py_False;
          if (SL.isAsciiUpper(c)) cased = true;
        }
        return PyBool_FromBool(cased);
      },
      flags: METH_NOARGS,
    },
    {
      name: "istitle",
      meth: (self: PyObject) => {
        let cased = false;
        let prev = false;
        for (const c of view(self)) {
          if (SL.isAsciiUpper(c)) {
            if (prev) return Py_False;
            prev = cased = true;
          } else if (SL.isAsciiLower(c)) {
            if (!prev) return Py_False;
            prev = cased = true;
          } else prev = false;
        }
        return PyBool_FromBool(cased);
      },
      flags: METH_NOARGS,
    },
    {
      name: "decode",
      meth: (self: PyObject, args: PyObject[], kw: string[] | null) => {
        const [e, r] = PyArg_UnpackKeywords({ fname: "decode", names: ["encoding", "errors"], required: 0 }, args, kw);
        if (e !== null && !(e instanceof PyStr)) typeError(`decode() argument 'encoding' must be str, not ${tname(e)}`);
        if (r !== null && !(r instanceof PyStr)) typeError(`decode() argument 'errors' must be str, not ${tname(r)}`);
        const v = view(self);
        return PyUnicode_FromString(codecs.decode(v, e === null ? "utf-8" : (e as PyStr).value, r === null ? "strict" : (r as PyStr).value, self instanceof PyBytes ? self : null));
      },
      flags: METH_FASTCALL | METH_KEYWORDS,
    },
    { name: "hex", meth: (self: PyObject, args: PyObject[], kw: string[] | null) => bytesHex(view(self), args, kw), flags: METH_FASTCALL | METH_KEYWORDS },
    {
      name: "fromhex",
      meth: (cls: PyObject, s: PyObject) => {
        const r = make(fromHex(s));
        return cls === Py_TYPE(r) ? r : abstract.PyObject_Vectorcall(cls, [r], null);
      },
      flags: METH_O | METH_CLASS,
    },
    {
      name: "translate",
      meth: (self: PyObject, args: PyObject[], kw: string[] | null) => {
        const [table, del] = PyArg_UnpackKeywords({ fname: "translate", names: ["", "delete"], posonly: 1, required: 1 }, args, kw);
        let t: Uint8Array | null = null;
        if (table !== Py_None) {
          t = bytesLikeArg(table!);
          if (t.length !== 256) valueError("translation table must be 256 characters long");
        }
        const d = del === null ? null : bytesLikeArg(del);
        const delset = new Uint8Array(256);
        if (d) for (const c of d) delset[c] = 1;
        const v = view(self);
        const out: number[] = [];
        for (const c of v) if (!delset[c]) out.push(t ? t[c] : c);
        if (t === null && d === null && k.name === "bytes") return same(self);
        return make(Uint8Array.from(out));
      },
      flags: METH_FASTCALL | METH_KEYWORDS,
    },
    {
      name: "maketrans",
      meth: (_n: PyObject, args: PyObject[]) => {
        PyArg_CheckPositional("maketrans", args.length, 2, 2);
        const frm = bytesLikeArg(args[0]);
        const to = bytesLikeArg(args[1]);
        if (frm.length !== to.length) valueError("maketrans arguments must have same length");
        const out = new Uint8Array(256);
        for (let i = 0; i < 256; i++) out[i] = i;
        for (let i = 0; i < frm.length; i++) out[frm[i]] = to[i];
        return new PyBytes(out);
      },
      flags: METH_FASTCALL | METH_STATIC,
    },
  ];
  return meths;
}

const bytesKind: BytesKind = {
  name: "bytes",
  view: (o) => (o as PyBytes).value,
  make: (b) => new PyBytes(b),
  same: (o) => ((o as PyBytes).ob_type === PyBytes_Type ? o : new PyBytes((o as PyBytes).value)),
};

PyType_FromSpec(
  {
    name: "bytes",
    flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_BYTES_SUBCLASS,
    instanceClass: PyBytes,
    doc: "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\nbytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized with null bytes\nbytes() -> empty bytes object\n\nConstruct an immutable array of bytes from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - any object implementing the buffer API.\n  - an integer",
    slots: {
      tp_repr: (o) => PyUnicode_FromString(bytes_repr((o as PyBytes).value)),
      tp_str: (o) => PyUnicode_FromString(bytes_repr((o as PyBytes).value)),
      tp_hash: bytes_hash,
      tp_richcompare: bytes_richcompare,
      tp_new: bytes_new,
      tp_iter: (o) => new PyBytesIter(o, () => (o as PyBytes).value, PyBytesIter_Type),
      sq_length: (o) => (o as PyBytes).value.length,
      sq_concat: bytes_concat,
      sq_repeat: bytes_repeat,
      sq_item: bytes_item,
      sq_contains: (o, x) => bytesContains((o as PyBytes).value, x),
      mp_length: (o) => (o as PyBytes).value.length,
      mp_subscript: bytes_subscript,
      nb_remainder: bytes_mod,
    },
    methods: [
      ...bytesLikeMethods(bytesKind),
      { name: "__getnewargs__", meth: (o: PyBytes) => PyTuple_FromArray([new PyBytes(o.value)]), flags: METH_NOARGS },
      { name: "__bytes__", meth: (o: PyBytes) => (o.ob_type === PyBytes_Type ? o : new PyBytes(o.value)), flags: METH_NOARGS },
    ],
  },
  PyBytes_Type,
);

void PyErr_ExceptionMatches;

// bytearray and memoryview build on the tables above: loaded once those exist (the core loads
// this file; see object.ts's module load order rule).
require("./bytearrayobject");
require("./memoryobject");
