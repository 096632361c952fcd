// Descriptors (CPython's Objects/descrobject.c): method_descriptor, classmethod_descriptor,
// wrapper_descriptor (a slot shown as a dunder: int.__add__), method-wrapper (one bound to an
// object: (1).__add__), getset_descriptor, member_descriptor (__slots__), and property.
import {
  PyObject,
  PyObjectBase,
  PyTypeObject,
  PyMethodDef,
  PyGetSetDef,
  PyType_FromSpec,
  PyBaseObject_Type,
  Py_None,
  PyUnicode_FromString,
  Py_TYPE,
  METH_FASTCALL,
  METH_KEYWORDS,
  METH_O,
  METH_NOARGS,
  Py_TPFLAGS_BASETYPE,
  Py_TPFLAGS_METHOD_DESCRIPTOR,
  HeapInstance,
  InstanceDict,
  Py_hash_t,
  Py_EQ,
  Py_NE,
  Py_True,
  Py_False,
  Py_NotImplemented,
  PyStr,
  PyTuple,
  PyList,
} from "./object";
import { PyErr_SetString, PyErr_NewException } from "../Python/errors";
import { MSG } from "../Python/messages";
import * as exc from "./exceptions";
import * as abstract from "./abstract";
import { callMethodDef, PyCFunctionObject } from "./methodobject";
import type { SlotDef } from "./typeobject";
import { PyArg_UnpackKeywords } from "../Python/getargs";
import { PyDict } from "./dictobject";

abstract class PyDescrObject extends PyObjectBase {
  constructor(readonly d_type: PyTypeObject, readonly d_name: string) {
    super();
  }
}

function descr_name(d: PyDescrObject): string {
  return d.d_name;
}

/** descr_check: obj must be an instance of the descriptor's type. */
function descr_check(d: PyDescrObject, obj: PyObject): void {
  if (!abstract.PyObject_TypeCheck(obj, d.d_type)) {
    PyErr_SetString(exc.PyExc_TypeError, MSG.descr_requires(descr_name(d), d.d_type.ht_name, Py_TYPE(obj).ht_name));
  }
}

/** The check of calling an unbound slot wrapper or method with a wrong self (descr_check in calls). */
function descr_call_check(d: PyDescrObject, self: PyObject): void {
  if (!abstract.PyObject_TypeCheck(self, d.d_type)) {
    PyErr_SetString(exc.PyExc_TypeError, MSG.descr_requires_obj(descr_name(d), d.d_type.ht_name, Py_TYPE(self).ht_name));
  }
}

function descr_repr(kind: string) {
  return (o: PyObject): PyObject => {
    const d = o as PyDescrObject;
    return PyUnicode_FromString(`<${kind} '${d.d_name}' of '${d.d_type.ht_name}' objects>`);
  };
}

const descr_getsets: PyGetSetDef[] = [
  { name: "__objclass__", get: (d: PyDescrObject) => d.d_type },
  { name: "__name__", get: (d: PyDescrObject) => PyUnicode_FromString(d.d_name) },
  { name: "__qualname__", get: (d: PyDescrObject) => PyUnicode_FromString(`${d.d_type.ht_qualname}.${d.d_name}`) },
];

// ─── method_descriptor ───────────────────────────────────────────────────────────────────────

export class PyMethodDescrObject extends PyDescrObject {
  constructor(type: PyTypeObject, readonly d_method: PyMethodDef) {
    super(type, d_method.name);
    this.ob_type = PyMethodDescr_Type;
  }
}

function method_get(descr: PyObject, obj: PyObject | null, _type: PyObject | null): PyObject {
  const d = descr as PyMethodDescrObject;
  if (obj === null) return d;
  descr_check(d, obj);
  return new PyCFunctionObject(d.d_method, obj, null, d.d_type);
}

/** Calling int.bit_length(5): the first argument is self. */
function method_call(callable: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const d = callable as PyMethodDescrObject;
  const nkw = kwnames ? kwnames.length : 0;
  if (args.length - nkw < 1) PyErr_SetString(exc.PyExc_TypeError, MSG.descr_needs_arg(d.d_name, d.d_type.ht_name));
  const self = args[0];
  descr_call_check(d, self);
  return callMethodDef(d.d_method, self, args.slice(1), kwnames, `${d.d_type.ht_name}.${d.d_name}`);
}

