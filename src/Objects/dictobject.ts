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
