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
  PyDict_Type,
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
  METH_CLASS,
  PyBaseObject_Type,
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
import { Py_GenericAlias } from "./tupleobject";

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
    const t = this.table;
    if (t.lookup(k) < 0) t.setItem(k, k);
  }
  discard(k: PyObject): boolean {
    return this.table.delItem(k);
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


/** PyAnySet_Check */
function isSet(o: PyObject): o is PySetObject {
  return o instanceof PySetObject;
}

function isFrozenType(t: PyTypeObject): boolean {
  return t === PyFrozenSet_Type || A.PyType_IsSubtype(t, PyFrozenSet_Type);
}

// make_new_set_basetype: a plain set or frozenset (by the kind of type), filled from iterable
function make_new_set_basetype(t: PyTypeObject, iterable: PyObject | null): PySetObject {
  const s = new PySetObject(isFrozenType(t) ? PyFrozenSet_Type : PySet_Type);
  if (iterable !== null) set_update_internal(s, iterable);
  return s;
}

function newLike(o: PyObject, items: Iterable<PyObject>): PySetObject {
  const s = make_new_set_basetype(Py_TYPE(o), null);
  for (const x of items) s.add(x);
  return s;
}

/** set_contains_key with set_contains's retry: a set key is looked up as a frozenset. */
function keyFor(k: PyObject): PyObject {
  if (k instanceof PySetObject && !isFrozenType(Py_TYPE(k))) return newLike(frozenProto, k.iter());
  return k;
}
const frozenProto = new PySetObject(PyFrozenSet_Type);

// set_update_internal
function set_update_internal(s: PySetObject, other: PyObject): void {
  if (isSet(other)) {
    for (const x of other.iter()) s.add(x);
    return;
  }
  if (other instanceof PyDict && Py_TYPE(other).tp_iter === PyDict_Type_().tp_iter) {
    for (const [k] of other.entries()) s.add(k);
    return;
  }
  for (const x of A.iterate(other)) s.add(x);
}

function PyDict_Type_(): PyTypeObject {
  return PyDict_Type;
}

// set_new / frozenset_new
function set_new(type: PyTypeObject, args: PyObject[], kwnames: string[] | null): PyObject {
  if (isFrozenType(type)) {
    if (type === PyFrozenSet_Type) PyArg_NoKeywords("frozenset", kwnames);
    PyArg_CheckPositional(type.tp_name, args.length - (kwnames ? kwnames.length : 0), 0, 1);
    if (type === PyFrozenSet_Type && args.length && Py_TYPE(args[0]) === PyFrozenSet_Type) return args[0];
    const s = new PySetObject(type);
    if (args.length) set_update_internal(s, args[0]);
    return s;
  }
  if (type === PySet_Type) PyArg_NoKeywords("set", kwnames);
  return new PySetObject(type);
}

// set_init
function set_init(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  if (isFrozenType(Py_TYPE(self))) return;
  PyArg_NoKeywords("set", kwnames);
  PyArg_CheckPositional(Py_TYPE(self).tp_name, args.length, 0, 1);
  const s = self as PySetObject;
  if (s.size) s.table.clear();
  if (args.length) set_update_internal(s, args[0]);
}

// set_repr
function set_repr(o: PyObject): PyObject {
  const s = o as PySetObject;
  const t = Py_TYPE(o);
  if (s.size === 0) return PyUnicode_FromString(`${t.ht_name}()`);
  return PyUnicode_FromString(withReprGuard(o, `${t.ht_name}(...)`, () => {
    const parts: string[] = [];
    for (const x of s.iter()) parts.push(A.PyObject_ReprStr(x));
    const body = `{${parts.join(", ")}}`;
    return t === PySet_Type ? body : `${t.ht_name}(${body})`;
  }));
}

const M64 = (1n << 64n) - 1n;
// _shuffle_bits
function shuffle_bits(h: bigint): bigint {
  return (((h ^ 89869747n) ^ ((h << 16n) & M64)) * 3644798167n) & M64;
}

/** frozenset_hash: xor of the shuffled element hashes, then CPython's final dispersion. */
function frozenset_hash(o: PyObject): Py_hash_t {
  const s = o as PySetObject;
  if (s._hash !== null) return s._hash;
  let hash = 0n;
  for (const x of s.iter()) hash ^= shuffle_bits(BigInt.asUintN(64, BigInt(A.PyObject_Hash(x))));
  hash ^= ((BigInt(s.size) + 1n) * 1927868237n) & M64;
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = (hash * 69069n + 907133923n) & M64;
  let r = BigInt.asIntN(64, hash);
  if (r === -1n) r = 590923713n;
  const out: Py_hash_t = r >= -9007199254740991n && r <= 9007199254740991n ? Number(r) : r;
  s._hash = out;
  return out;
}

// set_copy
function set_copy(self: PyObject): PyObject {
  return newLike(self, (self as PySetObject).iter());
}

// frozenset_copy
function frozenset_copy(self: PyObject): PyObject {
  return Py_TYPE(self) === PyFrozenSet_Type ? self : set_copy(self);
}

// set_union
function set_union(self: PyObject, args: PyObject[]): PyObject {
  const r = set_copy(self) as PySetObject;
  for (const o of args) if (o !== self) set_update_internal(r, o);
  return r;
}

// set_intersection (one other): iterates the smaller set, keeping the iterated side's keys
function set_intersection(self: PySetObject, other: PyObject): PySetObject {
  if (other === self) return set_copy(self) as PySetObject;
  const result = make_new_set_basetype(Py_TYPE(self), null);
  if (isSet(other)) {
    let so: PySetObject = self;
    let ot: PySetObject = other;
    if (ot.size > so.size) [so, ot] = [ot, so];
    for (const k of ot.iter()) if (so.has(k)) result.add(k);
    return result;
  }
  for (const k of A.iterate(other)) if (self.has(k)) result.add(k);
  return result;
}

// set_intersection_multi
function set_intersection_multi(self: PyObject, args: PyObject[]): PyObject {
  if (args.length === 0) return set_copy(self);
  let r = self as PySetObject;
  for (const o of args) r = set_intersection(r, o);
  return r;
}

// set_difference_update_internal
function set_difference_update_internal(s: PySetObject, other: PyObject): void {
  if (other === s) {
    s.table.clear();
    return;
  }
  if (isSet(other)) {
    for (const k of [...other.iter()]) s.discard(k);
    return;
  }
  for (const k of A.iterate(other)) s.discard(k);
}

// set_difference (one other)
function set_difference(self: PySetObject, other: PyObject): PySetObject {
  if (isSet(other) || other instanceof PyDict) {
    const result = make_new_set_basetype(Py_TYPE(self), null);
    for (const k of self.iter()) if (!(isSet(other) ? other.has(k) : other.lookup(k) >= 0)) result.add(k);
    return result;
  }
  const r = set_copy(self) as PySetObject;
  set_difference_update_internal(r, other);
  return r;
}

// set_difference_multi
function set_difference_multi(self: PyObject, args: PyObject[]): PyObject {
  if (args.length === 0) return set_copy(self);
  const r = set_difference(self as PySetObject, args[0]);
  for (let i = 1; i < args.length; i++) set_difference_update_internal(r, args[i]);
  return r;
}

// set_symmetric_difference_update
function set_symmetric_difference_update(self: PyObject, other: PyObject): PyObject {
  const s = self as PySetObject;
  if (self === other) {
    s.table.clear();
    return Py_None;
  }
  const otherset = isSet(other) ? other : make_new_set_basetype(Py_TYPE(s), other);
  for (const k of [...otherset.iter()]) {
    if (!s.discard(k)) s.add(k);
  }
  return Py_None;
}

// set_symmetric_difference
function set_symmetric_difference(self: PyObject, other: PyObject): PyObject {
  const r = make_new_set_basetype(Py_TYPE(self), other);
  set_symmetric_difference_update(r, self);
  return r;
}

// set_issubset
function set_issubset(self: PyObject, other: PyObject): boolean {
  const s = self as PySetObject;
  if (!isSet(other)) return set_issubset(self, make_new_set_basetype(PySet_Type, other));
  if (s.size > other.size) return false;
  for (const k of s.iter()) if (!other.has(k)) return false;
  return true;
}

// set_issuperset
function set_issuperset(self: PyObject, other: PyObject): boolean {
  if (isSet(other)) return set_issubset(other, self);
  const s = self as PySetObject;
  for (const k of A.iterate(other)) if (!s.has(k)) return false;
  return true;
}

// set_isdisjoint
function set_isdisjoint(self: PyObject, other: PyObject): PyObject {
  const s = self as PySetObject;
  if (self === other) return s.size === 0 ? Py_True : Py_False;
  if (isSet(other)) {
    let a: PySetObject = s;
    let b: PySetObject = other;
    if (b.size > a.size) [a, b] = [b, a];
    for (const k of b.iter()) if (a.has(k)) return Py_False;
    return Py_True;
  }
  for (const k of A.iterate(other)) if (s.has(k)) return Py_False;
  return Py_True;
}

function binop(f: (a: PySetObject, b: PySetObject) => PyObject) {
  return (a: PyObject, b: PyObject): PyObject => (isSet(a) && isSet(b) ? f(a, b) : Py_NotImplemented);
}

function inplace(f: (a: PySetObject, b: PySetObject) => void) {
  return (a: PyObject, b: PyObject): PyObject => {
    if (!isSet(b)) return Py_NotImplemented;
    f(a as PySetObject, b);
    return a;
  };
}

// set_richcompare
function set_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!isSet(a) || !isSet(b)) return Py_NotImplemented;
  let r: boolean;
  switch (op) {
    case 2:
    case 3:
      r = a.size === b.size && !(a._hash !== null && b._hash !== null && a._hash !== b._hash) && set_issubset(a, b);
      if (op === 3) r = !r;
      break;
    case 1: r = set_issubset(a, b); break;
    case 0: r = a.size < b.size && set_issubset(a, b); break;
    case 5: r = set_issuperset(a, b); break;
    default: r = a.size > b.size && set_issuperset(a, b);
  }
  return r ? Py_True : Py_False;
}

