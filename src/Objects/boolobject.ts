// bool (CPython's Objects/boolobject.c): the two singletons Py_True and Py_False (object.ts),
// a subclass of int that cannot be subclassed.
import {
  PyObject,
  PyTypeObject,
  PyBool,
  Py_True,
  Py_False,
  PyBool_Type,
  PyLong_Type,
  PyUnicode_InternFromString,
  PyType_FromSpec,
  Py_NotImplemented,
} from "./object";
import * as abstract from "./abstract";
import * as longobject from "./longobject";
import { PyArg_NoKeywords, PyArg_CheckPositional } from "../Python/getargs";

function bool_repr(self: PyObject): PyObject {
  return PyUnicode_InternFromString(self === Py_True ? "True" : "False");
}

function bool_new(_type: PyTypeObject, args: PyObject[], kwnames: string[] | null): PyObject {
  PyArg_NoKeywords("bool", kwnames);
  PyArg_CheckPositional("bool", args.length, 0, 1);
  return args.length === 0 ? Py_False : abstract.PyObject_IsTrue(args[0]) ? Py_True : Py_False;
}

/** bool & bool stays a bool; anything else is int's operator. */
function boolop(intop: (a: PyObject, b: PyObject) => PyObject, op: (a: boolean, b: boolean) => boolean) {
  return (a: PyObject, b: PyObject): PyObject => {
    if (a instanceof PyBool && b instanceof PyBool) return op(a === Py_True, b === Py_True) ? Py_True : Py_False;
    return intop(a, b);
  };
}

PyType_FromSpec(
  {
    name: "bool",
    base: PyLong_Type,
    instanceClass: PyBool,
    protoType: true,
    doc: "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\nThe builtins True and False are the only two instances of the class bool.\nThe class bool is a subclass of the class int, and cannot be subclassed.",
    slots: {
      tp_repr: bool_repr,
      tp_new: bool_new,
      nb_and: boolop((a, b) => longobject.long_and(a, b), (a, b) => a && b),
      nb_or: boolop((a, b) => longobject.long_or(a, b), (a, b) => a || b),
      nb_xor: boolop((a, b) => longobject.long_xor(a, b), (a, b) => a !== b),
    },
  },
  PyBool_Type,
);

void Py_NotImplemented;
