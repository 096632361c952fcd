// set and frozenset (CPython's Objects/setobject.c).
//
// OWNERSHIP: the containers helper owns this file; the runtime architect wrote this first version
// (storage: a PyDict of key -> key, which keeps insertion order; CPython's order differs for
// sets, but no program may rely on set order).
import {
  PyObject,
  PyObjectBase,
  PyTypeObject,
  PySet_Type,
  PyFrozenSet_Type,
  Py_None,
  Py_NotImplemented,
  Py_True,
  Py_False,
  Py_TYPE,
  Py_hash_t,
  PyUnicode_FromString,
  PyTuple_FromArray,
  PyType_FromSpec,
  PyObject_HashNotImplemented,
  METH_O,
  METH_NOARGS,
  METH_FASTCALL,
  Py_TPFLAGS_BASETYPE,
  HeapInstance,
  InstanceDict,
} from "./object";
import { PyErr_SetString, PyErr_NewException } from "../Python/errors";
import * as exc from "./exceptions";
import * as A from "./abstract";
import { PyDict } from "./dictobject";
import { withReprGuard } from "./listobject";
import { PyArg_NoKeywords, PyArg_CheckPositional } from "../Python/getargs";

export class PySetObject extends PyObjectBase implements HeapInstance {
  table = new PyDict();
  _hash: Py_hash_t | null = null;
  dict: InstanceDict | null = null;
  slots: (PyObject | null)[] | null;
  constructor(type: PyTypeObject) {
    super();
    this.ob_type = type;
    this.slots = type.tp_nslots ? new Array(type.tp_nslots).fill(null) : null;
  }
  add(k: PyObject): void {
    this.table.setItem(k, k);
  }
  has(k: PyObject): boolean {
    return this.table.lookup(k) >= 0;
  }
  *iter(): IterableIterator<PyObject> {
    for (const [k] of this.table.entries()) yield k;
  }
  get size(): number {
    return this.table.used;
  }
}

function isSet(o: PyObject): o is PySetObject {
  return o instanceof PySetObject;
}

function newLike(o: PyObject, items: Iterable<PyObject>): PySetObject {
  const t = Py_TYPE(o);
  const s = new PySetObject(A.PyType_IsSubtype(t, PyFrozenSet_Type) ? PyFrozenSet_Type : PySet_Type);
  for (const x of items) s.add(x);
  return s;
}

/** Elements of an iterable, with unhashable set elements made hashable as frozensets (as CPython's set_contains does for keys). */
function keyFor(k: PyObject): PyObject {
  if (k instanceof PySetObject && k.ob_type !== PyFrozenSet_Type && !A.PyType_IsSubtype(Py_TYPE(k), PyFrozenSet_Type)) {
    return newLike(frozenProto, k.iter());
  }
  return k;
}
const frozenProto = new PySetObject(PyFrozenSet_Type);

function set_new(type: PyTypeObject, args: PyObject[], kwnames: string[] | null): PyObject {
  if (type === PyFrozenSet_Type) {
    PyArg_NoKeywords("frozenset", kwnames);
    PyArg_CheckPositional("frozenset", args.length, 0, 1);
    if (args.length && Py_TYPE(args[0]) === PyFrozenSet_Type) return args[0];
    const s = new PySetObject(type);
    if (args.length) for (const x of A.iterate(args[0])) s.add(x);
    return s;
  }
  if (A.PyType_IsSubtype(type, PyFrozenSet_Type)) {
    const s = new PySetObject(type);
    if (args.length) for (const x of A.iterate(args[0])) s.add(x);
    return s;
  }
  return new PySetObject(type);
}

function set_init(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  if (A.PyType_IsSubtype(Py_TYPE(self), PyFrozenSet_Type)) return;
  PyArg_NoKeywords("set", kwnames);
  PyArg_CheckPositional("set", args.length, 0, 1);
  const s = self as PySetObject;
  s.table.clear();
  if (args.length) for (const x of A.iterate(args[0])) s.add(x);
}

function set_repr(o: PyObject): PyObject {
  const s = o as PySetObject;
  const t = Py_TYPE(o);
  if (s.size === 0) return PyUnicode_FromString(`${t.ht_name}()`);
  return PyUnicode_FromString(withReprGuard(o, `${t.ht_name}(...)`, () => {
    const body = `{${[...s.iter()].map((x) => A.PyObject_ReprStr(x)).join(", ")}}`;
    return t === PySet_Type ? body : `${t.ht_name}(${body})`;
  }));
}

