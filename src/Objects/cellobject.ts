// Cell objects, the boxes of closure variables (CPython's Objects/cellobject.c).
import {
  PyObject,
  PyObjectBase,
  PyTypeObject,
  PyType_FromSpec,
  PyBaseObject_Type,
  PyUnicode_FromString,
  Py_TYPE,
  Py_NotImplemented,
  Py_True,
  Py_False,
  Py_LT,
  Py_LE,
  Py_EQ,
  Py_NE,
  Py_GT,
  Py_GE,
  PyObject_HashNotImplemented,
} from "./object";
import { PyErr_SetString } from "../Python/errors";
import * as exc from "./exceptions";
import * as abstract from "./abstract";
import { PyArg_NoKeywords, PyArg_CheckPositional } from "../Python/getargs";

export class PyCellObject extends PyObjectBase {
  /** The contents, or null when empty. */
  ob_ref: PyObject | null;
  constructor(ref: PyObject | null = null) {
    super();
    this.ob_type = PyCell_Type;
    this.ob_ref = ref;
  }
}

function cell_new(_type: PyTypeObject, args: PyObject[], kwnames: string[] | null): PyObject {
  PyArg_NoKeywords("cell", kwnames);
  PyArg_CheckPositional("cell", args.length, 0, 1);
  return new PyCellObject(args.length ? args[0] : null);
}

function cell_repr(o: PyObject): PyObject {
  const c = o as PyCellObject;
  if (c.ob_ref === null) return PyUnicode_FromString(`<cell at ${abstract.addressOf(c)}: empty>`);
  return PyUnicode_FromString(`<cell at ${abstract.addressOf(c)}: ${Py_TYPE(c.ob_ref).tp_name} object at ${abstract.addressOf(c.ob_ref)}>`);
}

/** cell_richcompare: compares contents; an empty cell is less than a full one. */
function cell_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!(a instanceof PyCellObject) || !(b instanceof PyCellObject)) return Py_NotImplemented;
  const x = a.ob_ref;
  const y = b.ob_ref;
  if (x !== null && y !== null) return abstract.PyObject_RichCompare(x, y, op);
  const c = (x === null ? 0 : 1) - (y === null ? 0 : 1);
  const r = op === Py_LT ? c < 0 : op === Py_LE ? c <= 0 : op === Py_EQ ? c === 0 : op === Py_NE ? c !== 0 : op === Py_GT ? c > 0 : op === Py_GE ? c >= 0 : false;
  return r ? Py_True : Py_False;
}

export const PyCell_Type: PyTypeObject = PyType_FromSpec({
  name: "cell",
  base: PyBaseObject_Type,
  instanceClass: PyCellObject,
  slots: { tp_new: cell_new, tp_repr: cell_repr, tp_richcompare: cell_richcompare, tp_hash: PyObject_HashNotImplemented },
  getsets: [
    {
      name: "cell_contents",
      get: (c: PyCellObject) => {
        if (c.ob_ref === null) PyErr_SetString(exc.PyExc_ValueError, "Cell is empty");
        return c.ob_ref;
      },
      set: (c: PyCellObject, v: PyObject | null) => {
        c.ob_ref = v;
      },
    },
  ],
});
