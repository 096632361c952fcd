// memoryview, basic (CPython's Objects/memoryobject.c): one-dimensional views of format 'B'
// over bytes, bytearray or another memoryview, with slicing (any step), item access and
// assignment on writable views, tobytes/tolist/hex/release, and the context-manager protocol.
//
// Difference from CPython: a bytearray is not locked against resizing while a view of it exists
// (CPython raises BufferError on resize; without reference counting a forgotten view would lock
// it forever). A view reads its object's current storage at each access instead.
import {
  PyObject,
  PyObjectBase,
  PyTypeObject,
  PyBytes,
  PyStr,
  Py_None,
  Py_NotImplemented,
  Py_True,
  Py_False,
  Py_TYPE,
  Py_hash_t,
  Py_EQ,
  Py_NE,
  PyUnicode_FromString,
  PyTuple_FromArray,
  PyList_FromArray,
  PyType_FromSpec,
  PyBaseObject_Type,
  METH_NOARGS,
  METH_FASTCALL,
  METH_KEYWORDS,
} from "./object";
import { PyErr_SetString } from "../Python/errors";
import * as exc from "./exceptions";
import * as abstract from "./abstract";
import { PyArg_UnpackKeywords } from "../Python/getargs";
import { isSlice, sliceIndices } from "./stringlib/slice";
import * as B from "./bytesobject";

export class PyMemoryView extends PyObjectBase implements B.BytesExporter {
  released = false;
  _hash: Py_hash_t | null = null;
  constructor(
    /** The exporting object (bytes, bytearray). */
    readonly obj: PyObject,
    readonly start: number,
    readonly length: number,
    readonly step: number,
    readonly readonly_: boolean,
    /** The item format: one of the one-byte formats 'B', 'b', 'c', '?'. */
    readonly fmt: string = "B",
  ) {
    super();
    this.ob_type = PyMemoryView_Type;
  }
  /** The bytes seen through the view (a copy when the step is not 1). */
  bytesView(): Uint8Array {
    checkReleased(this);
    const base = B.PyObject_GetBufferBytes(this.obj)!;
    if (this.step === 1) return base.subarray(this.start, this.start + this.length);
    const out = new Uint8Array(this.length);
    for (let i = 0, j = this.start; i < this.length; i++, j += this.step) out[i] = base[j];
    return out;
  }
}

function checkReleased(m: PyMemoryView): void {
  if (m.released) PyErr_SetString(exc.PyExc_ValueError, "operation forbidden on released memoryview object");
}

function tname(o: PyObject): string {
  return Py_TYPE(o).ht_name;
}

/** PyMemoryView_FromObject */
export function PyMemoryView_FromObject(o: PyObject): PyMemoryView {
  if (o instanceof PyMemoryView) {
    checkReleased(o);
    return new PyMemoryView(o.obj, o.start, o.length, o.step, o.readonly_, o.fmt);
  }
  const b = B.PyObject_GetBufferBytes(o);
  if (b === null) PyErr_SetString(exc.PyExc_TypeError, `memoryview: a bytes-like object is required, not '${tname(o)}'`);
  return new PyMemoryView(o, 0, b.length, 1, o instanceof PyBytes);
}

function memory_new(_type: PyTypeObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [o] = PyArg_UnpackKeywords({ fname: "memoryview", names: ["object"], required: 1 }, args, kwnames);
  return PyMemoryView_FromObject(o!);
}

function memory_item(o: PyObject, i: number): PyObject {
  const m = o as PyMemoryView;
  checkReleased(m);
  if (i < 0) i += m.length;
  if (i < 0 || i >= m.length) PyErr_SetString(exc.PyExc_IndexError, "index out of bounds on dimension 1");
  return unpackItem(m.fmt, B.PyObject_GetBufferBytes(m.obj)![m.start + i * m.step]);
}

/** One item of a one-byte format as a Python value (struct's unpack of that format). */
function unpackItem(fmt: string, b: number): PyObject {
  switch (fmt.length === 2 ? fmt[1] : fmt) {
    case "b":
      return b > 127 ? b - 256 : b;
    case "c":
      return new PyBytes(Uint8Array.of(b));
    case "?":
      return b !== 0 ? Py_True : Py_False;
    default:
      return b;
  }
}

/** The byte for a value stored through a view of a one-byte format (pack_single). */
function packItem(format: string, value: PyObject): number {
  const fmt = format.length === 2 ? format[1] : format;
  if (fmt === "c") {
    if (!(value instanceof PyBytes)) PyErr_SetString(exc.PyExc_TypeError, `memoryview: invalid type for format '${format}'`);
    if (value.value.length !== 1) PyErr_SetString(exc.PyExc_ValueError, `memoryview: invalid value for format '${format}'`);
    return value.value[0];
  }
  if (fmt === "?") return abstract.PyObject_IsTrue(value) ? 1 : 0;
  if (!(typeof value === "number" || Py_TYPE(value).nb_index !== null)) {
    PyErr_SetString(exc.PyExc_TypeError, `memoryview: invalid type for format '${format}'`);
  }
  const n = abstract.PyNumber_AsSsize_t(value, null);
  const [lo, hi] = fmt === "b" ? [-128, 127] : [0, 255];
  if (n < lo || n > hi) PyErr_SetString(exc.PyExc_ValueError, `memoryview: invalid value for format '${format}'`);
  return n & 0xff;
}

