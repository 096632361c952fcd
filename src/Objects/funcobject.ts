// Function objects, classmethod and staticmethod (CPython's Objects/funcobject.c).
import {
  PyObject,
  PyObjectBase,
  PyTypeObject,
  PyType_FromSpec,
  PyBaseObject_Type,
  PyStr,
  PyTuple,
  Py_None,
  Py_TYPE,
  Py_True,
  Py_False,
  PyDict_Type,
  PyUnicode_FromString,
  InstanceDict,
  HeapInstance,
  Py_TPFLAGS_BASETYPE,
  Py_TPFLAGS_METHOD_DESCRIPTOR,
} from "./object";
import { PyErr_SetString } from "../Python/errors";
import * as exc from "./exceptions";
import * as abstract from "./abstract";
import { PyMethod_New } from "./classobject";
import * as typeobject from "./typeobject";
import { PyArg_NoKeywords, PyArg_CheckPositional } from "../Python/getargs";

export class PyFunctionObject extends PyObjectBase implements HeapInstance {
  func_name: PyStr;
  func_qualname: PyStr;
  func_doc: PyObject = Py_None;
  func_defaults: PyTuple | null = null;
  func_kwdefaults: PyObject | null = null;
  func_closure: PyTuple | null = null;
  func_annotations: PyObject | null = null;
  func_module: PyObject = Py_None;
  dict: InstanceDict | null = null;
  slots: (PyObject | null)[] | null = null;
  /** The interpreter's per-function call state (ceval caches argument layout here). */
  func_cache: unknown = null;
  constructor(
    /** The code object (src/Objects/codeobject.ts CodeObject, wrapped by the runtime). */
    public func_code: PyObject,
    public func_globals: PyObject,
    public func_builtins: PyObject,
    name: PyStr,
    qualname: PyStr,
  ) {
    super();
    this.ob_type = PyFunction_Type;
    this.func_name = name;
    this.func_qualname = qualname;
  }
}

/** The eval loop installs the call of Python functions here (ceval.ts). */
export const funcHooks = {
  call(_f: PyFunctionObject, _args: PyObject[], _kwnames: string[] | null): PyObject {
    PyErr_SetString(exc.PyExc_SystemError, "the evaluation loop is not loaded");
  },
};

export function PyFunction_Check(o: PyObject): o is PyFunctionObject {
  return o instanceof PyFunctionObject;
}

function func_call(f: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  return funcHooks.call(f as PyFunctionObject, args, kwnames);
}

function func_descr_get(f: PyObject, obj: PyObject | null, _type: PyObject | null): PyObject {
  if (obj === null) return f;
  return PyMethod_New(f, obj);
}

function func_repr(f: PyObject): PyObject {
  const fn = f as PyFunctionObject;
  return PyUnicode_FromString(`<function ${fn.func_qualname.value} at ${abstract.addressOf(fn)}>`);
}

export const PyFunction_Type: PyTypeObject = PyType_FromSpec({
  name: "function",
  base: PyBaseObject_Type,
  flags: Py_TPFLAGS_METHOD_DESCRIPTOR,
  instanceClass: PyFunctionObject,
  hasDict: true,
  weakrefable: true,
  slots: { tp_call: func_call, tp_descr_get: func_descr_get, tp_repr: func_repr },
  getsets: [
    { name: "__name__", get: (f: PyFunctionObject) => f.func_name, set: (f: PyFunctionObject, v) => {
      if (!(v instanceof PyStr)) PyErr_SetString(exc.PyExc_TypeError, "__name__ must be set to a string object");
      f.func_name = v;
    } },
    { name: "__qualname__", get: (f: PyFunctionObject) => f.func_qualname, set: (f: PyFunctionObject, v) => {
      if (!(v instanceof PyStr)) PyErr_SetString(exc.PyExc_TypeError, "__qualname__ must be set to a string object");
      f.func_qualname = v;
    } },
    { name: "__doc__", get: (f: PyFunctionObject) => f.func_doc, set: (f: PyFunctionObject, v) => { f.func_doc = v ?? Py_None; } },
    { name: "__module__", get: (f: PyFunctionObject) => f.func_module, set: (f: PyFunctionObject, v) => { f.func_module = v ?? Py_None; } },
    { name: "__globals__", get: (f: PyFunctionObject) => f.func_globals },
    { name: "__builtins__", get: (f: PyFunctionObject) => f.func_builtins },
    { name: "__closure__", get: (f: PyFunctionObject) => f.func_closure ?? Py_None },
    { name: "__code__", get: (f: PyFunctionObject) => f.func_code, set: (f: PyFunctionObject, v) => {
      if (v === null) PyErr_SetString(exc.PyExc_TypeError, "__code__ must be set to a code object");
      f.func_code = v;
      f.func_cache = null;
    } },
    { name: "__defaults__", get: (f: PyFunctionObject) => f.func_defaults ?? Py_None, set: (f: PyFunctionObject, v) => {
      if (v === null || v === Py_None) f.func_defaults = null;
      else if (v instanceof PyTuple) f.func_defaults = v;
      else PyErr_SetString(exc.PyExc_TypeError, "__defaults__ must be set to a tuple object");
      f.func_cache = null;
    } },
    { name: "__kwdefaults__", get: (f: PyFunctionObject) => f.func_kwdefaults ?? Py_None, set: (f: PyFunctionObject, v) => {
      if (v === null || v === Py_None) f.func_kwdefaults = null;
      else if (Py_TYPE(v).tp_name === "dict") f.func_kwdefaults = v;
      else PyErr_SetString(exc.PyExc_TypeError, "__kwdefaults__ must be set to a dict object");
      f.func_cache = null;
    } },
    { name: "__annotations__", get: (f: PyFunctionObject) => {
      if (f.func_annotations === null || f.func_annotations === Py_None) f.func_annotations = abstract.PyObject_CallNoArgs(dictType());
      return f.func_annotations;
    }, set: (f: PyFunctionObject, v) => {
      if (v !== null && v !== Py_None && Py_TYPE(v).tp_name !== "dict") PyErr_SetString(exc.PyExc_TypeError, "__annotations__ must be set to a dict object");
      f.func_annotations = v;
    } },
    { name: "__dict__", get: (f: PyFunctionObject) => typeobjectGetDict(f), set: (f: PyFunctionObject, v) => typeobjectSetDict(f, v) },
  ],
});