/** frozenset hash (CPython's frozenset_hash: xor of shuffled element hashes). */
function frozenset_hash(o: PyObject): Py_hash_t {
  const s = o as PySetObject;
  if (s._hash !== null) return s._hash;
  const M = (1n << 64n) - 1n;
  let hash = 0n;
  for (const x of s.iter()) {
    let h = BigInt.asUintN(64, BigInt(A.PyObject_Hash(x)));
    h = ((h ^ 89869747n) ^ ((h << 16n) & M)) * 3644798167n & M;
    hash ^= h;
  }
  if (s.size & 1) hash ^= ((BigInt(s.size) + 1n) * 1927868237n) & M;
  hash ^= ((hash >> 11n) ^ (hash >> 25n));
  hash = (hash * 69069n + 907133923n) & M;
  let r = BigInt.asIntN(64, hash);
  if (r === -1n) r = 590923713n;
  const out: Py_hash_t = r >= -9007199254740991n && r <= 9007199254740991n ? Number(r) : r;
  s._hash = out;
  return out;
}

function others(args: PyObject[]): PySetObject[] {
  return args.map((a) => (isSet(a) ? a : newLike(frozenProto, A.iterate(a))));
}

function set_union(self: PyObject, args: PyObject[]): PyObject {
  const r = newLike(self, (self as PySetObject).iter());
  for (const o of args) for (const x of A.iterate(o)) r.add(x);
  return r;
}
function set_intersection(self: PyObject, args: PyObject[]): PyObject {
  let cur = [...(self as PySetObject).iter()];
  for (const o of others(args)) cur = cur.filter((x) => o.has(x));
  return newLike(self, cur);
}
function set_difference(self: PyObject, args: PyObject[]): PyObject {
  let cur = [...(self as PySetObject).iter()];
  for (const o of others(args)) cur = cur.filter((x) => !o.has(x));
  return newLike(self, cur);
}
function set_symmetric_difference(self: PyObject, other: PyObject): PyObject {
  const s = self as PySetObject;
  const o = others([other])[0];
  const items = [...s.iter()].filter((x) => !o.has(x));
  for (const x of o.iter()) if (!s.has(x)) items.push(x);
  return newLike(self, items);
}

function binop(f: (a: PyObject, b: PyObject) => PyObject) {
  return (a: PyObject, b: PyObject): PyObject => (isSet(a) && isSet(b) ? f(a, b) : Py_NotImplemented);
}

function inplace(f: (a: PySetObject, b: PySetObject) => void) {
  return (a: PyObject, b: PyObject): PyObject => {
    if (!isSet(a) || !isSet(b)) return Py_NotImplemented;
    f(a, b);
    return a;
  };
}

function set_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!isSet(a) || !isSet(b)) return Py_NotImplemented;
  const sub = (x: PySetObject, y: PySetObject) => x.size <= y.size && [...x.iter()].every((e) => y.has(e));
  let r: boolean;
  switch (op) {
    case 2: r = a.size === b.size && sub(a, b); break;
    case 3: r = !(a.size === b.size && sub(a, b)); break;
    case 1: r = sub(a, b); break;
    case 0: r = a.size < b.size && sub(a, b); break;
    case 5: r = sub(b, a); break;
    default: r = b.size < a.size && sub(b, a);
  }
  return r ? Py_True : Py_False;
}

function set_remove(self: PyObject, k: PyObject): PyObject {
  if (!(self as PySetObject).table.delItem(keyFor(k))) throw PyErr_NewException(exc.PyExc_KeyError, [k]);
  return Py_None;
}

function set_pop(self: PyObject): PyObject {
  const s = self as PySetObject;
  for (const x of s.iter()) {
    s.table.delItem(x);
    return x;
  }
  PyErr_SetString(exc.PyExc_KeyError, "pop from an empty set");
}

