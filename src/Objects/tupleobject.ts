// tuple (CPython's Objects/tupleobject.c).
//
// OWNERSHIP: the containers helper owns this file. The runtime architect put here only what the
// core needs first (repr, hash exactly as CPython's, comparison, length, indexing, `in`,
// tuple()); replace or extend freely, keeping the exported names or updating their callers.
import {
  PyObject,
  PyTypeObject,
  PyTuple,
  PyTupleSub,
  Py_NotImplemented,
  Py_True,
  Py_False,
  Py_TYPE,
  Py_hash_t,
  PyTuple_Type,
  PyUnicode_FromString,
  PyTuple_FromArray,
  PyType_FromSpec,
  Py_EQ,
  Py_NE,
  Py_TPFLAGS_BASETYPE,
  Py_TPFLAGS_TUPLE_SUBCLASS,
} from "./object";
import { PyErr_SetString } from "../Python/errors";
import * as exc from "./exceptions";
import * as abstract from "./abstract";
import { PyArg_NoKeywords, PyArg_CheckPositional } from "../Python/getargs";

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;
const M64 = (1n << 64n) - 1n;

/** tuplehash: CPython's xxHash-based combination of the items' hashes (exact values). */
export function tuplehash(o: PyObject): Py_hash_t {
  const t = o as PyTuple;
  if (t._hash !== null) return t._hash;
  let acc = XXPRIME_5;
  for (const item of t.items) {
    const h = abstract.PyObject_Hash(item);
    const lane = BigInt.asUintN(64, BigInt(h));
    acc = (acc + lane * XXPRIME_2) & M64;
    acc = ((acc << 31n) | (acc >> 33n)) & M64;
    acc = (acc * XXPRIME_1) & M64;
  }
  acc = (acc + (BigInt(t.items.length) ^ (XXPRIME_5 ^ 3527539n))) & M64;
  let r = BigInt.asIntN(64, acc);
  if (r === -1n) r = 1546275796n;
  const h: Py_hash_t = r >= -9007199254740991n && r <= 9007199254740991n ? Number(r) : r;
  t._hash = h;
  return h;
}

function tuplerepr(o: PyObject): PyObject {
  const t = o as PyTuple;
  const n = t.items.length;
  if (n === 0) return PyUnicode_FromString("()");
  const parts = t.items.map((x) => abstract.PyObject_ReprStr(x));
  return PyUnicode_FromString(n === 1 ? `(${parts[0]},)` : `(${parts.join(", ")})`);
}

function tuplerichcompare(v: PyObject, w: PyObject, op: number): PyObject {
  if (!(v instanceof PyTuple) || !(w instanceof PyTuple)) return Py_NotImplemented;
  const a = v.items;
  const b = w.items;
  let i = 0;
  for (; i < a.length && i < b.length; i++) {
    if (!abstract.PyObject_RichCompareBool(a[i], b[i], Py_EQ)) break;
  }
  if (i >= a.length || i >= b.length) {
    const c = a.length - b.length;
    const r = [c < 0, c <= 0, c === 0, c !== 0, c > 0, c >= 0][op];
    return r ? Py_True : Py_False;
  }
  if (op === Py_EQ) return Py_False;
  if (op === Py_NE) return Py_True;
  return abstract.PyObject_RichCompare(a[i], b[i], op);
}

function tuplelength(o: PyObject): number {
  return (o as PyTuple).items.length;
}

function tupleitem(o: PyObject, i: number): PyObject {
  const t = o as PyTuple;
  if (i < 0 || i >= t.items.length) PyErr_SetString(exc.PyExc_IndexError, "tuple index out of range");
  return t.items[i];
}

function tuplecontains(o: PyObject, v: PyObject): boolean {
  for (const x of (o as PyTuple).items) if (abstract.PyObject_RichCompareBool(x, v, Py_EQ)) return true;
  return false;
}

function tuple_new(type: PyTypeObject, args: PyObject[], kwnames: string[] | null): PyObject {
  PyArg_NoKeywords("tuple", kwnames);
  PyArg_CheckPositional("tuple", args.length, 0, 1);
  const items = args.length ? abstract.PySequence_List_Array(args[0]) : [];
  if (type === PyTuple_Type) return PyTuple_FromArray(items);
  return new PyTupleSub(type, items);
}

PyType_FromSpec(
  {
    name: "tuple",
    flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_TUPLE_SUBCLASS,
    instanceClass: PyTuple,
    slots: {
      tp_repr: tuplerepr,
      tp_hash: tuplehash,
      tp_richcompare: tuplerichcompare,
      tp_new: tuple_new,
      sq_length: tuplelength,
      sq_item: tupleitem,
      sq_contains: tuplecontains,
    },
  },
  PyTuple_Type,
);

void Py_TYPE;
