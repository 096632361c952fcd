// Module objects (CPython's Objects/moduleobject.c).
import {
  PyObject,
  PyObjectBase,
  PyTypeObject,
  PyType_FromSpec,
  PyBaseObject_Type,
  PyStr,
  Py_None,
  Py_TYPE,
  PyUnicode_FromString,
  PyUnicode_InternFromString,
  InstanceDict,
  HeapInstance,
  Py_TPFLAGS_BASETYPE,
} from "./object";
import { PyErr_NewException } from "../Python/errors";
import * as exc from "./exceptions";
import * as abstract from "./abstract";
import * as typeobject from "./typeobject";
import { PyDict } from "./dictobject";
import { PyArg_UnpackKeywords } from "../Python/getargs";

export class PyModuleObject extends PyObjectBase implements HeapInstance {
  dict: InstanceDict;
  /** A module compiled into the interpreter (repr says "(built-in)"). */
  builtin = false;
  slots: (PyObject | null)[] | null;
  constructor(type: PyTypeObject, name: string | null = null, doc: PyObject = Py_None) {
    super();
    this.ob_type = type;
    this.slots = type.tp_nslots ? new Array(type.tp_nslots).fill(null) : null;
    const d = new PyDict();
    this.dict = d;
    if (name !== null) module_init_dict(d, PyUnicode_FromString(name), doc);
  }
  get md_dict(): PyDict {
    return this.dict as PyDict;
  }
}

function module_init_dict(d: PyDict, name: PyObject, doc: PyObject): void {
  d.setStr("__name__", name);
  d.setStr("__doc__", doc);
  d.setStr("__package__", Py_None);
  d.setStr("__loader__", Py_None);
  d.setStr("__spec__", Py_None);
}

/** PyModule_New */
export function PyModule_New(name: string): PyModuleObject {
  return new PyModuleObject(PyModule_Type, name);
}

export function PyModule_GetDict(m: PyObject): PyDict {
  return (m as PyModuleObject).dict as PyDict;
}

function module_getattro(m: PyObject, name: string): PyObject {
  const r = typeobject.PyObject_GenericGetAttrImpl(m, name, true);
  if (r !== undefined) return r;
  const d = (m as PyModuleObject).dict as PyDict;
  const getattr = d.getStr("__getattr__");
  if (getattr !== undefined) return abstract.PyObject_Vectorcall(getattr, [PyUnicode_InternFromString(name)], null);
  const modname = d.getStr("__name__");
  const e = PyErr_NewException(exc.PyExc_AttributeError, [
    PyUnicode_FromString(modname instanceof PyStr ? `module '${modname.value}' has no attribute '${name}'` : `module has no attribute '${name}'`),
  ]);
  (e as exc.PyAttributeErrorObject).name = PyUnicode_InternFromString(name);
  (e as exc.PyAttributeErrorObject).obj = m;
  throw e;
}

function module_repr(m: PyObject): PyObject {
  const d = (m as PyModuleObject).dict as PyDict;
  const name = d.getStr("__name__");
  const n = name instanceof PyStr ? abstract.PyObject_ReprStr(name) : "'?'";
  const file = d.getStr("__file__");
  if (file instanceof PyStr) return PyUnicode_FromString(`<module ${n} from ${abstract.PyObject_ReprStr(file)}>`);
  const loader = d.getStr("__loader__");
  if ((m as PyModuleObject).builtin) return PyUnicode_FromString(`<module ${n} (built-in)>`);
  if (loader === undefined || loader === Py_None) return PyUnicode_FromString(`<module ${n}>`);
  return PyUnicode_FromString(`<module ${n} (${abstract.PyObject_ReprStr(loader)})>`);
}

function module_new(type: PyTypeObject, _args: PyObject[], _kw: string[] | null): PyObject {
  return new PyModuleObject(type);
}

function module_init(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  const [name, doc] = PyArg_UnpackKeywords({ fname: "module", names: ["name", "doc"], required: 1 }, args, kwnames);
  if (!(name instanceof PyStr)) {
    throw PyErr_NewException(exc.PyExc_TypeError, [PyUnicode_FromString(`module.__init__() argument 'name' must be str, not ${Py_TYPE(name!).ht_name}`)]);
  }
  module_init_dict((self as PyModuleObject).dict as PyDict, name, doc ?? Py_None);
}

function module_dir(self: PyObject): PyObject {
  const d = (self as PyModuleObject).dict as PyDict;
  const f = d.getStr("__dir__");
  if (f !== undefined) return abstract.PyObject_CallNoArgs(f);
  return abstract.PyList_FromArray(abstract.PySequence_List_Array(abstract.PyObject_CallMethod(d, "keys", [])));
}

export const PyModule_Type: PyTypeObject = PyType_FromSpec({
  name: "module",
  base: PyBaseObject_Type,
  flags: Py_TPFLAGS_BASETYPE,
  instanceClass: PyModuleObject,
  hasDict: true,
  weakrefable: true,
  slots: { tp_getattro: module_getattro, tp_repr: module_repr, tp_new: module_new, tp_init: module_init },
  methods: [{ name: "__dir__", meth: module_dir, flags: 0x0004 }],
  getsets: [{ name: "__dict__", get: (m: PyModuleObject) => m.dict as unknown as PyObject }],
});
