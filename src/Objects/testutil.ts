// Helpers for unit tests of the runtime: evaluate a thunk to "repr" or "Type: message", the way
// scripts/lib/cpython_eval.ts reports CPython's results, so both can be compared.
import { PyObject, PyFloat, PyStr, PyUnicode_FromString, PyTuple_FromArray, Py_TYPE } from "./object";
import { Py_Initialize } from "../Python/pylifecycle";
import * as A from "./abstract";
import { PyLong_FromBigInt } from "./longobject";
import { PyBaseException } from "./exceptions";

Py_Initialize();

export function I(v: number | bigint): PyObject {
  return typeof v === "number" ? v : PyLong_FromBigInt(v);
}
export function F(x: number): PyObject {
  return new PyFloat(x);
}
export function S(s: string): PyStr {
  return PyUnicode_FromString(s);
}
export function T(...items: PyObject[]): PyObject {
  return PyTuple_FromArray(items);
}

/** repr of the thunk's result, or "Type: str(exc)" when it raises a Python exception. */
export function outcome(thunk: () => PyObject): string {
  try {
    return A.PyObject_ReprStr(thunk());
  } catch (e) {
    if (e instanceof PyBaseException) return `${Py_TYPE(e).ht_name}: ${A.PyObject_StrStr(e)}`;
    throw e;
  }
}

/** A method call by name: call(o, "bit_length"). */
export function call(o: PyObject, name: string, ...args: PyObject[]): PyObject {
  return A.PyObject_CallMethod(o, name, args);
}
