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
  Py_None,
  PyObjectBase,
  PyBaseObject_Type,
  findStaticType,
  METH_O,
  METH_NOARGS,
  METH_FASTCALL,
  METH_CLASS,
  Py_TPFLAGS_BASETYPE,
  Py_TPFLAGS_TUPLE_SUBCLASS,
  Py_TPFLAGS_SEQUENCE,
} from "./object";
import { PyErr_SetString, PyErr_NoMemory } from "../Python/errors";
import { PySliceObject, PySlice_GetIndicesEx } from "./sliceobject";
import { withReprGuard } from "./listobject";
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

// tuplerepr: "(1,)" for one item, "(...)" when the tuple contains itself
function tuplerepr(o: PyObject): PyObject {
  const t = o as PyTuple;
  const n = t.items.length;
  if (n === 0) return PyUnicode_FromString("()");
  return PyUnicode_FromString(withReprGuard(o, "(...)", () => {
    const parts: string[] = new Array(n);
    for (let i = 0; i < n; i++) parts[i] = abstract.PyObject_ReprStr(t.items[i]);
    return n === 1 ? `(${parts[0]},)` : `(${parts.join(", ")})`;
  }));
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
  if (type === PyTuple_Type) PyArg_NoKeywords("tuple", kwnames);
  PyArg_CheckPositional("tuple", args.length, 0, 1);
  if (type === PyTuple_Type) return args.length ? abstract.PySequence_Tuple(args[0]) : PyTuple_FromArray([]);
  const items = args.length ? abstract.PySequence_List_Array(args[0]) : [];
  return new PyTupleSub(type, items);
}

function exactTuple(items: PyObject[]): PyTuple {
  return PyTuple_FromArray(items);
}

// tupleconcat
function tupleconcat(a: PyObject, b: PyObject): PyObject {
  if (!(b instanceof PyTuple)) PyErr_SetString(exc.PyExc_TypeError, `can only concatenate tuple (not "${Py_TYPE(b).ht_name}") to tuple`);
  const ta = a as PyTuple;
  if (b.items.length === 0 && Py_TYPE(a) === PyTuple_Type) return a;
  if (ta.items.length === 0 && Py_TYPE(b) === PyTuple_Type) return b;
  return exactTuple(ta.items.concat(b.items));
}

// tuplerepeat
function tuplerepeat(a: PyObject, n: number): PyObject {
  const items = (a as PyTuple).items;
  if (n === 1 && Py_TYPE(a) === PyTuple_Type) return a;
  if (n <= 0 || items.length === 0) return exactTuple([]);
  if (items.length * n > 2 ** 31) throw PyErr_NoMemory();
  const len = items.length;
  const out: PyObject[] = new Array(len * n);
  for (let k = 0; k < n; k++) for (let i = 0; i < len; i++) out[k * len + i] = items[i];
  return exactTuple(out);
}

// tuplesubscript
function tuplesubscript(o: PyObject, key: PyObject): PyObject {
  const items = (o as PyTuple).items;
  if (typeof key === "number") {
    const i = key < 0 ? key + items.length : key;
    if (i < 0 || i >= items.length) PyErr_SetString(exc.PyExc_IndexError, "tuple index out of range");
    return items[i];
  }
  if (key instanceof PySliceObject) {
    const [start, , step, len] = PySlice_GetIndicesEx(key, items.length);
    if (len === items.length && step === 1 && Py_TYPE(o) === PyTuple_Type) return o;
    if (step === 1) return exactTuple(items.slice(start, start + len));
    const out: PyObject[] = new Array(len);
    for (let k = 0, i = start; k < len; k++, i += step) out[k] = items[i];
    return exactTuple(out);
  }
  if (abstract.PyIndex_Check(key)) {
    let i = abstract.PyNumber_AsSsize_t(key, exc.PyExc_IndexError);
    if (i < 0) i += items.length;
    if (i < 0 || i >= items.length) PyErr_SetString(exc.PyExc_IndexError, "tuple index out of range");
    return items[i];
  }
  PyErr_SetString(exc.PyExc_TypeError, `tuple indices must be integers or slices, not ${Py_TYPE(key).ht_name}`);
}

// tuple_count
function tuple_count(self: PyObject, v: PyObject): PyObject {
  let n = 0;
  const items = (self as PyTuple).items;
  for (let i = 0; i < items.length; i++) if (abstract.PyObject_RichCompareBool(items[i], v, Py_EQ)) n++;
  return n;
}

