// Interpreter start-up (CPython's Python/pylifecycle.c): load every runtime module, then ready
// every static type (PyType_Ready: MRO, dict of wrappers and descriptors, inherited slots).
import {
  staticTypes,
  PyTypeObject,
  PyBaseObject_Type,
  PyType_Type,
  PyLong_Type,
  PyBool_Type,
  PyFloat_Type,
  PyUnicode_Type,
  PyBytes_Type,
  PyTuple_Type,
  PyList_Type,
  PyDict_Type,
  PySet_Type,
  PyFrozenSet_Type,
  PySlice_Type,
  PyByteArray_Type,
  PyNone_Type,
  PyNotImplemented_Type,
  PyEllipsis_Type,
} from "../Objects/object";
import { PyType_Ready, readyStaticTypes } from "../Objects/typeobject";
import "../Objects/exceptions";
import "../Objects/abstract";
import "../Objects/longobject";
import "../Objects/boolobject";
import "../Objects/floatobject";
import "../Objects/unicodeobject";
import "../Objects/tupleobject";
import "../Objects/bytesobject";
import "../Objects/dictobject";
import "../Objects/descrobject";
import "../Objects/methodobject";
import "../Objects/funcobject";
import "../Objects/classobject";
import "../Objects/cellobject";
import "../Objects/iterobject";
import "../Objects/sliceobject";
import "../Objects/listobject";
import "../Objects/setobject";
import "../Objects/rangeobject";
import "../Objects/enumobject";
import "../Objects/complexobject";
import "../Objects/genericaliasobject";
import "../Objects/unionobject";
import "../Objects/moduleobject";
import "../Objects/frameobject";
import "../Objects/genobject";
import "../Objects/codeobject_type";
import "./traceback";

let initialized = false;

/** The core types every program needs, readied first and in this order. */
const CORE: PyTypeObject[] = [
  PyBaseObject_Type, PyType_Type, PyLong_Type, PyBool_Type, PyFloat_Type, PyUnicode_Type, PyBytes_Type,
  PyTuple_Type, PyList_Type, PyDict_Type, PySet_Type, PyFrozenSet_Type, PySlice_Type, PyByteArray_Type, PyNone_Type, PyNotImplemented_Type, PyEllipsis_Type,
];

/** Py_Initialize: idempotent. */
export function Py_Initialize(): void {
  if (initialized) return;
  initialized = true;
  for (const t of CORE) PyType_Ready(t);
  readyStaticTypes();
  void staticTypes;
}
