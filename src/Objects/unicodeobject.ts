// str (CPython's Objects/unicodeobject.c).
//
// OWNERSHIP: the str/bytes helper owns this file. The runtime architect put here only what the
// core needs first (repr, hash, comparison, length, concatenation, `in`, str()); replace or
// extend freely, keeping these exported names (unicode_hash, PyUnicode_GetLength,
// PyUnicode_Compare) or updating their callers.
import {
  PyObject,
  PyTypeObject,
  PyStr,
  PyStrSub,
  Py_NotImplemented,
  Py_True,
  Py_False,
  Py_TYPE,
  Py_hash_t,
  PyUnicode_Type,
  PyUnicode_FromString,
  PyType_FromSpec,
  Py_LT,
  Py_LE,
  Py_EQ,
  Py_NE,
  Py_GT,
  Py_TPFLAGS_BASETYPE,
  Py_TPFLAGS_UNICODE_SUBCLASS,
} from "./object";
import { PyErr_SetString } from "../Python/errors";
import { MSG } from "../Python/messages";
import * as exc from "./exceptions";
import * as abstract from "./abstract";
import { unicode_repr } from "./unicode_repr";
import { PyArg_UnpackKeywords } from "../Python/getargs";

/** The str hash (cached on the object; never -1). Not CPython's SipHash: str hashes are
 *  randomised per process in CPython, so no program can depend on their values. */
export function unicode_hash(o: PyObject): Py_hash_t {
  const s = o as PyStr;
  if (s._hash !== -1) return s._hash;
  const v = s.value;
  let h1 = 0x811c9dc5 | 0;
  let h2 = 0x01000193 | 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  // 53 bits: h1 (32) and 21 bits of h2.
  let h = (h1 >>> 0) + (h2 & 0x1fffff) * 4294967296;
  if (h2 & 0x200000) h = -h;
  if (h === -1) h = -2;
  s._hash = h;
  return h;
}

/** Length in code points (cached). */
export function PyUnicode_GetLength(s: PyStr): number {
  if (s._len >= 0) return s._len;
  const v = s.value;
  let n = v.length;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < v.length) {
      const d = v.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  s._len = n;
  return n;
}

/** Compares by code point (JS compares UTF-16 units, which orders astral characters wrongly). */
export function PyUnicode_Compare(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      if (x >= 0xd800 && y >= 0xd800 && (x < 0xe000 || y < 0xe000)) {
        return a.codePointAt(i)! < b.codePointAt(i)! ? -1 : 1;
      }
      return x < y ? -1 : 1;
    }
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

function unicode_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!(a instanceof PyStr) || !(b instanceof PyStr)) return Py_NotImplemented;
  if (op === Py_EQ) return a.value === b.value ? Py_True : Py_False;
  if (op === Py_NE) return a.value !== b.value ? Py_True : Py_False;
  const c = PyUnicode_Compare(a.value, b.value);
  const r = op === Py_LT ? c < 0 : op === Py_LE ? c <= 0 : op === Py_GT ? c > 0 : c >= 0;
  return r ? Py_True : Py_False;
}

function unicode_repr_slot(o: PyObject): PyObject {
  return PyUnicode_FromString(unicode_repr((o as PyStr).value));
}

function unicode_str(o: PyObject): PyObject {
  return Py_TYPE(o) === PyUnicode_Type ? o : PyUnicode_FromString((o as PyStr).value);
}

function unicode_length(o: PyObject): number {
  return PyUnicode_GetLength(o as PyStr);
}

function unicode_concat(a: PyObject, b: PyObject): PyObject {
  if (!(b instanceof PyStr)) {
    PyErr_SetString(exc.PyExc_TypeError, `can only concatenate str (not "${Py_TYPE(b).ht_name}") to str`);
  }
  return PyUnicode_FromString((a as PyStr).value + b.value);
}

function unicode_contains(a: PyObject, b: PyObject): boolean {
  if (!(b instanceof PyStr)) {
    PyErr_SetString(exc.PyExc_TypeError, `'in <string>' requires string as left operand, not ${Py_TYPE(b).ht_name}`);
  }
  return (a as PyStr).value.includes(b.value);
}

function unicode_new(type: PyTypeObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [obj, encoding, errors] = PyArg_UnpackKeywords({ fname: "str", names: ["object", "encoding", "errors"], required: 0 }, args, kwnames);
  let s: PyStr;
  if (obj === null) s = PyUnicode_FromString("");
  else if (encoding === null && errors === null) s = abstract.PyObject_Str(obj);
  else PyErr_SetString(exc.PyExc_TypeError, "decoding str is not supported");
  if (type === PyUnicode_Type) return s;
  return new PyStrSub(type, s.value);
}

PyType_FromSpec(
  {
    name: "str",
    flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_UNICODE_SUBCLASS,
    instanceClass: PyStr,
    slots: {
      tp_repr: unicode_repr_slot,
      tp_str: unicode_str,
      tp_hash: unicode_hash,
      tp_richcompare: unicode_richcompare,
      tp_new: unicode_new,
      sq_length: unicode_length,
      sq_concat: unicode_concat,
      sq_contains: unicode_contains,
    },
  },
  PyUnicode_Type,
);

void MSG;