// tuple_index (start/stop clamped as _PyEval_SliceIndexNotNone does)
function tuple_index(self: PyObject, args: PyObject[]): PyObject {
  PyArg_CheckPositional("index", args.length, 1, 3);
  const items = (self as PyTuple).items;
  const start = sliceIndexArg(args[1], items.length, 0);
  const stop = sliceIndexArg(args[2], items.length, items.length);
  for (let i = start; i < stop && i < items.length; i++) if (abstract.PyObject_RichCompareBool(items[i], args[0], Py_EQ)) return i;
  PyErr_SetString(exc.PyExc_ValueError, "tuple.index(x): x not in tuple");
}

/** _PyEval_SliceIndexNotNone then clamping to [0, n], as list.index/tuple.index do. */
export function sliceIndexArg(v: PyObject | undefined, n: number, dflt: number): number {
  if (v === undefined) return dflt;
  if (!abstract.PyIndex_Check(v)) PyErr_SetString(exc.PyExc_TypeError, "slice indices must be integers or have an __index__ method");
  let i = abstract.PyNumber_AsSsize_t(v, null);
  if (i < 0) i = Math.max(0, i + n);
  return Math.min(i, n);
}

// ─── tuple_iterator (tupleiterobject) ───────────────────────────────────────────────────────

export class PyTupleIterObject extends PyObjectBase {
  it_index = 0;
  constructor(public it_seq: PyTuple | null) {
    super();
    this.ob_type = PyTupleIter_Type;
  }
}

// tupleiter_next
function tupleiter_next(o: PyObject): PyObject | undefined {
  const it = o as PyTupleIterObject;
  const seq = it.it_seq;
  if (seq === null) return undefined;
  if (it.it_index < seq.items.length) return seq.items[it.it_index++];
  it.it_seq = null;
  return undefined;
}

// tupleiter_len
function tupleiter_len(o: PyObject): PyObject {
  const it = o as PyTupleIterObject;
  return it.it_seq === null ? 0 : Math.max(0, it.it_seq.items.length - it.it_index);
}

// tupleiter_setstate
function tupleiter_setstate(o: PyObject, state: PyObject): PyObject {
  const it = o as PyTupleIterObject;
  let i = abstract.PyNumber_AsSsize_t(state, null);
  if (it.it_seq !== null) {
    if (i < 0) i = 0;
    else if (i > it.it_seq.items.length) i = it.it_seq.items.length;
    it.it_index = i;
  }
  return Py_None;
}

export const PyTupleIter_Type: PyTypeObject = PyType_FromSpec({
  name: "tuple_iterator",
  base: PyBaseObject_Type,
  instanceClass: PyTupleIterObject,
  slots: { tp_iter: (o) => o, tp_iternext: tupleiter_next },
  methods: [
    { name: "__length_hint__", meth: tupleiter_len, flags: METH_NOARGS },
    { name: "__setstate__", meth: tupleiter_setstate, flags: METH_O },
  ],
});

/** __class_getitem__ of the generic builtin containers: types.GenericAlias(cls, item). */
export function Py_GenericAlias(cls: PyObject, item: PyObject): PyObject {
  const ga = findStaticType("types.GenericAlias");
  if (ga === null) PyErr_SetString(exc.PyExc_TypeError, `'${(cls as PyTypeObject).ht_name}' object is not subscriptable`);
  return abstract.PyObject_Vectorcall(ga, [cls, item], null);
}

PyType_FromSpec(
  {
    name: "tuple",
    flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_TUPLE_SUBCLASS | Py_TPFLAGS_SEQUENCE,
    instanceClass: PyTuple,
    doc: "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\nIf iterable is specified the tuple is initialized from iterable's items.\n\nIf the argument is a tuple, the return value is the same object.",
    slots: {
      tp_repr: tuplerepr,
      tp_hash: tuplehash,
      tp_richcompare: tuplerichcompare,
      tp_iter: (o) => new PyTupleIterObject(o as PyTuple),
      tp_new: tuple_new,
      sq_length: tuplelength,
      sq_concat: tupleconcat,
      sq_repeat: tuplerepeat,
      sq_item: tupleitem,
      sq_contains: tuplecontains,
      mp_length: tuplelength,
      mp_subscript: tuplesubscript,
    },
    methods: [
      { name: "__getnewargs__", meth: (o: PyTuple) => PyTuple_FromArray([exactTuple(o.items.slice())]), flags: METH_NOARGS },
      { name: "index", meth: tuple_index, flags: METH_FASTCALL },
      { name: "count", meth: tuple_count, flags: METH_O },
      { name: "__class_getitem__", meth: Py_GenericAlias, flags: METH_O | METH_CLASS },
    ],
  },
  PyTuple_Type,
);
