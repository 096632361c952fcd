// Types and `object` (CPython's Objects/typeobject.c, plus PyObject_GenericGetAttr/SetAttr from
// Objects/object.c).
//
// - slotdefs: the ONE table mapping dunders to slots, both ways. PyType_Ready adds, for a native
//   type, a wrapper descriptor per filled slot (int's nb_add shows as int.__add__ and
//   int.__radd__); for a class, update_one_slot points each slot at the native function when the
//   dunder found on the MRO is that function's wrapper, else at the generic slot_* function
//   that calls the dunder (class C: def __add__ fills nb_add with slot_nb_add).
// - PyType_Ready (static types from their spec), type_new (class statements and
//   type(name, bases, dict)): C3 MRO, best base and layout, __slots__, __dict__/__weakref__,
//   __qualname__, __classcell__, __set_name__, __init_subclass__, __hash__ = None next to
//   __eq__; type version tags bumped by PyType_Modified for inline caches.
import {
  PyObject,
  PyObjectBase,
  PyTypeObject,
  PyHeapTypeObject,
  PyInstance,
  PyTypeSpec,
  PyMethodDef,
  PyGetSetDef,
  SlotName,
  PyType_Type,
  PyBaseObject_Type,
  PyStr,
  PyTuple,
  Py_None,
  Py_NotImplemented,
  Py_True,
  Py_False,
  Py_TYPE,
  Py_hash_t,
  PyUnicode_FromString,
  PyUnicode_InternFromString,
  PyTuple_FromArray,
  Py_EmptyTuple,
  HeapInstance,
  InstanceDict,
  staticTypes,
  nextTypeVersion,
  PyObject_HashNotImplemented,
  PyType_FromSpec,
  PyLong_Type,
  PyTuple_Type,
  PyBytes_Type,
  PyBool,
  Py_LT,
  Py_LE,
  Py_EQ,
  Py_NE,
  Py_GT,
  Py_GE,
  Py_TPFLAGS_BASETYPE,
  Py_TPFLAGS_HEAPTYPE,
  Py_TPFLAGS_READY,
  Py_TPFLAGS_IS_ABSTRACT,
  Py_TPFLAGS_METHOD_DESCRIPTOR,
  Py_TPFLAGS_TYPE_SUBCLASS,
  Py_TPFLAGS_IMMUTABLETYPE,
  Py_TPFLAGS_DISALLOW_INSTANTIATION,
  METH_CLASS,
  METH_STATIC,
  METH_O,
  METH_NOARGS,
  METH_FASTCALL,
  METH_KEYWORDS,
} from "./object";
import { PyErr_SetString, PyErr_NewException, PyErr_ExceptionMatches } from "../Python/errors";
import { MSG } from "../Python/messages";
import * as exc from "./exceptions";
import * as abstract from "./abstract";
import * as longobject from "./longobject";
import { PyDict, PyDict_Check } from "./dictobject";
import {
  PyMethodDescrObject,
  PyClassMethodDescrObject,
  PyWrapperDescrObject,
  PyGetSetDescrObject,
  PyMemberDescrObject,
} from "./descrobject";
import { PyCFunctionObject } from "./methodobject";
import { PyCellObject } from "./cellobject";
import { PyArg_NoKeywords } from "../Python/getargs";

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Method lookup on types

/** _PyType_Lookup: the attribute `name` found along type's MRO (no descriptor binding), or null. */
export function _PyType_Lookup(type: PyTypeObject, name: string): PyObject | null {
  const cached = type.tp_cache.get(name);
  if (cached !== undefined) return cached;
  const mro = type.tp_mro;
  let res: PyObject | null = null;
  for (let i = 0; i < mro.length; i++) {
    const v = mro[i].tp_dict.get(name);
    if (v !== undefined) {
      res = v;
      break;
    }
  }
  type.tp_cache.set(name, res);
  return res;
}

/** PyType_Modified: a type's namespace changed; invalidate it and every subclass. */
export function PyType_Modified(type: PyTypeObject): void {
  type.tp_version_tag = nextTypeVersion();
  type.tp_cache.clear();
  for (const ref of type.tp_subclasses) {
    const sub = ref.deref();
    if (sub) PyType_Modified(sub);
  }
}

/** lookup_maybe_method: [callable, unbound] for a special method of self's type, or null. */
function lookup_maybe_method(self: PyObject, name: string): [PyObject, boolean] | null {
  const res = _PyType_Lookup(Py_TYPE(self), name);
  if (res === null) return null;
  const t = Py_TYPE(res);
  if (t.tp_flags & Py_TPFLAGS_METHOD_DESCRIPTOR) return [res, true];
  const f = t.tp_descr_get;
  if (f === null) return [res, false];
  return [f(res, self, Py_TYPE(self)), false];
}

function call_unbound(found: [PyObject, boolean], self: PyObject, args: PyObject[]): PyObject {
  return found[1] ? abstract.PyObject_Vectorcall(found[0], [self, ...args], null) : abstract.PyObject_Vectorcall(found[0], args, null);
}

/** vectorcall_method: self.<name>(*args) looked up on the type, AttributeError if absent. */
export function vectorcall_method(name: string, self: PyObject, args: PyObject[]): PyObject {
  const f = lookup_maybe_method(self, name);
  if (f === null) throw PyErr_NewException(exc.PyExc_AttributeError, [PyUnicode_InternFromString(name)]);
  return call_unbound(f, self, args);
}

/** Calls a special method when the type has it, else returns undefined. */
export function call_maybe(self: PyObject, name: string, args: PyObject[]): PyObject | undefined {
  const f = lookup_maybe_method(self, name);
  if (f === null) return undefined;
  return call_unbound(f, self, args);
}

