// dict (CPython's Objects/dictobject.c).
//
// OWNERSHIP: the storage core below (PyDict's fields and lookup/insert/delete, PyDict_* C-API
// functions) was written by the runtime architect because the core (instance __dict__, globals,
// keyword arguments) needs it first. The containers helper owns this file from now on: the
// dict type's methods, views, repr, iterators, dict subclasses (PyDictSub) go here. Keep the
// exported API (PyDict, getItem/setItem/delItem/getStr/setStr/delStr, PyDict_*), or change it
// together with its callers.
//
// Storage: entries in insertion order in two parallel arrays (`keys`, `values`; a deleted entry
// leaves a null key, compacted when holes outnumber live entries). An index maps "fast" keys
// natively: an exact str by its JS string, an int (or a bool, or an integral float, which are
// equal to ints and hash alike) by its JS number. Every other key goes to `generic`, buckets by
// hash, compared with ==. Lookups cross between the two where CPython's equality does (a str
// subclass key equal to a str, an object equal to an int with the same hash).
import {
  PyObject,
  PyObjectBase,
  PyTypeObject,
  PyStr,
  PyFloat,
  PyLong,
  Py_True,
  Py_False,
  PyUnicode_Type,
  PyFloat_Type,
  PyDict_Type,
  Py_TYPE,
  PyUnicode_InternFromString,
  InstanceDict,
  Py_hash_t,
  HeapInstance,
} from "./object";
import * as abstract from "./abstract";

type FastKey = string | number;

function fastKeyOf(k: PyObject): FastKey | undefined {
  if (typeof k === "number") return k;
  if (k instanceof PyStr) return k.ob_type === PyUnicode_Type ? k.value : undefined;
  if (k === Py_True) return 1;
  if (k === Py_False) return 0;
  if (k instanceof PyFloat && k.ob_type === PyFloat_Type && Number.isSafeInteger(k.value)) return k.value + 0;
  return undefined;
}

function bucketOf(h: Py_hash_t): number {
  return typeof h === "number" ? h : Number(BigInt.asIntN(48, h));
}

export class PyDict extends PyObjectBase implements InstanceDict {
  keys: (PyObject | null)[] = [];
  values: PyObject[] = [];
  /** Number of live entries. */
  used = 0;
  index: Map<FastKey, number> = new Map();
  generic: Map<number, number[]> | null = null;
  /** Bumped on every insertion of a new key or deletion (iteration checks it). */
  version = 0;

  constructor(type: PyTypeObject = PyDict_Type) {
    super();
    this.ob_type = type;
  }

  /** The entry index of key, or -1. May call __hash__ / __eq__. */
  lookup(key: PyObject): number {
    const fk = fastKeyOf(key);
    if (fk !== undefined) {
      const i = this.index.get(fk);
      if (i !== undefined) return i;
      if (this.generic === null) return -1;
      return this.lookupGeneric(key, abstract.PyObject_Hash(key), false);
    }
    return this.lookupGeneric(key, abstract.PyObject_Hash(key), true);
  }

  private lookupGeneric(key: PyObject, h: Py_hash_t, crossToFast: boolean): number {
    if (this.generic !== null) {
      const bucket = this.generic.get(bucketOf(h));
      if (bucket !== undefined) {
        for (let j = 0; j < bucket.length; j++) {
          const i = bucket[j];
          const k = this.keys[i]!;
          if (k === key) return i;
          const version = this.version;
          // Same bucket means same hash (buckets are exact for hashes that are safe integers).
          if (abstract.PyObject_RichCompareBool(k, key, 2)) return i;
          if (version !== this.version) return this.lookup(key);
        }
      }
    }
    if (crossToFast && this.index.size > 0) {
      // A str subclass equal to a str key, or an object equal to an int key of the same hash.
      let cand: number | undefined;
      if (key instanceof PyStr) cand = this.index.get(key.value);
      else if (typeof h === "number") {
        cand = this.index.get(h);
        if (cand === undefined && h === -2) cand = this.index.get(-1);
      }
      if (cand !== undefined && abstract.PyObject_RichCompareBool(this.keys[cand]!, key, 2)) return cand;
    }
    return -1;
  }

