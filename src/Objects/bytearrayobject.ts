// bytearray (CPython's Objects/bytearrayobject.c): a growable byte buffer. The methods it shares
// with bytes come from bytesobject.ts's bytesLikeMethods(); here are the constructor, the
// mutating methods and the mutable sequence slots (item and slice assignment, +=, *=).
import {
  PyObject,
  PyObjectBase,
  PyTypeObject,
  PyBytes,
  PyStr,
  PyLong,
  PyList,
  PyTuple,
  Py_None,
  Py_NotImplemented,
  Py_TYPE,
  PyByteArray_Type,
  PyUnicode_FromString,
  PyTuple_FromArray,
  PyType_FromSpec,
  PyBaseObject_Type,
  PyObject_HashNotImplemented,
  METH_NOARGS,
  METH_O,
  METH_FASTCALL,
  Py_TPFLAGS_BASETYPE,
  HeapInstance,
  InstanceDict,
} from "./object";
import { PyErr_SetString } from "../Python/errors";
import * as exc from "./exceptions";
import * as abstract from "./abstract";
import { bytes_repr_body } from "./unicode_repr";
import { PyArg_UnpackKeywords, PyArg_CheckPositional } from "../Python/getargs";
import * as SL from "./stringlib/stringlib";
import { isSlice, sliceIndices } from "./stringlib/slice";
import * as B from "./bytesobject";
import * as codecs from "../Python/codecs";
import * as unicode_format from "./unicode_format";

export class PyByteArray extends PyObjectBase implements HeapInstance, B.BytesExporter {
  dict: InstanceDict | null = null;
  slots: (PyObject | null)[] | null;
  /** Storage; the content is buf[0:len]. */
  buf: Uint8Array;
  len: number;
  constructor(type: PyTypeObject, data?: Uint8Array) {
    super();
    this.ob_type = type;
    this.slots = type.tp_nslots ? new Array(type.tp_nslots).fill(null) : null;
    this.buf = data ?? new Uint8Array(0);
    this.len = this.buf.length;
  }
  bytesView(): Uint8Array {
    return this.buf.subarray(0, this.len);
  }
  /** Sets the content (takes ownership of b). */
  setValue(b: Uint8Array): void {
    this.buf = b;
    this.len = b.length;
  }
  /** Grows storage to hold n bytes (amortised). */
  reserve(n: number): void {
    if (n <= this.buf.length) return;
    const nb = new Uint8Array(Math.max(n, this.buf.length * 2, 16));
    nb.set(this.buf.subarray(0, this.len));
    this.buf = nb;
  }
}

function newByteArray(b: Uint8Array): PyByteArray {
  return new PyByteArray(PyByteArray_Type, b);
}

function view(o: PyObject): Uint8Array {
  return (o as PyByteArray).bytesView();
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

/** An int item for bytearray (_getbytevalue). */
function byteValue(o: PyObject): number {
  const n = typeof o === "number" ? o : abstract.PyNumber_AsSsize_t(o, null);
  if (n < 0 || n > 255) valueError("byte must be in range(0, 256)");
  return n;
}

function bytearray_new(type: PyTypeObject, _args: PyObject[], _kw: string[] | null): PyObject {
  return new PyByteArray(type);
}

function bytearray_init(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  const [x, encoding, errors] = PyArg_UnpackKeywords({ fname: "bytearray", names: ["source", "encoding", "errors"], required: 0 }, args, kwnames);
  const ba = self as PyByteArray;
  if (x === null) {
    if (encoding !== null || errors !== null) typeError(encoding !== null ? "encoding without a string argument" : "errors without a string argument");
    ba.setValue(new Uint8Array(0));
    return;
  }
  if (encoding !== null || errors !== null) {
    if (!(x instanceof PyStr)) typeError(encoding !== null ? "encoding without a string argument" : "errors without a string argument");
    if (encoding === null) typeError("string argument without an encoding");
    if (!(encoding instanceof PyStr)) typeError(`bytearray() argument 'encoding' must be str, not ${tname(encoding)}`);
    if (errors !== null && !(errors instanceof PyStr)) typeError(`bytearray() argument 'errors' must be str, not ${tname(errors)}`);
    ba.setValue(codecs.encode(x.value, encoding.value, errors === null ? "strict" : (errors as PyStr).value, x));
    return;
  }
  ba.setValue(B.bytesFromObject(x, "bytearray", "byte must be in range(0, 256)"));
}

function bytearray_repr(o: PyObject): PyObject {
  const name = Py_TYPE(o).ht_name;
  return PyUnicode_FromString(`${name}(b${bytes_repr_body(view(o))})`);
}

function bytearray_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  const x = B.PyObject_GetBufferBytes(a);
  const y = B.PyObject_GetBufferBytes(b);
  if (x === null || y === null) return Py_NotImplemented;
  return B.bytesCompareOp(x, y, op);
}