const ONE_BYTE_FORMATS = new Set(["B", "b", "c", "?"]);
const NATIVE_FORMATS = new Set(["B", "b", "c", "?", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "f", "d", "e", "P"]);

/** memoryview.cast(format) for the one-byte formats (1-D views). */
function memory_cast(m: PyMemoryView, args: PyObject[], kwnames: string[] | null): PyObject {
  checkReleased(m);
  const [fmtObj, shape] = PyArg_UnpackKeywords({ fname: "cast", names: ["format", "shape"], required: 1 }, args, kwnames);
  if (!(fmtObj instanceof PyStr)) PyErr_SetString(exc.PyExc_TypeError, `cast() argument 'format' must be str, not ${tname(fmtObj!)}`);
  const given = fmtObj.value;
  const f = given.startsWith("@") ? given.slice(1) : given;
  if (!NATIVE_FORMATS.has(f)) {
    PyErr_SetString(exc.PyExc_ValueError, "memoryview: destination format must be a native single character format prefixed with an optional '@'");
  }
  if (!(m.step === 1 || m.length <= 1)) PyErr_SetString(exc.PyExc_TypeError, "memoryview: casts are restricted to C-contiguous views");
  const cur = m.fmt.length === 2 ? m.fmt[1] : m.fmt;
  if (cur !== "B" && cur !== "b" && cur !== "c" && !ONE_BYTE_FORMATS.has(f)) {
    PyErr_SetString(exc.PyExc_TypeError, "memoryview: cannot cast between two non-byte formats");
  }
  if (!ONE_BYTE_FORMATS.has(f) || (shape !== null && shape !== Py_None)) {
    PyErr_SetString(exc.PyExc_NotImplementedError, "memoryview.cast: Taipan's memoryview supports one-byte formats and 1-D shapes only");
  }
  return new PyMemoryView(m.obj, m.start, m.length, 1, m.readonly_, given);
}

function memory_subscript(o: PyObject, key: PyObject): PyObject {
  const m = o as PyMemoryView;
  checkReleased(m);
  if (typeof key === "number") return memory_item(m, key);
  if (isSlice(key)) {
    const [start, , step, n] = sliceIndices(key as PyObjectBase, m.length);
    return new PyMemoryView(m.obj, m.start + start * m.step, n, m.step * step, m.readonly_, m.fmt);
  }
  if (abstract.PyIndex_Check(key)) return memory_item(m, abstract.PyNumber_AsSsize_t(key, exc.PyExc_IndexError));
  PyErr_SetString(exc.PyExc_TypeError, "memoryview: invalid slice key");
}

function memory_ass_subscript(o: PyObject, key: PyObject, value: PyObject | null): void {
  const m = o as PyMemoryView;
  checkReleased(m);
  if (m.readonly_) PyErr_SetString(exc.PyExc_TypeError, "cannot modify read-only memory");
  if (value === null) PyErr_SetString(exc.PyExc_TypeError, "cannot delete memory");
  const base = B.PyObject_GetBufferBytes(m.obj)!;
  if (typeof key === "number" || (!isSlice(key) && abstract.PyIndex_Check(key))) {
    let i = typeof key === "number" ? key : abstract.PyNumber_AsSsize_t(key, exc.PyExc_IndexError);
    if (i < 0) i += m.length;
    if (i < 0 || i >= m.length) PyErr_SetString(exc.PyExc_IndexError, "index out of bounds on dimension 1");
    base[m.start + i * m.step] = packItem(m.fmt, value);
    return;
  }
  if (!isSlice(key)) PyErr_SetString(exc.PyExc_TypeError, "memoryview: invalid slice key");
  const src = B.PyObject_GetBufferBytes(value);
  if (src === null) PyErr_SetString(exc.PyExc_TypeError, `a bytes-like object is required, not '${tname(value)}'`);
  const [start, , step, n] = sliceIndices(key as PyObjectBase, m.length);
  if (src.length !== n) PyErr_SetString(exc.PyExc_ValueError, "memoryview assignment: lvalue and rvalue have different structures");
  const copy = src.slice();
  for (let i = 0, j = start; i < n; i++, j += step) base[m.start + j * m.step] = copy[i];
}

function memory_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (op !== Py_EQ && op !== Py_NE) return Py_NotImplemented;
  const m = a as PyMemoryView;
  if (m.released || (b instanceof PyMemoryView && b.released)) {
    const same = a === b;
    return (op === Py_EQ) === same ? Py_True : Py_False;
  }
  const y = B.PyObject_GetBufferBytes(b);
  if (y === null) return Py_NotImplemented;
  return B.bytesCompareOp(m.bytesView(), y, op);
}