// set_remove
function set_remove(self: PyObject, k: PyObject): PyObject {
  if (!(self as PySetObject).discard(keyFor(k))) throw PyErr_NewException(exc.PyExc_KeyError, [k]);
  return Py_None;
}

// set_pop
function set_pop(self: PyObject): PyObject {
  const s = self as PySetObject;
  for (const x of s.iter()) {
    s.discard(x);
    return x;
  }
  PyErr_SetString(exc.PyExc_KeyError, "pop from an empty set");
}

// set_intersection_update_multi
function set_intersection_update_multi(self: PyObject, args: PyObject[]): PyObject {
  const s = self as PySetObject;
  const r = set_intersection_multi(s, args) as PySetObject;
  if (r !== s) s.table = r.table;
  return Py_None;
}

// set_difference_update
function set_difference_update(self: PyObject, args: PyObject[]): PyObject {
  for (const o of args) set_difference_update_internal(self as PySetObject, o);
  return Py_None;
}

// set_reduce
function set_reduce(s: PySetObject): PyObject {
  return PyTuple_FromArray([Py_TYPE(s), PyTuple_FromArray([A.PyList_FromArray([...s.iter()])]), s.dict ?? Py_None]);
}

// ─── set_iterator (setiterobject) ────────────────────────────────────────────────────────────

