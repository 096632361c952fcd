// Bound methods (CPython's Objects/classobject.c): a function bound to an instance.
import {
  PyObject,
  PyObjectBase,
  PyTypeObject,
  PyType_FromSpec,
  PyBaseObject_Type,
  PyUnicode_FromString,
  Py_TYPE,
  Py_hash_t,
  Py_EQ,
  Py_NE,
  Py_True,
  Py_False,
  Py_NotImplemented,
  PyStr,
} from "./object";
import * as abstract from "./abstract";
import * as typeobject from "./typeobject";

export class PyMethodObject extends PyObjectBase {
  constructor(readonly im_func: PyObject, readonly im_self: PyObject) {
    super();
    this.ob_type = PyMethod_Type;
  }
}

export function PyMethod_New(func: PyObject, self: PyObject): PyMethodObject {
  return new PyMethodObject(func, self);
}

function method_call(m: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const me = m as PyMethodObject;
  return abstract.PyObject_Vectorcall(me.im_func, [me.im_self, ...args], kwnames);
}

/** method_getattro: the method type's own attributes, then the function's. */
function method_getattro(m: PyObject, name: string): PyObject {
  const descr = typeobject._PyType_Lookup(PyMethod_Type, name);
  if (descr !== null) {
    const f = Py_TYPE(descr).tp_descr_get;
    return f ? f(descr, m, PyMethod_Type) : descr;
  }
  return abstract.PyObject_GetAttr((m as PyMethodObject).im_func, name);
}

function method_repr(m: PyObject): PyObject {
  const me = m as PyMethodObject;
  const q = abstract.PyObject_LookupAttr(me.im_func, "__qualname__") ?? abstract.PyObject_LookupAttr(me.im_func, "__name__");
  const name = q instanceof PyStr ? q.value : "?";
  return PyUnicode_FromString(`<bound method ${name} of ${abstract.PyObject_ReprStr(me.im_self)}>`);
}

function method_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  if ((op !== Py_EQ && op !== Py_NE) || !(a instanceof PyMethodObject) || !(b instanceof PyMethodObject)) return Py_NotImplemented;
  const eq = a.im_self === b.im_self && abstract.PyObject_RichCompareBool(a.im_func, b.im_func, Py_EQ);
  return (op === Py_EQ) === eq ? Py_True : Py_False;
}

function method_hash(m: PyObject): Py_hash_t {
  const me = m as PyMethodObject;
  const h = (Number(abstract.PyObject_HashId(me.im_self)) ^ Number(abstract.PyObject_Hash(me.im_func))) | 0;
  return h === -1 ? -2 : h;
}

export const PyMethod_Type: PyTypeObject = PyType_FromSpec({
  name: "method",
  base: PyBaseObject_Type,
  instanceClass: PyMethodObject,
  slots: {
    tp_call: method_call,
    tp_getattro: method_getattro,
    tp_repr: method_repr,
    tp_richcompare: method_richcompare,
    tp_hash: method_hash,
    tp_descr_get: (m) => m,
  },
  getsets: [
    { name: "__func__", get: (m: PyMethodObject) => m.im_func, doc: "the function (or other callable) implementing a method" },
    { name: "__self__", get: (m: PyMethodObject) => m.im_self, doc: "the instance to which a method is bound" },
    { name: "__doc__", get: (m: PyMethodObject) => abstract.PyObject_GetAttr(m.im_func, "__doc__") },
  ],
});