export const PyMethodDescr_Type: PyTypeObject = PyType_FromSpec({
  name: "method_descriptor",
  base: PyBaseObject_Type,
  flags: Py_TPFLAGS_METHOD_DESCRIPTOR,
  instanceClass: PyMethodDescrObject,
  slots: { tp_descr_get: method_get, tp_call: method_call, tp_repr: descr_repr("method") },
  getsets: [...descr_getsets, { name: "__doc__", get: (d: PyMethodDescrObject) => (d.d_method.doc ? PyUnicode_FromString(d.d_method.doc) : Py_None) },
    { name: "__text_signature__", get: (d: PyMethodDescrObject) => (d.d_method.text_signature ? PyUnicode_FromString(d.d_method.text_signature) : Py_None) }],
});

// ─── classmethod_descriptor (METH_CLASS methods of native types: dict.fromkeys) ──────────────

export class PyClassMethodDescrObject extends PyDescrObject {
  constructor(type: PyTypeObject, readonly d_method: PyMethodDef) {
    super(type, d_method.name);
    this.ob_type = PyClassMethodDescr_Type;
  }
}

function classmethod_get(descr: PyObject, obj: PyObject | null, type: PyObject | null): PyObject {
  const d = descr as PyClassMethodDescrObject;
  let t = type;
  if (t === null || t === Py_None) {
    if (obj === null) PyErr_SetString(exc.PyExc_TypeError, `descriptor '${d.d_name}' for type '${d.d_type.ht_name}' needs either an object or a type`);
    t = Py_TYPE(obj);
  }
  if (!(t instanceof PyTypeObject)) {
    PyErr_SetString(exc.PyExc_TypeError, `descriptor '${d.d_name}' for type '${d.d_type.ht_name}' needs a type, not a '${Py_TYPE(t).ht_name}' as arg 2`);
  }
  if (!abstract.PyType_IsSubtype(t, d.d_type)) {
    PyErr_SetString(exc.PyExc_TypeError, `descriptor '${d.d_name}' requires a subtype of '${d.d_type.ht_name}' but received '${t.ht_name}'`);
  }
  return new PyCFunctionObject(d.d_method, t, null, d.d_type);
}

function classmethoddescr_call(callable: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const d = callable as PyClassMethodDescrObject;
  if (args.length < 1) PyErr_SetString(exc.PyExc_TypeError, `descriptor '${d.d_name}' of '${d.d_type.ht_name}' object needs an argument`);
  const bound = classmethod_get(d, null, args[0]);
  return abstract.PyObject_Vectorcall(bound, args.slice(1), kwnames);
}

export const PyClassMethodDescr_Type: PyTypeObject = PyType_FromSpec({
  name: "classmethod_descriptor",
  base: PyBaseObject_Type,
  instanceClass: PyClassMethodDescrObject,
  slots: { tp_descr_get: classmethod_get, tp_call: classmethoddescr_call, tp_repr: descr_repr("method") },
  getsets: descr_getsets,
});

// ─── wrapper_descriptor and method-wrapper ───────────────────────────────────────────────────

export class PyWrapperDescrObject extends PyDescrObject {
  constructor(
    type: PyTypeObject,
    readonly d_base: SlotDef,
    // eslint-disable-next-line @typescript-eslint/ban-types
    readonly d_wrapped: Function,
  ) {
    super(type, d_base.name);
    this.ob_type = PyWrapperDescr_Type;
  }
}

export class PyMethodWrapperObject extends PyObjectBase {
  constructor(readonly descr: PyWrapperDescrObject, readonly self: PyObject) {
    super();
    this.ob_type = PyMethodWrapper_Type;
  }
}

function wrapperdescr_get(descr: PyObject, obj: PyObject | null, _type: PyObject | null): PyObject {
  const d = descr as PyWrapperDescrObject;
  if (obj === null) return d;
  descr_check(d, obj);
  return new PyMethodWrapperObject(d, obj);
}

/** wrapperdescr_raw_call: runs the slot's wrapper kind over (self, args). */
export function wrapperdescr_raw_call(d: PyWrapperDescrObject, self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const nm = `${d.d_type.ht_name}.${d.d_name}`;
  return d.d_base.wrapper(self, args, kwnames, d.d_wrapped, nm, d.d_base);
}