function memory_hash(o: PyObject): Py_hash_t {
  const m = o as PyMemoryView;
  if (m._hash !== null) return m._hash;
  checkReleased(m);
  if (!m.readonly_) PyErr_SetString(exc.PyExc_ValueError, "cannot hash writable memoryview object");
  m._hash = B.bytes_hash(new PyBytes(m.bytesView().slice()));
  return m._hash;
}

function memory_repr(o: PyObject): PyObject {
  const m = o as PyMemoryView;
  return PyUnicode_FromString(`<${m.released ? "released " : ""}memory at ${abstract.addressOf(m)}>`);
}

function memory_tobytes(m: PyMemoryView, args: PyObject[], kwnames: string[] | null): PyObject {
  const [order] = PyArg_UnpackKeywords({ fname: "tobytes", names: ["order"], required: 0 }, args, kwnames);
  if (order !== null && order !== Py_None) {
    const s = abstract.PyObject_StrStr(order);
    if (s !== "C" && s !== "F" && s !== "A") PyErr_SetString(exc.PyExc_ValueError, "order must be 'C', 'F' or 'A'");
  }
  return new PyBytes(m.bytesView().slice());
}

function memory_tolist(m: PyMemoryView): PyObject {
  return PyList_FromArray(Array.from(m.bytesView(), (b) => unpackItem(m.fmt, b)));
}

function memory_release(m: PyMemoryView): PyObject {
  m.released = true;
  return Py_None;
}

function memory_exit(m: PyMemoryView, _args: PyObject[]): PyObject {
  m.released = true;
  return Py_None;
}

function ro(getter: (m: PyMemoryView) => PyObject) {
  return (m: PyMemoryView): PyObject => {
    checkReleased(m);
    return getter(m);
  };
}

export const PyMemoryIter_Type = PyType_FromSpec({
  name: "memory_iterator",
  base: PyBaseObject_Type,
  instanceClass: B.PyBytesIter,
  slots: B.bytesIterSlots,
  methods: B.bytesIterMethods,
});

export const PyMemoryView_Type: PyTypeObject = PyType_FromSpec({
  name: "memoryview",
  base: PyBaseObject_Type,
  instanceClass: PyMemoryView,
  doc: "Create a new memoryview object which references the given object.",
  slots: {
    tp_repr: memory_repr,
    tp_hash: memory_hash,
    tp_richcompare: memory_richcompare,
    tp_new: memory_new,
    tp_iter: (o) => {
      const m = o as PyMemoryView;
      checkReleased(m);
      if (m.fmt !== "B" && m.fmt !== "@B") return abstract.PyObject_GetIter(PyTuple_FromArray(Array.from(m.bytesView(), (b) => unpackItem(m.fmt, b))));
      return new B.PyBytesIter(m, () => m.bytesView(), PyMemoryIter_Type);
    },
    sq_length: (o) => {
      checkReleased(o as PyMemoryView);
      return (o as PyMemoryView).length;
    },
    sq_item: memory_item,
    mp_length: (o) => {
      checkReleased(o as PyMemoryView);
      return (o as PyMemoryView).length;
    },
    mp_subscript: memory_subscript,
    mp_ass_subscript: memory_ass_subscript,
  },
  methods: [
    { name: "tobytes", meth: memory_tobytes, flags: METH_FASTCALL | METH_KEYWORDS },
    { name: "tolist", meth: memory_tolist, flags: METH_NOARGS },
    { name: "cast", meth: memory_cast, flags: METH_FASTCALL | METH_KEYWORDS },
    { name: "hex", meth: (m: PyMemoryView, a: PyObject[], k: string[] | null) => B.bytesHex(m.bytesView(), a, k), flags: METH_FASTCALL | METH_KEYWORDS },
    { name: "release", meth: memory_release, flags: METH_NOARGS },
    { name: "toreadonly", meth: (m: PyMemoryView) => (checkReleased(m), new PyMemoryView(m.obj, m.start, m.length, m.step, true, m.fmt)), flags: METH_NOARGS },
    { name: "__enter__", meth: (m: PyMemoryView) => (checkReleased(m), m), flags: METH_NOARGS },
    { name: "__exit__", meth: memory_exit, flags: METH_FASTCALL },
  ],
  getsets: [
    { name: "obj", get: ro((m) => m.obj) },
    { name: "nbytes", get: ro((m) => m.length) },
    { name: "readonly", get: ro((m) => (m.readonly_ ? Py_True : Py_False)) },
    { name: "itemsize", get: ro(() => 1) },
    { name: "format", get: ro((m) => PyUnicode_FromString(m.fmt)) },
    { name: "ndim", get: ro(() => 1) },
    { name: "shape", get: ro((m) => PyTuple_FromArray([m.length])) },
    { name: "strides", get: ro((m) => PyTuple_FromArray([m.step])) },
    { name: "suboffsets", get: ro(() => PyTuple_FromArray([])) },
    { name: "c_contiguous", get: ro((m) => (m.step === 1 || m.length <= 1 ? Py_True : Py_False)) },
    { name: "f_contiguous", get: ro((m) => (m.step === 1 || m.length <= 1 ? Py_True : Py_False)) },
    { name: "contiguous", get: ro((m) => (m.step === 1 || m.length <= 1 ? Py_True : Py_False)) },
  ],
});
