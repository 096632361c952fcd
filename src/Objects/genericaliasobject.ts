// types.GenericAlias, what list[int] makes (CPython's Objects/genericaliasobject.c).
import {
  PyObject,
  PyObjectBase,
  PyTypeObject,
  PyTuple,
  PyStr,
  Py_None,
  Py_Ellipsis,
  Py_NotImplemented,
  Py_True,
  Py_False,
  Py_TYPE,
  Py_hash_t,
  PyUnicode_FromString,
  PyTuple_FromArray,
  PyType_FromSpec,
  PyBaseObject_Type,
  METH_O,
  METH_NOARGS,
  Py_TPFLAGS_BASETYPE,
} from "./object";
import { PyErr_SetString } from "../Python/errors";
import * as exc from "./exceptions";
import * as A from "./abstract";
import * as typeobject from "./typeobject";
import { unionOr } from "./unionobject";

export class PyGenericAliasObject extends PyObjectBase {
  parameters: PyTuple | null = null;
  constructor(readonly origin: PyObject, readonly args: PyTuple, type: PyTypeObject) {
    super();
    this.ob_type = type;
  }
}

/** ga_repr_item */
export function reprItem(p: PyObject): string {
  if (p === Py_Ellipsis) return "...";
  if (A.PyObject_LookupAttr(p, "__origin__") !== undefined && A.PyObject_LookupAttr(p, "__args__") !== undefined) return A.PyObject_ReprStr(p);
  const qualname = A.PyObject_LookupAttr(p, "__qualname__");
  const module = A.PyObject_LookupAttr(p, "__module__");
  if (qualname === undefined || module === undefined || !(qualname instanceof PyStr)) return A.PyObject_ReprStr(p);
  if (module instanceof PyStr && module.value === "builtins") return qualname.value;
  if (module === Py_None) return A.PyObject_ReprStr(p);
  return `${A.PyObject_StrStr(module)}.${qualname.value}`;
}

function ga_repr(o: PyObject): PyObject {
  const g = o as PyGenericAliasObject;
  const items = g.args.items;
  const body = items.length === 0 ? "()" : items.map((a) => (Py_TYPE(a).tp_name === "list" ? `[${A.PySequence_List_Array(a).map(reprItem).join(", ")}]` : reprItem(a))).join(", ");
  return PyUnicode_FromString(`${reprItem(g.origin)}[${body}]`);
}

/** _Py_make_parameters: the type variables among the arguments, in order, without repeats. */
function parametersOf(args: PyTuple): PyTuple {
  const out: PyObject[] = [];
  for (const a of args.items) {
    if (a instanceof PyTypeObject) continue;
    if (A.PyObject_LookupAttr(a, "__typing_subst__") !== undefined) {
      if (!out.includes(a)) out.push(a);
      continue;
    }
    const sub = A.PyObject_LookupAttr(a, "__parameters__");
    if (sub instanceof PyTuple) for (const x of sub.items) if (!out.includes(x)) out.push(x);
  }
  return PyTuple_FromArray(out);
}

/** The __class_getitem__ classmethod builtin generic types carry (list[int], dict[str, int]...). */
export const classGetItemDef = { name: "__class_getitem__", meth: (cls: PyObject, args: PyObject) => Py_GenericAlias(cls, args), flags: 0x0008 | 0x0010 };

export function Py_GenericAlias(origin: PyObject, args: PyObject): PyObject {
  const t = args instanceof PyTuple ? args : PyTuple_FromArray([args]);
  return new PyGenericAliasObject(origin, t, PyGenericAlias_Type);
}

const ATTR_EXCEPTIONS = new Set([
  "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__",
  "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__",
]);

function ga_getattro(o: PyObject, name: string): PyObject {
  const g = o as PyGenericAliasObject;
  if (!ATTR_EXCEPTIONS.has(name)) return A.PyObject_GetAttr(g.origin, name);
  return typeobject.PyObject_GenericGetAttr(o, name);
}

function ga_call(o: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const g = o as PyGenericAliasObject;
  const obj = A.PyObject_Vectorcall(g.origin, args, kwnames);
  try {
    A.PyObject_SetAttr(obj, "__orig_class__", o);
  } catch (e) {
    if (!(e instanceof exc.PyBaseException) || !(exc.PyType_IsSubtypeFast(Py_TYPE(e), exc.PyExc_AttributeError) || exc.PyType_IsSubtypeFast(Py_TYPE(e), exc.PyExc_TypeError))) throw e;
  }
  return obj;
}

