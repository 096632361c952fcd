// list (CPython's Objects/listobject.c). The PyList class itself is in object.ts.
//
// OWNERSHIP: the containers helper owns this file; the runtime architect wrote this first version
// (every method of 3.11's list, a stable merge sort calling only <) so that programs could run
// before the containers work lands. Improve freely; keep the exported names or update callers.
import {
  PyObject,
  PyObjectBase,
  PyTypeObject,
  PyList,
  PyListSub,
  PyList_Type,
  PyTuple,
  PyTuple_Type,
  PyStr,
  PyFloat,
  PyFloat_Type,
  PyUnicode_Type,
  Py_None,
  Py_NotImplemented,
  Py_True,
  Py_False,
  Py_TYPE,
  PyUnicode_FromString,
  PyType_FromSpec,
  PyBaseObject_Type,
  PyObject_HashNotImplemented,
  Py_LT,
  Py_EQ,
  Py_NE,
  METH_O,
  METH_NOARGS,
  METH_FASTCALL,
  METH_KEYWORDS,
  METH_CLASS,
  Py_TPFLAGS_BASETYPE,
  Py_TPFLAGS_LIST_SUBCLASS,
  Py_TPFLAGS_SEQUENCE,
} from "./object";
import { PyErr_SetString, PyErr_NewException, PyErr_ExceptionMatches } from "../Python/errors";
import * as exc from "./exceptions";
import * as A from "./abstract";
import { PySliceObject, PySlice_GetIndicesEx } from "./sliceobject";
import { sliceIndexArg, Py_GenericAlias } from "./tupleobject";
import { PyArg_UnpackKeywords, PyArg_NoKeywords, PyArg_CheckPositional } from "../Python/getargs";

const reprActive = new Set<PyObject>();

/** Py_ReprEnter/Py_ReprLeave around a container repr: "..." when it contains itself. */
export function withReprGuard(o: PyObject, recursive: string, f: () => string): string {
  if (reprActive.has(o)) return recursive;
  reprActive.add(o);
  try {
    return f();
  } finally {
    reprActive.delete(o);
  }
}

function list_repr(o: PyObject): PyObject {
  const l = o as PyList;
  if (l.items.length === 0) return PyUnicode_FromString("[]");
  return PyUnicode_FromString(withReprGuard(o, "[...]", () => {
    const parts: string[] = [];
    for (let i = 0; i < l.items.length; i++) parts.push(A.PyObject_ReprStr(l.items[i]));
    return `[${parts.join(", ")}]`;
  }));
}

function list_length(o: PyObject): number {
  return (o as PyList).items.length;
}

function indexError(): never {
  PyErr_SetString(exc.PyExc_IndexError, "list index out of range");
}

function list_item(o: PyObject, i: number): PyObject {
  const items = (o as PyList).items;
  if (i < 0 || i >= items.length) indexError();
  return items[i];
}

function list_subscript(o: PyObject, key: PyObject): PyObject {
  const items = (o as PyList).items;
  if (typeof key === "number") {
    const i = key < 0 ? key + items.length : key;
    if (i < 0 || i >= items.length) indexError();
    return items[i];
  }
  if (key instanceof PySliceObject) {
    const [start, , step, len] = PySlice_GetIndicesEx(key, items.length);
    if (step === 1) return new PyList(items.slice(start, start + len));
    const out: PyObject[] = new Array(len);
    for (let k = 0, i = start; k < len; k++, i += step) out[k] = items[i];
    return new PyList(out);
  }
  if (A.PyIndex_Check(key)) {
    let i = A.PyNumber_AsSsize_t(key, exc.PyExc_IndexError);
    if (i < 0) i += items.length;
    if (i < 0 || i >= items.length) indexError();
    return items[i];
  }
  PyErr_SetString(exc.PyExc_TypeError, `list indices must be integers or slices, not ${Py_TYPE(key).ht_name}`);
}

// PySequence_Fast(v, msg) for slice assignment: a TypeError with msg when v is not iterable
function assignedSequence(v: PyObject, msg: string): PyObject[] {
  if (v instanceof PyList || v instanceof PyTuple) return v.items.slice();
  let it: PyObject;
  try {
    it = A.PyObject_GetIter(v);
  } catch (e) {
    if (PyErr_ExceptionMatches(e, exc.PyExc_TypeError)) PyErr_SetString(exc.PyExc_TypeError, msg);
    throw e;
  }
  return A.PySequence_List_Array(it);
}

