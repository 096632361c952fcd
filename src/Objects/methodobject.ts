// Built-in functions and methods bound to their object (CPython's Objects/methodobject.c):
// the type `builtin_function_or_method`, and the one place PyMethodDef calling conventions are
// dispatched (used by method descriptors too).
import {
  PyObject,
  PyObjectBase,
  PyTypeObject,
  PyMethodDef,
  PyType_FromSpec,
  PyBaseObject_Type,
  Py_None,
  PyUnicode_FromString,
  Py_TYPE,
  METH_NOARGS,
  METH_O,
  METH_FASTCALL,
  METH_KEYWORDS,
  METH_VARARGS,
  METH_CLASS,
  METH_STATIC,
  PyStr,
  Py_hash_t,
  Py_EQ,
  Py_NE,
  Py_True,
  Py_False,
  Py_NotImplemented,
} from "./object";
import { PyErr_SetString } from "../Python/errors";
import { MSG } from "../Python/messages";
import * as exc from "./exceptions";
import * as abstract from "./abstract";

export class PyCFunctionObject extends PyObjectBase {
  constructor(
    readonly m_ml: PyMethodDef,
    /** The bound object (self), the module for module functions, or null. */
    readonly m_self: PyObject | null,
    readonly m_module: PyObject | null = null,
    /** The class a METH_METHOD / classmethod method was defined in, for __qualname__. */
    readonly m_class: PyTypeObject | null = null,
  ) {
    super();
    this.ob_type = PyCFunction_Type;
  }
}

/** Calls a PyMethodDef function with self and vectorcall arguments (cfunction_vectorcall_*). */
export function callMethodDef(ml: PyMethodDef, self: PyObject | null, args: PyObject[], kwnames: string[] | null, qualname: string): PyObject {
  const flags = ml.flags & ~(METH_CLASS | METH_STATIC | 0x0040);
  switch (flags) {
    case METH_NOARGS:
      if (kwnames && kwnames.length) PyErr_SetString(exc.PyExc_TypeError, MSG.takes_no_keyword_arguments(qualname));
      if (args.length !== 0) PyErr_SetString(exc.PyExc_TypeError, MSG.takes_no_arguments_given(qualname, args.length));
      return ml.meth(self);
    case METH_O:
      if (kwnames && kwnames.length) PyErr_SetString(exc.PyExc_TypeError, MSG.takes_no_keyword_arguments(qualname));
      if (args.length !== 1) PyErr_SetString(exc.PyExc_TypeError, MSG.takes_exactly_one_argument(qualname, args.length));
      return ml.meth(self, args[0]);
    case METH_FASTCALL:
    case METH_VARARGS:
      if (kwnames && kwnames.length) PyErr_SetString(exc.PyExc_TypeError, MSG.takes_no_keyword_arguments(qualname));
      return ml.meth(self, args, null);
    default:
      return ml.meth(self, args, kwnames);
  }
}

function cfunction_qualname(f: PyCFunctionObject): string {
  const self = f.m_self;
  if (self === null || self === undefined || Py_TYPE(self).tp_name === "module") return f.m_ml.name;
  const t = self instanceof PyTypeObject ? self : Py_TYPE(self);
  return `${t.ht_qualname}.${f.m_ml.name}`;
}

function cfunction_call(callable: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const f = callable as PyCFunctionObject;
  const self = f.m_self !== null && Py_TYPE(f.m_self).tp_name === "module" ? f.m_self : f.m_self;
  return callMethodDef(f.m_ml, self, args, kwnames, f.m_ml.name);
}

function meth_repr(o: PyObject): PyObject {
  const f = o as PyCFunctionObject;
  const self = f.m_self;
  if (self === null || Py_TYPE(self).tp_name === "module") return PyUnicode_FromString(`<built-in function ${f.m_ml.name}>`);
  return PyUnicode_FromString(`<built-in method ${f.m_ml.name} of ${Py_TYPE(self).tp_name} object at ${abstract.addressOf(self)}>`);
}

function meth_hash(o: PyObject): Py_hash_t {
  const f = o as PyCFunctionObject;
  const a = f.m_self === null ? 0 : abstract.PyObject_HashId(f.m_self);
  const b = abstract.PyObject_HashId(f);
  const h = (Number(a) ^ Number(b)) | 0;
  return h === -1 ? -2 : h;
}

function meth_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  if ((op !== Py_EQ && op !== Py_NE) || !(a instanceof PyCFunctionObject) || !(b instanceof PyCFunctionObject)) return Py_NotImplemented;
  const eq = a.m_self === b.m_self && a.m_ml.meth === b.m_ml.meth;
  return (op === Py_EQ) === eq ? Py_True : Py_False;
}

export const PyCFunction_Type: PyTypeObject = PyType_FromSpec({
  name: "builtin_function_or_method",
  base: PyBaseObject_Type,
  instanceClass: PyCFunctionObject,
  slots: { tp_call: cfunction_call, tp_repr: meth_repr, tp_hash: meth_hash, tp_richcompare: meth_richcompare },
  getsets: [
    { name: "__name__", get: (f: PyCFunctionObject) => PyUnicode_FromString(f.m_ml.name) },
    { name: "__qualname__", get: (f: PyCFunctionObject) => PyUnicode_FromString(cfunction_qualname(f)) },
    { name: "__doc__", get: (f: PyCFunctionObject) => (f.m_ml.doc ? PyUnicode_FromString(f.m_ml.doc) : Py_None) },
    { name: "__self__", get: (f: PyCFunctionObject) => f.m_self ?? Py_None },
    { name: "__module__", get: (f: PyCFunctionObject) => f.m_module ?? Py_None, set: (f: { m_module: PyObject | null }, v) => { f.m_module = v; } },
    { name: "__text_signature__", get: (f: PyCFunctionObject) => (f.m_ml.text_signature ? PyUnicode_FromString(f.m_ml.text_signature) : Py_None) },
  ],
});

/** PyCFunction_NewEx: a builtin function (module function when module is given). */
export function PyCFunction_New(ml: PyMethodDef, self: PyObject | null = null, module: PyObject | null = null): PyCFunctionObject {
  return new PyCFunctionObject(ml, self, module);
}

/** A builtin function from a JS function, for module tables. */
export function builtinFunction(
  name: string,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  meth: (self: any, ...rest: any[]) => PyObject,
  flags: number = METH_FASTCALL | METH_KEYWORDS,
  doc: string | null = null,
  module: PyObject | null = null,
): PyCFunctionObject {
  return new PyCFunctionObject({ name, meth, flags, doc }, null, module);
}

void PyStr;
