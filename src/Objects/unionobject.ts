// types.UnionType, what int | str makes (CPython's Objects/unionobject.c).
import {
  PyObject,
  PyObjectBase,
  PyTypeObject,
  PyTuple,
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
  PyNone_Type,
  METH_O,
} from "./object";
import { PyErr_SetString } from "../Python/errors";
import * as exc from "./exceptions";
import * as A from "./abstract";
import * as typeobject from "./typeobject";

export class PyUnionObject extends PyObjectBase {
  constructor(readonly args: PyTuple) {
    super();
    this.ob_type = PyUnion_Type;
  }
}

function isGenericAlias(o: PyObject): boolean {
  return Py_TYPE(o).tp_name === "types.GenericAlias";
}

/** is_unionable */
function unionable(o: PyObject): boolean {
  if (o === Py_None || o instanceof PyTypeObject || o instanceof PyUnionObject || isGenericAlias(o)) return true;
  const t = Py_TYPE(o);
  return t.tp_name === "TypeVar" || t.tp_name === "ParamSpec" || t.tp_name === "TypeVarTuple";
}

function flatten(o: PyObject, out: PyObject[]): void {
  if (o instanceof PyUnionObject) for (const a of o.args.items) flatten(a, out);
  else {
    const v = o === Py_None ? PyNone_Type : o;
    if (!out.some((x) => x === v || (isGenericAlias(x) && isGenericAlias(v) && A.PyObject_RichCompareBool(x, v, 2)))) out.push(v);
  }
}

/** _Py_union_type_or: a | b for types (type.__or__ and friends). */
export function unionOr(a: PyObject, b: PyObject): PyObject {
  if (!unionable(a) || !unionable(b)) return Py_NotImplemented;
  const items: PyObject[] = [];
  flatten(a, items);
  flatten(b, items);
  if (items.length === 1) return items[0];
  return new PyUnionObject(PyTuple_FromArray(items));
}

function union_repr(o: PyObject): PyObject {
  const u = o as PyUnionObject;
  const gam = require("./genericaliasobject") as typeof import("./genericaliasobject");
  return PyUnicode_FromString(u.args.items.map((a) => (a === PyNone_Type ? "None" : gam.reprItem(a))).join(" | "));
}

function union_instancecheck(self: PyObject, inst: PyObject): PyObject {
  const u = self as PyUnionObject;
  for (const a of u.args.items) {
    if (isGenericAlias(a)) PyErr_SetString(exc.PyExc_TypeError, "isinstance() argument 2 cannot be a parameterized generic");
  }
  for (const a of u.args.items) if (A.PyObject_IsInstance(inst, a)) return Py_True;
  return Py_False;
}

function union_subclasscheck(self: PyObject, sub: PyObject): PyObject {
  const u = self as PyUnionObject;
  if (!(sub instanceof PyTypeObject)) PyErr_SetString(exc.PyExc_TypeError, "issubclass() arg 1 must be a class");
  for (const a of u.args.items) {
    if (isGenericAlias(a)) PyErr_SetString(exc.PyExc_TypeError, "issubclass() argument 2 cannot be a parameterized generic");
  }
  for (const a of u.args.items) if (A.PyObject_IsSubclass(sub, a)) return Py_True;
  return Py_False;
}

function union_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!(a instanceof PyUnionObject) || !(b instanceof PyUnionObject) || (op !== 2 && op !== 3)) return Py_NotImplemented;
  const sa = A.PyObject_Vectorcall(require("./object").PyFrozenSet_Type, [a.args], null);
  const sb = A.PyObject_Vectorcall(require("./object").PyFrozenSet_Type, [b.args], null);
  return A.PyObject_RichCompare(sa, sb, op);
}

function union_hash(o: PyObject): Py_hash_t {
  return A.PyObject_Hash(A.PyObject_Vectorcall(require("./object").PyFrozenSet_Type, [(o as PyUnionObject).args], null));
}

export const PyUnion_Type: PyTypeObject = PyType_FromSpec({
  name: "types.UnionType",
  base: PyBaseObject_Type,
  instanceClass: PyUnionObject,
  slots: {
    tp_repr: union_repr,
    tp_richcompare: union_richcompare,
    tp_hash: union_hash,
    nb_or: unionOrSlot,
    tp_getattro: (o, name) => typeobject.PyObject_GenericGetAttr(o, name),
  },
  methods: [
    { name: "__instancecheck__", meth: union_instancecheck, flags: METH_O },
    { name: "__subclasscheck__", meth: union_subclasscheck, flags: METH_O },
  ],
  getsets: [
    { name: "__args__", get: (u: PyUnionObject) => u.args },
    { name: "__parameters__", get: () => PyTuple_FromArray([]) },
  ],
});

function unionOrSlot(a: PyObject, b: PyObject): PyObject {
  return unionOr(a, b);
}
