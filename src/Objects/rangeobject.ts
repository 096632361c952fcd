// range (CPython's Objects/rangeobject.c).
//
// OWNERSHIP: the containers helper owns this file; the runtime architect wrote this first version.
import {
  PyObject,
  PyObjectBase,
  PyTypeObject,
  PyLong,
  Py_None,
  Py_NotImplemented,
  Py_True,
  Py_False,
  Py_TYPE,
  Py_hash_t,
  PyUnicode_FromString,
  PyTuple_FromArray,
  PyType_FromSpec,
  PyBaseObject_Type,
  PyBool,
  METH_O,
  METH_NOARGS,
} from "./object";
import { PyErr_SetString } from "../Python/errors";
import * as exc from "./exceptions";
import * as A from "./abstract";
import { PyLong_FromBigInt, PyLong_AsBigInt } from "./longobject";
import { PySliceObject } from "./sliceobject";
import { PyArg_NoKeywords, PyArg_CheckPositional } from "../Python/getargs";

export class PyRangeObject extends PyObjectBase {
  readonly length: bigint;
  constructor(readonly start: bigint, readonly stop: bigint, readonly step: bigint) {
    super();
    this.ob_type = PyRange_Type;
    let n = 0n;
    if (step > 0n && start < stop) n = (stop - start - 1n) / step + 1n;
    else if (step < 0n && start > stop) n = (start - stop - 1n) / -step + 1n;
    this.length = n;
  }
  item(i: bigint): bigint {
    return this.start + i * this.step;
  }
}

function toInt(o: PyObject): bigint {
  return PyLong_AsBigInt(A.PyNumber_Index(o));
}

function range_new(_t: PyTypeObject, args: PyObject[], kwnames: string[] | null): PyObject {
  PyArg_NoKeywords("range", kwnames);
  if (args.length === 0) PyErr_SetString(exc.PyExc_TypeError, "range expected at least 1 argument, got 0");
  PyArg_CheckPositional("range", args.length, 1, 3);
  if (args.length === 1) return new PyRangeObject(0n, toInt(args[0]), 1n);
  const step = args.length === 3 ? toInt(args[2]) : 1n;
  if (step === 0n) PyErr_SetString(exc.PyExc_ValueError, "range() arg 3 must not be zero");
  return new PyRangeObject(toInt(args[0]), toInt(args[1]), step);
}

function range_repr(o: PyObject): PyObject {
  const r = o as PyRangeObject;
  if (r.step === 1n) return PyUnicode_FromString(`range(${r.start}, ${r.stop})`);
  return PyUnicode_FromString(`range(${r.start}, ${r.stop}, ${r.step})`);
}

function range_length(o: PyObject): number {
  const n = (o as PyRangeObject).length;
  if (n >= 1n << 63n) PyErr_SetString(exc.PyExc_OverflowError, "Python int too large to convert to C ssize_t");
  return Number(n);
}

function range_subscript(o: PyObject, key: PyObject): PyObject {
  const r = o as PyRangeObject;
  if (key instanceof PySliceObject) {
    const n = r.length;
    const step = key.step === Py_None ? 1n : toInt(key.step);
    if (step === 0n) PyErr_SetString(exc.PyExc_ValueError, "slice step cannot be zero");
    const lower = step < 0n ? -1n : 0n;
    const upper = step < 0n ? n - 1n : n;
    const norm = (v: PyObject, dflt: bigint): bigint => {
      if (v === Py_None) return dflt;
      let x = toInt(v);
      if (x < 0n) {
        x += n;
        if (x < lower) x = lower;
      } else if (x > upper) x = upper;
      return x;
    };
    const start = norm(key.start, step < 0n ? upper : lower);
    const stop = norm(key.stop, step < 0n ? lower : upper);
    return new PyRangeObject(r.item(start), r.item(stop), r.step * step);
  }
  if (!A.PyIndex_Check(key)) PyErr_SetString(exc.PyExc_TypeError, `range indices must be integers or slices, not ${Py_TYPE(key).ht_name}`);
  let i = toInt(key);
  if (i < 0n) i += r.length;
  if (i < 0n || i >= r.length) PyErr_SetString(exc.PyExc_IndexError, "range object index out of range");
  return PyLong_FromBigInt(r.item(i));
}

function range_contains_int(r: PyRangeObject, v: bigint): boolean {
  if (r.step > 0n ? v < r.start || v >= r.stop : v > r.start || v <= r.stop) return false;
  return (v - r.start) % r.step === 0n;
}

function range_contains(o: PyObject, v: PyObject): boolean {
  const r = o as PyRangeObject;
  if (typeof v === "number" || (v instanceof PyLong && (Py_TYPE(v).tp_name === "int" || v instanceof PyBool))) return range_contains_int(r, PyLong_AsBigInt(v));
  return A._PySequence_IterSearchContains(o, v);
}

function range_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!(a instanceof PyRangeObject) || !(b instanceof PyRangeObject) || (op !== 2 && op !== 3)) return Py_NotImplemented;
  let eq: boolean;
  if (a.length !== b.length) eq = false;
  else if (a.length === 0n) eq = true;
  else if (a.start !== b.start) eq = false;
  else eq = a.length === 1n || a.step === b.step;
  return (op === 2) === eq ? Py_True : Py_False;
}