function wrapperdescr_call(callable: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const d = callable as PyWrapperDescrObject;
  if (args.length - (kwnames ? kwnames.length : 0) < 1) {
    PyErr_SetString(exc.PyExc_TypeError, MSG.descr_needs_arg(d.d_name, d.d_type.ht_name));
  }
  const self = args[0];
  descr_call_check(d, self);
  return wrapperdescr_raw_call(d, self, args.slice(1), kwnames);
}

export const PyWrapperDescr_Type: PyTypeObject = PyType_FromSpec({
  name: "wrapper_descriptor",
  base: PyBaseObject_Type,
  flags: Py_TPFLAGS_METHOD_DESCRIPTOR,
  instanceClass: PyWrapperDescrObject,
  slots: { tp_descr_get: wrapperdescr_get, tp_call: wrapperdescr_call, tp_repr: descr_repr("slot wrapper") },
  getsets: [...descr_getsets, { name: "__doc__", get: (d: PyWrapperDescrObject) => (d.d_base.doc ? PyUnicode_FromString(d.d_base.doc) : Py_None) },
    { name: "__text_signature__", get: (d: PyWrapperDescrObject) => (d.d_base.text_signature ? PyUnicode_FromString(d.d_base.text_signature) : Py_None) }],
});

function wrapper_call(callable: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const w = callable as PyMethodWrapperObject;
  return wrapperdescr_raw_call(w.descr, w.self, args, kwnames);
}

function wrapper_repr(o: PyObject): PyObject {
  const w = o as PyMethodWrapperObject;
  return PyUnicode_FromString(`<method-wrapper '${w.descr.d_name}' of ${Py_TYPE(w.self).tp_name} object at ${abstract.addressOf(w.self)}>`);
}

function wrapper_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  if ((op !== Py_EQ && op !== Py_NE) || !(a instanceof PyMethodWrapperObject) || !(b instanceof PyMethodWrapperObject)) return Py_NotImplemented;
  const eq = a.descr === b.descr && a.self === b.self;
  return (op === Py_EQ) === eq ? Py_True : Py_False;
}

function wrapper_hash(o: PyObject): Py_hash_t {
  const w = o as PyMethodWrapperObject;
  const h = (Number(abstract.PyObject_HashId(w.self)) ^ Number(abstract.PyObject_HashId(w.descr))) | 0;
  return h === -1 ? -2 : h;
}

export const PyMethodWrapper_Type: PyTypeObject = PyType_FromSpec({
  name: "method-wrapper",
  base: PyBaseObject_Type,
  instanceClass: PyMethodWrapperObject,
  slots: { tp_call: wrapper_call, tp_repr: wrapper_repr, tp_richcompare: wrapper_richcompare, tp_hash: wrapper_hash },
  getsets: [
    { name: "__self__", get: (w: PyMethodWrapperObject) => w.self },
    { name: "__objclass__", get: (w: PyMethodWrapperObject) => w.descr.d_type },
    { name: "__name__", get: (w: PyMethodWrapperObject) => PyUnicode_FromString(w.descr.d_name) },
    { name: "__qualname__", get: (w: PyMethodWrapperObject) => PyUnicode_FromString(`${w.descr.d_type.ht_qualname}.${w.descr.d_name}`) },
    { name: "__doc__", get: (w: PyMethodWrapperObject) => (w.descr.d_base.doc ? PyUnicode_FromString(w.descr.d_base.doc) : Py_None) },
  ],
});

// ─── getset_descriptor ───────────────────────────────────────────────────────────────────────

export class PyGetSetDescrObject extends PyDescrObject {
  constructor(type: PyTypeObject, readonly d_getset: PyGetSetDef) {
    super(type, d_getset.name);
    this.ob_type = PyGetSetDescr_Type;
  }
}

function getset_get(descr: PyObject, obj: PyObject | null, _type: PyObject | null): PyObject {
  const d = descr as PyGetSetDescrObject;
  if (obj === null) return d;
  descr_check(d, obj);
  if (d.d_getset.get) return d.d_getset.get(obj);
  PyErr_SetString(exc.PyExc_AttributeError, `attribute '${d.d_name}' of '${d.d_type.ht_name}' objects is not readable`);
}

function getset_set(descr: PyObject, obj: PyObject, value: PyObject | null): void {
  const d = descr as PyGetSetDescrObject;
  descr_check(d, obj);
  if (d.d_getset.set) {
    d.d_getset.set(obj, value);
    return;
  }
  PyErr_SetString(exc.PyExc_AttributeError, MSG.attribute_readonly(d.d_name, d.d_type.ht_name));
}