function newAttributeError(obj: PyObject, name: string): exc.PyBaseException {
  const t = Py_TYPE(obj);
  const e = PyErr_NewException(exc.PyExc_AttributeError, [PyUnicode_FromString(MSG.no_attribute(t.ht_name, name))]);
  (e as exc.PyAttributeErrorObject).name = PyUnicode_InternFromString(name);
  (e as exc.PyAttributeErrorObject).obj = obj;
  return e;
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Generic attribute access (Objects/object.c)

/** _PyObject_GenericGetAttrWithDict; with suppress, a miss returns undefined instead of raising. */
export function PyObject_GenericGetAttrImpl(obj: PyObject, name: string, suppress: boolean): PyObject | undefined {
  const tp = Py_TYPE(obj);
  const descr = _PyType_Lookup(tp, name);
  let f: PyTypeObject["tp_descr_get"] = null;
  if (descr !== null) {
    const dt = Py_TYPE(descr);
    f = dt.tp_descr_get;
    if (f !== null && dt.tp_descr_set !== null) return f(descr, obj, tp);
  }
  const dict = typeof obj === "number" ? null : (obj as unknown as HeapInstance).dict;
  if (dict) {
    const v = dict.getStr(name);
    if (v !== undefined) return v;
  }
  if (f !== null) return f(descr!, obj, tp);
  if (descr !== null) return descr;
  if (suppress) return undefined;
  throw newAttributeError(obj, name);
}

/** PyObject_GenericGetAttr */
export function PyObject_GenericGetAttr(obj: PyObject, name: string): PyObject {
  return PyObject_GenericGetAttrImpl(obj, name, false)!;
}

/** PyObject_GenericSetAttr (value null: delete) */
export function PyObject_GenericSetAttr(obj: PyObject, name: string, value: PyObject | null): void {
  const tp = Py_TYPE(obj);
  const descr = _PyType_Lookup(tp, name);
  if (descr !== null) {
    const f = Py_TYPE(descr).tp_descr_set;
    if (f !== null) {
      f(descr, obj, value);
      return;
    }
  }
  if (typeof obj !== "number" && tp.tp_hasdict) {
    const inst = obj as unknown as HeapInstance;
    if (value === null) {
      if (inst.dict && inst.dict.delStr(name)) return;
      throw newAttributeError(obj, name);
    }
    if (inst.dict === null) inst.dict = new PyDict();
    inst.dict.setStr(name, value);
    return;
  }
  if (descr === null) {
    const e = newAttributeError(obj, name);
    throw e;
  }
  PyErr_SetString(exc.PyExc_AttributeError, MSG.object_attrs_readonly(tp.ht_name, name));
}

/** The instance __dict__ of obj, made on demand (PyObject_GenericGetDict). */
export function PyObject_GenericGetDict(obj: PyObject): PyObject {
  const inst = obj as unknown as HeapInstance;
  if (inst.dict === null || inst.dict === undefined) inst.dict = new PyDict();
  return inst.dict as unknown as PyObject;
}

function PyObject_GenericSetDict(obj: PyObject, value: PyObject | null): void {
  if (value === null) PyErr_SetString(exc.PyExc_TypeError, "cannot delete __dict__");
  if (!PyDict_Check(value)) PyErr_SetString(exc.PyExc_TypeError, MSG.dict_must_be_dict(Py_TYPE(value).ht_name));
  (obj as unknown as HeapInstance).dict = value as unknown as InstanceDict;
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// slotdefs

/** How a wrapper descriptor calls its slot function (CPython's wrap_* functions). */
export type WrapperFunc = (
  self: PyObject,
  args: PyObject[],
  kwnames: string[] | null,
  // eslint-disable-next-line @typescript-eslint/ban-types
  wrapped: Function,
  qualname: string,
  def: SlotDef,
) => PyObject;

export interface SlotDef {
  name: string;
  slot: SlotName;
  /** The generic slot function for classes defining `name` (null: the slot is not filled from Python). */
  // eslint-disable-next-line @typescript-eslint/ban-types
  slotfn: Function | null;
  wrapper: WrapperFunc;
  /** For rich comparisons: the op. */
  op?: number;
  doc?: string | null;
  text_signature?: string | null;
}

function checkNargs(qualname: string, args: PyObject[], kwnames: string[] | null, n: number): void {
  if (kwnames && kwnames.length) PyErr_SetString(exc.PyExc_TypeError, MSG.takes_no_keyword_arguments(qualname));
  if (args.length !== n) {
    PyErr_SetString(exc.PyExc_TypeError, `expected ${n} argument${n === 1 ? "" : "s"}, got ${args.length}`);
  }
}

type Fn0 = (a: PyObject) => PyObject;
type Fn1 = (a: PyObject, b: PyObject) => PyObject;

const wrap_unaryfunc: WrapperFunc = (self, args, kw, f, qn) => {
  checkNargs(qn, args, kw, 0);
  return (f as Fn0)(self);
};
const wrap_binaryfunc: WrapperFunc = (self, args, kw, f, qn) => {
  checkNargs(qn, args, kw, 1);
  return (f as Fn1)(self, args[0]);
};
const wrap_binaryfunc_l = wrap_binaryfunc;
const wrap_binaryfunc_r: WrapperFunc = (self, args, kw, f, qn) => {
  checkNargs(qn, args, kw, 1);
  return (f as Fn1)(args[0], self);
};
const wrap_ternaryfunc: WrapperFunc = (self, args, kw, f, qn) => {
  if (kw && kw.length) PyErr_SetString(exc.PyExc_TypeError, MSG.takes_no_keyword_arguments(qn));
  if (args.length < 1 || args.length > 2) PyErr_SetString(exc.PyExc_TypeError, args.length < 1 ? `expected at least 1 argument, got 0` : `expected at most 2 arguments, got ${args.length}`);
  return (f as (a: PyObject, b: PyObject, c: PyObject) => PyObject)(self, args[0], args.length > 1 ? args[1] : Py_None);
};
const wrap_ternaryfunc_r: WrapperFunc = (self, args, kw, f, qn) => {
  if (kw && kw.length) PyErr_SetString(exc.PyExc_TypeError, MSG.takes_no_keyword_arguments(qn));
  if (args.length < 1 || args.length > 2) PyErr_SetString(exc.PyExc_TypeError, args.length < 1 ? `expected at least 1 argument, got 0` : `expected at most 2 arguments, got ${args.length}`);
  return (f as (a: PyObject, b: PyObject, c: PyObject) => PyObject)(args[0], self, args.length > 1 ? args[1] : Py_None);
};
const wrap_inquirypred: WrapperFunc = (self, args, kw, f, qn) => {
  checkNargs(qn, args, kw, 0);
  return (f as (a: PyObject) => boolean)(self) ? Py_True : Py_False;
};
const wrap_lenfunc: WrapperFunc = (self, args, kw, f, qn) => {
  checkNargs(qn, args, kw, 0);
  return (f as (a: PyObject) => number)(self);
};
const wrap_hashfunc: WrapperFunc = (self, args, kw, f, qn) => {
  checkNargs(qn, args, kw, 0);
  const h = (f as (a: PyObject) => Py_hash_t)(self);
  return typeof h === "number" ? h : longobject.PyLong_FromBigInt(h);
};
const wrap_richcmpfunc: WrapperFunc = (self, args, kw, f, qn, def) => {
  checkNargs(qn, args, kw, 1);
  return (f as (a: PyObject, b: PyObject, op: number) => PyObject)(self, args[0], def.op!);
};
const wrap_call: WrapperFunc = (self, args, kw, f) => (f as (a: PyObject, b: PyObject[], k: string[] | null) => PyObject)(self, args, kw);
const wrap_init: WrapperFunc = (self, args, kw, f) => {
  (f as (a: PyObject, b: PyObject[], k: string[] | null) => void)(self, args, kw);
  return Py_None;
};
const wrap_next: WrapperFunc = (self, args, kw, f, qn) => {
  checkNargs(qn, args, kw, 0);
  const r = (f as (a: PyObject) => PyObject | undefined)(self);
  if (r === undefined) throw PyErr_NewException(exc.PyExc_StopIteration, []);
  return r;
};
const wrap_descr_get: WrapperFunc = (self, args, kw, f, qn) => {
  if (kw && kw.length) PyErr_SetString(exc.PyExc_TypeError, MSG.takes_no_keyword_arguments(qn));
  if (args.length < 1 || args.length > 2) PyErr_SetString(exc.PyExc_TypeError, args.length < 1 ? `expected at least 1 argument, got 0` : `expected at most 2 arguments, got ${args.length}`);
  let obj: PyObject | null = args[0];
  let type: PyObject | null = args.length > 1 ? args[1] : null;
  if (obj === Py_None) obj = null;
  if (type === Py_None) type = null;
  if (obj === null && type === null) PyErr_SetString(exc.PyExc_TypeError, "__get__(None, None) is invalid");
  return (f as (d: PyObject, o: PyObject | null, t: PyObject | null) => PyObject)(self, obj, type);
};
const wrap_descr_set: WrapperFunc = (self, args, kw, f, qn) => {
  checkNargs(qn, args, kw, 2);
  (f as (d: PyObject, o: PyObject, v: PyObject | null) => void)(self, args[0], args[1]);
  return Py_None;
};
const wrap_descr_delete: WrapperFunc = (self, args, kw, f, qn) => {
  checkNargs(qn, args, kw, 1);
  (f as (d: PyObject, o: PyObject, v: PyObject | null) => void)(self, args[0], null);
  return Py_None;
};
function attrName(o: PyObject): string {
  if (!(o instanceof PyStr)) PyErr_SetString(exc.PyExc_TypeError, MSG.attribute_name_must_be_string(Py_TYPE(o).ht_name));
  return o.value;
}
const wrap_getattr: WrapperFunc = (self, args, kw, f, qn) => {
  checkNargs(qn, args, kw, 1);
  return (f as (o: PyObject, n: string) => PyObject)(self, attrName(args[0]));
};
const wrap_setattr: WrapperFunc = (self, args, kw, f, qn) => {
  checkNargs(qn, args, kw, 2);
  hackcheck(self, f, "__setattr__");
  (f as (o: PyObject, n: string, v: PyObject | null) => void)(self, attrName(args[0]), args[1]);
  return Py_None;
};
const wrap_delattr: WrapperFunc = (self, args, kw, f, qn) => {
  checkNargs(qn, args, kw, 1);
  hackcheck(self, f, "__delattr__");
  (f as (o: PyObject, n: string, v: PyObject | null) => void)(self, attrName(args[0]), null);
  return Py_None;
};
/** hackcheck: object.__setattr__(int_instance, ...) must not bypass int's own setattr. */
// eslint-disable-next-line @typescript-eslint/ban-types
function hackcheck(self: PyObject, f: Function, what: string): void {
  let t: PyTypeObject | null = Py_TYPE(self);
  while (t && t.tp_flags & Py_TPFLAGS_HEAPTYPE) t = t.tp_base;
  if (t && t.tp_setattro !== f && t.tp_setattro !== slot_tp_setattro) {
    PyErr_SetString(exc.PyExc_TypeError, `can't apply this ${what} to ${t.tp_name} object`);
  }
}
const wrap_sq_item: WrapperFunc = (self, args, kw, f, qn) => {
  checkNargs(qn, args, kw, 1);
  let i = abstract.PyNumber_AsSsize_t(args[0], exc.PyExc_IndexError);
  if (i < 0) {
    const sl = Py_TYPE(self).sq_length;
    if (sl) i += sl(self);
  }
  return (f as (a: PyObject, i: number) => PyObject)(self, i);
};
const wrap_sq_setitem: WrapperFunc = (self, args, kw, f, qn) => {
  checkNargs(qn, args, kw, 2);
  let i = abstract.PyNumber_AsSsize_t(args[0], exc.PyExc_IndexError);
  if (i < 0) {
    const sl = Py_TYPE(self).sq_length;
    if (sl) i += sl(self);
  }
  (f as (a: PyObject, i: number, v: PyObject | null) => void)(self, i, args[1]);
  return Py_None;
};
const wrap_sq_delitem: WrapperFunc = (self, args, kw, f, qn) => {
  checkNargs(qn, args, kw, 1);
  let i = abstract.PyNumber_AsSsize_t(args[0], exc.PyExc_IndexError);
  if (i < 0) {
    const sl = Py_TYPE(self).sq_length;
    if (sl) i += sl(self);
  }
  (f as (a: PyObject, i: number, v: PyObject | null) => void)(self, i, null);
  return Py_None;
};
const wrap_indexargfunc: WrapperFunc = (self, args, kw, f, qn) => {
  checkNargs(qn, args, kw, 1);
  const n = abstract.PyNumber_AsSsize_t(args[0], exc.PyExc_OverflowError);
  return (f as (a: PyObject, n: number) => PyObject)(self, n);
};
const wrap_objobjproc: WrapperFunc = (self, args, kw, f, qn) => {
  checkNargs(qn, args, kw, 1);
  return (f as (a: PyObject, v: PyObject) => boolean)(self, args[0]) ? Py_True : Py_False;
};
const wrap_objobjargproc: WrapperFunc = (self, args, kw, f, qn) => {
  checkNargs(qn, args, kw, 2);
  (f as (a: PyObject, k: PyObject, v: PyObject | null) => void)(self, args[0], args[1]);
  return Py_None;
};
const wrap_delitem: WrapperFunc = (self, args, kw, f, qn) => {
  checkNargs(qn, args, kw, 1);
  (f as (a: PyObject, k: PyObject, v: PyObject | null) => void)(self, args[0], null);
  return Py_None;
};
const wrap_del: WrapperFunc = (self, args, kw, f, qn) => {
  checkNargs(qn, args, kw, 0);
  (f as (a: PyObject) => void)(self);
  return Py_None;
};

// ─── the generic slot functions of classes (slot_* in typeobject.c) ──────────────────────────

function method_is_overloaded(left: PyTypeObject, right: PyTypeObject, name: string): boolean {
  const b = _PyType_Lookup(right, name);
  if (b === null) return false;
  const a = _PyType_Lookup(left, name);
  if (a === null) return true;
  return a !== b;
}

/** SLOT1BINFULL: the binary slot of classes, trying self.__op__ and other.__rop__ in order. */
// eslint-disable-next-line @typescript-eslint/ban-types
function makeBinarySlot(slot: SlotName, op: string, rop: string, identity: (() => Function) | null = null) {
  const fn = function (self: PyObject, other: PyObject): PyObject {
    const ts = Py_TYPE(self);
    const to = Py_TYPE(other);
    const me = identity === null ? fn : identity();
    let do_other = ts !== to && to[slot] === me;
    if (ts[slot] === me) {
      if (do_other && abstract.PyType_IsSubtype(to, ts) && method_is_overloaded(ts, to, rop)) {
        const r = call_maybe(other, rop, [self]);
        if (r !== undefined && r !== Py_NotImplemented) return r;
        do_other = false;
      }
      const r = call_maybe(self, op, [other]);
      if (r === undefined) {
        if (!do_other) return Py_NotImplemented;
      } else if (r !== Py_NotImplemented || to === ts) return r;
    }
    if (do_other) {
      const r = call_maybe(other, rop, [self]);
      return r === undefined ? Py_NotImplemented : r;
    }
    return Py_NotImplemented;
  };
  return fn;
}

function makeInplaceSlot(name: string) {
  return (self: PyObject, other: PyObject): PyObject => {
    const r = call_maybe(self, name, [other]);
    return r === undefined ? Py_NotImplemented : r;
  };
}

function makeUnarySlot(name: string) {
  return (self: PyObject): PyObject => vectorcall_method(name, self, []);
}

const slot_nb_power_binary = makeBinarySlot("nb_power", "__pow__", "__rpow__", () => slot_nb_power) as (a: PyObject, b: PyObject) => PyObject;
/** slot_nb_power: a three-argument pow only calls self.__pow__(other, mod). */
function slot_nb_power(self: PyObject, other: PyObject, mod: PyObject): PyObject {
  if (mod === Py_None) return slot_nb_power_binary(self, other);
  if (Py_TYPE(self).nb_power === slot_nb_power) {
    const r = call_maybe(self, "__pow__", [other, mod]);
    return r === undefined ? Py_NotImplemented : r;
  }
  return Py_NotImplemented;
}
Object.defineProperty(slot_nb_power_binary, "name", { value: "slot_nb_power" });

function slot_nb_inplace_power(self: PyObject, other: PyObject, mod: PyObject): PyObject {
  const r = call_maybe(self, "__ipow__", mod === Py_None ? [other] : [other, mod]);
  return r === undefined ? Py_NotImplemented : r;
}

function slot_nb_bool(self: PyObject): boolean {
  let using_len = false;
  let f = lookup_maybe_method(self, "__bool__");
  if (f === null) {
    f = lookup_maybe_method(self, "__len__");
    if (f === null) return true;
    using_len = true;
  }
  const r = call_unbound(f, self, []);
  if (using_len) return abstract.lengthResult(r) !== 0;
  if (r === Py_True) return true;
  if (r === Py_False) return false;
  PyErr_SetString(exc.PyExc_TypeError, MSG.bool_returned_non_bool(Py_TYPE(r).ht_name));
}

function slot_sq_length(self: PyObject): number {
  return abstract.lengthResult(vectorcall_method("__len__", self, []));
}

function slot_sq_item(self: PyObject, i: number): PyObject {
  return vectorcall_method("__getitem__", self, [i]);
}

function slot_sq_contains(self: PyObject, value: PyObject): boolean {
  const f = lookup_maybe_method(self, "__contains__");
  if (f !== null && f[0] === Py_None) PyErr_SetString(exc.PyExc_TypeError, MSG.argument_of_type_not_iterable(Py_TYPE(self).ht_name));
  if (f !== null) return abstract.PyObject_IsTrue(call_unbound(f, self, [value]));
  return abstract._PySequence_IterSearchContains(self, value);
}

function slot_mp_subscript(self: PyObject, key: PyObject): PyObject {
  return vectorcall_method("__getitem__", self, [key]);
}

function slot_mp_ass_subscript(self: PyObject, key: PyObject, value: PyObject | null): void {
  if (value === null) vectorcall_method("__delitem__", self, [key]);
  else vectorcall_method("__setitem__", self, [key, value]);
}

function slot_sq_ass_item(self: PyObject, i: number, value: PyObject | null): void {
  if (value === null) vectorcall_method("__delitem__", self, [i]);
  else vectorcall_method("__setitem__", self, [i, value]);
}

function slot_tp_repr(self: PyObject): PyObject {
  const f = lookup_maybe_method(self, "__repr__");
  if (f !== null) return call_unbound(f, self, []);
  return PyUnicode_FromString(`<${Py_TYPE(self).tp_name} object at ${abstract.addressOf(self)}>`);
}

function slot_tp_str(self: PyObject): PyObject {
  return vectorcall_method("__str__", self, []);
}

function slot_tp_hash(self: PyObject): Py_hash_t {
  const f = lookup_maybe_method(self, "__hash__");
  if (f === null || f[0] === Py_None) return PyObject_HashNotImplemented(self);
  const r = call_unbound(f, self, []);
  if (typeof r === "number") return r === -1 ? -2 : r;
  if (!abstract.PyLong_Check(r)) PyErr_SetString(exc.PyExc_TypeError, MSG.hash_not_int());
  // A big result is reduced as int's own hash would (CPython: PyLong_Type.tp_hash on overflow).
  const b = longobject.PyLong_AsBigInt(r);
  if (b >= -(2n ** 63n) && b < 2n ** 63n) {
    const n = b === -1n ? -2n : b;
    return Number.isSafeInteger(Number(n)) ? Number(n) : n;
  }
  return longobject.long_hash(r);
}

function slot_tp_call(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const f = lookup_maybe_method(self, "__call__");
  if (f === null) PyErr_SetString(exc.PyExc_TypeError, MSG.not_callable(Py_TYPE(self).ht_name));
  return f[1] ? abstract.PyObject_Vectorcall(f[0], [self, ...args], kwnames) : abstract.PyObject_Vectorcall(f[0], args, kwnames);
}

/** slot_tp_getattr_hook: __getattribute__, then __getattr__ on AttributeError. */
function slot_tp_getattr_hook(self: PyObject, name: string): PyObject {
  const tp = Py_TYPE(self);
  const getattr = _PyType_Lookup(tp, "__getattr__");
  if (getattr === null) {
    tp.tp_getattro = slot_tp_getattro;
    return slot_tp_getattro(self, name);
  }
  const getattribute = _PyType_Lookup(tp, "__getattribute__");
  let res: PyObject | undefined;
  try {
    if (getattribute === null || (getattribute instanceof PyWrapperDescrObject && getattribute.d_wrapped === PyObject_GenericGetAttr)) {
      res = PyObject_GenericGetAttrImpl(self, name, true);
    } else {
      res = call_attr(self, getattribute, name);
    }
  } catch (e) {
    if (!PyErr_ExceptionMatches(e, exc.PyExc_AttributeError)) throw e;
    res = undefined;
  }
  if (res !== undefined) return res;
  return call_attr(self, getattr, name);
}

function call_attr(self: PyObject, attr: PyObject, name: string): PyObject {
  const n = PyUnicode_InternFromString(name);
  const t = Py_TYPE(attr);
  if (t.tp_flags & Py_TPFLAGS_METHOD_DESCRIPTOR) return abstract.PyObject_Vectorcall(attr, [self, n], null);
  const f = t.tp_descr_get;
  const bound = f ? f(attr, self, Py_TYPE(self)) : attr;
  return abstract.PyObject_Vectorcall(bound, [n], null);
}

function slot_tp_getattro(self: PyObject, name: string): PyObject {
  return vectorcall_method("__getattribute__", self, [PyUnicode_InternFromString(name)]);
}

function slot_tp_setattro(self: PyObject, name: string, value: PyObject | null): void {
  const n = PyUnicode_InternFromString(name);
  if (value === null) vectorcall_method("__delattr__", self, [n]);
  else vectorcall_method("__setattr__", self, [n, value]);
}

const RICHCMP_NAMES = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];

function slot_tp_richcompare(self: PyObject, other: PyObject, op: number): PyObject {
  const f = lookup_maybe_method(self, RICHCMP_NAMES[op]);
  if (f === null) return Py_NotImplemented;
  return call_unbound(f, self, [other]);
}

function slot_tp_iter(self: PyObject): PyObject {
  const f = lookup_maybe_method(self, "__iter__");
  if (f !== null && f[0] === Py_None) PyErr_SetString(exc.PyExc_TypeError, MSG.not_iterable(Py_TYPE(self).ht_name));
  if (f === null) {
    if (lookup_maybe_method(self, "__getitem__") !== null) return abstract.PySeqIter_New(self);
    PyErr_SetString(exc.PyExc_TypeError, MSG.not_iterable(Py_TYPE(self).ht_name));
  }
  return call_unbound(f, self, []);
}

function slot_tp_iternext(self: PyObject): PyObject | undefined {
  return vectorcall_method("__next__", self, []);
}

function slot_tp_descr_get(self: PyObject, obj: PyObject | null, type: PyObject | null): PyObject {
  const get = _PyType_Lookup(Py_TYPE(self), "__get__");
  if (get === null) return self;
  const o = obj ?? Py_None;
  const t = type ?? Py_None;
  const f = Py_TYPE(get);
  if (f.tp_flags & Py_TPFLAGS_METHOD_DESCRIPTOR) return abstract.PyObject_Vectorcall(get, [self, o, t], null);
  const bound = f.tp_descr_get ? f.tp_descr_get(get, self, Py_TYPE(self)) : get;
  return abstract.PyObject_Vectorcall(bound, [o, t], null);
}

function slot_tp_descr_set(self: PyObject, target: PyObject, value: PyObject | null): void {
  if (value === null) vectorcall_method("__delete__", self, [target]);
  else vectorcall_method("__set__", self, [target, value]);
}

function slot_tp_init(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  const f = lookup_maybe_method(self, "__init__");
  if (f === null) throw newAttributeError(self, "__init__");
  const r = f[1] ? abstract.PyObject_Vectorcall(f[0], [self, ...args], kwnames) : abstract.PyObject_Vectorcall(f[0], args, kwnames);
  if (r !== Py_None) PyErr_SetString(exc.PyExc_TypeError, MSG.init_returned(Py_TYPE(r).ht_name));
}

function slot_tp_new(type: PyTypeObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const func = abstract.PyObject_GetAttr(type, "__new__");
  return abstract.PyObject_Vectorcall(func, [type, ...args], kwnames);
}

function slot_tp_finalize(self: PyObject): void {
  call_maybe(self, "__del__", []);
}

function slot_am_await(self: PyObject): PyObject {
  const f = lookup_maybe_method(self, "__await__");
  if (f === null) PyErr_SetString(exc.PyExc_AttributeError, `object ${Py_TYPE(self).tp_name} does not have __await__ method`);
  return call_unbound(f, self, []);
}
function slot_am_aiter(self: PyObject): PyObject {
  const f = lookup_maybe_method(self, "__aiter__");
  if (f === null) PyErr_SetString(exc.PyExc_AttributeError, `object ${Py_TYPE(self).tp_name} does not have __aiter__ method`);
  return call_unbound(f, self, []);
}
function slot_am_anext(self: PyObject): PyObject {
  const f = lookup_maybe_method(self, "__anext__");
  if (f === null) PyErr_SetString(exc.PyExc_AttributeError, `object ${Py_TYPE(self).tp_name} does not have __anext__ method`);
  return call_unbound(f, self, []);
}

function binslot(name: string, rname: string, slot: SlotName): SlotDef[] {
  const fn = makeBinarySlot(slot, name, rname);
  return [
    { name, slot, slotfn: fn, wrapper: wrap_binaryfunc_l },
    { name: rname, slot, slotfn: fn, wrapper: wrap_binaryfunc_r },
  ];
}
function unslot(name: string, slot: SlotName): SlotDef {
  return { name, slot, slotfn: makeUnarySlot(name), wrapper: wrap_unaryfunc };
}
function ibslot(name: string, slot: SlotName): SlotDef {
  return { name, slot, slotfn: makeInplaceSlot(name), wrapper: wrap_binaryfunc };
}

/** The table (CPython's slotdefs[]), in CPython's order: the first wrapper added for a name wins. */
export const slotdefs: SlotDef[] = [
  { name: "__getattribute__", slot: "tp_getattro", slotfn: slot_tp_getattr_hook, wrapper: wrap_getattr },
  { name: "__getattr__", slot: "tp_getattro", slotfn: slot_tp_getattr_hook, wrapper: wrap_getattr },
  { name: "__setattr__", slot: "tp_setattro", slotfn: slot_tp_setattro, wrapper: wrap_setattr },
  { name: "__delattr__", slot: "tp_setattro", slotfn: slot_tp_setattro, wrapper: wrap_delattr },
  { name: "__repr__", slot: "tp_repr", slotfn: slot_tp_repr, wrapper: wrap_unaryfunc },
  { name: "__hash__", slot: "tp_hash", slotfn: slot_tp_hash, wrapper: wrap_hashfunc },
  { name: "__call__", slot: "tp_call", slotfn: slot_tp_call, wrapper: wrap_call },
  { name: "__str__", slot: "tp_str", slotfn: slot_tp_str, wrapper: wrap_unaryfunc },
  { name: "__lt__", slot: "tp_richcompare", slotfn: slot_tp_richcompare, wrapper: wrap_richcmpfunc, op: Py_LT },
  { name: "__le__", slot: "tp_richcompare", slotfn: slot_tp_richcompare, wrapper: wrap_richcmpfunc, op: Py_LE },
  { name: "__eq__", slot: "tp_richcompare", slotfn: slot_tp_richcompare, wrapper: wrap_richcmpfunc, op: Py_EQ },
  { name: "__ne__", slot: "tp_richcompare", slotfn: slot_tp_richcompare, wrapper: wrap_richcmpfunc, op: Py_NE },
  { name: "__gt__", slot: "tp_richcompare", slotfn: slot_tp_richcompare, wrapper: wrap_richcmpfunc, op: Py_GT },
  { name: "__ge__", slot: "tp_richcompare", slotfn: slot_tp_richcompare, wrapper: wrap_richcmpfunc, op: Py_GE },
  { name: "__iter__", slot: "tp_iter", slotfn: slot_tp_iter, wrapper: wrap_unaryfunc },
  { name: "__next__", slot: "tp_iternext", slotfn: slot_tp_iternext, wrapper: wrap_next },
  { name: "__get__", slot: "tp_descr_get", slotfn: slot_tp_descr_get, wrapper: wrap_descr_get },
  { name: "__set__", slot: "tp_descr_set", slotfn: slot_tp_descr_set, wrapper: wrap_descr_set },
  { name: "__delete__", slot: "tp_descr_set", slotfn: slot_tp_descr_set, wrapper: wrap_descr_delete },
  { name: "__init__", slot: "tp_init", slotfn: slot_tp_init, wrapper: wrap_init },
  { name: "__new__", slot: "tp_new", slotfn: slot_tp_new, wrapper: wrap_call },
  { name: "__del__", slot: "tp_finalize", slotfn: slot_tp_finalize, wrapper: wrap_del },

  { name: "__await__", slot: "am_await", slotfn: slot_am_await, wrapper: wrap_unaryfunc },
  { name: "__aiter__", slot: "am_aiter", slotfn: slot_am_aiter, wrapper: wrap_unaryfunc },
  { name: "__anext__", slot: "am_anext", slotfn: slot_am_anext, wrapper: wrap_unaryfunc },

  ...binslot("__add__", "__radd__", "nb_add"),
  ...binslot("__sub__", "__rsub__", "nb_subtract"),
  ...binslot("__mul__", "__rmul__", "nb_multiply"),
  ...binslot("__mod__", "__rmod__", "nb_remainder"),
  ...binslot("__divmod__", "__rdivmod__", "nb_divmod"),
  { name: "__pow__", slot: "nb_power", slotfn: slot_nb_power, wrapper: wrap_ternaryfunc },
  { name: "__rpow__", slot: "nb_power", slotfn: slot_nb_power, wrapper: wrap_ternaryfunc_r },
  unslot("__neg__", "nb_negative"),
  unslot("__pos__", "nb_positive"),
  unslot("__abs__", "nb_absolute"),
  { name: "__bool__", slot: "nb_bool", slotfn: slot_nb_bool, wrapper: wrap_inquirypred },
  unslot("__invert__", "nb_invert"),
  ...binslot("__lshift__", "__rlshift__", "nb_lshift"),
  ...binslot("__rshift__", "__rrshift__", "nb_rshift"),
  ...binslot("__and__", "__rand__", "nb_and"),
  ...binslot("__xor__", "__rxor__", "nb_xor"),
  ...binslot("__or__", "__ror__", "nb_or"),
  unslot("__int__", "nb_int"),
  unslot("__float__", "nb_float"),
  ibslot("__iadd__", "nb_inplace_add"),
  ibslot("__isub__", "nb_inplace_subtract"),
  ibslot("__imul__", "nb_inplace_multiply"),
  ibslot("__imod__", "nb_inplace_remainder"),
  { name: "__ipow__", slot: "nb_inplace_power", slotfn: slot_nb_inplace_power, wrapper: wrap_ternaryfunc },
  ibslot("__ilshift__", "nb_inplace_lshift"),
  ibslot("__irshift__", "nb_inplace_rshift"),
  ibslot("__iand__", "nb_inplace_and"),
  ibslot("__ixor__", "nb_inplace_xor"),
  ibslot("__ior__", "nb_inplace_or"),
  ...binslot("__floordiv__", "__rfloordiv__", "nb_floor_divide"),
  ...binslot("__truediv__", "__rtruediv__", "nb_true_divide"),
  ibslot("__ifloordiv__", "nb_inplace_floor_divide"),
  ibslot("__itruediv__", "nb_inplace_true_divide"),
  unslot("__index__", "nb_index"),
  ...binslot("__matmul__", "__rmatmul__", "nb_matrix_multiply"),
  ibslot("__imatmul__", "nb_inplace_matrix_multiply"),

  { name: "__len__", slot: "mp_length", slotfn: slot_sq_length, wrapper: wrap_lenfunc },
  { name: "__getitem__", slot: "mp_subscript", slotfn: slot_mp_subscript, wrapper: wrap_binaryfunc },
  { name: "__setitem__", slot: "mp_ass_subscript", slotfn: slot_mp_ass_subscript, wrapper: wrap_objobjargproc },
  { name: "__delitem__", slot: "mp_ass_subscript", slotfn: slot_mp_ass_subscript, wrapper: wrap_delitem },

  { name: "__len__", slot: "sq_length", slotfn: slot_sq_length, wrapper: wrap_lenfunc },
  { name: "__add__", slot: "sq_concat", slotfn: null, wrapper: wrap_binaryfunc },
  { name: "__mul__", slot: "sq_repeat", slotfn: null, wrapper: wrap_indexargfunc },
  { name: "__rmul__", slot: "sq_repeat", slotfn: null, wrapper: wrap_indexargfunc },
  { name: "__getitem__", slot: "sq_item", slotfn: slot_sq_item, wrapper: wrap_sq_item },
  { name: "__setitem__", slot: "sq_ass_item", slotfn: slot_sq_ass_item, wrapper: wrap_sq_setitem },
  { name: "__delitem__", slot: "sq_ass_item", slotfn: slot_sq_ass_item, wrapper: wrap_sq_delitem },
  { name: "__contains__", slot: "sq_contains", slotfn: slot_sq_contains, wrapper: wrap_objobjproc },
  { name: "__iadd__", slot: "sq_inplace_concat", slotfn: null, wrapper: wrap_binaryfunc },
  { name: "__imul__", slot: "sq_inplace_repeat", slotfn: null, wrapper: wrap_indexargfunc },
];

const slotdefsByName = new Map<string, SlotDef[]>();
const slotdefsBySlot = new Map<SlotName, SlotDef[]>();
for (const d of slotdefs) {
  if (!slotdefsByName.has(d.name)) slotdefsByName.set(d.name, []);
  slotdefsByName.get(d.name)!.push(d);
  if (!slotdefsBySlot.has(d.slot)) slotdefsBySlot.set(d.slot, []);
  slotdefsBySlot.get(d.slot)!.push(d);
}

/** Whether `name` is a dunder that feeds a slot (setting it on a class updates slots). */
export function isSlotName(name: string): boolean {
  return slotdefsByName.has(name);
}

/** update_one_slot: recompute `slot` of a class from what its MRO defines. */
function update_one_slot(type: PyTypeObject, slot: SlotName): void {
  const defs = slotdefsBySlot.get(slot)!;
  // eslint-disable-next-line @typescript-eslint/ban-types
  let specific: Function | null = null;
  // eslint-disable-next-line @typescript-eslint/ban-types
  let generic: Function | null = null;
  let use_generic = false;
  for (const d of defs) {
    const descr = _PyType_Lookup(type, d.name);
    if (descr === null) continue;
    if (descr instanceof PyWrapperDescrObject && descr.d_base.slot === slot) {
      const tptr = descr.d_wrapped;
      if (specific === null || specific === tptr) specific = tptr;
      else use_generic = true;
      // A wrapper found on a type that is not an ancestor in this slot's sense still works: the
      // wrapped function is called with our object, which is an instance of descr.d_type.
      if (d.slotfn) generic = d.slotfn;
    } else if (slot === "tp_new" && descr instanceof PyCFunctionObject && descr.m_ml.name === "__new__" && descr.m_self instanceof PyTypeObject) {
      // __new__ of a native type: call its tp_new directly.
      specific = descr.m_self.tp_new;
    } else if (descr === Py_None && slot === "tp_hash") {
      specific = PyObject_HashNotImplemented;
    } else {
      use_generic = true;
      if (d.slotfn) generic = d.slotfn;
    }
  }
  let result: unknown = null;
  if (specific !== null && !use_generic) result = specific;
  else result = use_generic ? generic : null;
  (type as unknown as Record<string, unknown>)[slot] = result;
}

/** fixup_slot_dispatchers: set every slot of a new class. */
function fixup_slot_dispatchers(type: PyTypeObject): void {
  for (const slot of slotdefsBySlot.keys()) update_one_slot(type, slot);
}

/** update_slot: a dunder was set or deleted on `type`; recompute its slots here and in subclasses. */
export function update_slot(type: PyTypeObject, name: string): void {
  const defs = slotdefsByName.get(name);
  if (!defs) return;
  const slots = new Set(defs.map((d) => d.slot));
  if (name === "__getattr__" || name === "__getattribute__") slots.add("tp_getattro");
  const visit = (t: PyTypeObject): void => {
    if (t.tp_flags & Py_TPFLAGS_HEAPTYPE) for (const s of slots) update_one_slot(t, s);
    for (const ref of t.tp_subclasses) {
      const sub = ref.deref();
      if (sub) visit(sub);
    }
  };
  visit(type);
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// MRO

/** mro_internal's C3 linearisation (mro_implementation). */
export function mro_implementation(type: PyTypeObject): PyTypeObject[] {
  const bases = type.tp_bases;
  for (const b of bases) {
    if (b.tp_mro.length === 0) PyErr_SetString(exc.PyExc_TypeError, `Cannot extend an incomplete type '${b.ht_name}'`);
  }
  if (bases.length === 1) return [type, ...bases[0].tp_mro];
  // duplicates are reported first
  for (let i = 0; i < bases.length; i++) {
    for (let j = i + 1; j < bases.length; j++) {
      if (bases[i] === bases[j]) PyErr_SetString(exc.PyExc_TypeError, MSG.duplicate_base(bases[i].ht_name));
    }
  }
  const seqs: PyTypeObject[][] = bases.map((b) => b.tp_mro.slice());
  seqs.push(bases.slice());
  const result: PyTypeObject[] = [type];
  for (;;) {
    const nonempty = seqs.filter((s) => s.length > 0);
    if (nonempty.length === 0) return result;
    let candidate: PyTypeObject | null = null;
    for (const s of nonempty) {
      const c = s[0];
      if (!nonempty.some((t) => t.indexOf(c) > 0)) {
        candidate = c;
        break;
      }
    }
    if (candidate === null) {
      // set_mro_error: the bases that remain, in order of first appearance
      const names: string[] = [];
      for (const s of nonempty) {
        const n = s[0].ht_name;
        if (!names.includes(n)) names.push(n);
      }
      PyErr_SetString(exc.PyExc_TypeError, MSG.mro_conflict(names.join(", ")));
    }
    result.push(candidate);
    for (const s of seqs) if (s[0] === candidate) s.shift();
  }
}

/** mro_internal: uses a metaclass's mro() when it overrides type.mro. */
function mro_internal(type: PyTypeObject): void {
  let mro: PyTypeObject[];
  const meta = Py_TYPE(type);
  if (meta !== PyType_Type && _PyType_Lookup(meta, "mro") !== PyType_Type.tp_dict.get("mro")) {
    const r = abstract.PySequence_Tuple(vectorcall_method("mro", type, []));
    mro = [];
    for (const t of r.items) {
      if (!(t instanceof PyTypeObject)) PyErr_SetString(exc.PyExc_TypeError, `mro() returned a non-class ('${Py_TYPE(t).ht_name}')`);
      mro.push(t);
    }
  } else mro = mro_implementation(type);
  type.tp_mro = mro;
  type.tp_cache.clear();
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Readying types

const INHERITED_SLOTS: SlotName[] = [
  "tp_repr", "tp_str", "tp_getattro", "tp_setattro", "tp_iter", "tp_iternext", "tp_call", "tp_descr_get",
  "tp_descr_set", "tp_init", "tp_finalize",
  "nb_add", "nb_subtract", "nb_multiply", "nb_remainder", "nb_divmod", "nb_power", "nb_negative", "nb_positive",
  "nb_absolute", "nb_bool", "nb_invert", "nb_lshift", "nb_rshift", "nb_and", "nb_xor", "nb_or", "nb_int",
  "nb_float", "nb_inplace_add", "nb_inplace_subtract", "nb_inplace_multiply", "nb_inplace_remainder",
  "nb_inplace_power", "nb_inplace_lshift", "nb_inplace_rshift", "nb_inplace_and", "nb_inplace_xor",
  "nb_inplace_or", "nb_floor_divide", "nb_true_divide", "nb_inplace_floor_divide", "nb_inplace_true_divide",
  "nb_index", "nb_matrix_multiply", "nb_inplace_matrix_multiply",
  "sq_length", "sq_concat", "sq_repeat", "sq_item", "sq_ass_item", "sq_contains", "sq_inplace_concat",
  "sq_inplace_repeat", "mp_length", "mp_subscript", "mp_ass_subscript", "am_await", "am_aiter", "am_anext",
];

/** inherit_slots: fill empty slots from the base (hash and richcompare travel together). */
function inherit_slots(type: PyTypeObject, base: PyTypeObject): void {
  const t = type as unknown as Record<string, unknown>;
  const b = base as unknown as Record<string, unknown>;
  for (const s of INHERITED_SLOTS) if (t[s] === null) t[s] = b[s];
  if (type.tp_richcompare === null && type.tp_hash === null) {
    // Inherit both only if the type's dict defines neither __eq__ nor __hash__.
    if (!type.tp_dict.has("__eq__") && !type.tp_dict.has("__hash__")) {
      type.tp_richcompare = base.tp_richcompare;
      type.tp_hash = base.tp_hash;
    }
  }
  if (type.tp_new === null && !(type.tp_flags & Py_TPFLAGS_DISALLOW_INSTANTIATION)) type.tp_new = base.tp_new;
}

function add_method(type: PyTypeObject, ml: PyMethodDef): void {
  if (type.tp_dict.has(ml.name) && !(ml.flags & 0x0040)) return;
  let v: PyObject;
  if (ml.flags & METH_CLASS) v = new PyClassMethodDescrObject(type, ml);
  else if (ml.flags & METH_STATIC) v = abstract.newStaticMethod(new PyCFunctionObject(ml, null));
  else v = new PyMethodDescrObject(type, ml);
  type.tp_dict.set(ml.name, v);
}

/** tp_new_wrapper: T.__new__(S, ...) for a native T (a builtin bound to T). */
function tp_new_wrapper(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const type = self as PyTypeObject;
  if (args.length - (kwnames ? kwnames.length : 0) < 1) PyErr_SetString(exc.PyExc_TypeError, MSG.new_needs_arg(type.ht_name));
  const sub = args[0];
  if (!(sub instanceof PyTypeObject)) PyErr_SetString(exc.PyExc_TypeError, MSG.new_arg_not_type(type.ht_name, Py_TYPE(sub).ht_name));
  if (!abstract.PyType_IsSubtype(sub, type)) PyErr_SetString(exc.PyExc_TypeError, MSG.new_arg_not_subtype(type.ht_name, sub.ht_name));
  // The most derived native base of sub must be type or below it (object.__new__(int) is unsafe).
  let staticbase: PyTypeObject = sub;
  while (staticbase.tp_flags & Py_TPFLAGS_HEAPTYPE && staticbase.tp_new === slot_tp_new) staticbase = staticbase.tp_base!;
  if (staticbase.tp_new !== type.tp_new && staticbase.tp_new !== null && !(staticbase.tp_flags & Py_TPFLAGS_HEAPTYPE && false)) {
    // Only complain when the native layout differs (CPython compares tp_new of the static base).
    let s: PyTypeObject | null = sub;
    while (s && s.tp_flags & Py_TPFLAGS_HEAPTYPE) s = s.tp_base;
    if (s && s.tp_new !== type.tp_new && abstract.PyType_IsSubtype(s, type) && s !== type) {
      PyErr_SetString(exc.PyExc_TypeError, MSG.object_new_not_safe(`${type.ht_name}`, s.ht_name).replace(`object.__new__(${type.ht_name})`, `${type.ht_name}.__new__(${sub.ht_name})`));
    }
  }
  return type.tp_new!(sub, args.slice(1), kwnames);
}

function add_tp_new_wrapper(type: PyTypeObject): void {
  if (type.tp_dict.has("__new__")) return;
  type.tp_dict.set(
    "__new__",
    new PyCFunctionObject({ name: "__new__", meth: tp_new_wrapper, flags: METH_FASTCALL | METH_KEYWORDS, doc: `Create and return a new object.  See help(type) for accurate signature.` }, type),
  );
}

/** add_operators: a wrapper descriptor for each slot the type itself fills. */
function add_operators(type: PyTypeObject): void {
  const t = type as unknown as Record<string, unknown>;
  for (const d of slotdefs) {
    const f = t[d.slot];
    if (f === null || f === undefined) continue;
    if (type.tp_dict.has(d.name)) continue;
    if (f === PyObject_HashNotImplemented) {
      type.tp_dict.set(d.name, Py_None);
      continue;
    }
    if (d.slot === "tp_new") {
      add_tp_new_wrapper(type);
      continue;
    }
    // eslint-disable-next-line @typescript-eslint/ban-types
    type.tp_dict.set(d.name, new PyWrapperDescrObject(type, d, f as Function));
  }
}

function add_getset(type: PyTypeObject, gs: PyGetSetDef): void {
  if (!type.tp_dict.has(gs.name)) type.tp_dict.set(gs.name, new PyGetSetDescrObject(type, gs));
}

/** PyType_Ready for a static type declared by PyType_FromSpec. */
export function PyType_Ready(type: PyTypeObject): void {
  if (type.tp_flags & Py_TPFLAGS_READY) return;
  const spec = type.tp_spec;
  let base: PyTypeObject | null = type === PyBaseObject_Type ? null : spec?.base ?? type.tp_base ?? PyBaseObject_Type;
  if (base && !(base.tp_flags & Py_TPFLAGS_READY)) PyType_Ready(base);
  type.tp_base = base;
  type.tp_bases = spec?.bases ?? (base ? [base] : []);
  for (const b of type.tp_bases) if (!(b.tp_flags & Py_TPFLAGS_READY)) PyType_Ready(b);
  if (type.ob_type === undefined || type.ob_type === null) type.ob_type = base ? Py_TYPE(base) : PyType_Type;
  type.tp_flags |= Py_TPFLAGS_IMMUTABLETYPE;
  if (spec) {
    if (spec.hasDict) type.tp_hasdict = true;
    if (spec.weakrefable) type.tp_weakrefable = true;
    for (const m of spec.methods ?? []) add_method(type, m);
    for (const gs of spec.getsets ?? []) add_getset(type, gs);
    for (const mb of spec.members ?? []) {
      if (!type.tp_dict.has(mb.name)) {
        type.tp_dict.set(mb.name, new PyMemberDescrObject(type, mb.name, -1, mb.field ?? mb.name, mb.readonly ?? false, mb.doc ?? null));
      }
    }
  }
  add_operators(type);
  if (!type.tp_dict.has("__doc__")) type.tp_dict.set("__doc__", type.tp_doc === null ? Py_None : PyUnicode_FromString(type.tp_doc));
  type.tp_mro = base ? (type.tp_bases.length > 1 ? mro_implementation(type) : [type, ...base.tp_mro]) : [type];
  for (const b of type.tp_mro.slice(1)) inherit_slots(type, b);
  if (base) {
    if (base.tp_hasdict) type.tp_hasdict = true;
    if (base.tp_weakrefable) type.tp_weakrefable = true;
    type.tp_nslots = base.tp_nslots;
    type.tp_flags |= base.tp_flags & (Py_TPFLAGS_TYPE_SUBCLASS | (1 << 24) | (1 << 25) | (1 << 26) | (1 << 27) | (1 << 28) | (1 << 29) | (1 << 30));
    for (const b of type.tp_bases) b.tp_subclasses.push(new WeakRef(type));
  }
  if (spec?.attrs) for (const [k, v] of Object.entries(spec.attrs())) type.tp_dict.set(k, v);
  type.tp_flags |= Py_TPFLAGS_READY;
  type.tp_spec = null;
}

/** Readies every static type declared so far (src/Python/pylifecycle.ts calls it at start-up). */
export function readyStaticTypes(): void {
  for (const t of staticTypes) PyType_Ready(t);
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// type's slots

export function typeModule(type: PyTypeObject): string {
  if (type.tp_flags & Py_TPFLAGS_HEAPTYPE) {
    const m = type.tp_dict.get("__module__");
    return m instanceof PyStr ? m.value : "builtins";
  }
  const dot = type.tp_name.lastIndexOf(".");
  return dot >= 0 ? type.tp_name.slice(0, dot) : "builtins";
}

/** type_repr: <class 'module.qualname'> */
export function typeRepr(type: PyTypeObject): string {
  const mod = typeModule(type);
  const name = type.tp_flags & Py_TPFLAGS_HEAPTYPE ? type.ht_qualname : type.ht_name;
  return mod === "builtins" ? `<class '${name}'>` : `<class '${mod}.${name}'>`;
}

function type_repr(self: PyObject): PyObject {
  return PyUnicode_FromString(typeRepr(self as PyTypeObject));
}

/** type_call: create an instance (tp_new), then initialise it (tp_init) if it is one. */
function type_call(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const type = self as PyTypeObject;
  if (type === PyType_Type && args.length === 1 && (kwnames === null || kwnames.length === 0)) return Py_TYPE(args[0]);
  if (type.tp_new === null) PyErr_SetString(exc.PyExc_TypeError, MSG.cannot_create_instances(typeFullName(type)));
  const obj = type.tp_new(type, args, kwnames);
  if (!abstract.PyObject_TypeCheck(obj, type)) return obj;
  const init = Py_TYPE(obj).tp_init;
  if (init !== null) init(obj, args, kwnames);
  return obj;
}

function typeFullName(type: PyTypeObject): string {
  const mod = typeModule(type);
  return mod === "builtins" ? type.ht_qualname : `${mod}.${type.ht_qualname}`;
}

/** type_getattro: the metatype's data descriptors, then the type's own MRO, then the metatype's. */
function type_getattro(self: PyObject, name: string): PyObject {
  return type_getattro_impl(self as PyTypeObject, name, false)!;
}

export function type_getattro_impl(type: PyTypeObject, name: string, suppress: boolean): PyObject | undefined {
  const metatype = Py_TYPE(type);
  const meta_attribute = _PyType_Lookup(metatype, name);
  let meta_get: PyTypeObject["tp_descr_get"] = null;
  if (meta_attribute !== null) {
    const mt = Py_TYPE(meta_attribute);
    meta_get = mt.tp_descr_get;
    if (meta_get !== null && mt.tp_descr_set !== null) return meta_get(meta_attribute, type, metatype);
  }
  const attribute = _PyType_Lookup(type, name);
  if (attribute !== null) {
    const local_get = Py_TYPE(attribute).tp_descr_get;
    if (local_get !== null) return local_get(attribute, null, type);
    return attribute;
  }
  if (meta_get !== null) return meta_get(meta_attribute!, type, metatype);
  if (meta_attribute !== null) return meta_attribute;
  if (suppress) return undefined;
  const e = PyErr_NewException(exc.PyExc_AttributeError, [PyUnicode_FromString(MSG.type_no_attribute(type.ht_name, name))]);
  (e as exc.PyAttributeErrorObject).name = PyUnicode_InternFromString(name);
  (e as exc.PyAttributeErrorObject).obj = type;
  throw e;
}

/** type_setattro: set in the type's dict; dunders update slots; caches are invalidated. */
function type_setattro(self: PyObject, name: string, value: PyObject | null): void {
  const type = self as PyTypeObject;
  if (!(type.tp_flags & Py_TPFLAGS_HEAPTYPE)) {
    PyErr_SetString(
      exc.PyExc_TypeError,
      value === null ? MSG.cannot_delete_attr_immutable(name, type.ht_name) : MSG.cannot_set_attr_immutable(name, type.ht_name),
    );
  }
  // Data descriptors of the metatype (__name__, __doc__, __bases__...) come first.
  const meta_attribute = _PyType_Lookup(Py_TYPE(type), name);
  if (meta_attribute !== null) {
    const f = Py_TYPE(meta_attribute).tp_descr_set;
    if (f !== null) {
      f(meta_attribute, type, value);
      return;
    }
  }
  if (value === null) {
    if (!type.tp_dict.has(name)) {
      const e = PyErr_NewException(exc.PyExc_AttributeError, [PyUnicode_FromString(MSG.type_no_attribute(type.ht_name, name))]);
      throw e;
    }
    type.tp_dict.delete(name);
  } else type.tp_dict.set(name, value);
  PyType_Modified(type);
  if (name.startsWith("__") && name.endsWith("__")) update_slot(type, name);
}

// ─── type's attributes ───────────────────────────────────────────────────────────────────────

function type_name_get(t: PyTypeObject): PyObject {
  return PyUnicode_FromString(t.ht_name);
}
function check_set_special_type_attr(t: PyTypeObject, value: PyObject | null, name: string): void {
  if (!(t.tp_flags & Py_TPFLAGS_HEAPTYPE) || t.tp_flags & Py_TPFLAGS_IMMUTABLETYPE) {
    PyErr_SetString(exc.PyExc_TypeError, MSG.cannot_set_attr_immutable(name, t.ht_name));
  }
  if (value === null) PyErr_SetString(exc.PyExc_TypeError, `cannot delete '${name}' attribute of immutable type '${t.ht_name}'`);
}
function type_name_set(t: PyTypeObject, value: PyObject | null): void {
  check_set_special_type_attr(t, value, "__name__");
  if (!(value instanceof PyStr)) PyErr_SetString(exc.PyExc_TypeError, MSG.can_only_assign_string_name(t.ht_name, Py_TYPE(value!).ht_name));
  if (value.value.includes("\0")) PyErr_SetString(exc.PyExc_ValueError, "type name must not contain null characters");
  t.ht_name = value.value;
  t.tp_name = value.value;
}
function type_qualname_set(t: PyTypeObject, value: PyObject | null): void {
  check_set_special_type_attr(t, value, "__qualname__");
  if (!(value instanceof PyStr)) PyErr_SetString(exc.PyExc_TypeError, MSG.can_only_assign_string_qualname(t.ht_name, Py_TYPE(value!).ht_name));
  t.ht_qualname = value.value;
}
function type_module_get(t: PyTypeObject): PyObject {
  if (t.tp_flags & Py_TPFLAGS_HEAPTYPE) {
    const m = t.tp_dict.get("__module__");
    if (m === undefined) PyErr_SetString(exc.PyExc_AttributeError, "__module__");
    return m;
  }
  return PyUnicode_FromString(typeModule(t));
}
function type_module_set(t: PyTypeObject, value: PyObject | null): void {
  check_set_special_type_attr(t, value, "__module__");
  t.tp_dict.set("__module__", value!);
  PyType_Modified(t);
}
function type_doc_get(t: PyTypeObject): PyObject {
  const d = t.tp_dict.get("__doc__");
  if (d === undefined) return Py_None;
  const f = Py_TYPE(d).tp_descr_get;
  return f ? f(d, null, t) : d;
}
function type_doc_set(t: PyTypeObject, value: PyObject | null): void {
  check_set_special_type_attr(t, value, "__doc__");
  t.tp_dict.set("__doc__", value!);
  PyType_Modified(t);
}
function type_abstractmethods_get(t: PyTypeObject): PyObject {
  const v = t !== PyType_Type ? t.tp_dict.get("__abstractmethods__") : undefined;
  if (v === undefined) PyErr_SetString(exc.PyExc_AttributeError, "__abstractmethods__");
  return v;
}
function type_abstractmethods_set(t: PyTypeObject, value: PyObject | null): void {
  let abs = false;
  if (value !== null) {
    abs = abstract.PyObject_IsTrue(value);
    t.tp_dict.set("__abstractmethods__", value);
  } else {
    if (!t.tp_dict.has("__abstractmethods__")) PyErr_SetString(exc.PyExc_AttributeError, "__abstractmethods__");
    t.tp_dict.delete("__abstractmethods__");
  }
  PyType_Modified(t);
  if (abs) t.tp_flags |= Py_TPFLAGS_IS_ABSTRACT;
  else t.tp_flags &= ~Py_TPFLAGS_IS_ABSTRACT;
}
function type_bases_set(t: PyTypeObject, value: PyObject | null): void {
  check_set_special_type_attr(t, value, "__bases__");
  if (!(value instanceof PyTuple)) PyErr_SetString(exc.PyExc_TypeError, `can only assign tuple to ${t.ht_name}.__bases__, not ${Py_TYPE(value!).ht_name}`);
  if (value.items.length === 0) PyErr_SetString(exc.PyExc_TypeError, `can only assign non-empty tuple to ${t.ht_name}.__bases__, not ()`);
  const bases: PyTypeObject[] = [];
  for (const b of value.items) {
    if (!(b instanceof PyTypeObject)) PyErr_SetString(exc.PyExc_TypeError, `${t.ht_name}.__bases__ must be tuple of classes, not '${Py_TYPE(b).ht_name}'`);
    if (abstract.PyType_IsSubtype(b, t)) PyErr_SetString(exc.PyExc_TypeError, "a __bases__ item causes an inheritance cycle");
    bases.push(b);
  }
  const newBase = best_base(bases);
  if (solid_base(newBase) !== solid_base(t.tp_base!)) {
    PyErr_SetString(exc.PyExc_TypeError, `__bases__ assignment: '${newBase.ht_name}' deallocator differs from '${t.tp_base!.ht_name}'`);
  }
  const oldBases = t.tp_bases;
  const oldMro = t.tp_mro;
  t.tp_bases = bases;
  t.tp_base = newBase;
  try {
    mro_internal(t);
  } catch (e) {
    t.tp_bases = oldBases;
    t.tp_base = t.tp_base = oldBases[0];
    t.tp_mro = oldMro;
    throw e;
  }
  for (const b of bases) b.tp_subclasses.push(new WeakRef(t));
  PyType_Modified(t);
  fixup_slot_dispatchers(t);
}

function type_dict_get(t: PyTypeObject): PyObject {
  return abstract.newMappingProxyForType(t);
}

function type_mro(self: PyObject): PyObject {
  return abstract.PyList_FromArray(mro_implementation(self as PyTypeObject));
}

function type_subclasses(self: PyObject): PyObject {
  const t = self as PyTypeObject;
  const out: PyObject[] = [];
  for (const r of t.tp_subclasses) {
    const s = r.deref();
    if (s && s.tp_bases.includes(t) && !out.includes(s)) out.push(s);
  }
  return abstract.PyList_FromArray(out);
}

function type_instancecheck(self: PyObject, inst: PyObject): PyObject {
  return abstract._PyObject_RealIsInstance(inst, self) ? Py_True : Py_False;
}

function type_subclasscheck(self: PyObject, sub: PyObject): PyObject {
  return abstract._PyObject_RealIsSubclass(sub, self) ? Py_True : Py_False;
}

function type_prepare(_self: PyObject, _args: PyObject[], _kw: string[] | null): PyObject {
  return new PyDict();
}

function type_dir(self: PyObject): PyObject {
  const names = new Set<string>();
  const t = self as PyTypeObject;
  for (const b of t.tp_mro) for (const k of b.tp_dict.keys()) names.add(k);
  return abstract.PyList_FromArray([...names].map((n) => PyUnicode_FromString(n)));
}

function type_init(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  const npos = args.length - (kwnames ? kwnames.length : 0);
  if (kwnames && kwnames.length && npos === 1) PyErr_SetString(exc.PyExc_TypeError, "type.__init__() takes no keyword arguments");
  if (npos !== 1 && npos !== 3) PyErr_SetString(exc.PyExc_TypeError, "type.__init__() takes 1 or 3 arguments");
}

// ─── type_new: class creation ────────────────────────────────────────────────────────────────

/** _PyType_CalculateMetaclass: the most derived metaclass of metatype and the bases' types. */
export function _PyType_CalculateMetaclass(metatype: PyTypeObject, bases: PyObject[]): PyTypeObject {
  let winner = metatype;
  for (const b of bases) {
    const t = Py_TYPE(b);
    if (abstract.PyType_IsSubtype(winner, t)) continue;
    if (abstract.PyType_IsSubtype(t, winner)) {
      winner = t;
      continue;
    }
    PyErr_SetString(exc.PyExc_TypeError, MSG.metaclass_conflict());
  }
  return winner;
}

/** Whether instances of type have a layout that adds to their base's (extra_ivars). */
function extra_ivars(type: PyTypeObject, base: PyTypeObject): boolean {
  if (type.tp_instance_class !== base.tp_instance_class && !(type.tp_flags & Py_TPFLAGS_HEAPTYPE)) return true;
  return type.tp_nslots !== base.tp_nslots;
}

/** solid_base: the nearest base that determines the instance layout. */
export function solid_base(type: PyTypeObject): PyTypeObject {
  const base = type.tp_base ? solid_base(type.tp_base) : PyBaseObject_Type;
  return extra_ivars(type, base) ? type : base;
}

/** best_base: the base whose layout all others are compatible with. */
export function best_base(bases: PyObject[]): PyTypeObject {
  let base: PyTypeObject | null = null;
  let winner: PyTypeObject | null = null;
  for (const b of bases) {
    if (!(b instanceof PyTypeObject)) PyErr_SetString(exc.PyExc_TypeError, MSG.bases_must_be_types());
    if (!(b.tp_flags & Py_TPFLAGS_BASETYPE)) PyErr_SetString(exc.PyExc_TypeError, MSG.not_acceptable_base(b.ht_name));
    const candidate = solid_base(b);
    if (winner === null) {
      winner = candidate;
      base = b;
    } else if (abstract.PyType_IsSubtype(winner, candidate)) {
      // keep
    } else if (abstract.PyType_IsSubtype(candidate, winner)) {
      winner = candidate;
      base = b;
    } else PyErr_SetString(exc.PyExc_TypeError, MSG.layout_conflict());
  }
  return base!;
}

function isIdentifier(s: string): boolean {
  return /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_]*$/u.test(s);
}

/** _Py_Mangle for __slots__ names. */
function mangle(className: string, name: string): string {
  if (!name.startsWith("__") || name.endsWith("__") || name.includes(".")) return name;
  const stripped = className.replace(/^_+/, "");
  if (stripped === "") return name;
  return `_${stripped}${name}`;
}

function dict_of(o: PyObject): PyDict {
  return o as unknown as PyDict;
}

/** type_new: `type(name, bases, ns, **kwds)` and class statements. */
export function type_new(metatype: PyTypeObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - nkw;
  if (npos === 1 && nkw === 0 && metatype === PyType_Type) return Py_TYPE(args[0]);
  if (npos !== 3) PyErr_SetString(exc.PyExc_TypeError, MSG.type_takes_1_or_3());
  const [nameObj, basesObj, nsObj] = args;
  if (!(nameObj instanceof PyStr)) PyErr_SetString(exc.PyExc_TypeError, MSG.type_new_arg_1(Py_TYPE(nameObj).ht_name));
  if (!(basesObj instanceof PyTuple)) PyErr_SetString(exc.PyExc_TypeError, MSG.type_new_arg_2(Py_TYPE(basesObj).ht_name));
  if (!PyDict_Check(nsObj)) PyErr_SetString(exc.PyExc_TypeError, MSG.type_new_arg_3(Py_TYPE(nsObj).ht_name));
  const kwargs: [string, PyObject][] = [];
  for (let i = 0; i < nkw; i++) kwargs.push([kwnames![i], args[npos + i]]);

  // The metaclass winner
  const winner = _PyType_CalculateMetaclass(metatype, basesObj.items);
  if (winner !== metatype && winner.tp_new !== type_new) return winner.tp_new!(winner, args, kwnames);
  metatype = winner;

  let bases = basesObj.items as PyTypeObject[];
  if (bases.length === 0) bases = [PyBaseObject_Type];
  for (const b of bases) {
    if (!(b instanceof PyTypeObject)) {
      if (abstract.PyObject_LookupAttr(b, "__mro_entries__") !== undefined) {
        PyErr_SetString(exc.PyExc_TypeError, "type() doesn't support MRO entry resolution; use types.new_class()");
      }
      PyErr_SetString(exc.PyExc_TypeError, MSG.bases_must_be_types());
    }
  }
  const base = best_base(bases);

  // The namespace, copied (non-str keys are kept out of the type's str-keyed dict).
  const ns = new Map<string, PyObject>();
  for (const [k, v] of dict_of(nsObj).entries()) {
    if (k instanceof PyStr) ns.set(k.value, v);
  }

  const type = new PyHeapTypeObject(metatype, nameObj.value, Py_TPFLAGS_HEAPTYPE | Py_TPFLAGS_BASETYPE);
  if (nameObj.value.includes("\0")) PyErr_SetString(exc.PyExc_ValueError, "type name must not contain null characters");
  type.tp_flags |= base.tp_flags & (Py_TPFLAGS_TYPE_SUBCLASS | (1 << 24) | (1 << 25) | (1 << 26) | (1 << 27) | (1 << 28) | (1 << 29) | (1 << 30));
  type.tp_base = base;
  type.tp_bases = bases.slice();
  type.tp_instance_class = base.tp_instance_class;
  type.tp_nslots = base.tp_nslots;
  type.tp_hasdict = base.tp_hasdict;
  type.tp_weakrefable = base.tp_weakrefable;

  // __slots__
  const slotsObj = ns.get("__slots__");
  let addDict = !base.tp_hasdict;
  let addWeak = !base.tp_weakrefable;
  const newSlots: string[] = [];
  if (slotsObj !== undefined) {
    const items = slotsObj instanceof PyStr ? [slotsObj] : abstract.PySequence_Tuple(slotsObj).items;
    addDict = false;
    addWeak = false;
    for (const s of items) {
      if (!(s instanceof PyStr)) PyErr_SetString(exc.PyExc_TypeError, MSG.slots_items_must_be_str(Py_TYPE(s).ht_name));
      if (!isIdentifier(s.value)) PyErr_SetString(exc.PyExc_TypeError, MSG.slots_must_be_identifiers());
      if (s.value === "__dict__") {
        if (base.tp_hasdict || addDict) PyErr_SetString(exc.PyExc_TypeError, MSG.dict_slot_disallowed());
        addDict = true;
        continue;
      }
      if (s.value === "__weakref__") {
        if (base.tp_weakrefable || addWeak) PyErr_SetString(exc.PyExc_TypeError, MSG.weakref_slot_disallowed());
        addWeak = true;
        continue;
      }
      const m = mangle(nameObj.value, s.value);
      if (ns.has(m) && !(m === "__qualname__" || m === "__classcell__")) {
        PyErr_SetString(exc.PyExc_ValueError, MSG.slots_conflict_class_var(s.value));
      }
      newSlots.push(m);
    }
    newSlots.sort();
    if (newSlots.length > 0) {
      let sb: PyTypeObject | null = base;
      while (sb && sb.tp_flags & Py_TPFLAGS_HEAPTYPE) sb = sb.tp_base;
      if (sb === PyLong_Type || sb === PyTuple_Type || sb === PyBytes_Type || (sb && abstract.PyType_IsSubtype(sb, PyLong_Type))) {
        PyErr_SetString(exc.PyExc_TypeError, MSG.nonempty_slots_not_supported(sb.ht_name));
      }
    }
    type.ht_slots = PyTuple_FromArray(items.slice());
  }
  if (addDict) type.tp_hasdict = true;
  if (addWeak) type.tp_weakrefable = true;

  // __qualname__, __classcell__, __module__, __doc__
  const qn = ns.get("__qualname__");
  if (qn !== undefined) {
    if (!(qn instanceof PyStr)) PyErr_SetString(exc.PyExc_TypeError, MSG.qualname_must_be_str(Py_TYPE(qn).ht_name));
    type.ht_qualname = qn.value;
    ns.delete("__qualname__");
  }
  const cell = ns.get("__classcell__");
  if (cell !== undefined) {
    if (!(cell instanceof PyCellObject)) PyErr_SetString(exc.PyExc_TypeError, `__classcell__ must be a nonlocal cell, not ${typeRepr(Py_TYPE(cell))}`);
    ns.delete("__classcell__");
  }
  if (!ns.has("__module__")) {
    const g = abstract.currentGlobalsName();
    if (g !== null) ns.set("__module__", g);
  }
  if (!ns.has("__doc__")) ns.set("__doc__", Py_None);
  // __new__, __init_subclass__ and __class_getitem__ as plain functions get wrapped
  const newf = ns.get("__new__");
  if (newf !== undefined && abstract.PyFunction_Check(newf)) ns.set("__new__", abstract.newStaticMethod(newf));
  for (const n of ["__init_subclass__", "__class_getitem__"]) {
    const f = ns.get(n);
    if (f !== undefined && abstract.PyFunction_Check(f)) ns.set(n, abstract.newClassMethod(f));
  }
  // __eq__ without __hash__ makes instances unhashable
  if (ns.has("__eq__") && !ns.has("__hash__")) ns.set("__hash__", Py_None);
  type.tp_dict = ns;

  // slot members
  let offset = base.tp_nslots;
  for (const s of newSlots) type.tp_dict.set(s, new PyMemberDescrObject(type, s, offset++));
  type.tp_nslots = offset;
  if (addDict && !base.tp_hasdict) type.tp_dict.set("__dict__", new PyGetSetDescrObject(type, subtype_dict_getset));
  if (addWeak && !base.tp_weakrefable) type.tp_dict.set("__weakref__", new PyGetSetDescrObject(type, subtype_weakref_getset));

  // MRO, slots
  mro_internal(type);
  // Static bases' native slots first (for slots without dunders), then every dunder slot.
  for (const b of type.tp_mro.slice(1)) inherit_slots(type, b);
  type.tp_richcompare = null;
  type.tp_hash = null;
  type.tp_new = null;
  fixup_slot_dispatchers(type);
  if (type.tp_new === null) type.tp_new = base.tp_new;
  if (type.tp_getattro === null) type.tp_getattro = PyObject_GenericGetAttr;
  if (type.tp_setattro === null) type.tp_setattro = PyObject_GenericSetAttr;
  for (const b of bases) b.tp_subclasses.push(new WeakRef(type));
  type.tp_flags |= Py_TPFLAGS_READY;

  if (cell !== undefined) (cell as PyCellObject).ob_ref = type;

  // __set_name__ and __init_subclass__ (type_new_set_names, type_new_init_subclass)
  for (const [k, v] of [...type.tp_dict.entries()]) {
    const f = lookup_maybe_method(v, "__set_name__");
    if (f === null) continue;
    try {
      call_unbound(f, v, [type, PyUnicode_InternFromString(k)]);
    } catch (e) {
      if (!(e instanceof exc.PyBaseException)) throw e;
      const err = PyErr_NewException(exc.PyExc_RuntimeError, [
        PyUnicode_FromString(`Error calling __set_name__ on '${Py_TYPE(v).ht_name}' instance '${k}' in '${type.ht_name}'`),
      ]);
      err.cause = e;
      err.context = e;
      err.suppress_context = true;
      throw err;
    }
  }
  const sup = abstract.newSuper(type, type);
  const init_subclass = abstract.PyObject_GetAttr(sup, "__init_subclass__");
  abstract.PyObject_Vectorcall(init_subclass, kwargs.map((kv) => kv[1]), kwargs.length ? kwargs.map((kv) => kv[0]) : null);
  return type;
}

const subtype_dict_getset: PyGetSetDef = {
  name: "__dict__",
  get: (o: PyObject) => PyObject_GenericGetDict(o),
  set: (o: PyObject, v: PyObject | null) => PyObject_GenericSetDict(o, v),
  doc: "dictionary for instance variables (if defined)",
};

const subtype_weakref_getset: PyGetSetDef = {
  name: "__weakref__",
  get: (o: PyObject) => abstract.getWeakrefList(o),
  doc: "list of weak references to the object (if defined)",
};

// ─────────────────────────────────────────────────────────────────────────────────────────────
// object

function excess_args(args: PyObject[]): boolean {
  return args.length > 0;
}

/** object_new */
function object_new(type: PyTypeObject, args: PyObject[], _kwnames: string[] | null): PyObject {
  if (excess_args(args)) {
    if (type.tp_new !== object_new) PyErr_SetString(exc.PyExc_TypeError, MSG.object_new_takes_no_args());
    if (type.tp_init === object_init) PyErr_SetString(exc.PyExc_TypeError, MSG.type_takes_no_args(type.tp_name));
  }
  if (type.tp_flags & Py_TPFLAGS_IS_ABSTRACT) {
    const am = abstract.PyObject_GetAttr(type, "__abstractmethods__");
    const names = abstract.PySequence_List_Array(am).map((n) => abstract.PyObject_StrStr(n)).sort();
    PyErr_SetString(exc.PyExc_TypeError, MSG.cant_instantiate_abstract(type.ht_name, names.join(", "), names.length));
  }
  return new PyInstance(type);
}

/** object_init */
function object_init(self: PyObject, args: PyObject[], _kwnames: string[] | null): void {
  if (excess_args(args)) {
    const type = Py_TYPE(self);
    if (type.tp_init !== object_init) PyErr_SetString(exc.PyExc_TypeError, MSG.object_init_takes_no_args());
    if (type.tp_new === object_new) PyErr_SetString(exc.PyExc_TypeError, `${type.tp_name}.__init__() takes exactly one argument (the instance to initialize)`);
  }
}

function object_repr(self: PyObject): PyObject {
  const type = Py_TYPE(self);
  const mod = typeModule(type);
  const name = type.tp_flags & Py_TPFLAGS_HEAPTYPE ? type.ht_qualname : type.ht_name;
  const full = mod === "builtins" ? name : `${mod}.${name}`;
  return PyUnicode_FromString(`<${full} object at ${abstract.addressOf(self)}>`);
}

function object_str(self: PyObject): PyObject {
  const f = Py_TYPE(self).tp_repr;
  return f === null ? object_repr(self) : f(self);
}

function object_hash(self: PyObject): Py_hash_t {
  return abstract.PyObject_HashId(self);
}

/** object_richcompare: identity for ==; != inverts __eq__. */
function object_richcompare(self: PyObject, other: PyObject, op: number): PyObject {
  switch (op) {
    case Py_EQ:
      return self === other ? Py_True : Py_NotImplemented;
    case Py_NE: {
      const eq = Py_TYPE(self).tp_richcompare;
      if (eq === null) return Py_NotImplemented;
      const r = eq(self, other, Py_EQ);
      if (r === Py_NotImplemented) return r;
      return abstract.PyObject_IsTrue(r) ? Py_False : Py_True;
    }
    default:
      return Py_NotImplemented;
  }
}

function object_get_class(self: PyObject): PyObject {
  return Py_TYPE(self);
}

function compatible_for_assignment(a: PyTypeObject, b: PyTypeObject): boolean {
  return solid_base(a) === solid_base(b) && a.tp_hasdict === b.tp_hasdict && a.tp_nslots === b.tp_nslots;
}

function object_set_class(self: PyObject, value: PyObject | null): void {
  if (value === null) PyErr_SetString(exc.PyExc_TypeError, MSG.cant_delete_class());
  if (!(value instanceof PyTypeObject)) PyErr_SetString(exc.PyExc_TypeError, MSG.class_must_be_type(Py_TYPE(value).ht_name));
  const old = Py_TYPE(self);
  if (!(old.tp_flags & Py_TPFLAGS_HEAPTYPE && value.tp_flags & Py_TPFLAGS_HEAPTYPE) && !(old.tp_name === "module" || value.tp_name === "module")) {
    PyErr_SetString(exc.PyExc_TypeError, MSG.class_assignment_only_heap());
  }
  if (!compatible_for_assignment(old, value)) PyErr_SetString(exc.PyExc_TypeError, MSG.class_layout_differs(value.ht_name, old.ht_name));
  (self as PyObjectBase).ob_type = value;
}

function object_init_subclass(_cls: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames && kwnames.length) {
    PyErr_SetString(exc.PyExc_TypeError, `${(_cls as PyTypeObject).ht_name}.__init_subclass__() takes no keyword arguments`);
  }
  if (args.length) PyErr_SetString(exc.PyExc_TypeError, `${(_cls as PyTypeObject).ht_name}.__init_subclass__() takes no arguments (${args.length} given)`);
  return Py_None;
}

function object_format(self: PyObject, spec: PyObject): PyObject {
  if (!(spec instanceof PyStr)) PyErr_SetString(exc.PyExc_TypeError, `format() argument 2 must be str, not ${Py_TYPE(spec).ht_name}`);
  if (spec.value.length > 0) {
    PyErr_SetString(exc.PyExc_TypeError, `unsupported format string passed to ${Py_TYPE(self).ht_name}.__format__`);
  }
  return abstract.PyObject_Str(self);
}

function object_dir(self: PyObject): PyObject {
  const names = new Set<string>();
  const dict = abstract.PyObject_LookupAttr(self, "__dict__");
  if (dict !== undefined && PyDict_Check(dict)) for (const [k] of dict.entries()) if (k instanceof PyStr) names.add(k.value);
  const cls = abstract.PyObject_LookupAttr(self, "__class__");
  if (cls instanceof PyTypeObject) for (const b of cls.tp_mro) for (const k of b.tp_dict.keys()) names.add(k);
  return abstract.PyList_FromArray([...names].map((n) => PyUnicode_FromString(n)));
}

function object_sizeof(self: PyObject): PyObject {
  return typeof self === "number" ? 28 : 16 + 8 * ((self as unknown as HeapInstance).slots?.length ?? 0);
}

function object_subclasshook(_cls: PyObject, _args: PyObject[]): PyObject {
  return Py_NotImplemented;
}

PyType_FromSpec(
  {
    name: "object",
    flags: Py_TPFLAGS_BASETYPE,
    instanceClass: PyInstance,
    doc: "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n",
    slots: {
      tp_repr: object_repr,
      tp_str: object_str,
      tp_hash: object_hash,
      tp_richcompare: object_richcompare,
      tp_getattro: PyObject_GenericGetAttr,
      tp_setattro: PyObject_GenericSetAttr,
      tp_init: object_init,
      tp_new: object_new,
    },
    methods: [
      { name: "__subclasshook__", meth: object_subclasshook, flags: METH_CLASS | METH_FASTCALL },
      { name: "__init_subclass__", meth: object_init_subclass, flags: METH_CLASS | METH_FASTCALL | METH_KEYWORDS },
      { name: "__format__", meth: object_format, flags: METH_O },
      { name: "__sizeof__", meth: object_sizeof, flags: METH_NOARGS },
      { name: "__dir__", meth: object_dir, flags: METH_NOARGS },
    ],
    getsets: [{ name: "__class__", get: object_get_class, set: object_set_class, doc: "the object's class" }],
  },
  PyBaseObject_Type,
);

PyType_FromSpec(
  {
    name: "type",
    flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_TYPE_SUBCLASS,
    instanceClass: PyHeapTypeObject,
    // A class's namespace is its __dict__ (a metaclass adds no instance dict of its own).
    hasDict: true,
    weakrefable: true,
    doc: "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
    slots: {
      tp_repr: type_repr,
      tp_call: type_call,
      tp_getattro: type_getattro,
      tp_setattro: type_setattro,
      tp_init: type_init,
      tp_new: type_new,
      tp_hash: object_hash,
      nb_or: (a: PyObject, b: PyObject) => (require("./unionobject") as typeof import("./unionobject")).unionOr(a, b),
    },
    methods: [
      { name: "mro", meth: type_mro, flags: METH_NOARGS },
      { name: "__subclasses__", meth: type_subclasses, flags: METH_NOARGS },
      { name: "__prepare__", meth: type_prepare, flags: METH_FASTCALL | METH_KEYWORDS | METH_CLASS },
      { name: "__instancecheck__", meth: type_instancecheck, flags: METH_O },
      { name: "__subclasscheck__", meth: type_subclasscheck, flags: METH_O },
      { name: "__dir__", meth: type_dir, flags: METH_NOARGS },
      { name: "__sizeof__", meth: () => 400, flags: METH_NOARGS },
    ],
    getsets: [
      { name: "__name__", get: type_name_get, set: type_name_set },
      { name: "__qualname__", get: (t: PyTypeObject) => PyUnicode_FromString(t.ht_qualname), set: type_qualname_set },
      { name: "__bases__", get: (t: PyTypeObject) => PyTuple_FromArray(t.tp_bases.slice()), set: type_bases_set },
      { name: "__base__", get: (t: PyTypeObject) => t.tp_base ?? Py_None },
      { name: "__mro__", get: (t: PyTypeObject) => PyTuple_FromArray(t.tp_mro.slice()) },
      { name: "__module__", get: type_module_get, set: type_module_set },
      { name: "__abstractmethods__", get: type_abstractmethods_get, set: type_abstractmethods_set },
      { name: "__dict__", get: type_dict_get },
      { name: "__doc__", get: type_doc_get, set: type_doc_set },
      { name: "__text_signature__", get: () => Py_None },
      { name: "__flags__", get: (t: PyTypeObject) => t.tp_flags },
      { name: "__basicsize__", get: () => 16 },
      { name: "__itemsize__", get: () => 0 },
      { name: "__dictoffset__", get: (t: PyTypeObject) => (t.tp_hasdict ? 16 : 0) },
      { name: "__weakrefoffset__", get: (t: PyTypeObject) => (t.tp_weakrefable ? 24 : 0) },
      {
        name: "__annotations__",
        get: (t: PyTypeObject) => {
          const a = t.tp_dict.get("__annotations__");
          if (a !== undefined) {
            const f = Py_TYPE(a).tp_descr_get;
            return f ? f(a, null, t) : a;
          }
          if (!(t.tp_flags & Py_TPFLAGS_HEAPTYPE)) PyErr_SetString(exc.PyExc_AttributeError, `type object '${t.ht_name}' has no attribute '__annotations__'`);
          const d = new PyDict();
          t.tp_dict.set("__annotations__", d);
          PyType_Modified(t);
          return d;
        },
        set: (t: PyTypeObject, v: PyObject | null) => {
          if (!(t.tp_flags & Py_TPFLAGS_HEAPTYPE)) PyErr_SetString(exc.PyExc_TypeError, MSG.cannot_set_attr_immutable("__annotations__", t.ht_name));
          if (v === null) {
            if (!t.tp_dict.delete("__annotations__")) PyErr_SetString(exc.PyExc_AttributeError, "__annotations__");
          } else t.tp_dict.set("__annotations__", v);
          PyType_Modified(t);
        },
      },
    ],
  },
  PyType_Type,
);

/** PyType_IsSubtype over the MRO (re-exported for convenience). */
export function PyType_IsSubtype(a: PyTypeObject, b: PyTypeObject): boolean {
  return exc.PyType_IsSubtypeFast(a, b);
}

export { type_call, object_new, object_init, slot_tp_new, slot_tp_setattro, slot_tp_getattro, slot_tp_getattr_hook };

void PyBool;
void PyObject_GenericSetDict;
void Py_EmptyTuple;
void PyArg_NoKeywords;
void longobject;

// ─────────────────────────────────────────────────────────────────────────────────────────────
// super (typeobject.c's super_*)

export class PySuperObject extends PyObjectBase implements HeapInstance {
  type: PyTypeObject | null = null;
  obj: PyObject | null = null;
  obj_type: PyTypeObject | null = null;
  dict: InstanceDict | null = null;
  slots: (PyObject | null)[] | null;
  constructor(t: PyTypeObject) {
    super();
    this.ob_type = t;
    this.slots = t.tp_nslots ? new Array(t.tp_nslots).fill(null) : null;
  }
}

/** supercheck: the type whose MRO super() walks for (type, obj). */
function supercheck(type: PyTypeObject, obj: PyObject): PyTypeObject {
  if (obj instanceof PyTypeObject && PyType_IsSubtype(obj, type)) return obj;
  if (PyType_IsSubtype(Py_TYPE(obj), type)) return Py_TYPE(obj);
  const cls = abstract.PyObject_LookupAttr(obj, "__class__");
  if (cls instanceof PyTypeObject && cls !== Py_TYPE(obj) && PyType_IsSubtype(cls, type)) return cls;
  PyErr_SetString(exc.PyExc_TypeError, MSG.super_obj_must_be_instance());
}

/** The frame hook for zero-argument super(): [__class__, first argument]. */
export const superHooks = {
  zeroArgs(): [PyTypeObject, PyObject] {
    PyErr_SetString(exc.PyExc_RuntimeError, MSG.super_no_args());
  },
};

function super_init(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  PyArg_NoKeywords("super", kwnames);
  if (args.length > 2) PyErr_SetString(exc.PyExc_TypeError, `super() takes at most 2 arguments (${args.length} given)`);
  const su = self as PySuperObject;
  let type: PyObject;
  let obj: PyObject | null = null;
  if (args.length === 0) [type, obj] = superHooks.zeroArgs();
  else {
    type = args[0];
    if (args.length === 2) obj = args[1] === Py_None ? null : args[1];
  }
  if (!(type instanceof PyTypeObject)) PyErr_SetString(exc.PyExc_TypeError, MSG.super_arg1_type(Py_TYPE(type).ht_name));
  su.type = type;
  su.obj = obj;
  su.obj_type = obj === null ? null : supercheck(type, obj);
}

function super_new(t: PyTypeObject, _args: PyObject[], _kw: string[] | null): PyObject {
  return new PySuperObject(t);
}

function super_getattro(self: PyObject, name: string): PyObject {
  const su = self as PySuperObject;
  const starttype = su.obj_type;
  if (starttype !== null && name !== "__class__") {
    const mro = starttype.tp_mro;
    let i = mro.indexOf(su.type!);
    for (i++; i > 0 && i < mro.length; i++) {
      const res = mro[i].tp_dict.get(name);
      if (res !== undefined) {
        const f = Py_TYPE(res).tp_descr_get;
        if (f !== null) return f(res, su.obj === starttype ? null : su.obj, starttype);
        return res;
      }
    }
  }
  return PyObject_GenericGetAttr(self, name);
}

function super_descr_get(self: PyObject, obj: PyObject | null, _type: PyObject | null): PyObject {
  const su = self as PySuperObject;
  if (obj === null || obj === Py_None || su.obj !== null) return self;
  if (Py_TYPE(su) !== PySuper_Type) return abstract.PyObject_Vectorcall(Py_TYPE(su), [su.type!, obj], null);
  const n = new PySuperObject(PySuper_Type);
  n.type = su.type;
  n.obj = obj;
  n.obj_type = supercheck(su.type!, obj);
  return n;
}

function super_repr(self: PyObject): PyObject {
  const su = self as PySuperObject;
  const tn = su.type ? su.type.ht_name : "NULL";
  if (su.obj_type) return PyUnicode_FromString(`<super: <class '${tn}'>, <${su.obj_type.ht_name} object>>`);
  return PyUnicode_FromString(`<super: <class '${tn}'>, NULL>`);
}

export const PySuper_Type: PyTypeObject = PyType_FromSpec({
  name: "super",
  base: PyBaseObject_Type,
  flags: Py_TPFLAGS_BASETYPE,
  instanceClass: PySuperObject,
  slots: { tp_new: super_new, tp_init: super_init, tp_getattro: super_getattro, tp_descr_get: super_descr_get, tp_repr: super_repr },
  getsets: [
    { name: "__thisclass__", get: (s: PySuperObject) => s.type ?? Py_None, doc: "the class invoking super()" },
    { name: "__self__", get: (s: PySuperObject) => s.obj ?? Py_None, doc: "the instance invoking super(); may be None" },
    { name: "__self_class__", get: (s: PySuperObject) => s.obj_type ?? Py_None, doc: "the type of the instance invoking super(); may be None" },
  ],
});
