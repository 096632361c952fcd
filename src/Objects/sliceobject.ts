// slice (CPython's Objects/sliceobject.c).
//
// OWNERSHIP: the containers helper owns this file; the runtime architect wrote this first version
// because the eval loop (BUILD_SLICE) and list/tuple/str indexing need it.
import {
  PyObject,
  PyObjectBase,
  PyTypeObject,
  PyType_FromSpec,
  PySlice_Type,
  Py_None,
  Py_NotImplemented,
  PyUnicode_FromString,
  PyTuple_FromArray,
  PyObject_HashNotImplemented,
  METH_O,
  METH_NOARGS,
} from "./object";
import { PyErr_SetString } from "../Python/errors";
import * as exc from "./exceptions";
import * as A from "./abstract";
import { PyArg_NoKeywords, PyArg_CheckPositional } from "../Python/getargs";

export class PySliceObject extends PyObjectBase {
  constructor(readonly start: PyObject, readonly stop: PyObject, readonly step: PyObject) {
    super();
    this.ob_type = PySlice_Type;
  }
}

export function PySlice_New(start: PyObject, stop: PyObject, step: PyObject): PySliceObject {
  return new PySliceObject(start, stop, step);
}

function evalIndex(v: PyObject): number {
  if (!A.PyIndex_Check(v)) {
    PyErr_SetString(exc.PyExc_TypeError, "slice indices must be integers or None or have an __index__ method");
  }
  return A.PyNumber_AsSsize_t(v, null);
}

/** PySlice_Unpack + PySlice_AdjustIndices: [start, stop, step, slicelength] for a sequence of length n. */
export function PySlice_GetIndicesEx(s: PySliceObject, n: number): [number, number, number, number] {
  let step = 1;
  if (s.step !== Py_None) {
    step = evalIndex(s.step);
    if (step === 0) PyErr_SetString(exc.PyExc_ValueError, "slice step cannot be zero");
  }
  let start: number;
  let stop: number;
  if (s.start === Py_None) start = step < 0 ? Number.MAX_SAFE_INTEGER : 0;
  else start = evalIndex(s.start);
  if (s.stop === Py_None) stop = step < 0 ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  else stop = evalIndex(s.stop);
  if (start < 0) {
    start += n;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= n) start = step < 0 ? n - 1 : n;
  if (stop < 0) {
    stop += n;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= n) stop = step < 0 ? n - 1 : n;
  let len = 0;
  if (step < 0) {
    if (stop < start) len = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) len = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, len];
}

function slice_new(_t: PyTypeObject, args: PyObject[], kwnames: string[] | null): PyObject {
  PyArg_NoKeywords("slice", kwnames);
  PyArg_CheckPositional("slice", args.length, 1, 3);
  if (args.length === 1) return new PySliceObject(Py_None, args[0], Py_None);
  return new PySliceObject(args[0], args[1], args.length > 2 ? args[2] : Py_None);
}

function slice_indices(self: PyObject, len: PyObject): PyObject {
  const n = A.PyNumber_AsSsize_t(A.PyNumber_Index(len), exc.PyExc_OverflowError);
  if (n < 0) PyErr_SetString(exc.PyExc_ValueError, "length should not be negative");
  const [start, stop, step] = PySlice_GetIndicesEx(self as PySliceObject, n);
  return PyTuple_FromArray([start, stop, step]);
}

function slice_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!(a instanceof PySliceObject) || !(b instanceof PySliceObject)) return Py_NotImplemented;
  return A.PyObject_RichCompare(PyTuple_FromArray([a.start, a.stop, a.step]), PyTuple_FromArray([b.start, b.stop, b.step]), op);
}

PyType_FromSpec(
  {
    name: "slice",
    instanceClass: PySliceObject,
    slots: {
      tp_new: slice_new,
      tp_repr: (o) => {
        const s = o as PySliceObject;
        return PyUnicode_FromString(`slice(${A.PyObject_ReprStr(s.start)}, ${A.PyObject_ReprStr(s.stop)}, ${A.PyObject_ReprStr(s.step)})`);
      },
      tp_richcompare: slice_richcompare,
      tp_hash: PyObject_HashNotImplemented,
    },
    methods: [
      { name: "indices", meth: slice_indices, flags: METH_O },
      { name: "__reduce__", meth: (s: PySliceObject) => PyTuple_FromArray([PySlice_Type, PyTuple_FromArray([s.start, s.stop, s.step])]), flags: METH_NOARGS },
    ],
    members: [
      { name: "start", readonly: true },
      { name: "stop", readonly: true },
      { name: "step", readonly: true },
    ],
  },
  PySlice_Type,
);