function list_ass_subscript(o: PyObject, key: PyObject, value: PyObject | null): void {
  const l = o as PyList;
  const items = l.items;
  if (key instanceof PySliceObject) {
    const [start, stop, step, len] = PySlice_GetIndicesEx(key, items.length);
    if (value === null) {
      if (step === 1) {
        items.splice(start, len);
        return;
      }
      const drop = new Set<number>();
      for (let k = 0, i = start; k < len; k++, i += step) drop.add(i);
      l.items = items.filter((_, i) => !drop.has(i));
      return;
    }
    const seq = value === o ? items.slice() : assignedSequence(value, step === 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
    if (step === 1) {
      const hi = Math.max(start, stop);
      items.splice(start, Math.max(0, hi - start), ...seq);
      return;
    }
    if (seq.length !== len) {
      PyErr_SetString(exc.PyExc_ValueError, `attempt to assign sequence of size ${seq.length} to extended slice of size ${len}`);
    }
    for (let k = 0, i = start; k < len; k++, i += step) items[i] = seq[k];
    return;
  }
  if (!A.PyIndex_Check(key)) PyErr_SetString(exc.PyExc_TypeError, `list indices must be integers or slices, not ${Py_TYPE(key).ht_name}`);
  let i = A.PyNumber_AsSsize_t(key, exc.PyExc_IndexError);
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) PyErr_SetString(exc.PyExc_IndexError, value === null ? "list assignment index out of range" : "list assignment index out of range");
  if (value === null) items.splice(i, 1);
  else items[i] = value;
}

function list_contains(o: PyObject, v: PyObject): boolean {
  const items = (o as PyList).items;
  for (let i = 0; i < items.length; i++) if (A.PyObject_RichCompareBool(items[i], v, Py_EQ)) return true;
  return false;
}

function list_concat(a: PyObject, b: PyObject): PyObject {
  if (!(b instanceof PyList)) PyErr_SetString(exc.PyExc_TypeError, `can only concatenate list (not "${Py_TYPE(b).ht_name}") to list`);
  return new PyList((a as PyList).items.concat(b.items));
}

function list_repeat(a: PyObject, n: number): PyObject {
  const items = (a as PyList).items;
  if (n <= 0 || items.length === 0) return new PyList([]);
  if (items.length * n > 2 ** 31) throw PyErr_NewException(exc.PyExc_MemoryError, []);
  const out: PyObject[] = new Array(items.length * n);
  for (let k = 0; k < n; k++) for (let i = 0; i < items.length; i++) out[k * items.length + i] = items[i];
  return new PyList(out);
}

function list_inplace_concat(a: PyObject, b: PyObject): PyObject {
  list_extend(a, b);
  return a;
}

function list_inplace_repeat(a: PyObject, n: number): PyObject {
  const l = a as PyList;
  l.items = (list_repeat(a, n) as PyList).items;
  return a;
}

function list_richcompare(v: PyObject, w: PyObject, op: number): PyObject {
  if (!(v instanceof PyList) || !(w instanceof PyList)) return Py_NotImplemented;
  const a = v.items;
  const b = w.items;
  if ((op === Py_EQ || op === Py_NE) && a.length !== b.length) return op === Py_EQ ? Py_False : Py_True;
  let i = 0;
  for (; i < a.length && i < b.length; i++) {
    if (!A.PyObject_RichCompareBool(a[i], b[i], Py_EQ)) break;
  }
  if (i >= a.length || i >= b.length) {
    const c = a.length - b.length;
    const r = [c < 0, c <= 0, c === 0, c !== 0, c > 0, c >= 0][op];
    return r ? Py_True : Py_False;
  }
  if (op === Py_EQ) return Py_False;
  if (op === Py_NE) return Py_True;
  return A.PyObject_RichCompare(a[i], b[i], op);
}

function list_new(type: PyTypeObject, _args: PyObject[], _kw: string[] | null): PyObject {
  return type === PyList_Type ? new PyList([]) : new PyListSub(type, []);
}