  getItem(key: PyObject): PyObject | undefined {
    const i = this.lookup(key);
    return i < 0 ? undefined : this.values[i];
  }

  setItem(key: PyObject, value: PyObject): void {
    const fk = fastKeyOf(key);
    if (fk !== undefined) {
      const i = this.index.get(fk);
      if (i !== undefined) {
        this.values[i] = value;
        return;
      }
      if (this.generic !== null) {
        const j = this.lookupGeneric(key, abstract.PyObject_Hash(key), false);
        if (j >= 0) {
          this.values[j] = value;
          return;
        }
      }
      this.index.set(fk, this.keys.length);
    } else {
      const h = abstract.PyObject_Hash(key);
      const j = this.lookupGeneric(key, h, true);
      if (j >= 0) {
        this.values[j] = value;
        return;
      }
      if (this.generic === null) this.generic = new Map();
      const b = bucketOf(h);
      const bucket = this.generic.get(b);
      if (bucket) bucket.push(this.keys.length);
      else this.generic.set(b, [this.keys.length]);
    }
    this.keys.push(key);
    this.values.push(value);
    this.used++;
    this.version++;
  }

  /** Deletes key; false if it was absent. */
  delItem(key: PyObject): boolean {
    const i = this.lookup(key);
    if (i < 0) return false;
    this.removeAt(i);
    return true;
  }

  removeAt(i: number): void {
    const k = this.keys[i]!;
    const fk = fastKeyOf(k);
    if (fk !== undefined && this.index.get(fk) === i) this.index.delete(fk);
    else if (this.generic !== null) {
      for (const [b, bucket] of this.generic) {
        const p = bucket.indexOf(i);
        if (p >= 0) {
          bucket.splice(p, 1);
          if (bucket.length === 0) this.generic.delete(b);
          break;
        }
      }
    }
    this.keys[i] = null;
    this.values[i] = undefined as unknown as PyObject;
    this.used--;
    this.version++;
    if (this.keys.length > 16 && this.keys.length - this.used > this.used) this.compact();
  }

  /** Drops the holes left by deletions and rebuilds the index. */
  compact(): void {
    const ks: PyObject[] = [];
    const vs: PyObject[] = [];
    for (let i = 0; i < this.keys.length; i++) {
      const k = this.keys[i];
      if (k !== null) {
        ks.push(k);
        vs.push(this.values[i]);
      }
    }
    this.keys = ks;
    this.values = vs;
    this.index = new Map();
    const hadGeneric = this.generic !== null;
    this.generic = null;
    for (let i = 0; i < ks.length; i++) {
      const fk = fastKeyOf(ks[i]);
      if (fk !== undefined) this.index.set(fk, i);
      else {
        if (this.generic === null) this.generic = new Map();
        const b = bucketOf(abstract.PyObject_Hash(ks[i]));
        const bucket = this.generic.get(b);
        if (bucket) bucket.push(i);
        else this.generic.set(b, [i]);
      }
    }
    void hadGeneric;
  }

  clear(): void {
    this.keys = [];
    this.values = [];
    this.used = 0;
    this.index = new Map();
    this.generic = null;
    this.version++;
  }

  // Attribute-name fast paths (instance __dict__, globals, class namespaces): str keys.
  getStr(name: string): PyObject | undefined {
    const i = this.index.get(name);
    if (i !== undefined) return this.values[i];
    if (this.generic === null) return undefined;
    return this.getItem(PyUnicode_InternFromString(name));
  }

  setStr(name: string, value: PyObject): void {
    const i = this.index.get(name);
    if (i !== undefined) this.values[i] = value;
    else this.setItem(PyUnicode_InternFromString(name), value);
  }