function bytearray_concat(a: PyObject, b: PyObject): PyObject {
  const x = B.PyObject_GetBufferBytes(a);
  const y = B.PyObject_GetBufferBytes(b);
  if (x === null || y === null) typeError(`can't concat ${tname(b)} to ${tname(a)}`);
  const out = new Uint8Array(x.length + y.length);
  out.set(x);
  out.set(y, x.length);
  return newByteArray(out);
}

function bytearray_iconcat(a: PyObject, b: PyObject): PyObject {
  const ba = a as PyByteArray;
  const y = B.PyObject_GetBufferBytes(b);
  if (y === null) typeError(`can't concat ${tname(b)} to ${tname(a)}`);
  const add = y.slice();
  ba.reserve(ba.len + add.length);
  ba.buf.set(add, ba.len);
  ba.len += add.length;
  return ba;
}

function bytearray_item(o: PyObject, i: number): PyObject {
  const v = view(o);
  if (i < 0) i += v.length;
  if (i < 0 || i >= v.length) PyErr_SetString(exc.PyExc_IndexError, "bytearray index out of range");
  return v[i];
}

function bytearray_subscript(o: PyObject, key: PyObject): PyObject {
  if (typeof key === "number") return bytearray_item(o, key);
  if (isSlice(key)) return newByteArray(B.sliceBytes(view(o), key as PyObjectBase));
  if (abstract.PyIndex_Check(key)) return bytearray_item(o, abstract.PyNumber_AsSsize_t(key, exc.PyExc_IndexError));
  typeError(`bytearray indices must be integers or slices, not ${tname(key)}`);
}

/** bytearray_ass_subscript: item and slice assignment and deletion. */
function bytearray_ass_subscript(o: PyObject, key: PyObject, value: PyObject | null): void {
  const ba = o as PyByteArray;
  const v = ba.bytesView();
  if (typeof key === "number" || (!isSlice(key) && abstract.PyIndex_Check(key))) {
    let i = typeof key === "number" ? key : abstract.PyNumber_AsSsize_t(key, exc.PyExc_IndexError);
    if (i < 0) i += v.length;
    if (i < 0 || i >= v.length) PyErr_SetString(exc.PyExc_IndexError, "bytearray index out of range");
    if (value === null) {
      const out = new Uint8Array(v.length - 1);
      out.set(v.subarray(0, i));
      out.set(v.subarray(i + 1), i);
      ba.setValue(out);
    } else ba.buf[i] = byteValue(value);
    return;
  }
  if (!isSlice(key)) typeError(`bytearray indices must be integers or slices, not ${tname(key)}`);
  let repl: Uint8Array;
  if (value === null) repl = new Uint8Array(0);
  else if (value === o) repl = v.slice();
  else {
    const b = B.PyObject_GetBufferBytes(value);
    if (b !== null) repl = b.slice();
    else if (typeof value === "number" || value instanceof PyLong || value instanceof PyStr) {
      typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    } else repl = B.bytesFromIterable(value, "byte must be in range(0, 256)");
  }
  const [start, stop, step, n] = sliceIndices(key as PyObjectBase, v.length);
  if (step === 1) {
    const hi = Math.max(start, stop);
    const out = new Uint8Array(v.length - (hi - start) + repl.length);
    out.set(v.subarray(0, start));
    out.set(repl, start);
    out.set(v.subarray(hi), start + repl.length);
    ba.setValue(out);
    return;
  }
  if (value === null) {
    const del = new Uint8Array(v.length);
    for (let i = 0, j = start; i < n; i++, j += step) del[j] = 1;
    const out: number[] = [];
    for (let i = 0; i < v.length; i++) if (!del[i]) out.push(v[i]);
    ba.setValue(Uint8Array.from(out));
    return;
  }
  if (repl.length !== n) valueError(`attempt to assign bytes of size ${repl.length} to extended slice of size ${n}`);
  for (let i = 0, j = start; i < n; i++, j += step) ba.buf[j] = repl[i];
}