export const PyGetSetDescr_Type: PyTypeObject = PyType_FromSpec({
  name: "getset_descriptor",
  base: PyBaseObject_Type,
  instanceClass: PyGetSetDescrObject,
  slots: { tp_descr_get: getset_get, tp_descr_set: getset_set, tp_repr: descr_repr("attribute") },
  getsets: [...descr_getsets, { name: "__doc__", get: (d: PyGetSetDescrObject) => (d.d_getset.doc ? PyUnicode_FromString(d.d_getset.doc) : Py_None) }],
});

// ─── member_descriptor (__slots__ entries and native members) ────────────────────────────────

export class PyMemberDescrObject extends PyDescrObject {
  constructor(
    type: PyTypeObject,
    name: string,
    /** Index into instance.slots for __slots__ members; -1 for a native field. */
    readonly d_offset: number,
    /** The JS field for native members. */
    readonly d_field: string | null = null,
    readonly d_readonly = false,
    readonly d_doc: string | null = null,
  ) {
    super(type, name);
    this.ob_type = PyMemberDescr_Type;
  }
}

function member_get(descr: PyObject, obj: PyObject | null, _type: PyObject | null): PyObject {
  const d = descr as PyMemberDescrObject;
  if (obj === null) return d;
  descr_check(d, obj);
  if (d.d_offset >= 0) {
    const slots = (obj as unknown as HeapInstance).slots;
    const v = slots ? slots[d.d_offset] : null;
    if (v === null || v === undefined) {
      throw PyErr_NewException(exc.PyExc_AttributeError, [PyUnicode_FromString(`'${Py_TYPE(obj).tp_name}' object has no attribute '${d.d_name}'`)]);
    }
    return v;
  }
  const v = (obj as unknown as Record<string, PyObject | null>)[d.d_field!];
  return v ?? Py_None;
}

function member_set(descr: PyObject, obj: PyObject, value: PyObject | null): void {
  const d = descr as PyMemberDescrObject;
  descr_check(d, obj);
  if (d.d_readonly) PyErr_SetString(exc.PyExc_AttributeError, MSG.readonly_attribute());
  if (d.d_offset >= 0) {
    const slots = (obj as unknown as HeapInstance).slots!;
    if (value === null && (slots[d.d_offset] === null || slots[d.d_offset] === undefined)) {
      throw PyErr_NewException(exc.PyExc_AttributeError, [PyUnicode_FromString(d.d_name)]);
    }
    slots[d.d_offset] = value;
    return;
  }
  (obj as unknown as Record<string, PyObject | null>)[d.d_field!] = value;
}

export const PyMemberDescr_Type: PyTypeObject = PyType_FromSpec({
  name: "member_descriptor",
  base: PyBaseObject_Type,
  instanceClass: PyMemberDescrObject,
  slots: { tp_descr_get: member_get, tp_descr_set: member_set, tp_repr: descr_repr("member") },
  getsets: [...descr_getsets, { name: "__doc__", get: (d: PyMemberDescrObject) => (d.d_doc ? PyUnicode_FromString(d.d_doc) : Py_None) }],
});

// ─── property ────────────────────────────────────────────────────────────────────────────────

export class PyPropertyObject extends PyObjectBase implements HeapInstance {
  prop_get: PyObject | null = null;
  prop_set: PyObject | null = null;
  prop_del: PyObject | null = null;
  prop_doc: PyObject | null = null;
  prop_name: PyObject | null = null;
  getter_doc = false;
  dict: InstanceDict | null = null;
  slots: (PyObject | null)[] | null;
  constructor(type: PyTypeObject) {
    super();
    this.ob_type = type;
    this.slots = type.tp_nslots ? new Array(type.tp_nslots).fill(null) : null;
  }
}

function property_new(type: PyTypeObject, _args: PyObject[], _kw: string[] | null): PyObject {
  return new PyPropertyObject(type);
}