function ga_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!(a instanceof PyGenericAliasObject) || !(b instanceof PyGenericAliasObject) || (op !== 2 && op !== 3)) return Py_NotImplemented;
  const eq = A.PyObject_RichCompareBool(a.origin, b.origin, 2) && A.PyObject_RichCompareBool(a.args, b.args, 2);
  return (op === 2) === eq ? Py_True : Py_False;
}

function ga_hash(o: PyObject): Py_hash_t {
  const g = o as PyGenericAliasObject;
  const h = BigInt.asIntN(64, BigInt(A.PyObject_Hash(g.origin)) ^ BigInt(A.PyObject_Hash(g.args)));
  const r = h === -1n ? -2n : h;
  return r >= -9007199254740991n && r <= 9007199254740991n ? Number(r) : r;
}

function ga_getitem(o: PyObject, key: PyObject): PyObject {
  const g = o as PyGenericAliasObject;
  const params = g.parameters ?? (g.parameters = parametersOf(g.args));
  if (params.items.length === 0) PyErr_SetString(exc.PyExc_TypeError, `${A.PyObject_ReprStr(o)} is not a generic class`);
  const given = key instanceof PyTuple ? key.items : [key];
  if (given.length !== params.items.length) {
    PyErr_SetString(exc.PyExc_TypeError, `Too ${given.length > params.items.length ? "many" : "few"} arguments for ${A.PyObject_ReprStr(o)}; actual ${given.length}, expected ${params.items.length}`);
  }
  const subst = (a: PyObject): PyObject => {
    const i = params.items.indexOf(a);
    if (i >= 0) return given[i];
    if (a instanceof PyGenericAliasObject) return ga_getitem(a, PyTuple_FromArray(parametersOf(a.args).items.map(subst)));
    return a;
  };
  return new PyGenericAliasObject(g.origin, PyTuple_FromArray(g.args.items.map(subst)), Py_TYPE(o));
}

function ga_new(type: PyTypeObject, args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames && kwnames.length) PyErr_SetString(exc.PyExc_TypeError, "GenericAlias() takes no keyword arguments");
  if (args.length !== 2) PyErr_SetString(exc.PyExc_TypeError, `GenericAlias expected 2 arguments, got ${args.length}`);
  const t = args[1] instanceof PyTuple ? args[1] : PyTuple_FromArray([args[1]]);
  return new PyGenericAliasObject(args[0], t, type);
}

export const PyGenericAlias_Type: PyTypeObject = PyType_FromSpec({
  name: "types.GenericAlias",
  base: PyBaseObject_Type,
  flags: Py_TPFLAGS_BASETYPE,
  instanceClass: PyGenericAliasObject,
  slots: {
    tp_new: ga_new,
    tp_repr: ga_repr,
    tp_getattro: ga_getattro,
    tp_call: ga_call,
    tp_richcompare: ga_richcompare,
    tp_hash: ga_hash,
    mp_subscript: ga_getitem,
    nb_or: (a, b) => unionOr(a, b),
  },
  methods: [
    { name: "__mro_entries__", meth: (g: PyGenericAliasObject) => PyTuple_FromArray([g.origin]), flags: METH_O },
    { name: "__instancecheck__", meth: () => PyErr_SetString(exc.PyExc_TypeError, "isinstance() argument 2 cannot be a parameterized generic"), flags: METH_O },
    { name: "__subclasscheck__", meth: () => PyErr_SetString(exc.PyExc_TypeError, "issubclass() argument 2 cannot be a parameterized generic"), flags: METH_O },
    { name: "__reduce__", meth: (g: PyGenericAliasObject) => PyTuple_FromArray([Py_TYPE(g), PyTuple_FromArray([g.origin, g.args])]), flags: METH_NOARGS },
  ],
  getsets: [
    { name: "__origin__", get: (g: PyGenericAliasObject) => g.origin },
    { name: "__args__", get: (g: PyGenericAliasObject) => g.args },
    { name: "__parameters__", get: (g: PyGenericAliasObject) => g.parameters ?? (g.parameters = parametersOf(g.args)) },
    { name: "__unpacked__", get: () => Py_False },
  ],
});