function range_hash(o: PyObject): Py_hash_t {
  const r = o as PyRangeObject;
  const len = PyLong_FromBigInt(r.length);
  const t = r.length === 0n ? [len, Py_None, Py_None] : r.length === 1n ? [len, PyLong_FromBigInt(r.start), Py_None] : [len, PyLong_FromBigInt(r.start), PyLong_FromBigInt(r.step)];
  return A.PyObject_Hash(PyTuple_FromArray(t));
}

export class PyRangeIterObject extends PyObjectBase {
  constructor(public next: number, public step: number, public left: number) {
    super();
    this.ob_type = PyRangeIter_Type;
  }
}

class PyLongRangeIterObject extends PyObjectBase {
  constructor(public next: bigint, readonly step: bigint, public left: bigint) {
    super();
    this.ob_type = PyLongRangeIter_Type;
  }
}

function rangeiter_next(o: PyObject): PyObject | undefined {
  const it = o as PyRangeIterObject;
  if (it.left <= 0) return undefined;
  const v = it.next;
  it.next += it.step;
  it.left--;
  return v;
}

const PyRangeIter_Type: PyTypeObject = PyType_FromSpec({
  name: "range_iterator",
  base: PyBaseObject_Type,
  instanceClass: PyRangeIterObject,
  slots: { tp_iter: (o) => o, tp_iternext: rangeiter_next },
  methods: [{ name: "__length_hint__", meth: (it: PyRangeIterObject) => Math.max(0, it.left), flags: METH_NOARGS }],
});

const PyLongRangeIter_Type: PyTypeObject = PyType_FromSpec({
  name: "longrange_iterator",
  base: PyBaseObject_Type,
  instanceClass: PyLongRangeIterObject,
  slots: {
    tp_iter: (o) => o,
    tp_iternext: (o) => {
      const it = o as PyLongRangeIterObject;
      if (it.left <= 0n) return undefined;
      const v = it.next;
      it.next += it.step;
      it.left--;
      return PyLong_FromBigInt(v);
    },
  },
});

function makeIter(start: bigint, step: bigint, len: bigint): PyObject {
  const last = start + (len > 0n ? (len - 1n) * step : 0n);
  const safe = (x: bigint) => x >= -9007199254740991n && x <= 9007199254740991n;
  if (safe(start) && safe(last) && safe(step) && safe(len) && safe(last + step)) return new PyRangeIterObject(Number(start), Number(step), Number(len));
  return new PyLongRangeIterObject(start, step, len);
}

export const PyRange_Type: PyTypeObject = PyType_FromSpec({
  name: "range",
  base: PyBaseObject_Type,
  instanceClass: PyRangeObject,
  slots: {
    tp_new: range_new,
    tp_repr: range_repr,
    tp_hash: range_hash,
    tp_richcompare: range_richcompare,
    tp_iter: (o) => {
      const r = o as PyRangeObject;
      return makeIter(r.start, r.step, r.length);
    },
    sq_length: range_length,
    sq_contains: range_contains,
    mp_length: range_length,
    mp_subscript: range_subscript,
    nb_bool: (o) => (o as PyRangeObject).length !== 0n,
  },
  methods: [
    {
      name: "__reversed__",
      meth: (r: PyRangeObject) => makeIter(r.start + (r.length - 1n) * r.step, -r.step, r.length),
      flags: METH_NOARGS,
    },
    {
      name: "count",
      meth: (r: PyRangeObject, v: PyObject) => {
        if (typeof v === "number" || v instanceof PyLong) return range_contains_int(r, PyLong_AsBigInt(v)) ? 1 : 0;
        let n = 0;
        for (const x of A.iterate(r)) if (A.PyObject_RichCompareBool(x, v, 2)) n++;
        return n;
      },
      flags: METH_O,
    },
    {
      name: "index",
      meth: (r: PyRangeObject, v: PyObject) => {
        if ((typeof v === "number" || v instanceof PyLong) && range_contains_int(r, PyLong_AsBigInt(v))) {
          return PyLong_FromBigInt((PyLong_AsBigInt(v) - r.start) / r.step);
        }
        if (!(typeof v === "number" || v instanceof PyLong)) {
          let i = 0;
          for (const x of A.iterate(r)) {
            if (A.PyObject_RichCompareBool(x, v, 2)) return i;
            i++;
          }
        }
        PyErr_SetString(exc.PyExc_ValueError, `${A.PyObject_ReprStr(v)} is not in range`);
      },
      flags: METH_O,
    },
    { name: "__reduce__", meth: (r: PyRangeObject) => PyTuple_FromArray([PyRange_Type, PyTuple_FromArray([r.start, r.stop, r.step].map(PyLong_FromBigInt))]), flags: METH_NOARGS },
  ],
  getsets: [
    { name: "start", get: (r: PyRangeObject) => PyLong_FromBigInt(r.start) },
    { name: "stop", get: (r: PyRangeObject) => PyLong_FromBigInt(r.stop) },
    { name: "step", get: (r: PyRangeObject) => PyLong_FromBigInt(r.step) },
  ],
});