  delStr(name: string): boolean {
    const i = this.index.get(name);
    if (i !== undefined) {
      this.removeAt(i);
      return true;
    }
    if (this.generic === null) return false;
    return this.delItem(PyUnicode_InternFromString(name));
  }

  /** Live entries in insertion order. */
  *entries(): IterableIterator<[PyObject, PyObject]> {
    const ks = this.keys;
    for (let i = 0; i < ks.length; i++) {
      const k = ks[i];
      if (k !== null) yield [k, this.values[i]];
    }
  }
}

/** An instance of a Python subclass of dict. */
export class PyDictSub extends PyDict implements HeapInstance {
  dict: InstanceDict | null = null;
  slots: (PyObject | null)[] | null;
  constructor(type: PyTypeObject) {
    super(type);
    this.slots = type.tp_nslots ? new Array(type.tp_nslots).fill(null) : null;
  }
}

export function PyDict_New(): PyDict {
  return new PyDict();
}

export function PyDict_Check(o: PyObject): o is PyDict {
  return o instanceof PyDict;
}

export function PyDict_CheckExact(o: PyObject): o is PyDict {
  return o instanceof PyDict && o.ob_type === PyDict_Type;
}

/** PyDict_GetItemWithError: the value or undefined; errors from __hash__/__eq__ propagate. */
export function PyDict_GetItem(d: PyDict, key: PyObject): PyObject | undefined {
  return d.getItem(key);
}

export function PyDict_SetItem(d: PyDict, key: PyObject, value: PyObject): void {
  d.setItem(key, value);
}

/** PyDict_DelItem: false when the key is absent (the caller raises KeyError). */
export function PyDict_DelItem(d: PyDict, key: PyObject): boolean {
  return d.delItem(key);
}

export function PyDict_GetItemString(d: PyDict, key: string): PyObject | undefined {
  return d.getStr(key);
}

export function PyDict_SetItemString(d: PyDict, key: string, value: PyObject): void {
  d.setStr(key, value);
}

export function PyDict_Size(d: InstanceDict | PyDict): number {
  return (d as PyDict).used;
}

export function PyDict_Items(d: PyObject): IterableIterator<[PyObject, PyObject]> {
  return (d as PyDict).entries();
}

export function PyDict_Keys(d: PyDict): PyObject[] {
  return d.keys.filter((k): k is PyObject => k !== null);
}

/** PyDict_Copy (a plain dict). */
export function PyDict_Copy(d: PyDict): PyDict {
  const r = new PyDict();
  for (const [k, v] of d.entries()) r.setItem(k, v);
  return r;
}

/** dict(mapping-of-str) from a JS record, for native modules. */
export function PyDict_FromRecord(rec: Record<string, PyObject>): PyDict {
  const d = new PyDict();
  for (const k of Object.keys(rec)) d.setStr(k, rec[k]);
  return d;
}

void Py_TYPE;
void PyLong;

// ─────────────────────────────────────────────────────────────────────────────────────────────
// The dict type (written by the runtime architect as a first version; the containers helper owns
// it from here on).

import {
  PyUnicode_FromString as _str,
  PyTuple_FromArray as _tuple,
  PyList as _PyList,
  PyType_FromSpec as _fromSpec,
  PyBaseObject_Type as _object,
  Py_None as _None,
  Py_True as _True,
  Py_False as _False,
  Py_NotImplemented as _NotImplemented,
  PyObject_HashNotImplemented as _unhashable,
  METH_O as _O,
  METH_NOARGS as _NOARGS,
  METH_FASTCALL as _FAST,
  METH_KEYWORDS as _KW,
  METH_CLASS as _CLASS,
  Py_TPFLAGS_BASETYPE as _BASETYPE,
  Py_TPFLAGS_DICT_SUBCLASS as _DICTSUB,
  Py_TPFLAGS_MAPPING as _MAPPING,
  PyTuple as _PyTuple,
  PySet_Type as _PySet_Type,
} from "./object";
import { PyErr_SetString as _raise, PyErr_NewException as _newexc } from "../Python/errors";
import * as _exc from "./exceptions";
import { withReprGuard } from "./listobject";

