// Sequence iterators and callable iterators (CPython's Objects/iterobject.c).
//
// OWNERSHIP: the containers helper owns this file; the runtime architect wrote the sequence
// iterator that PyObject_GetIter needs for classes with only __getitem__.
import {
  PyObject,
  PyObjectBase,
  PyTypeObject,
  PyType_FromSpec,
  PyBaseObject_Type,
  Py_TYPE,
} from "./object";
import { PyErr_ExceptionMatches } from "../Python/errors";
import * as exc from "./exceptions";
import * as abstract from "./abstract";

export class PySeqIterObject extends PyObjectBase {
  it_index = 0;
  constructor(public it_seq: PyObject | null) {
    super();
    this.ob_type = PySeqIter_Type;
  }
}

function iter_iternext(o: PyObject): PyObject | undefined {
  const it = o as PySeqIterObject;
  const seq = it.it_seq;
  if (seq === null) return undefined;
  try {
    const r = abstract.PyObject_GetItem(seq, it.it_index);
    it.it_index++;
    return r;
  } catch (e) {
    if (PyErr_ExceptionMatches(e, exc.PyExc_IndexError) || PyErr_ExceptionMatches(e, exc.PyExc_StopIteration)) {
      it.it_seq = null;
      return undefined;
    }
    throw e;
  }
}

export const PySeqIter_Type: PyTypeObject = PyType_FromSpec({
  name: "iterator",
  base: PyBaseObject_Type,
  instanceClass: PySeqIterObject,
  slots: { tp_iter: (o) => o, tp_iternext: iter_iternext },
});

export function PySeqIter_New(seq: PyObject): PyObject {
  return new PySeqIterObject(seq);
}

void Py_TYPE;
