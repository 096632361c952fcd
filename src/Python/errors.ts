// Raising Python exceptions from native code (CPython's Python/errors.c).
//
// A Python exception is thrown as the exception object itself (PyBaseException from
// src/Objects/exceptions.ts, not a JS Error). Native code raises with one of:
//
//   PyErr_SetString(PyExc_TypeError, MSG.not_callable(tname))   // throws; returns never
//   PyErr_Format(PyExc_ValueError, MSG.int_invalid_literal(10, r))
//   throw PyErr_NewException(PyExc_KeyError, [key])              // when args are objects
//
// and tests for a Python exception with `isPyException(e)` / `PyErr_ExceptionMatches(e, T)`.
// A JS exception that is not a Python one (a bug in Taipan, a RangeError from a JS stack
// overflow) becomes a Python exception at the boundary where it is caught: `PyErr_FromJS(e)`
// turns it into SystemError("internal error in Taipan: ...") (RecursionError for stack
// overflows), so the user sees a Python traceback of where it happened, never a JS stack.
import {
  PyObject,
  PyTypeObject,
  Py_TYPE,
  PyStr,
  PyTuple,
  PyUnicode_FromString,
  PyTuple_FromArray,
  Py_TPFLAGS_HEAPTYPE,
} from "../Objects/object";
import * as exc from "../Objects/exceptions";
import { MSG } from "./messages";

export { MSG };

/** The exception instance of `type` with `args` (PyErr_SetObject's normalisation). */
export function PyErr_NewException(type: PyTypeObject, args: PyObject[]): exc.PyBaseException {
  if ((type.tp_flags & Py_TPFLAGS_HEAPTYPE) === 0 && type.tp_new === exc.BaseException_new) {
    const e = exc.BaseException_new(type, args, null) as exc.PyBaseException;
    exc.callExceptionInit(e, args);
    return e;
  }
  // A Python class (or a type with its own __new__): call it as Python would.
  const r = exc.callExceptionType(type, args);
  return r;
}

/** PyErr_SetString: raise `type(msg)`. */
export function PyErr_SetString(type: PyTypeObject, msg: string): never {
  throw PyErr_NewException(type, [PyUnicode_FromString(msg)]);
}

/** PyErr_Format: as PyErr_SetString, with the message already formatted (see messages.ts). */
export function PyErr_Format(type: PyTypeObject, msg: string): never {
  throw PyErr_NewException(type, [PyUnicode_FromString(msg)]);
}

/** PyErr_SetObject: raise `type(value)`, or `value` itself when it is already an instance. */
export function PyErr_SetObject(type: PyTypeObject, value: PyObject): never {
  if (value instanceof exc.PyBaseException && exc.PyType_IsSubtypeFast(Py_TYPE(value), type)) throw value;
  const args = value instanceof PyTuple ? value.items : [value];
  throw PyErr_NewException(type, args);
}

/** PyErr_NoMemory */
export function PyErr_NoMemory(): never {
  throw PyErr_NewException(exc.PyExc_MemoryError, []);
}

/** PyErr_BadInternalCall: a native function was called wrongly by native code. */
export function PyErr_BadInternalCall(where = "bad argument to internal function"): never {
  PyErr_SetString(exc.PyExc_SystemError, where);
}

/** Whether a caught JS value is a Python exception. */
export function isPyException(e: unknown): e is exc.PyBaseException {
  return e instanceof exc.PyBaseException;
}

/** PyErr_GivenExceptionMatches for a caught value and one exception type. */
export function PyErr_ExceptionMatches(e: unknown, type: PyTypeObject): e is exc.PyBaseException {
  return e instanceof exc.PyBaseException && exc.PyType_IsSubtypeFast(e.ob_type, type);
}

/** A caught JS value as a Python exception (internal errors become SystemError/RecursionError). */
export function PyErr_FromJS(e: unknown): exc.PyBaseException {
  if (e instanceof exc.PyBaseException) return e;
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return PyErr_NewException(exc.PyExc_RecursionError, [PyUnicode_FromString(MSG.recursion_exceeded())]);
  }
  const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const r = PyErr_NewException(exc.PyExc_SystemError, [PyUnicode_FromString(MSG.internal_error(what))]);
  // Kept for `taipan -X dev` style debugging; never printed in a normal traceback.
  r.jsError = e;
  return r;
}

/** The message str of an exception raised from native code (for tests). */
export function exceptionMessage(e: exc.PyBaseException): string {
  const a = e.args.items;
  return a.length === 1 && a[0] instanceof PyStr ? a[0].value : "";
}

export function newArgs(...items: PyObject[]): PyTuple {
  return PyTuple_FromArray(items);
}