function property_init(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  const p = self as PyPropertyObject;
  const [fget, fset, fdel, doc] = PyArg_UnpackKeywords({ fname: "property", names: ["fget", "fset", "fdel", "doc"], required: 0 }, args, kwnames);
  p.prop_get = fget === Py_None ? null : fget;
  p.prop_set = fset === Py_None ? null : fset;
  p.prop_del = fdel === Py_None ? null : fdel;
  p.prop_doc = doc === Py_None ? null : doc;
  p.getter_doc = false;
  if (p.prop_doc === null && p.prop_get !== null) {
    const d = abstract.PyObject_LookupAttr(p.prop_get, "__doc__");
    if (d !== undefined && d !== Py_None) {
      p.prop_doc = d;
      p.getter_doc = true;
    }
  }
  // A subclass of property stores the doc in its __dict__.
  if (Py_TYPE(self) !== PyProperty_Type && p.prop_doc !== null) abstract.PyObject_SetAttr(self, "__doc__", p.prop_doc);
}

function property_name_for_errors(p: PyPropertyObject): string {
  return p.prop_name !== null ? ` ${abstract.PyObject_ReprStr(p.prop_name)}` : "";
}

function property_descr_get(self: PyObject, obj: PyObject | null, _type: PyObject | null): PyObject {
  const p = self as PyPropertyObject;
  if (obj === null) return self;
  if (p.prop_get === null) {
    const qn = Py_TYPE(obj).ht_qualname;
    PyErr_SetString(exc.PyExc_AttributeError, p.prop_name !== null ? `property ${abstract.PyObject_ReprStr(p.prop_name)} of '${qn}' object has no getter` : `property of '${qn}' object has no getter`);
  }
  return abstract.PyObject_Vectorcall(p.prop_get, [obj], null);
}

function property_descr_set(self: PyObject, obj: PyObject, value: PyObject | null): void {
  const p = self as PyPropertyObject;
  const func = value === null ? p.prop_del : p.prop_set;
  if (func === null) {
    const qn = Py_TYPE(obj).ht_qualname;
    if (p.prop_name !== null) {
      PyErr_SetString(exc.PyExc_AttributeError, `property ${abstract.PyObject_ReprStr(p.prop_name)} of '${qn}' object has no ${value === null ? "deleter" : "setter"}`);
    }
    PyErr_SetString(exc.PyExc_AttributeError, `property of '${qn}' object has no ${value === null ? "deleter" : "setter"}`);
  }
  if (value === null) abstract.PyObject_Vectorcall(func, [obj], null);
  else abstract.PyObject_Vectorcall(func, [obj, value], null);
}

/** property_copy: property.getter/setter/deleter make a new property of the same type. */
function property_copy(p: PyPropertyObject, get: PyObject | null, set: PyObject | null, del: PyObject | null): PyObject {
  const type = Py_TYPE(p);
  const fget = get ?? p.prop_get ?? Py_None;
  const fset = set ?? p.prop_set ?? Py_None;
  const fdel = del ?? p.prop_del ?? Py_None;
  const doc = p.getter_doc && get !== null ? Py_None : p.prop_doc ?? Py_None;
  const n = abstract.PyObject_Vectorcall(type, [fget, fset, fdel, doc], null);
  if (n instanceof PyPropertyObject) n.prop_name = p.prop_name;
  return n;
}

export const PyProperty_Type: PyTypeObject = PyType_FromSpec({
  name: "property",
  base: PyBaseObject_Type,
  flags: Py_TPFLAGS_BASETYPE,
  instanceClass: PyPropertyObject,
  doc: "Property attribute.",
  slots: { tp_new: property_new, tp_init: property_init, tp_descr_get: property_descr_get, tp_descr_set: property_descr_set },
  methods: [
    { name: "getter", flags: METH_O, meth: (p: PyPropertyObject, f: PyObject) => property_copy(p, f, null, null), doc: "Descriptor to obtain a copy of the property with a different getter." },
    { name: "setter", flags: METH_O, meth: (p: PyPropertyObject, f: PyObject) => property_copy(p, null, f, null), doc: "Descriptor to obtain a copy of the property with a different setter." },
    { name: "deleter", flags: METH_O, meth: (p: PyPropertyObject, f: PyObject) => property_copy(p, null, null, f), doc: "Descriptor to obtain a copy of the property with a different deleter." },
    {
      name: "__set_name__",
      flags: METH_FASTCALL,
      meth: (p: PyPropertyObject, args: PyObject[]) => {
        if (args.length !== 2) PyErr_SetString(exc.PyExc_TypeError, `__set_name__() takes 2 positional arguments but ${args.length} were given`);
        p.prop_name = args[1];
        return Py_None;
      },
    },
  ],
  getsets: [
    { name: "fget", get: (p: PyPropertyObject) => p.prop_get ?? Py_None },
    { name: "fset", get: (p: PyPropertyObject) => p.prop_set ?? Py_None },
    { name: "fdel", get: (p: PyPropertyObject) => p.prop_del ?? Py_None },
    { name: "__doc__", get: (p: PyPropertyObject) => p.prop_doc ?? Py_None, set: (p: PyPropertyObject, v) => { p.prop_doc = v; } },
    {
      name: "__isabstractmethod__",
      get: (p: PyPropertyObject) => {
        for (const f of [p.prop_get, p.prop_set, p.prop_del]) {
          if (f === null) continue;
          const v = abstract.PyObject_LookupAttr(f, "__isabstractmethod__");
          if (v !== undefined && abstract.PyObject_IsTrue(v)) return Py_True;
        }
        return Py_False;
      },
    },
  ],
});