function list_init(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  PyArg_NoKeywords("list", kwnames);
  PyArg_CheckPositional("list", args.length, 0, 1);
  const l = self as PyList;
  l.items = [];
  if (args.length) list_extend(self, args[0]);
}

/** PyObject_LengthHint: len(o) if it has one, else o.__length_hint__(), else dflt. */
export function PyObject_LengthHint(o: PyObject, dflt: number): number {
  const t = Py_TYPE(o);
  if (t.sq_length !== null || t.mp_length !== null) {
    try {
      return A.PyObject_Size(o);
    } catch (e) {
      if (!PyErr_ExceptionMatches(e, exc.PyExc_TypeError)) throw e;
    }
  }
  const hint = A.PyObject_LookupAttr(t, "__length_hint__");
  if (hint === undefined) return dflt;
  let r: PyObject;
  try {
    r = A.PyObject_CallOneArg(hint, o);
  } catch (e) {
    if (PyErr_ExceptionMatches(e, exc.PyExc_TypeError)) return dflt;
    throw e;
  }
  if (r === Py_NotImplemented) return dflt;
  if (!A.PyLong_Check(r)) PyErr_SetString(exc.PyExc_TypeError, `__length_hint__ must be an integer, not ${Py_TYPE(r).ht_name}`);
  const n = A.PyNumber_AsSsize_t(r, exc.PyExc_OverflowError);
  if (n < 0) PyErr_SetString(exc.PyExc_ValueError, "__length_hint__() should return >= 0");
  return n;
}

// ─── methods ─────────────────────────────────────────────────────────────────────────────────

function list_append(self: PyObject, v: PyObject): PyObject {
  (self as PyList).items.push(v);
  return Py_None;
}

function list_extend(self: PyObject, it: PyObject): PyObject {
  const l = self as PyList;
  if (it === self) {
    l.items.push(...l.items.slice());
    return Py_None;
  }
  if ((it instanceof PyList || it instanceof PyTuple) && Py_TYPE(it).tp_iter === Py_TYPE(it).tp_iter) {
    for (const x of it.items) l.items.push(x);
    return Py_None;
  }
  const iter = A.PyObject_GetIter(it);
  PyObject_LengthHint(it, 8);
  const next = Py_TYPE(iter).tp_iternext!;
  const items = l.items;
  for (;;) {
    let x: PyObject | undefined;
    try {
      x = next(iter);
    } catch (e) {
      if (PyErr_ExceptionMatches(e, exc.PyExc_StopIteration)) break;
      throw e;
    }
    if (x === undefined) break;
    items.push(x);
  }
  return Py_None;
}

function list_insert(self: PyObject, args: PyObject[]): PyObject {
  PyArg_CheckPositional("insert", args.length, 2, 2);
  const items = (self as PyList).items;
  let i = A.PyNumber_AsSsize_t(args[0], null);
  if (i < 0) i = Math.max(0, i + items.length);
  if (i > items.length) i = items.length;
  items.splice(i, 0, args[1]);
  return Py_None;
}

function list_pop(self: PyObject, args: PyObject[]): PyObject {
  PyArg_CheckPositional("pop", args.length, 0, 1);
  const items = (self as PyList).items;
  if (items.length === 0) PyErr_SetString(exc.PyExc_IndexError, "pop from empty list");
  let i = args.length ? A.PyNumber_AsSsize_t(args[0], null) : -1;
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) PyErr_SetString(exc.PyExc_IndexError, "pop index out of range");
  if (i === items.length - 1) return items.pop()!;
  return items.splice(i, 1)[0];
}

function list_remove(self: PyObject, v: PyObject): PyObject {
  const items = (self as PyList).items;
  for (let i = 0; i < items.length; i++) {
    if (A.PyObject_RichCompareBool(items[i], v, Py_EQ)) {
      items.splice(i, 1);
      return Py_None;
    }
  }
  PyErr_SetString(exc.PyExc_ValueError, "list.remove(x): x not in list");
}

function clampIndex(v: PyObject | undefined, n: number, dflt: number): number {
  return sliceIndexArg(v, n, dflt);
}

