// Slice indices for the sequence types of this folder (CPython's PySlice_Unpack and
// PySlice_AdjustIndices from Objects/sliceobject.c, and _PyEval_SliceIndex from ceval.c).
// A slice object carries `start`, `stop` and `step` fields, as CPython's PySliceObject does.
import { PyObject, PyObjectBase, Py_None, Py_TYPE, PySlice_Type } from "../object";
import { PyErr_SetString } from "../../Python/errors";
import * as exc from "../exceptions";
import * as abstract from "../abstract";

const PY_SSIZE_T_MAX = 2 ** 63 - 1;
const PY_SSIZE_T_MIN = -(2 ** 63);

interface SliceFields {
  start: PyObject;
  stop: PyObject;
  step: PyObject;
}

export function isSlice(o: PyObject): boolean {
  return typeof o !== "number" && o.ob_type === PySlice_Type;
}

/** _PyEval_SliceIndex: an index from a slice bound or a start/end argument (clamped); null for None. */
export function sliceIndex(o: PyObject): number | null {
  if (typeof o === "number") return o;
  if (o === Py_None) return null;
  if (!abstract.PyIndex_Check(o)) {
    PyErr_SetString(exc.PyExc_TypeError, "slice indices must be integers or None or have an __index__ method");
  }
  return abstract.PyNumber_AsSsize_t(o, null);
}

/** PySlice_Unpack + PySlice_AdjustIndices: [start, stop, step, slicelength] for a sequence of `len`. */
export function sliceIndices(key: PyObjectBase, len: number): [number, number, number, number] {
  const s = key as unknown as SliceFields;
  let step = 1;
  if (s.step !== Py_None) {
    step = sliceIndex(s.step)!;
    if (step === 0) PyErr_SetString(exc.PyExc_ValueError, "slice step cannot be zero");
    if (step < -PY_SSIZE_T_MAX) step = -PY_SSIZE_T_MAX;
  }
  let start = s.start === Py_None ? (step < 0 ? PY_SSIZE_T_MAX : 0) : sliceIndex(s.start)!;
  let stop = s.stop === Py_None ? (step < 0 ? PY_SSIZE_T_MIN : PY_SSIZE_T_MAX) : sliceIndex(s.stop)!;
  if (start < 0) {
    start += len;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= len) start = step < 0 ? len - 1 : len;
  if (stop < 0) {
    stop += len;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= len) stop = step < 0 ? len - 1 : len;
  let n = 0;
  if (step < 0) {
    if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) n = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, n];
}

void Py_TYPE;
