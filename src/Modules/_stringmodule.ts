// The _string module (CPython's formatteriterator and fieldnameiterator in
// Objects/stringlib/unicode_format.h, exported by Objects/unicodeobject.c as `_string`):
// the helpers string.Formatter is built on. `import string` needs this module.
//
// The module is declared as its method table (_string_methods) and doc; the module table of
// src/Modules (config.ts) makes the module object from them.
import {
  PyObject,
  PyObjectBase,
  PyTypeObject,
  PyStr,
  PyMethodDef,
  Py_None,
  Py_True,
  Py_False,
  Py_TYPE,
  PyUnicode_FromString,
  PyTuple_FromArray,
  PyType_FromSpec,
  PyBaseObject_Type,
  METH_O,
} from "../Objects/object";
import { PyErr_SetString } from "../Python/errors";
import * as exc from "../Objects/exceptions";
import { formatterParser } from "../Objects/unicode_format";
import { _PyUnicode_ToDecimalDigit } from "../Objects/unicodectype";

/** An iterator whose items are computed on the first next() (so that errors surface there, as
 *  CPython's iterators raise them while iterating). */
class PyLazyIter extends PyObjectBase {
  items: PyObject[] | null = null;
  index = 0;
  constructor(
    readonly compute: () => PyObject[],
    type: PyTypeObject,
  ) {
    super();
    this.ob_type = type;
  }
}

function lazyiter_next(o: PyObject): PyObject | undefined {
  const it = o as PyLazyIter;
  if (it.items === null) it.items = it.compute();
  return it.index < it.items.length ? it.items[it.index++] : undefined;
}

export const PyFormatterIter_Type = PyType_FromSpec({
  name: "formatteriterator",
  base: PyBaseObject_Type,
  instanceClass: PyLazyIter,
  slots: { tp_iter: (o) => o, tp_iternext: lazyiter_next },
});

export const PyFieldNameIter_Type = PyType_FromSpec({
  name: "fieldnameiterator",
  base: PyBaseObject_Type,
  instanceClass: PyLazyIter,
  slots: { tp_iter: (o) => o, tp_iternext: lazyiter_next },
});

function strArg(o: PyObject): string {
  if (!(o instanceof PyStr)) PyErr_SetString(exc.PyExc_TypeError, `expected str, got ${Py_TYPE(o).ht_name}`);
  return o.value;
}

function strOrNone(s: string | null): PyObject {
  return s === null ? Py_None : PyUnicode_FromString(s);
}

/** formatter_parser(str): iterator of (literal, field_name, format_spec, conversion). */
function formatter_parser(_m: PyObject, arg: PyObject): PyObject {
  const s = strArg(arg);
  return new PyLazyIter(
    () => formatterParser(s).map(([lit, name, spec, conv]) => PyTuple_FromArray([PyUnicode_FromString(lit), strOrNone(name), strOrNone(spec), strOrNone(conv)])),
    PyFormatterIter_Type,
  );
}

/** get_integer of unicode_format.h: the value of an all-decimal name, or -1. */
function nameInteger(s: string): number {
  if (s.length === 0) return -1;
  let acc = 0;
  for (const ch of s) {
    const d = _PyUnicode_ToDecimalDigit(ch.codePointAt(0)!);
    if (d < 0) return -1;
    if (acc > (2 ** 63 - 1 - d) / 10) PyErr_SetString(exc.PyExc_ValueError, "Too many decimal digits in format string");
    acc = acc * 10 + d;
  }
  return acc;
}

function valueError(msg: string): never {
  PyErr_SetString(exc.PyExc_ValueError, msg);
}

/** The (is_attribute, key) pairs after the first part of a field name (FieldNameIterator_next). */
function fieldNameRest(s: string, i: number): PyObject[] {
  const out: PyObject[] = [];
  while (i < s.length) {
    const c = s[i++];
    let name: string;
    let isAttr: boolean;
    if (c === ".") {
      isAttr = true;
      const start = i;
      while (i < s.length && s[i] !== "." && s[i] !== "[") i++;
      name = s.slice(start, i);
    } else if (c === "[") {
      isAttr = false;
      const start = i;
      while (i < s.length && s[i] !== "]") i++;
      if (i >= s.length) valueError("Missing ']' in format string");
      name = s.slice(start, i);
      i++;
    } else valueError("Only '.' or '[' may follow ']' in format field specifier");
    if (name.length === 0) valueError("Empty attribute in format string");
    const n = isAttr ? -1 : nameInteger(name);
    out.push(PyTuple_FromArray([isAttr ? Py_True : Py_False, n === -1 ? PyUnicode_FromString(name) : n]));
  }
  return out;
}

/** formatter_field_name_split(str): (first, iterator of (is_attribute, key)). */
function formatter_field_name_split(_m: PyObject, arg: PyObject): PyObject {
  const s = strArg(arg);
  let i = 0;
  while (i < s.length && s[i] !== "." && s[i] !== "[") i++;
  const first = s.slice(0, i);
  const n = nameInteger(first);
  return PyTuple_FromArray([n === -1 ? PyUnicode_FromString(first) : n, new PyLazyIter(() => fieldNameRest(s, i), PyFieldNameIter_Type)]);
}

export const _string_doc = "string helper module";

export const _string_methods: PyMethodDef[] = [
  { name: "formatter_field_name_split", meth: formatter_field_name_split, flags: METH_O, doc: "split the argument as a field name" },
  { name: "formatter_parser", meth: formatter_parser, flags: METH_O, doc: "parse the argument as a format string" },
];
