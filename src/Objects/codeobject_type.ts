// The `code` type (CPython's Objects/codeobject.c, its PyCode_Type part): the compiler helper's
// CodeObject data class (codeobject.ts) made a Python object, with the co_* attributes.
import {
  PyObject,
  PyObjectBase,
  PyTypeObject,
  PyType_FromSpec,
  PyBaseObject_Type,
  PyBytes,
  Py_None,
  PyUnicode_FromString,
  PyUnicode_InternFromString,
  PyTuple_FromArray,
  METH_NOARGS,
  PyTypeSpec,
} from "./object";
import * as A from "./abstract";
import { CodeObject } from "./codeobject";

function strTuple(names: string[]): PyObject {
  return PyTuple_FromArray(names.map((n) => PyUnicode_InternFromString(n)));
}

function consts(c: CodeObject): PyObject {
  const ce = require("../Python/ceval") as typeof import("../Python/ceval");
  return PyTuple_FromArray(ce.codeRT(c).consts);
}

function iterOf(items: PyObject[]): PyObject {
  return A.PyObject_GetIter(PyTuple_FromArray(items));
}

const num = (v: number | null): PyObject => (v === null ? Py_None : v);

export const PyCode_Type: PyTypeObject = PyType_FromSpec({
  name: "code",
  base: PyBaseObject_Type,
  instanceClass: CodeObject as unknown as PyTypeSpec["instanceClass"],
  protoType: true,
  slots: {
    tp_repr: (o) => {
      const c = o as unknown as CodeObject;
      return PyUnicode_FromString(`<code object ${c.co_name} at ${A.addressOf(o)}, file "${c.co_filename}", line ${c.co_firstlineno}>`);
    },
  },
  methods: [
    { name: "co_positions", flags: METH_NOARGS, meth: (c: CodeObject) => iterOf(c.co_positions().map((p) => PyTuple_FromArray(p.map(num)))) },
    { name: "co_lines", flags: METH_NOARGS, meth: (c: CodeObject) => iterOf(c.co_lines().map((l) => PyTuple_FromArray(l.map(num)))) },
  ],
  getsets: [
    { name: "co_name", get: (c: CodeObject) => PyUnicode_InternFromString(c.co_name) },
    { name: "co_qualname", get: (c: CodeObject) => PyUnicode_InternFromString(c.co_qualname) },
    { name: "co_filename", get: (c: CodeObject) => PyUnicode_FromString(c.co_filename) },
    { name: "co_firstlineno", get: (c: CodeObject) => c.co_firstlineno },
    { name: "co_argcount", get: (c: CodeObject) => c.co_argcount },
    { name: "co_posonlyargcount", get: (c: CodeObject) => c.co_posonlyargcount },
    { name: "co_kwonlyargcount", get: (c: CodeObject) => c.co_kwonlyargcount },
    { name: "co_nlocals", get: (c: CodeObject) => c.co_nlocals },
    { name: "co_stacksize", get: (c: CodeObject) => c.co_stacksize },
    { name: "co_flags", get: (c: CodeObject) => c.co_flags },
    { name: "co_code", get: (c: CodeObject) => new PyBytes(c.co_code) },
    { name: "_co_code_adaptive", get: (c: CodeObject) => new PyBytes(c.co_code) },
    { name: "co_consts", get: (c: CodeObject) => consts(c) },
    { name: "co_names", get: (c: CodeObject) => strTuple(c.co_names) },
    { name: "co_varnames", get: (c: CodeObject) => strTuple(c.co_varnames) },
    { name: "co_cellvars", get: (c: CodeObject) => strTuple(c.co_cellvars) },
    { name: "co_freevars", get: (c: CodeObject) => strTuple(c.co_freevars) },
    { name: "co_linetable", get: (c: CodeObject) => new PyBytes(c.co_linetable) },
    { name: "co_exceptiontable", get: (c: CodeObject) => new PyBytes(c.co_exceptiontable) },
    { name: "co_lnotab", get: (c: CodeObject) => new PyBytes(new Uint8Array(0)) },
  ],
});
