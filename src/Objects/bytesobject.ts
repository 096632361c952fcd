// bytes (CPython's Objects/bytesobject.c).
//
// OWNERSHIP: the str/bytes helper owns this file. The runtime architect put here only what the
// core needs first (repr, hash, comparison, length, indexing); replace or extend freely,
// keeping the exported names or updating their callers.
import {
  PyObject,
  PyBytes,
  Py_NotImplemented,
  Py_True,
  Py_False,
  Py_hash_t,
  PyBytes_Type,
  PyUnicode_FromString,
  PyType_FromSpec,
  Py_LT,
  Py_LE,
  Py_EQ,
  Py_NE,
  Py_GT,
  Py_TPFLAGS_BASETYPE,
  Py_TPFLAGS_BYTES_SUBCLASS,
} from "./object";
import { PyErr_SetString } from "../Python/errors";
import * as exc from "./exceptions";
import { bytes_repr } from "./unicode_repr";

export function bytes_hash(o: PyObject): Py_hash_t {
  const b = o as PyBytes;
  if (b._hash !== -1) return b._hash;
  let h1 = 0x811c9dc5 | 0;
  let h2 = 0x2545f491 | 0;
  for (const c of b.value) {
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  let h = (h1 >>> 0) + (h2 & 0x1fffff) * 4294967296;
  if (h2 & 0x200000) h = -h;
  if (h === -1) h = -2;
  b._hash = h;
  return h;
}

function bytes_compare(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return a.length - b.length;
}

function bytes_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!(a instanceof PyBytes) || !(b instanceof PyBytes)) return Py_NotImplemented;
  const c = bytes_compare(a.value, b.value);
  const r = op === Py_LT ? c < 0 : op === Py_LE ? c <= 0 : op === Py_EQ ? c === 0 : op === Py_NE ? c !== 0 : op === Py_GT ? c > 0 : c >= 0;
  return r ? Py_True : Py_False;
}

PyType_FromSpec(
  {
    name: "bytes",
    flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_BYTES_SUBCLASS,
    instanceClass: PyBytes,
    slots: {
      tp_repr: (o) => PyUnicode_FromString(bytes_repr((o as PyBytes).value)),
      tp_hash: bytes_hash,
      tp_richcompare: bytes_richcompare,
      sq_length: (o) => (o as PyBytes).value.length,
      sq_item: (o, i) => {
        const v = (o as PyBytes).value;
        if (i < 0 || i >= v.length) PyErr_SetString(exc.PyExc_IndexError, "index out of range");
        return v[i];
      },
    },
  },
  PyBytes_Type,
);