const common = [
  { name: "union", meth: set_union, flags: METH_FASTCALL },
  { name: "intersection", meth: set_intersection, flags: METH_FASTCALL },
  { name: "difference", meth: set_difference, flags: METH_FASTCALL },
  { name: "symmetric_difference", meth: set_symmetric_difference, flags: METH_O },
  { name: "issubset", meth: (s: PySetObject, o: PyObject) => ([...s.iter()].every((x) => others([o])[0].has(x)) ? Py_True : Py_False), flags: METH_O },
  { name: "issuperset", meth: (s: PySetObject, o: PyObject) => ([...A.iterate(o)].every((x) => s.has(x)) ? Py_True : Py_False), flags: METH_O },
  { name: "isdisjoint", meth: (s: PySetObject, o: PyObject) => ([...A.iterate(o)].some((x) => s.has(x)) ? Py_False : Py_True), flags: METH_O },
  { name: "copy", meth: (s: PySetObject) => (Py_TYPE(s) === PyFrozenSet_Type ? s : newLike(s, s.iter())), flags: METH_NOARGS },
  { name: "__reduce__", meth: (s: PySetObject) => PyTuple_FromArray([Py_TYPE(s), PyTuple_FromArray([A.PyList_FromArray([...s.iter()])]), s.dict ?? Py_None]), flags: METH_NOARGS },
  { name: "__sizeof__", meth: (s: PySetObject) => 200 + 16 * s.size, flags: METH_NOARGS },
];

const slotsCommon = {
  tp_repr: set_repr,
  tp_richcompare: set_richcompare,
  tp_iter: (o: PyObject) => A.PyObject_GetIter(A.PyList_FromArray([...(o as PySetObject).iter()])),
  tp_new: set_new,
  tp_init: set_init,
  sq_length: (o: PyObject) => (o as PySetObject).size,
  sq_contains: (o: PyObject, k: PyObject) => (o as PySetObject).has(keyFor(k)),
  nb_or: binop((a, b) => set_union(a, [b])),
  nb_and: binop((a, b) => set_intersection(a, [b])),
  nb_subtract: binop((a, b) => set_difference(a, [b])),
  nb_xor: binop((a, b) => set_symmetric_difference(a, b)),
};

PyType_FromSpec(
  {
    name: "set",
    flags: Py_TPFLAGS_BASETYPE,
    instanceClass: PySetObject,
    slots: {
      ...slotsCommon,
      tp_hash: PyObject_HashNotImplemented,
      nb_inplace_or: inplace((a, b) => { for (const x of b.iter()) a.add(x); }),
      nb_inplace_and: inplace((a, b) => { for (const x of [...a.iter()]) if (!b.has(x)) a.table.delItem(x); }),
      nb_inplace_subtract: inplace((a, b) => { for (const x of [...b.iter()]) a.table.delItem(x); }),
      nb_inplace_xor: inplace((a, b) => {
        for (const x of [...b.iter()]) {
          if (a.has(x)) a.table.delItem(x);
          else a.add(x);
        }
      }),
    },
    methods: [
      ...common,
      { name: "add", meth: (s: PySetObject, k: PyObject) => (s.add(k), Py_None), flags: METH_O },
      { name: "remove", meth: set_remove, flags: METH_O },
      { name: "discard", meth: (s: PySetObject, k: PyObject) => (s.table.delItem(keyFor(k)), Py_None), flags: METH_O },
      { name: "pop", meth: set_pop, flags: METH_NOARGS },
      { name: "clear", meth: (s: PySetObject) => (s.table.clear(), Py_None), flags: METH_NOARGS },
      { name: "update", meth: (s: PySetObject, args: PyObject[]) => { for (const o of args) for (const x of A.iterate(o)) s.add(x); return Py_None; }, flags: METH_FASTCALL },
      { name: "intersection_update", meth: (s: PySetObject, args: PyObject[]) => { const r = set_intersection(s, args) as PySetObject; s.table = r.table; return Py_None; }, flags: METH_FASTCALL },
      { name: "difference_update", meth: (s: PySetObject, args: PyObject[]) => { const r = set_difference(s, args) as PySetObject; s.table = r.table; return Py_None; }, flags: METH_FASTCALL },
      { name: "symmetric_difference_update", meth: (s: PySetObject, o: PyObject) => { const r = set_symmetric_difference(s, o) as PySetObject; s.table = r.table; return Py_None; }, flags: METH_O },
    ],
  },
  PySet_Type,
);

PyType_FromSpec(
  {
    name: "frozenset",
    flags: Py_TPFLAGS_BASETYPE,
    instanceClass: PySetObject,
    slots: { ...slotsCommon, tp_hash: frozenset_hash },
    methods: common,
  },
  PyFrozenSet_Type,
);