export class PySetIterObject extends PyObjectBase {
  pos = 0;
  si_used: number;
  constructor(public si_set: PySetObject | null) {
    super();
    this.ob_type = PySetIter_Type;
    this.si_used = si_set!.size;
  }
}

// setiter_iternext
function setiter_iternext(o: PyObject): PyObject | undefined {
  const it = o as PySetIterObject;
  const s = it.si_set;
  if (s === null) return undefined;
  if (it.si_used !== s.size) {
    it.si_used = -1;
    PyErr_SetString(exc.PyExc_RuntimeError, "Set changed size during iteration");
  }
  const ks = s.table.keys;
  let i = it.pos;
  while (i < ks.length && ks[i] === null) i++;
  if (i >= ks.length) {
    it.si_set = null;
    return undefined;
  }
  it.pos = i + 1;
  return ks[i]!;
}

// setiter_len
function setiter_len(o: PyObject): PyObject {
  const it = o as PySetIterObject;
  if (it.si_set === null || it.si_used !== it.si_set.size) return 0;
  let n = 0;
  const ks = it.si_set.table.keys;
  for (let i = it.pos; i < ks.length; i++) if (ks[i] !== null) n++;
  return n;
}

const PySetIter_Type: PyTypeObject = PyType_FromSpec({
  name: "set_iterator",
  base: PyBaseObject_Type,
  instanceClass: PySetIterObject,
  slots: { tp_iter: (o) => o, tp_iternext: setiter_iternext },
  methods: [{ name: "__length_hint__", meth: setiter_len, flags: METH_NOARGS }],
});