function dictType(): PyTypeObject {
  return PyDict_Type;
}
function typeobjectGetDict(o: PyObject): PyObject {
  return typeobject.PyObject_GenericGetDict(o);
}
function typeobjectSetDict(o: PyObject, v: PyObject | null): void {
  if (v === null || Py_TYPE(v).tp_name !== "dict") PyErr_SetString(exc.PyExc_TypeError, "__dict__ must be set to a dictionary");
  (o as unknown as HeapInstance).dict = v as unknown as InstanceDict;
}

// ─── classmethod / staticmethod ──────────────────────────────────────────────────────────────

export class PyWrapperObject extends PyObjectBase implements HeapInstance {
  callable: PyObject = Py_None;
  dict: InstanceDict | null = null;
  slots: (PyObject | null)[] | null;
  constructor(type: PyTypeObject) {
    super();
    this.ob_type = type;
    this.slots = type.tp_nslots ? new Array(type.tp_nslots).fill(null) : null;
  }
}

/** functools_wraps-like copy of __module__, __name__, __qualname__, __doc__ (3.10+). */
function wrapper_init(self: PyObject, args: PyObject[], kwnames: string[] | null, name: string): void {
  PyArg_NoKeywords(name, kwnames);
  PyArg_CheckPositional(name, args.length, 1, 1);
  const w = self as PyWrapperObject;
  w.callable = args[0];
  for (const attr of ["__module__", "__name__", "__qualname__", "__doc__"]) {
    const v = abstract.PyObject_LookupAttr(args[0], attr);
    if (v !== undefined) abstract.PyObject_SetAttr(self, attr, v);
  }
}

function cm_descr_get(self: PyObject, obj: PyObject | null, type: PyObject | null): PyObject {
  const cm = self as PyWrapperObject;
  const t = type ?? Py_TYPE(obj!);
  const f = Py_TYPE(cm.callable).tp_descr_get;
  if (f !== null) return f(cm.callable, t, null);
  return PyMethod_New(cm.callable, t);
}

function sm_descr_get(self: PyObject, _obj: PyObject | null, _type: PyObject | null): PyObject {
  return (self as PyWrapperObject).callable;
}

function sm_call(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  return abstract.PyObject_Vectorcall((self as PyWrapperObject).callable, args, kwnames);
}

function isabstract(self: PyObject): PyObject {
  const v = abstract.PyObject_LookupAttr((self as PyWrapperObject).callable, "__isabstractmethod__");
  return v !== undefined && abstract.PyObject_IsTrue(v) ? Py_True : Py_False;
}

const wrapperGetsets = [
  { name: "__func__", get: (w: PyWrapperObject) => w.callable },
  { name: "__wrapped__", get: (w: PyWrapperObject) => w.callable },
  { name: "__isabstractmethod__", get: isabstract },
  { name: "__dict__", get: (w: PyObject) => typeobjectGetDict(w), set: (w: PyObject, v: PyObject | null) => typeobjectSetDict(w, v) },
];

export const PyClassMethod_Type: PyTypeObject = PyType_FromSpec({
  name: "classmethod",
  base: PyBaseObject_Type,
  flags: Py_TPFLAGS_BASETYPE,
  instanceClass: PyWrapperObject,
  hasDict: true,
  slots: {
    tp_new: (t) => new PyWrapperObject(t),
    tp_init: (s, a, k) => wrapper_init(s, a, k, "classmethod"),
    tp_descr_get: cm_descr_get,
    tp_repr: (s) => PyUnicode_FromString(`<classmethod(${abstract.PyObject_ReprStr((s as PyWrapperObject).callable)})>`),
  },
  getsets: wrapperGetsets,
});

export const PyStaticMethod_Type: PyTypeObject = PyType_FromSpec({
  name: "staticmethod",
  base: PyBaseObject_Type,
  flags: Py_TPFLAGS_BASETYPE,
  instanceClass: PyWrapperObject,
  hasDict: true,
  slots: {
    tp_new: (t) => new PyWrapperObject(t),
    tp_init: (s, a, k) => wrapper_init(s, a, k, "staticmethod"),
    tp_descr_get: sm_descr_get,
    tp_call: sm_call,
    tp_repr: (s) => PyUnicode_FromString(`<staticmethod(${abstract.PyObject_ReprStr((s as PyWrapperObject).callable)})>`),
  },
  getsets: wrapperGetsets,
});

export function PyClassMethod_New(f: PyObject): PyObject {
  const w = new PyWrapperObject(PyClassMethod_Type);
  w.callable = f;
  return w;
}

export function PyStaticMethod_New(f: PyObject): PyObject {
  const w = new PyWrapperObject(PyStaticMethod_Type);
  w.callable = f;
  return w;
}