function list_index(self: PyObject, args: PyObject[]): PyObject {
  PyArg_CheckPositional("index", args.length, 1, 3);
  const items = (self as PyList).items;
  const start = clampIndex(args[1], items.length, 0);
  const stop = clampIndex(args[2], items.length, items.length);
  for (let i = start; i < stop && i < items.length; i++) if (A.PyObject_RichCompareBool(items[i], args[0], Py_EQ)) return i;
  PyErr_SetString(exc.PyExc_ValueError, `${A.PyObject_ReprStr(args[0])} is not in list`);
}

function list_count(self: PyObject, v: PyObject): PyObject {
  let n = 0;
  for (const x of (self as PyList).items) if (A.PyObject_RichCompareBool(x, v, Py_EQ)) n++;
  return n;
}

function list_reverse(self: PyObject): PyObject {
  (self as PyList).items.reverse();
  return Py_None;
}

/** A stable merge sort using only `lt` (as CPython's sort uses only <). */
export function stableSort(keys: PyObject[], vals: PyObject[], lt: (a: PyObject, b: PyObject) => boolean): void {
  const n = keys.length;
  if (n < 2) return;
  const idx: number[] = new Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  const tmp: number[] = new Array(n);
  const sortRange = (lo: number, hi: number): void => {
    if (hi - lo <= 16) {
      for (let i = lo + 1; i < hi; i++) {
        const x = idx[i];
        let j = i - 1;
        while (j >= lo && lt(keys[x], keys[idx[j]])) {
          idx[j + 1] = idx[j];
          j--;
        }
        idx[j + 1] = x;
      }
      return;
    }
    const mid = (lo + hi) >> 1;
    sortRange(lo, mid);
    sortRange(mid, hi);
    if (!lt(keys[idx[mid]], keys[idx[mid - 1]])) return;
    let i = lo;
    let j = mid;
    let k = lo;
    while (i < mid && j < hi) {
      if (lt(keys[idx[j]], keys[idx[i]])) tmp[k++] = idx[j++];
      else tmp[k++] = idx[i++];
    }
    while (i < mid) tmp[k++] = idx[i++];
    while (j < hi) tmp[k++] = idx[j++];
    for (let t = lo; t < hi; t++) idx[t] = tmp[t];
  };
  sortRange(0, n);
  const k2 = idx.map((i) => keys[i]);
  const v2 = idx.map((i) => vals[i]);
  for (let i = 0; i < n; i++) {
    keys[i] = k2[i];
    vals[i] = v2[i];
  }
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** The kind shared by all keys (listsort's pre-scan choosing unsafe_*_compare): 1 safe ints,
 *  2 exact str without surrogates (UTF-16 order is then code-point order), 3 exact floats,
 *  4 exact non-empty tuples, 0 anything else. */
function keysKind(keys: PyObject[]): number {
  const k0 = keys[0];
  if (typeof k0 === "number") {
    for (let i = 1; i < keys.length; i++) if (typeof keys[i] !== "number") return 0;
    return 1;
  }
  const t0 = Py_TYPE(k0);
  for (let i = 1; i < keys.length; i++) if (Py_TYPE(keys[i]) !== t0) return 0;
  if (t0 === PyUnicode_Type) {
    for (let i = 0; i < keys.length; i++) if (SURROGATE.test((keys[i] as PyStr).value)) return 0;
    return 2;
  }
  if (t0 === PyFloat_Type) return 3;
  if (t0 === PyTuple_Type) {
    for (let i = 0; i < keys.length; i++) if ((keys[i] as PyTuple).items.length === 0) return 0;
    return 4;
  }
  return 0;
}

function richLt(a: PyObject, b: PyObject): boolean {
  return A.PyObject_RichCompareBool(a, b, Py_LT);
}

/** unsafe_tuple_compare: the first unequal items decide, the first by its kind's fast compare. */
function tupleLt(firstLt: (a: PyObject, b: PyObject) => boolean) {
  return (a: PyObject, b: PyObject): boolean => {
    const x = (a as PyTuple).items;
    const y = (b as PyTuple).items;
    const n = x.length < y.length ? x.length : y.length;
    let i = 0;
    for (; i < n; i++) {
      const p = x[i];
      const q = y[i];
      if (p === q) continue;
      if (typeof p === "number" && typeof q === "number") break;
      if (!A.PyObject_RichCompareBool(p, q, Py_EQ)) break;
    }
    if (i >= n) return x.length < y.length;
    if (i === 0) return firstLt(x[0], y[0]);
    const p = x[i];
    const q = y[i];
    if (typeof p === "number" && typeof q === "number") return p < q;
    return A.PyObject_RichCompareBool(p, q, Py_LT);
  };
}

/** Sorts vals by keys (stable), with listsort's homogeneous-key fast paths. */
function sortByKeys(keys: PyObject[], vals: PyObject[]): void {
  const n = keys.length;
  if (n < 2) return;
  const kind = keysKind(keys);
  if (kind === 1 || kind === 2) {
    // V8's Array sort is a stable TimSort; a consistent three-way comparator keeps it exact.
    const idx: number[] = new Array(n);
    for (let i = 0; i < n; i++) idx[i] = i;
    if (kind === 1) idx.sort((a, b) => (keys[a] as number) - (keys[b] as number));
    else {
      const sk: string[] = keys.map((k) => (k as PyStr).value);
      idx.sort((a, b) => (sk[a] < sk[b] ? -1 : sk[a] > sk[b] ? 1 : 0));
    }
    const v2 = idx.map((i) => vals[i]);
    for (let i = 0; i < n; i++) vals[i] = v2[i];
    return;
  }
  let lt: (a: PyObject, b: PyObject) => boolean = richLt;
  if (kind === 3) lt = (a, b) => (a as PyFloat).value < (b as PyFloat).value;
  else if (kind === 4) {
    const firsts = keys.map((k) => (k as PyTuple).items[0]);
    const fk = keysKind(firsts);
    const firstLt: (a: PyObject, b: PyObject) => boolean =
      fk === 1 ? (a, b) => (a as number) < (b as number)
      : fk === 2 ? (a, b) => (a as PyStr).value < (b as PyStr).value
      : fk === 3 ? (a, b) => (a as PyFloat).value < (b as PyFloat).value
      : richLt;
    lt = tupleLt(firstLt);
  }
  stableSort(keys, vals, lt);
}

function list_sort(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [keyfunc, reverse] = PyArg_UnpackKeywords({ fname: "sort", names: ["key", "reverse"], required: 0, maxpos: 0 }, args, kwnames);
  const l = self as PyList;
  const rev = reverse !== null && A.PyNumber_AsSsize_t(A.PyNumber_Index(reverse), exc.PyExc_OverflowError) !== 0;
  const vals = l.items;
  // the list looks empty during the sort; any change to it shows as another array or length
  const during: PyObject[] = [];
  l.items = during;
  let ok = false;
  try {
    const keys = keyfunc === null || keyfunc === Py_None ? vals.slice() : vals.map((v) => A.PyObject_CallOneArg(keyfunc, v));
    if (rev) {
      keys.reverse();
      vals.reverse();
    }
    sortByKeys(keys, vals);
    if (rev) vals.reverse();
    ok = true;
  } finally {
    const modified = l.items !== during || during.length !== 0;
    l.items = vals;
    if (modified && ok) PyErr_SetString(exc.PyExc_ValueError, "list modified during sort");
  }
  return Py_None;
}

function list_copy(self: PyObject): PyObject {
  return new PyList((self as PyList).items.slice());
}

// list_clear (like CPython's, a no-op on an empty list: list.sort's modification check relies on it)
function list_clear(self: PyObject): PyObject {
  const l = self as PyList;
  if (l.items.length !== 0) l.items = [];
  return Py_None;
}

// ─── iterators ───────────────────────────────────────────────────────────────────────────────

export class PyListIterObject extends PyObjectBase {
  index = 0;
  constructor(public seq: PyList | null, readonly reverse: boolean) {
    super();
    this.ob_type = reverse ? PyListRevIter_Type : PyListIter_Type;
    if (reverse && seq) this.index = seq.items.length - 1;
  }
}

function listiter_next(o: PyObject): PyObject | undefined {
  const it = o as PyListIterObject;
  const seq = it.seq;
  if (seq === null) return undefined;
  if (it.index < seq.items.length) return seq.items[it.index++];
  it.seq = null;
  return undefined;
}

function listreviter_next(o: PyObject): PyObject | undefined {
  const it = o as PyListIterObject;
  const seq = it.seq;
  if (seq === null) return undefined;
  if (it.index >= 0 && it.index < seq.items.length) return seq.items[it.index--];
  it.seq = null;
  return undefined;
}

function iter_length_hint(o: PyObject): PyObject {
  const it = o as PyListIterObject;
  if (it.seq === null) return 0;
  return it.reverse ? Math.max(0, it.index + 1) : Math.max(0, it.seq.items.length - it.index);
}

// listiter_setstate / listreviter_setstate
function iter_setstate(o: PyObject, state: PyObject): PyObject {
  const it = o as PyListIterObject;
  let i = A.PyNumber_AsSsize_t(state, null);
  if (it.seq !== null) {
    const n = it.seq.items.length;
    if (it.reverse) i = i < -1 ? -1 : i > n - 1 ? n - 1 : i;
    else i = i < 0 ? 0 : i > n ? n : i;
    it.index = i;
  }
  return Py_None;
}

export const PyListIter_Type: PyTypeObject = PyType_FromSpec({
  name: "list_iterator",
  base: PyBaseObject_Type,
  instanceClass: PyListIterObject,
  slots: { tp_iter: (o) => o, tp_iternext: listiter_next },
  methods: [
    { name: "__length_hint__", meth: iter_length_hint, flags: METH_NOARGS },
    { name: "__setstate__", meth: iter_setstate, flags: METH_O },
  ],
});

export const PyListRevIter_Type: PyTypeObject = PyType_FromSpec({
  name: "list_reverseiterator",
  base: PyBaseObject_Type,
  instanceClass: PyListIterObject,
  slots: { tp_iter: (o) => o, tp_iternext: listreviter_next },
  methods: [
    { name: "__length_hint__", meth: iter_length_hint, flags: METH_NOARGS },
    { name: "__setstate__", meth: iter_setstate, flags: METH_O },
  ],
});

PyType_FromSpec(
  {
    name: "list",
    flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_LIST_SUBCLASS | Py_TPFLAGS_SEQUENCE,
    instanceClass: PyList,
    doc: "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\nThe argument must be an iterable if specified.",
    slots: {
      tp_repr: list_repr,
      tp_hash: PyObject_HashNotImplemented,
      tp_richcompare: list_richcompare,
      tp_iter: (o) => new PyListIterObject(o as PyList, false),
      tp_new: list_new,
      tp_init: list_init,
      sq_length: list_length,
      sq_concat: list_concat,
      sq_repeat: list_repeat,
      sq_item: list_item,
      sq_contains: list_contains,
      sq_inplace_concat: list_inplace_concat,
      sq_inplace_repeat: list_inplace_repeat,
      mp_length: list_length,
      mp_subscript: list_subscript,
      mp_ass_subscript: list_ass_subscript,
    },
    methods: [
      { name: "__reversed__", meth: (o: PyList) => new PyListIterObject(o, true), flags: METH_NOARGS },
      { name: "__sizeof__", meth: (o: PyList) => 40 + 8 * o.items.length, flags: METH_NOARGS },
      { name: "clear", meth: list_clear, flags: METH_NOARGS },
      { name: "copy", meth: list_copy, flags: METH_NOARGS },
      { name: "append", meth: list_append, flags: METH_O },
      { name: "insert", meth: list_insert, flags: METH_FASTCALL },
      { name: "extend", meth: list_extend, flags: METH_O },
      { name: "pop", meth: list_pop, flags: METH_FASTCALL },
      { name: "remove", meth: list_remove, flags: METH_O },
      { name: "index", meth: list_index, flags: METH_FASTCALL },
      { name: "count", meth: list_count, flags: METH_O },
      { name: "reverse", meth: list_reverse, flags: METH_NOARGS },
      { name: "sort", meth: list_sort, flags: METH_FASTCALL | METH_KEYWORDS },
      { name: "__class_getitem__", meth: Py_GenericAlias, flags: METH_O | METH_CLASS },
    ],
  },
  PyList_Type,
);