const common = [
  { name: "union", meth: set_union, flags: METH_FASTCALL },
  { name: "intersection", meth: set_intersection_multi, flags: METH_FASTCALL },
  { name: "difference", meth: set_difference_multi, flags: METH_FASTCALL },
  { name: "symmetric_difference", meth: set_symmetric_difference, flags: METH_O },
  { name: "issubset", meth: (s: PySetObject, o: PyObject) => (set_issubset(s, o) ? Py_True : Py_False), flags: METH_O },
  { name: "issuperset", meth: (s: PySetObject, o: PyObject) => (set_issuperset(s, o) ? Py_True : Py_False), flags: METH_O },
  { name: "isdisjoint", meth: set_isdisjoint, flags: METH_O },
  { name: "__reduce__", meth: set_reduce, flags: METH_NOARGS },
  { name: "__sizeof__", meth: (s: PySetObject) => 200 + 16 * s.size, flags: METH_NOARGS },
  { name: "__class_getitem__", meth: Py_GenericAlias, flags: METH_O | METH_CLASS },
];

const slotsCommon = {
  tp_repr: set_repr,
  tp_richcompare: set_richcompare,
  tp_iter: (o: PyObject) => new PySetIterObject(o as PySetObject),
  tp_new: set_new,
  tp_init: set_init,
  sq_length: (o: PyObject) => (o as PySetObject).size,
  sq_contains: (o: PyObject, k: PyObject) => (o as PySetObject).has(keyFor(k)),
  nb_or: binop((a, b) => set_union(a, [b])),
  nb_and: binop((a, b) => set_intersection(a, b)),
  nb_subtract: binop((a, b) => set_difference(a, b)),
  nb_xor: binop((a, b) => set_symmetric_difference(a, b)),
};

PyType_FromSpec(
  {
    name: "set",
    flags: Py_TPFLAGS_BASETYPE,
    instanceClass: PySetObject,
    doc: "set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered collection of unique elements.",
    slots: {
      ...slotsCommon,
      tp_hash: PyObject_HashNotImplemented,
      nb_inplace_or: inplace((a, b) => set_update_internal(a, b)),
      nb_inplace_and: inplace((a, b) => void set_intersection_update_multi(a, [b])),
      nb_inplace_subtract: inplace((a, b) => set_difference_update_internal(a, b)),
      nb_inplace_xor: inplace((a, b) => void set_symmetric_difference_update(a, b)),
    },
    methods: [
      ...common,
      { name: "copy", meth: set_copy, flags: METH_NOARGS },
      { name: "add", meth: (s: PySetObject, k: PyObject) => (s.add(k), Py_None), flags: METH_O },
      { name: "remove", meth: set_remove, flags: METH_O },
      { name: "discard", meth: (s: PySetObject, k: PyObject) => (s.discard(keyFor(k)), Py_None), flags: METH_O },
      { name: "pop", meth: set_pop, flags: METH_NOARGS },
      { name: "clear", meth: (s: PySetObject) => (s.table.clear(), Py_None), flags: METH_NOARGS },
      { name: "update", meth: (s: PySetObject, args: PyObject[]) => { for (const o of args) set_update_internal(s, o); return Py_None; }, flags: METH_FASTCALL },
      { name: "intersection_update", meth: set_intersection_update_multi, flags: METH_FASTCALL },
      { name: "difference_update", meth: set_difference_update, flags: METH_FASTCALL },
      { name: "symmetric_difference_update", meth: set_symmetric_difference_update, flags: METH_O },
    ],
  },
  PySet_Type,
);

PyType_FromSpec(
  {
    name: "frozenset",
    flags: Py_TPFLAGS_BASETYPE,
    instanceClass: PySetObject,
    doc: "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\nBuild an immutable unordered collection of unique elements.",
    slots: { ...slotsCommon, tp_hash: frozenset_hash },
    methods: [...common, { name: "copy", meth: frozenset_copy, flags: METH_NOARGS }],
  },
  PyFrozenSet_Type,
);