// _PyArg_CheckPositional(name, n, 1, 2) failure
function argCountError(name: string, n: number): never {
  if (n < 1) _raise(_exc.PyExc_TypeError, `${name} expected at least 1 argument, got ${n}`);
  _raise(_exc.PyExc_TypeError, `${name} expected at most 2 arguments, got ${n}`);
}

function keyError(key: PyObject): never {
  throw _newexc(_exc.PyExc_KeyError, [key]);
}

function dict_repr(o: PyObject): PyObject {
  const d = o as PyDict;
  if (d.used === 0) return _str("{}");
  return _str(withReprGuard(o, "{...}", () => {
    const parts: string[] = [];
    for (const [k, v] of d.entries()) parts.push(`${abstract.PyObject_ReprStr(k)}: ${abstract.PyObject_ReprStr(v)}`);
    return `{${parts.join(", ")}}`;
  }));
}

function dict_subscript(o: PyObject, key: PyObject): PyObject {
  const d = o as PyDict;
  const v = d.getItem(key);
  if (v !== undefined) return v;
  if (Py_TYPE(d) !== PyDict_Type) {
    const missing = (require("./typeobject") as typeof import("./typeobject")).call_maybe(d, "__missing__", [key]);
    if (missing !== undefined) return missing;
  }
  keyError(key);
}

function dict_ass_subscript(o: PyObject, key: PyObject, value: PyObject | null): void {
  const d = o as PyDict;
  if (value === null) {
    if (!d.delItem(key)) keyError(key);
  } else d.setItem(key, value);
}