void METH_KEYWORDS;
void METH_NOARGS;

// ─── mappingproxy (a read-only view of a mapping; type.__dict__) ─────────────────────────────

export class PyMappingProxyObject extends PyObjectBase {
  constructor(
    /** The mapping viewed, or null for a type's namespace. */
    readonly mapping: PyObject | null,
    readonly type: PyTypeObject | null,
  ) {
    super();
    this.ob_type = PyDictProxy_Type;
  }
  /** The mapping as an object: a snapshot dict of a type's namespace. */
  target(): PyObject {
    if (this.mapping !== null) return this.mapping;
    const d = new PyDict();
    for (const [k, v] of this.type!.tp_dict) d.setStr(k, v);
    return d;
  }
}

export function mappingproxyOfType(t: PyTypeObject): PyObject {
  return new PyMappingProxyObject(null, t);
}

function mp_getitem(o: PyObject, key: PyObject): PyObject {
  const p = o as PyMappingProxyObject;
  if (p.type !== null && key instanceof PyStr) {
    const v = p.type.tp_dict.get(key.value);
    if (v === undefined) throw PyErr_NewException(exc.PyExc_KeyError, [key]);
    return v;
  }
  return abstract.PyObject_GetItem(p.target(), key);
}

function mappingproxy_new(_t: PyTypeObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [mapping] = PyArg_UnpackKeywords({ fname: "mappingproxy", names: ["mapping"], required: 1 }, args, kwnames);
  if (!abstract.PyMapping_Check(mapping!) || abstract.PySequence_Check(mapping!) || mapping instanceof PyTuple || mapping instanceof PyList) {
    PyErr_SetString(exc.PyExc_TypeError, `mappingproxy() argument must be a mapping, not ${Py_TYPE(mapping!).ht_name}`);
  }
  return new PyMappingProxyObject(mapping, null);
}

const proxyMethod = (name: string, flags: number) => ({
  name,
  flags,
  meth: (p: PyMappingProxyObject, ...rest: unknown[]) => {
    const args = flags === METH_NOARGS ? [] : (rest[0] as PyObject[]);
    return abstract.PyObject_CallMethod(p.target(), name, args);
  },
});

export const PyDictProxy_Type: PyTypeObject = PyType_FromSpec({
  name: "mappingproxy",
  base: PyBaseObject_Type,
  instanceClass: PyMappingProxyObject,
  slots: {
    tp_new: mappingproxy_new,
    mp_subscript: mp_getitem,
    mp_length: (o) => abstract.PyObject_Size((o as PyMappingProxyObject).target()),
    sq_contains: (o, k) => {
      const p = o as PyMappingProxyObject;
      if (p.type !== null && k instanceof PyStr) return p.type.tp_dict.has(k.value);
      return abstract.PySequence_Contains(p.target(), k);
    },
    tp_iter: (o) => abstract.PyObject_GetIter((o as PyMappingProxyObject).target()),
    tp_repr: (o) => PyUnicode_FromString(`mappingproxy(${abstract.PyObject_ReprStr((o as PyMappingProxyObject).target())})`),
    tp_str: (o) => abstract.PyObject_Str((o as PyMappingProxyObject).target()),
    tp_richcompare: (a, b, op) => abstract.PyObject_RichCompare((a as PyMappingProxyObject).target(), b, op),
  },
  methods: [
    proxyMethod("keys", METH_NOARGS),
    proxyMethod("values", METH_NOARGS),
    proxyMethod("items", METH_NOARGS),
    proxyMethod("copy", METH_NOARGS),
    proxyMethod("get", METH_FASTCALL),
  ],
});
