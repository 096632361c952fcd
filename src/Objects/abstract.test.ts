import { Py_Initialize } from "../Python/pylifecycle";
import * as A from "./abstract";
import { PyLong_Type, PyFloat, PyUnicode_FromString, PyTuple_FromArray, Py_True } from "./object";
import { PyLong_FromBigInt } from "./longobject";
Py_Initialize();
test("smoke", () => {
  expect(A.PyObject_ReprStr(A.PyNumber_Add(2 ** 52, 2 ** 52))).toBe("9007199254740992");
  expect(A.PyObject_ReprStr(A.PyNumber_TrueDivide(1, 3))).toBe("0.3333333333333333");
  expect(A.PyObject_ReprStr(A.PyNumber_Add(new PyFloat(1.5), 2))).toBe("3.5");
  expect(A.PyObject_ReprStr(PyTuple_FromArray([1, PyUnicode_FromString("a"), Py_True]))).toBe("(1, 'a', True)");
  expect(A.PyObject_ReprStr(A.PyObject_GetAttr(PyLong_Type, "__add__"))).toBe("<slot wrapper '__add__' of 'int' objects>");
  expect(A.PyObject_ReprStr(A.PyObject_Vectorcall(A.PyObject_GetAttr(5, "bit_length"), [], null))).toBe("3");
  expect(A.PyObject_ReprStr(A.PyObject_Vectorcall(PyLong_Type, [PyUnicode_FromString("0x_ff"), 0], null))).toBe("255");
  expect(A.PyObject_Hash(PyLong_FromBigInt(2n ** 61n))).toBe(1);
});