/** dict.update / dict(...) argument handling (dict_update_arg + keywords). */
export function dict_update_common(d: PyDict, args: PyObject[], kwnames: string[] | null, fname: string): void {
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - nkw;
  if (npos > 1) _raise(_exc.PyExc_TypeError, `${fname} expected at most 1 argument, got ${npos}`);
  if (npos === 1) {
    const arg = args[0];
    if (arg instanceof PyDict) for (const [k, v] of arg.entries()) d.setItem(k, v);
    else if (abstract.PyObject_LookupAttr(arg, "keys") !== undefined) {
      for (const k of abstract.iterate(abstract.PyObject_CallMethod(arg, "keys", []))) d.setItem(k, abstract.PyObject_GetItem(arg, k));
    } else {
      let i = 0;
      for (const item of abstract.iterate(arg)) {
        let pair: PyObject[];
        try {
          pair = abstract.PySequence_List_Array(item);
        } catch (e) {
          if (e instanceof _exc.PyBaseException && _exc.PyType_IsSubtypeFast(Py_TYPE(e), _exc.PyExc_TypeError)) {
            _raise(_exc.PyExc_TypeError, `cannot convert dictionary update sequence element #${i} to a sequence`);
          }
          throw e;
        }
        if (pair.length !== 2) {
          _raise(_exc.PyExc_ValueError, `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
        }
        d.setItem(pair[0], pair[1]);
        i++;
      }
    }
  }
  for (let i = 0; i < nkw; i++) d.setStr(kwnames![i], args[npos + i]);
}

function dict_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!(a instanceof PyDict) || !(b instanceof PyDict) || (op !== 2 && op !== 3)) return _NotImplemented;
  let eq = a.used === b.used;
  if (eq) {
    for (const [k, v] of a.entries()) {
      const w = b.getItem(k);
      if (w === undefined || !abstract.PyObject_RichCompareBool(v, w, 2)) {
        eq = false;
        break;
      }
    }
  }
  return (op === 2) === eq ? _True : _False;
}

function dict_get(self: PyObject, args: PyObject[]): PyObject {
  if (args.length < 1 || args.length > 2) argCountError("get", args.length);
  const v = (self as PyDict).getItem(args[0]);
  return v === undefined ? (args.length > 1 ? args[1] : _None) : v;
}

function dict_setdefault(self: PyObject, args: PyObject[]): PyObject {
  if (args.length < 1 || args.length > 2) argCountError("setdefault", args.length);
  const d = self as PyDict;
  const v = d.getItem(args[0]);
  if (v !== undefined) return v;
  const dv = args.length > 1 ? args[1] : _None;
  d.setItem(args[0], dv);
  return dv;
}

function dict_pop(self: PyObject, args: PyObject[]): PyObject {
  if (args.length < 1 || args.length > 2) argCountError("pop", args.length);
  const d = self as PyDict;
  const i = d.lookup(args[0]);
  if (i < 0) {
    if (args.length > 1) return args[1];
    keyError(args[0]);
  }
  const v = d.values[i];
  d.removeAt(i);
  return v;
}

function dict_popitem(self: PyObject): PyObject {
  const d = self as PyDict;
  for (let i = d.keys.length - 1; i >= 0; i--) {
    const k = d.keys[i];
    if (k !== null) {
      const v = d.values[i];
      d.removeAt(i);
      return _tuple([k, v]);
    }
  }
  _raise(_exc.PyExc_KeyError, "popitem(): dictionary is empty");
}

function dict_fromkeys(cls: PyObject, args: PyObject[]): PyObject {
  if (args.length < 1 || args.length > 2) argCountError("fromkeys", args.length);
  const value = args.length > 1 ? args[1] : _None;
  const d = abstract.PyObject_CallNoArgs(cls);
  for (const k of abstract.iterate(args[0])) abstract.PyObject_SetItem(d, k, value);
  return d;
}

// ─── views and iterators ─────────────────────────────────────────────────────────────────────

const KEYS = 0;
const VALUES = 1;
const ITEMS = 2;

export class PyDictViewObject extends PyObjectBase {
  constructor(readonly dict: PyDict, readonly kind: number, type: PyTypeObject) {
    super();
    this.ob_type = type;
  }
}

export class PyDictIterObject extends PyObjectBase {
  pos = 0;
  /** di_len: entries still expected. */
  len = 0;
  readonly version: number;
  readonly used: number;
  constructor(public dict: PyDict | null, readonly kind: number, readonly reverse = false) {
    super();
    this.ob_type = PyDictIter_Types[kind + (reverse ? 3 : 0)];
    this.version = dict!.version;
    this.used = dict!.used;
    this.len = dict!.used;
    if (reverse) this.pos = dict!.keys.length - 1;
  }
}

function dictiter_next(o: PyObject): PyObject | undefined {
  const it = o as PyDictIterObject;
  const d = it.dict;
  if (d === null) return undefined;
  if (d.used !== it.used) {
    it.dict = null;
    _raise(_exc.PyExc_RuntimeError, "dictionary changed size during iteration");
  }
  const ks = d.keys;
  if (it.reverse) {
    while (it.pos >= 0 && ks[it.pos] === null) it.pos--;
    if (it.pos < 0) {
      it.dict = null;
      return undefined;
    }
  } else {
    while (it.pos < ks.length && ks[it.pos] === null) it.pos++;
    if (it.pos >= ks.length) {
      it.dict = null;
      return undefined;
    }
  }
  const i = it.pos;
  it.pos += it.reverse ? -1 : 1;
  // an entry found beyond the expected count: keys were deleted and others added meanwhile
  if (it.len === 0) {
    it.dict = null;
    _raise(_exc.PyExc_RuntimeError, "dictionary keys changed during iteration");
  }
  it.len--;
  switch (it.kind) {
    case KEYS:
      return ks[i]!;
    case VALUES:
      return d.values[i];
    default:
      return _tuple([ks[i]!, d.values[i]]);
  }
}

// dictiter_len: the entries not yet produced (0 once the dict changed size)
function dictiter_len(it: PyDictIterObject): PyObject {
  const d = it.dict;
  return d !== null && d.used === it.used ? it.len : 0;
}

/** dict_keyiterator, dict_valueiterator, dict_itemiterator, then the three reverse ones. */
const PyDictIter_Types: PyTypeObject[] = [
  "dict_keyiterator", "dict_valueiterator", "dict_itemiterator",
  "dict_reversekeyiterator", "dict_reversevalueiterator", "dict_reverseitemiterator",
].map((name) => _fromSpec({
  name,
  base: _object,
  instanceClass: PyDictIterObject,
  slots: { tp_iter: (o) => o, tp_iternext: dictiter_next },
  methods: [{ name: "__length_hint__", meth: dictiter_len, flags: _NOARGS }],
}));

function view_repr(name: string) {
  return (o: PyObject): PyObject => {
    const v = o as PyDictViewObject;
    return _str(withReprGuard(o, "...", () => {
      const parts: string[] = [];
      const it = new PyDictIterObject(v.dict, v.kind);
      for (let x = dictiter_next(it); x !== undefined; x = dictiter_next(it)) parts.push(abstract.PyObject_ReprStr(x));
      return `${name}([${parts.join(", ")}])`;
    }));
  };
}

function setOf(o: PyObject): PyObject {
  return abstract.PyObject_Vectorcall(PySet_Type_(), [o], null);
}

function PySet_Type_(): PyTypeObject {
  return _PySet_Type;
}

/** Set-like operations of keys/items views return sets (dictviews_sub, dictviews_or, ...):
 *  set(left) updated in place by the matching set method with the right operand. */
function viewSetOp(method: string, commutes: boolean) {
  return (a: PyObject, b: PyObject): PyObject => {
    // _PyDictView_Intersect: when only the right operand is a view, the roles swap
    if (commutes && !(a instanceof PyDictViewObject)) [a, b] = [b, a];
    const left = setOf(a);
    abstract.PyObject_CallMethod(left, method, [b]);
    return left;
  };
}

function view_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!(a instanceof PyDictViewObject) || a.kind === VALUES) return _NotImplemented;
  if (!(b instanceof PyDictViewObject) && Py_TYPE(b).tp_name !== "set" && Py_TYPE(b).tp_name !== "frozenset") return _NotImplemented;
  return abstract.PyObject_RichCompare(setOf(a), b instanceof PyDictViewObject ? setOf(b) : b, op);
}

function view_contains(o: PyObject, x: PyObject): boolean {
  const v = o as PyDictViewObject;
  if (v.kind === KEYS) return v.dict.getItem(x) !== undefined;
  if (v.kind === ITEMS) {
    if (!(x instanceof _PyTuple) || x.items.length !== 2) return false;
    const found = v.dict.getItem(x.items[0]);
    return found !== undefined && abstract.PyObject_RichCompareBool(found, x.items[1], 2);
  }
  for (const val of v.dict.values) if (val !== undefined && abstract.PyObject_RichCompareBool(val, x, 2)) return true;
  return false;
}

function makeViewType(name: string, kind: number): PyTypeObject {
  const setOps = kind !== VALUES
    ? {
        nb_and: viewSetOp("intersection_update", true),
        nb_or: viewSetOp("update", true),
        nb_xor: viewSetOp("symmetric_difference_update", true),
        nb_subtract: viewSetOp("difference_update", false),
        tp_richcompare: view_richcompare,
      }
    : {};
  return _fromSpec({
    name,
    base: _object,
    instanceClass: PyDictViewObject,
    slots: {
      tp_repr: view_repr(name),
      tp_iter: (o) => new PyDictIterObject((o as PyDictViewObject).dict, kind),
      sq_length: (o) => (o as PyDictViewObject).dict.used,
      sq_contains: view_contains,
      tp_hash: kind !== VALUES ? _unhashable : null,
      ...setOps,
    },
    methods: [
      { name: "__reversed__", meth: (v: PyDictViewObject) => new PyDictIterObject(v.dict, kind, true), flags: _NOARGS },
      ...(kind !== VALUES ? [{ name: "isdisjoint", meth: (v: PyDictViewObject, o: PyObject) => {
        for (const x of abstract.iterate(o)) if (view_contains(v, x)) return _False;
        return _True;
      }, flags: _O }] : []),
    ],
    getsets: [{ name: "mapping", get: (v: PyDictViewObject) => (require("./descrobject") as typeof import("./descrobject")).PyDictProxy_Type && abstract.PyObject_Vectorcall((require("./descrobject") as typeof import("./descrobject")).PyDictProxy_Type, [v.dict], null) }],
  });
}

const PyDictKeys_Type = makeViewType("dict_keys", KEYS);
const PyDictValues_Type = makeViewType("dict_values", VALUES);
const PyDictItems_Type = makeViewType("dict_items", ITEMS);

function dict_new(type: PyTypeObject, _args: PyObject[], _kw: string[] | null): PyObject {
  return type === PyDict_Type ? new PyDict() : new PyDictSub(type);
}

function dict_or(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyDict) || !(b instanceof PyDict)) return _NotImplemented;
  const r = new PyDict();
  for (const [k, v] of a.entries()) r.setItem(k, v);
  for (const [k, v] of b.entries()) r.setItem(k, v);
  return r;
}

_fromSpec(
  {
    name: "dict",
    flags: _BASETYPE | _DICTSUB | _MAPPING,
    instanceClass: PyDict,
    slots: {
      tp_repr: dict_repr,
      tp_hash: _unhashable,
      tp_richcompare: dict_richcompare,
      tp_iter: (o) => new PyDictIterObject(o as PyDict, KEYS),
      tp_new: dict_new,
      tp_init: (self, args, kw) => dict_update_common(self as PyDict, args, kw, "dict"),
      mp_length: (o) => (o as PyDict).used,
      mp_subscript: dict_subscript,
      mp_ass_subscript: dict_ass_subscript,
      sq_contains: (o, k) => (o as PyDict).lookup(k) >= 0,
      nb_or: dict_or,
      nb_inplace_or: (a, b) => {
        dict_update_common(a as PyDict, [b], null, "update");
        return a;
      },
    },
    methods: [
      { name: "__getitem__", meth: (d: PyObject, k: PyObject) => dict_subscript(d, k), flags: _O | 0x0040 },
      { name: "__reversed__", meth: (d: PyDict) => new PyDictIterObject(d, KEYS, true), flags: _NOARGS },
      { name: "__sizeof__", meth: (d: PyDict) => 64 + 24 * d.keys.length, flags: _NOARGS },
      { name: "get", meth: dict_get, flags: _FAST },
      { name: "setdefault", meth: dict_setdefault, flags: _FAST },
      { name: "pop", meth: dict_pop, flags: _FAST },
      { name: "popitem", meth: dict_popitem, flags: _NOARGS },
      { name: "keys", meth: (d: PyDict) => new PyDictViewObject(d, KEYS, PyDictKeys_Type), flags: _NOARGS },
      { name: "items", meth: (d: PyDict) => new PyDictViewObject(d, ITEMS, PyDictItems_Type), flags: _NOARGS },
      { name: "values", meth: (d: PyDict) => new PyDictViewObject(d, VALUES, PyDictValues_Type), flags: _NOARGS },
      { name: "update", meth: (d: PyDict, args: PyObject[], kw: string[] | null) => (dict_update_common(d, args, kw, "update"), _None), flags: _FAST | _KW },
      { name: "fromkeys", meth: dict_fromkeys, flags: _FAST | _CLASS },
      { name: "clear", meth: (d: PyDict) => (d.clear(), _None), flags: _NOARGS },
      { name: "copy", meth: (d: PyDict) => PyDict_Copy(d), flags: _NOARGS },
      { name: "__class_getitem__", meth: (c: PyObject, i: PyObject) => (require("./tupleobject") as typeof import("./tupleobject")).Py_GenericAlias(c, i), flags: _O | _CLASS },
    ],
  },
  PyDict_Type,
);

void _PyList;
