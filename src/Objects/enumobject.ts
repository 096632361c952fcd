// enumerate and reversed (CPython's Objects/enumobject.c).
//
// OWNERSHIP: the containers helper owns this file; the runtime architect wrote this first version.
import {
  PyObject,
  PyObjectBase,
  PyTypeObject,
  Py_None,
  Py_TYPE,
  PyTuple_FromArray,
  PyType_FromSpec,
  PyBaseObject_Type,
  METH_NOARGS,
  Py_TPFLAGS_BASETYPE,
  HeapInstance,
  InstanceDict,
} from "./object";
import { PyErr_SetString } from "../Python/errors";
import * as exc from "./exceptions";
import * as A from "./abstract";
import * as typeobject from "./typeobject";
import { PyArg_UnpackKeywords, PyArg_NoKeywords, PyArg_CheckPositional } from "../Python/getargs";

class PyEnumObject extends PyObjectBase implements HeapInstance {
  index: PyObject = 0;
  it: PyObject = Py_None;
  dict: InstanceDict | null = null;
  slots: (PyObject | null)[] | null;
  constructor(type: PyTypeObject) {
    super();
    this.ob_type = type;
    this.slots = type.tp_nslots ? new Array(type.tp_nslots).fill(null) : null;
  }
}

function enum_new(type: PyTypeObject, args: PyObject[], kwnames: string[] | null): PyObject {
  // enum_vectorcall's own checks for positional-only calls of the exact type
  if (kwnames === null && type === PyEnum_Type) {
    if (args.length === 0) PyErr_SetString(exc.PyExc_TypeError, "enumerate() missing required argument 'iterable'");
    if (args.length > 2) PyErr_SetString(exc.PyExc_TypeError, `enumerate() takes at most 2 arguments (${args.length} given)`);
  }
  const [iterable, start] = PyArg_UnpackKeywords({ fname: "enumerate", names: ["iterable", "start"], required: 1 }, args, kwnames);
  const e = new PyEnumObject(type);
  e.it = A.PyObject_GetIter(iterable!);
  if (start !== null) {
    if (!A.PyIndex_Check(start)) PyErr_SetString(exc.PyExc_TypeError, `'${Py_TYPE(start).ht_name}' object cannot be interpreted as an integer`);
    e.index = A.PyNumber_Index(start);
  }
  return e;
}

function enum_next(o: PyObject): PyObject | undefined {
  const e = o as PyEnumObject;
  const v = A.PyIter_Next(e.it);
  if (v === undefined) return undefined;
  const i = e.index;
  e.index = A.PyNumber_Add(i, 1);
  return PyTuple_FromArray([i, v]);
}

export const PyEnum_Type: PyTypeObject = PyType_FromSpec({
  name: "enumerate",
  base: PyBaseObject_Type,
  flags: Py_TPFLAGS_BASETYPE,
  instanceClass: PyEnumObject,
  slots: { tp_new: enum_new, tp_iter: (o) => o, tp_iternext: enum_next },
});

class PyReversedObject extends PyObjectBase implements HeapInstance {
  index = -1;
  seq: PyObject | null = null;
  dict: InstanceDict | null = null;
  slots: (PyObject | null)[] | null;
  constructor(type: PyTypeObject) {
    super();
    this.ob_type = type;
    this.slots = type.tp_nslots ? new Array(type.tp_nslots).fill(null) : null;
  }
}

function reversed_new(type: PyTypeObject, args: PyObject[], kwnames: string[] | null): PyObject {
  if (type === PyReversed_Type) PyArg_NoKeywords("reversed", kwnames);
  PyArg_CheckPositional("reversed", args.length, 1, 1);
  const seq = args[0];
  const rev = typeobject._PyType_Lookup(Py_TYPE(seq), "__reversed__");
  if (rev === Py_None) PyErr_SetString(exc.PyExc_TypeError, `'${Py_TYPE(seq).ht_name}' object is not reversible`);
  if (rev !== null) return typeobject.vectorcall_method("__reversed__", seq, []);
  if (!A.PySequence_Check(seq) || Py_TYPE(seq).tp_name === "dict") {
    PyErr_SetString(exc.PyExc_TypeError, `'${Py_TYPE(seq).ht_name}' object is not reversible`);
  }
  const r = new PyReversedObject(type);
  r.index = A.PyObject_Size(seq) - 1;
  r.seq = seq;
  return r;
}

function reversed_next(o: PyObject): PyObject | undefined {
  const r = o as PyReversedObject;
  if (r.seq === null || r.index < 0) {
    r.seq = null;
    return undefined;
  }
  try {
    return A.PyObject_GetItem(r.seq, r.index--);
  } catch (e) {
    r.seq = null;
    if (e instanceof exc.PyBaseException && (exc.PyType_IsSubtypeFast(Py_TYPE(e), exc.PyExc_IndexError) || exc.PyType_IsSubtypeFast(Py_TYPE(e), exc.PyExc_StopIteration))) return undefined;
    throw e;
  }
}

export const PyReversed_Type: PyTypeObject = PyType_FromSpec({
  name: "reversed",
  base: PyBaseObject_Type,
  flags: Py_TPFLAGS_BASETYPE,
  instanceClass: PyReversedObject,
  slots: { tp_new: reversed_new, tp_iter: (o) => o, tp_iternext: reversed_next },
  methods: [{ name: "__length_hint__", meth: (r: PyReversedObject) => (r.seq === null ? 0 : r.index + 1), flags: METH_NOARGS }],
});