function bytearray_mod(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyByteArray)) return Py_NotImplemented;
  return newByteArray(SL.fromLatin1(unicode_format.formatPercent(SL.latin1(view(a)), b, true)));
}

// ─── mutating methods ──────────────────────────────────────────────────────────────────────────

function bytearray_append(self: PyByteArray, item: PyObject): PyObject {
  const c = byteValue(item);
  self.reserve(self.len + 1);
  self.buf[self.len++] = c;
  return Py_None;
}

function bytearray_extend(self: PyByteArray, it: PyObject): PyObject {
  const b = B.PyObject_GetBufferBytes(it);
  let add: Uint8Array;
  if (b !== null) add = b.slice();
  else {
    const t = Py_TYPE(it);
    if (!(it instanceof PyList) && !(it instanceof PyTuple) && t.tp_iter === null && !abstract.PySequence_Check(it)) typeError(`can't extend bytearray with ${t.ht_name}`);
    add = B.bytesFromIterable(it, "byte must be in range(0, 256)");
  }
  self.reserve(self.len + add.length);
  self.buf.set(add, self.len);
  self.len += add.length;
  return Py_None;
}

function bytearray_insert(self: PyByteArray, args: PyObject[]): PyObject {
  PyArg_CheckPositional("insert", args.length, 2, 2);
  let i = abstract.PyNumber_AsSsize_t(args[0], exc.PyExc_OverflowError);
  const c = byteValue(args[1]);
  const n = self.len;
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  }
  if (i > n) i = n;
  self.reserve(n + 1);
  self.buf.copyWithin(i + 1, i, n);
  self.buf[i] = c;
  self.len++;
  return Py_None;
}

function bytearray_pop(self: PyByteArray, args: PyObject[]): PyObject {
  PyArg_CheckPositional("pop", args.length, 0, 1);
  const n = self.len;
  if (n === 0) PyErr_SetString(exc.PyExc_IndexError, "pop from empty bytearray");
  let i = args.length ? abstract.PyNumber_AsSsize_t(args[0], exc.PyExc_OverflowError) : -1;
  if (i < 0) i += n;
  if (i < 0 || i >= n) PyErr_SetString(exc.PyExc_IndexError, "pop index out of range");
  const c = self.buf[i];
  self.buf.copyWithin(i, i + 1, n);
  self.len--;
  return c;
}

function bytearray_remove(self: PyByteArray, value: PyObject): PyObject {
  const c = byteValue(value);
  const v = self.bytesView();
  const i = v.indexOf(c);
  if (i < 0) valueError("value not found in bytearray");
  self.buf.copyWithin(i, i + 1, self.len);
  self.len--;
  return Py_None;
}

/** _common_reduce: latin-1 text for protocols below 3, bytes from 3 on. */
function bytearray_reduce(o: PyByteArray, proto: number): PyObject {
  const d = o.dict ?? Py_None;
  const v = o.bytesView();
  if (proto < 3) {
    const text = PyUnicode_FromString(SL.latin1(v));
    return PyTuple_FromArray([Py_TYPE(o), PyTuple_FromArray([text, PyUnicode_FromString("latin-1")]), d]);
  }
  return PyTuple_FromArray([Py_TYPE(o), v.length ? PyTuple_FromArray([new PyBytes(v.slice())]) : PyTuple_FromArray([]), d]);
}

const kind: B.BytesKind = {
  name: "bytearray",
  view,
  make: newByteArray,
  same: (o) => newByteArray(view(o).slice()),
};

export const PyByteArrayIter_Type = PyType_FromSpec({
  name: "bytearray_iterator",
  base: PyBaseObject_Type,
  instanceClass: B.PyBytesIter,
  slots: B.bytesIterSlots,
  methods: B.bytesIterMethods,
});

PyType_FromSpec(
  {
    name: "bytearray",
    flags: Py_TPFLAGS_BASETYPE,
    instanceClass: PyByteArray,
    doc: "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\nbytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by the parameter initialized with null bytes\nbytearray() -> empty bytes array\n\nConstruct a mutable bytearray object from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - a bytes or a buffer object\n  - any object implementing the buffer API.\n  - an integer",
    slots: {
      tp_repr: bytearray_repr,
      tp_str: bytearray_repr,
      tp_hash: PyObject_HashNotImplemented,
      tp_richcompare: bytearray_richcompare,
      tp_new: bytearray_new,
      tp_init: bytearray_init,
      tp_iter: (o) => new B.PyBytesIter(o, () => view(o), PyByteArrayIter_Type),
      sq_length: (o) => (o as PyByteArray).len,
      sq_concat: bytearray_concat,
      sq_repeat: (o, n) => newByteArray(B.repeatBytes(view(o), n)),
      sq_item: bytearray_item,
      sq_contains: (o, x) => B.bytesContains(view(o), x),
      sq_inplace_concat: bytearray_iconcat,
      sq_inplace_repeat: (o, n) => {
        (o as PyByteArray).setValue(B.repeatBytes(view(o), n));
        return o;
      },
      mp_length: (o) => (o as PyByteArray).len,
      mp_subscript: bytearray_subscript,
      mp_ass_subscript: bytearray_ass_subscript,
      nb_remainder: bytearray_mod,
    },
    methods: [
      ...B.bytesLikeMethods(kind),
      { name: "append", meth: bytearray_append, flags: METH_O },
      { name: "extend", meth: bytearray_extend, flags: METH_O },
      { name: "insert", meth: bytearray_insert, flags: METH_FASTCALL },
      { name: "pop", meth: bytearray_pop, flags: METH_FASTCALL },
      { name: "remove", meth: bytearray_remove, flags: METH_O },
      {
        name: "clear",
        meth: (o: PyByteArray) => {
          o.setValue(new Uint8Array(0));
          return Py_None;
        },
        flags: METH_NOARGS,
      },
      { name: "copy", meth: (o: PyByteArray) => newByteArray(o.bytesView().slice()), flags: METH_NOARGS },
      {
        name: "reverse",
        meth: (o: PyByteArray) => {
          o.bytesView().reverse();
          return Py_None;
        },
        flags: METH_NOARGS,
      },
      { name: "__alloc__", meth: (o: PyByteArray) => (o.len === 0 ? 0 : Math.max(o.buf.length, o.len + 1)), flags: METH_NOARGS },
      { name: "__sizeof__", meth: (o: PyByteArray) => 56 + (o.len === 0 ? 0 : Math.max(o.buf.length, o.len + 1)), flags: METH_NOARGS },
      { name: "__reduce__", meth: (o: PyByteArray) => bytearray_reduce(o, 2), flags: METH_NOARGS },
      { name: "__reduce_ex__", meth: (o: PyByteArray, proto: PyObject) => bytearray_reduce(o, abstract.PyNumber_AsSsize_t(proto, exc.PyExc_OverflowError)), flags: METH_O },
    ],
  },
  PyByteArray_Type,
);

void PyBytes;
