// The value representation of Taipan and the PyTypeObject struct (CPython's Include/object.h,
// Include/cpython/object.h, and the None / NotImplemented / Ellipsis parts of Objects/object.c).
//
// ─── How Python values are represented ───────────────────────────────────────────────────────
//
//   Python value            JS representation
//   ──────────────────────  ─────────────────────────────────────────────────────────────────
//   int (small)             a JS `number`, only while Number.isSafeInteger(n); never -0.
//   int (big)               `PyLong` (value: bigint, never a safe integer). Same type `int`.
//   instance of int subcls  `PyLongSub` (value: bigint of any size; own ob_type and __dict__).
//   bool                    the two singletons Py_True / Py_False (`PyBool`, value 1n / 0n),
//                           type `bool`, a subclass of int.
//   float                   `PyFloat` (one field: value: number), type on the prototype.
//   str                     `PyStr` (value: JS string, UTF-16) caching its length in code
//                           points, its hash and whether it is all-BMP. Type on the prototype.
//   bytes                   `PyBytes` (value: Uint8Array), tuple `PyTuple` (items: array).
//   None, NotImplemented,   singletons Py_None, Py_NotImplemented, Py_Ellipsis.
//   Ellipsis
//   everything else         an instance of a JS class extending PyObjectBase, with `ob_type`.
//
// `PyObject` is the TypeScript type of any Python value: `number | PyObjectBase`.
// `Py_TYPE(v)` gives its type object. JS `null` plays C's NULL (no value / "delete" in
// setattr-like slots); `undefined` is returned only where documented (tp_iternext when
// exhausted, lookups that miss).
//
// Where the type lives: final, frequently allocated native classes (PyFloat, PyStr, PyLong,
// PyTuple, PyBytes, the singletons) put `ob_type` on the JS prototype, so an instance is one
// field; every other class sets `this.ob_type` in its constructor. An instance of a Python
// subclass of a native type is a JS subclass of the native class with its own `ob_type`.
// Measured (node 20, this machine, 3e7 float additions with a type check on both operands):
// own field 324–359 ms, prototype 296–338 ms: the same speed, so we pick the smaller object.
//
// ─── Errors ──────────────────────────────────────────────────────────────────────────────────
// A Python exception is thrown as the exception object itself (PyBaseException, which does NOT
// extend JS Error: no stack capture, cheap to throw). Raise through src/Python/errors.ts
// (PyErr_Format-like helpers) with a message from src/Python/messages.ts.
//
// ─── Types ───────────────────────────────────────────────────────────────────────────────────
// PyTypeObject below is the struct: slots are JS function fields named as in CPython. Slot
// signatures (see TypeSlots): binary number slots take (a, b) and may return Py_NotImplemented;
// tp_getattro/tp_setattro take the attribute name as a JS string (attribute names are interned
// JS strings throughout); tp_call/tp_new/tp_init are vectorcall-style: (callable, args, kwnames)
// where args holds the positional arguments then the keyword values, and kwnames (or null)
// names the last kwnames.length of them; tp_iternext returns `undefined` when exhausted (it may
// also throw StopIteration carrying a value); tp_hash returns a Py_hash_t: a JS number when the
// hash is a safe integer, else a bigint (exactly CPython's 64-bit value).
//
// Native types are declared as tables with PyType_FromSpec (below): name, base, instance class,
// slots, methods, getsets, members. The struct is made at module load; src/Objects/typeobject.ts
// `PyType_Ready` (run for every static type by src/Python/pylifecycle.ts) computes the MRO and
// fills the type's dict from the one slotdefs table (nb_add shows as int.__add__, ...).
//
// ─── Module load order rule ──────────────────────────────────────────────────────────────────
// This file imports nothing from the runtime: it is the leaf every other module builds on. At
// the top level of any runtime module, refer only to exports of this file and to the module's
// own functions; use other modules' exports inside function bodies only (cyclic imports are
// then harmless under both esbuild and jest's CommonJS).

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Objects

export abstract class PyObjectBase {
  declare ob_type: PyTypeObject;
}

/** Any Python value. */
export type PyObject = number | PyObjectBase;

/** CPython's Py_hash_t: a number when a safe integer, else a bigint (never a safe one). */
export type Py_hash_t = number | bigint;

/** The instance __dict__ storage interface (implemented by PyDict in dictobject.ts). */
export interface InstanceDict extends PyObjectBase {
  getStr(key: string): PyObject | undefined;
  setStr(key: string, value: PyObject): void;
  delStr(key: string): boolean;
}

/** A plain instance of a Python class (whose native base is `object`). */
export class PyInstance extends PyObjectBase {
  /** The instance __dict__, made on first store (null also for types without a __dict__). */
  dict: InstanceDict | null = null;
  /** __slots__ storage, indexed by the member descriptors' offsets; null if none. */
  slots: (PyObject | null)[] | null;
  constructor(type: PyTypeObject) {
    super();
    this.ob_type = type;
    this.slots = type.tp_nslots ? new Array(type.tp_nslots).fill(null) : null;
  }
}

/** Objects of heap subclasses of native types carry these two fields too. */
export interface HeapInstance {
  dict: InstanceDict | null;
  slots: (PyObject | null)[] | null;
}

export function Py_TYPE(v: PyObject): PyTypeObject {
  return typeof v === "number" ? PyLong_Type : v.ob_type;
}

/** Py_Is: identity (`is`). Small ints are numbers, so two equal small ints are identical. */
export function Py_Is(a: PyObject, b: PyObject): boolean {
  return a === b;
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Core value classes (the types' behaviour lives in each type's own file).

/** An int outside the safe-integer range (longobject.ts). value is never a safe integer. */
export class PyLong extends PyObjectBase {
  constructor(readonly value: bigint) {
    super();
  }
}

/** An instance of a Python subclass of int: value of any size. */
export class PyLongSub extends PyLong implements HeapInstance {
  dict: InstanceDict | null = null;
  slots: (PyObject | null)[] | null;
  constructor(type: PyTypeObject, value: bigint) {
    super(value);
    this.ob_type = type;
    this.slots = type.tp_nslots ? new Array(type.tp_nslots).fill(null) : null;
  }
}

/** The two bool singletons (boolobject.ts). */
export class PyBool extends PyLong {}

export class PyFloat extends PyObjectBase {
  constructor(readonly value: number) {
    super();
  }
}

export class PyFloatSub extends PyFloat implements HeapInstance {
  dict: InstanceDict | null = null;
  slots: (PyObject | null)[] | null;
  constructor(type: PyTypeObject, value: number) {
    super(value);
    this.ob_type = type;
    this.slots = type.tp_nslots ? new Array(type.tp_nslots).fill(null) : null;
  }
}

/** str (unicodeobject.ts owns its behaviour). value is the UTF-16 JS string. */
export class PyStr extends PyObjectBase {
  /** Cached hash, or -1 when not computed yet (a str hash is never -1). */
  _hash = -1;
  /** Cached length in code points, or -1 when not computed yet. */
  _len = -1;
  constructor(readonly value: string) {
    super();
  }
}

export class PyStrSub extends PyStr implements HeapInstance {
  dict: InstanceDict | null = null;
  slots: (PyObject | null)[] | null;
  constructor(type: PyTypeObject, value: string) {
    super(value);
    this.ob_type = type;
    this.slots = type.tp_nslots ? new Array(type.tp_nslots).fill(null) : null;
  }
}

/** bytes (bytesobject.ts). */
export class PyBytes extends PyObjectBase {
  _hash = -1;
  constructor(readonly value: Uint8Array) {
    super();
  }
}

/** tuple (tupleobject.ts). items must not be mutated once the tuple is visible to Python. */
export class PyTuple extends PyObjectBase {
  _hash: Py_hash_t | null = null;
  constructor(readonly items: PyObject[]) {
    super();
  }
}

export class PyTupleSub extends PyTuple implements HeapInstance {
  dict: InstanceDict | null = null;
  slots: (PyObject | null)[] | null;
  constructor(type: PyTypeObject, items: PyObject[]) {
    super(items);
    this.ob_type = type;
    this.slots = type.tp_nslots ? new Array(type.tp_nslots).fill(null) : null;
  }
}

/** list (listobject.ts owns its behaviour). */
export class PyList extends PyObjectBase {
  constructor(public items: PyObject[], type?: PyTypeObject) {
    super();
    this.ob_type = type ?? PyList_Type;
  }
}

export class PyListSub extends PyList implements HeapInstance {
  dict: InstanceDict | null = null;
  slots: (PyObject | null)[] | null;
  constructor(type: PyTypeObject, items: PyObject[] = []) {
    super(items, type);
    this.slots = type.tp_nslots ? new Array(type.tp_nslots).fill(null) : null;
  }
}

export class PyNoneObject extends PyObjectBase {}
export class PyNotImplementedObject extends PyObjectBase {}
export class PyEllipsisObject extends PyObjectBase {}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// The type struct

export type unaryfunc = (a: PyObject) => PyObject;
export type binaryfunc = (a: PyObject, b: PyObject) => PyObject;
export type ternaryfunc = (a: PyObject, b: PyObject, c: PyObject) => PyObject;
export type inquiry = (a: PyObject) => boolean;
export type lenfunc = (a: PyObject) => number;
export type vectorcallfunc = (callable: PyObject, args: PyObject[], kwnames: string[] | null) => PyObject;

export interface TypeSlots {
  tp_repr: unaryfunc | null;
  tp_str: unaryfunc | null;
  tp_hash: ((a: PyObject) => Py_hash_t) | null;
  tp_richcompare: ((a: PyObject, b: PyObject, op: number) => PyObject) | null;
  tp_getattro: ((o: PyObject, name: string) => PyObject) | null;
  tp_setattro: ((o: PyObject, name: string, value: PyObject | null) => void) | null;
  tp_iter: unaryfunc | null;
  tp_iternext: ((o: PyObject) => PyObject | undefined) | null;
  tp_call: vectorcallfunc | null;
  tp_descr_get: ((descr: PyObject, obj: PyObject | null, type: PyObject | null) => PyObject) | null;
  tp_descr_set: ((descr: PyObject, obj: PyObject, value: PyObject | null) => void) | null;
  tp_new: ((subtype: PyTypeObject, args: PyObject[], kwnames: string[] | null) => PyObject) | null;
  tp_init: ((self: PyObject, args: PyObject[], kwnames: string[] | null) => void) | null;
  tp_finalize: ((self: PyObject) => void) | null;

  nb_add: binaryfunc | null;
  nb_subtract: binaryfunc | null;
  nb_multiply: binaryfunc | null;
  nb_remainder: binaryfunc | null;
  nb_divmod: binaryfunc | null;
  nb_power: ternaryfunc | null;
  nb_negative: unaryfunc | null;
  nb_positive: unaryfunc | null;
  nb_absolute: unaryfunc | null;
  nb_bool: inquiry | null;
  nb_invert: unaryfunc | null;
  nb_lshift: binaryfunc | null;
  nb_rshift: binaryfunc | null;
  nb_and: binaryfunc | null;
  nb_xor: binaryfunc | null;
  nb_or: binaryfunc | null;
  nb_int: unaryfunc | null;
  nb_float: unaryfunc | null;
  nb_inplace_add: binaryfunc | null;
  nb_inplace_subtract: binaryfunc | null;
  nb_inplace_multiply: binaryfunc | null;
  nb_inplace_remainder: binaryfunc | null;
  nb_inplace_power: ternaryfunc | null;
  nb_inplace_lshift: binaryfunc | null;
  nb_inplace_rshift: binaryfunc | null;
  nb_inplace_and: binaryfunc | null;
  nb_inplace_xor: binaryfunc | null;
  nb_inplace_or: binaryfunc | null;
  nb_floor_divide: binaryfunc | null;
  nb_true_divide: binaryfunc | null;
  nb_inplace_floor_divide: binaryfunc | null;
  nb_inplace_true_divide: binaryfunc | null;
  nb_index: unaryfunc | null;
  nb_matrix_multiply: binaryfunc | null;
  nb_inplace_matrix_multiply: binaryfunc | null;

  sq_length: lenfunc | null;
  sq_concat: binaryfunc | null;
  sq_repeat: ((a: PyObject, n: number) => PyObject) | null;
  sq_item: ((a: PyObject, i: number) => PyObject) | null;
  sq_ass_item: ((a: PyObject, i: number, v: PyObject | null) => void) | null;
  sq_contains: ((a: PyObject, v: PyObject) => boolean) | null;
  sq_inplace_concat: binaryfunc | null;
  sq_inplace_repeat: ((a: PyObject, n: number) => PyObject) | null;

  mp_length: lenfunc | null;
  mp_subscript: binaryfunc | null;
  mp_ass_subscript: ((a: PyObject, key: PyObject, v: PyObject | null) => void) | null;

  am_await: unaryfunc | null;
  am_aiter: unaryfunc | null;
  am_anext: unaryfunc | null;
}

export type SlotName = keyof TypeSlots;

// Type flags (Include/object.h; same bit numbers where CPython has them)
export const Py_TPFLAGS_MANAGED_DICT = 1 << 4;
export const Py_TPFLAGS_SEQUENCE = 1 << 5;
export const Py_TPFLAGS_MAPPING = 1 << 6;
export const Py_TPFLAGS_DISALLOW_INSTANTIATION = 1 << 7;
export const Py_TPFLAGS_IMMUTABLETYPE = 1 << 8;
export const Py_TPFLAGS_HEAPTYPE = 1 << 9;
export const Py_TPFLAGS_BASETYPE = 1 << 10;
export const Py_TPFLAGS_HAVE_VECTORCALL = 1 << 11;
export const Py_TPFLAGS_READY = 1 << 12;
export const Py_TPFLAGS_READYING = 1 << 13;
export const Py_TPFLAGS_HAVE_GC = 1 << 14;
export const Py_TPFLAGS_METHOD_DESCRIPTOR = 1 << 17;
export const Py_TPFLAGS_VALID_VERSION_TAG = 1 << 19;
export const Py_TPFLAGS_IS_ABSTRACT = 1 << 20;
export const Py_TPFLAGS_LONG_SUBCLASS = 1 << 24;
export const Py_TPFLAGS_LIST_SUBCLASS = 1 << 25;
export const Py_TPFLAGS_TUPLE_SUBCLASS = 1 << 26;
export const Py_TPFLAGS_BYTES_SUBCLASS = 1 << 27;
export const Py_TPFLAGS_UNICODE_SUBCLASS = 1 << 28;
export const Py_TPFLAGS_DICT_SUBCLASS = 1 << 29;
export const Py_TPFLAGS_BASE_EXC_SUBCLASS = 1 << 30;
export const Py_TPFLAGS_TYPE_SUBCLASS = 1 << 31;
export const Py_TPFLAGS_DEFAULT = 0;

// Rich comparison ops (Include/object.h)
export const Py_LT = 0;
export const Py_LE = 1;
export const Py_EQ = 2;
export const Py_NE = 3;
export const Py_GT = 4;
export const Py_GE = 5;

// Method calling conventions (Include/methodobject.h), for MethodDef.flags
export const METH_VARARGS = 0x0001; // fn(self, args[], kwnames) with no keywords allowed unless METH_KEYWORDS
export const METH_KEYWORDS = 0x0002;
export const METH_NOARGS = 0x0004; // fn(self)
export const METH_O = 0x0008; // fn(self, arg)
export const METH_CLASS = 0x0010;
export const METH_STATIC = 0x0020;
export const METH_COEXIST = 0x0040;
export const METH_FASTCALL = 0x0080; // fn(self, args[]) ; with METH_KEYWORDS: fn(self, args[], kwnames)

export type PyCFunction =
  | ((self: PyObject) => PyObject)
  | ((self: PyObject, arg: PyObject) => PyObject)
  | ((self: PyObject, args: PyObject[], kwnames: string[] | null) => PyObject);

export interface PyMethodDef {
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  meth: (self: any, ...rest: any[]) => PyObject;
  flags: number;
  doc?: string | null;
  /** __text_signature__ as CPython gives it, e.g. "($self, /)"; optional. */
  text_signature?: string | null;
}

export interface PyGetSetDef {
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  get: ((self: any) => PyObject) | null;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  set?: ((self: any, value: PyObject | null) => void) | null;
  doc?: string | null;
}

/** A member: a JS property of the instance class, exposed read-only or read-write. */
export interface PyMemberDef {
  name: string;
  /** The JS property name on the instance (defaults to name). */
  field?: string;
  /** Kind: "object" (a PyObject, or null which reads as AttributeError / None, see noneIfNull). */
  readonly?: boolean;
  noneIfNull?: boolean;
  doc?: string | null;
}

export interface PyTypeSpec {
  /** The name as tp_name: "int", "collections.deque", "builtins.ellipsis"... */
  name: string;
  /** The module for __module__ when tp_name has no dot (default "builtins"). */
  base?: PyTypeObject | null;
  bases?: PyTypeObject[];
  flags?: number;
  doc?: string | null;
  /** The JS class instances are made of (used to make heap subclasses' instance classes). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  instanceClass?: abstract new (...args: any[]) => PyObjectBase;
  /** Put ob_type on instanceClass.prototype (final native value classes). */
  protoType?: boolean;
  slots?: Partial<TypeSlots>;
  methods?: PyMethodDef[];
  getsets?: PyGetSetDef[];
  members?: PyMemberDef[];
  /** Extra class attributes put in the dict when readied (values made lazily). */
  attrs?: () => Record<string, PyObject>;
  /** The metatype (default `type`). */
  metatype?: PyTypeObject;
  /** Whether instances have a __dict__ (tp_dictoffset != 0). */
  hasDict?: boolean;
  /** Whether this type accepts weak references (tp_weaklistoffset != 0). */
  weakrefable?: boolean;
}

let nextVersionTag = 1;
export function nextTypeVersion(): number {
  return nextVersionTag++;
}

export class PyTypeObject extends PyObjectBase implements TypeSlots {
  tp_name: string;
  /** __name__ (may be reassigned) and __qualname__. */
  ht_name: string;
  ht_qualname: string;
  tp_flags: number;
  tp_doc: string | null = null;
  tp_base: PyTypeObject | null = null;
  tp_bases: PyTypeObject[] = [];
  tp_mro: PyTypeObject[] = [];
  /** The type's namespace: attribute name -> value (type.__dict__ is a mappingproxy of it). */
  tp_dict: Map<string, PyObject> = new Map();
  /** Subclasses (weakly held), for version-tag invalidation and __subclasses__(). */
  tp_subclasses: WeakRef<PyTypeObject>[] = [];
  /** Bumped on any change to this type's or a base's namespace; inline caches key on it. */
  tp_version_tag: number = nextTypeVersion();
  /** Cache of _PyType_Lookup results for the current version (undefined entry = not cached). */
  tp_cache: Map<string, PyObject | null> = new Map();
  /** Number of __slots__ entries (this type's and its bases') stored in instance.slots. */
  tp_nslots = 0;
  /** Instances have a __dict__. */
  tp_hasdict = false;
  tp_weakrefable = false;
  /** The JS class of instances (for native types), or the instance class for heap types. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  tp_instance_class: (abstract new (...args: any[]) => PyObjectBase) | null = null;
  /** The spec this static type was declared with, until PyType_Ready consumes it. */
  tp_spec: PyTypeSpec | null = null;
  /** The instance __dict__ of a heap type object (its attributes live in tp_dict). */
  /** For heap types: the module name stored in __module__ lives in tp_dict. */
  /** Weak references to this object (weakrefobject.ts); unused until then. */
  tp_weaklist: unknown = null;

  tp_repr: TypeSlots["tp_repr"] = null;
  tp_str: TypeSlots["tp_str"] = null;
  tp_hash: TypeSlots["tp_hash"] = null;
  tp_richcompare: TypeSlots["tp_richcompare"] = null;
  tp_getattro: TypeSlots["tp_getattro"] = null;
  tp_setattro: TypeSlots["tp_setattro"] = null;
  tp_iter: TypeSlots["tp_iter"] = null;
  tp_iternext: TypeSlots["tp_iternext"] = null;
  tp_call: TypeSlots["tp_call"] = null;
  tp_descr_get: TypeSlots["tp_descr_get"] = null;
  tp_descr_set: TypeSlots["tp_descr_set"] = null;
  tp_new: TypeSlots["tp_new"] = null;
  tp_init: TypeSlots["tp_init"] = null;
  tp_finalize: TypeSlots["tp_finalize"] = null;
  nb_add: binaryfunc | null = null;
  nb_subtract: binaryfunc | null = null;
  nb_multiply: binaryfunc | null = null;
  nb_remainder: binaryfunc | null = null;
  nb_divmod: binaryfunc | null = null;
  nb_power: ternaryfunc | null = null;
  nb_negative: unaryfunc | null = null;
  nb_positive: unaryfunc | null = null;
  nb_absolute: unaryfunc | null = null;
  nb_bool: inquiry | null = null;
  nb_invert: unaryfunc | null = null;
  nb_lshift: binaryfunc | null = null;
  nb_rshift: binaryfunc | null = null;
  nb_and: binaryfunc | null = null;
  nb_xor: binaryfunc | null = null;
  nb_or: binaryfunc | null = null;
  nb_int: unaryfunc | null = null;
  nb_float: unaryfunc | null = null;
  nb_inplace_add: binaryfunc | null = null;
  nb_inplace_subtract: binaryfunc | null = null;
  nb_inplace_multiply: binaryfunc | null = null;
  nb_inplace_remainder: binaryfunc | null = null;
  nb_inplace_power: ternaryfunc | null = null;
  nb_inplace_lshift: binaryfunc | null = null;
  nb_inplace_rshift: binaryfunc | null = null;
  nb_inplace_and: binaryfunc | null = null;
  nb_inplace_xor: binaryfunc | null = null;
  nb_inplace_or: binaryfunc | null = null;
  nb_floor_divide: binaryfunc | null = null;
  nb_true_divide: binaryfunc | null = null;
  nb_inplace_floor_divide: binaryfunc | null = null;
  nb_inplace_true_divide: binaryfunc | null = null;
  nb_index: unaryfunc | null = null;
  nb_matrix_multiply: binaryfunc | null = null;
  nb_inplace_matrix_multiply: binaryfunc | null = null;
  sq_length: TypeSlots["sq_length"] = null;
  sq_concat: TypeSlots["sq_concat"] = null;
  sq_repeat: TypeSlots["sq_repeat"] = null;
  sq_item: TypeSlots["sq_item"] = null;
  sq_ass_item: TypeSlots["sq_ass_item"] = null;
  sq_contains: TypeSlots["sq_contains"] = null;
  sq_inplace_concat: TypeSlots["sq_inplace_concat"] = null;
  sq_inplace_repeat: TypeSlots["sq_inplace_repeat"] = null;
  mp_length: TypeSlots["mp_length"] = null;
  mp_subscript: TypeSlots["mp_subscript"] = null;
  mp_ass_subscript: TypeSlots["mp_ass_subscript"] = null;
  am_await: TypeSlots["am_await"] = null;
  am_aiter: TypeSlots["am_aiter"] = null;
  am_anext: TypeSlots["am_anext"] = null;

  constructor(metatype: PyTypeObject | null, name: string, flags: number) {
    super();
    // `type` is its own type: fixed up right after PyType_Type is made.
    this.ob_type = metatype as PyTypeObject;
    this.tp_name = name;
    const dot = name.lastIndexOf(".");
    this.ht_name = dot >= 0 ? name.slice(dot + 1) : name;
    this.ht_qualname = this.ht_name;
    this.tp_flags = flags;
  }
}

/** A heap type (a class statement or type(name, bases, dict)) carries a few more fields. */
export class PyHeapTypeObject extends PyTypeObject implements HeapInstance {
  dict: InstanceDict | null = null;
  slots: (PyObject | null)[] | null = null;
  /** __slots__ names as given (tuple of str) or null. */
  ht_slots: PyObject | null = null;
  /** The instance class of instances (made by typeobject.ts from the native base's class). */
}

/** All static types, in declaration order: pylifecycle readies them at start-up. */
export const staticTypes: PyTypeObject[] = [];

/** A static type by its tp_name (for types other modules may or may not have declared yet). */
export function findStaticType(name: string): PyTypeObject | null {
  for (const t of staticTypes) if (t.tp_name === name) return t;
  return null;
}

/** PyType_FromSpec: a static native type from its table. Readied later by PyType_Ready. */
export function PyType_FromSpec(spec: PyTypeSpec, into?: PyTypeObject): PyTypeObject {
  const t = into ?? new PyTypeObject(spec.metatype ?? PyType_Type, spec.name, spec.flags ?? 0);
  if (into) {
    into.tp_name = spec.name;
    into.tp_flags |= spec.flags ?? 0;
    if (spec.metatype) into.ob_type = spec.metatype;
  }
  t.tp_spec = spec;
  t.tp_doc = spec.doc ?? null;
  if (spec.instanceClass) {
    t.tp_instance_class = spec.instanceClass;
    if (spec.protoType) (spec.instanceClass.prototype as PyObjectBase).ob_type = t;
  }
  if (spec.slots) Object.assign(t, spec.slots);
  if (!into || !staticTypes.includes(t)) staticTypes.push(t);
  return t;
}

// The struct of `type` and `object` exist before anything else (typeobject.ts fills them in).
export const PyType_Type: PyTypeObject = new PyTypeObject(null, "type", 0);
PyType_Type.ob_type = PyType_Type;
export const PyBaseObject_Type: PyTypeObject = new PyTypeObject(PyType_Type, "object", 0);

// The structs of the core types every module refers to at load time; each type's own file
// fills its struct in with PyType_FromSpec(spec, PyXxx_Type).
export const PyLong_Type = new PyTypeObject(PyType_Type, "int", 0);
export const PyBool_Type = new PyTypeObject(PyType_Type, "bool", 0);
export const PyFloat_Type = new PyTypeObject(PyType_Type, "float", 0);
export const PyUnicode_Type = new PyTypeObject(PyType_Type, "str", 0);
export const PyBytes_Type = new PyTypeObject(PyType_Type, "bytes", 0);
export const PyTuple_Type = new PyTypeObject(PyType_Type, "tuple", 0);
export const PyList_Type = new PyTypeObject(PyType_Type, "list", 0);
export const PyDict_Type = new PyTypeObject(PyType_Type, "dict", 0);
export const PySet_Type = new PyTypeObject(PyType_Type, "set", 0);
export const PyFrozenSet_Type = new PyTypeObject(PyType_Type, "frozenset", 0);
export const PySlice_Type = new PyTypeObject(PyType_Type, "slice", 0);
export const PyByteArray_Type = new PyTypeObject(PyType_Type, "bytearray", 0);
export const PyNone_Type = new PyTypeObject(PyType_Type, "NoneType", 0);
export const PyNotImplemented_Type = new PyTypeObject(PyType_Type, "NotImplementedType", 0);
export const PyEllipsis_Type = new PyTypeObject(PyType_Type, "ellipsis", 0);

PyLong.prototype.ob_type = PyLong_Type;
PyBool.prototype.ob_type = PyBool_Type;
PyFloat.prototype.ob_type = PyFloat_Type;
PyStr.prototype.ob_type = PyUnicode_Type;
PyBytes.prototype.ob_type = PyBytes_Type;
PyTuple.prototype.ob_type = PyTuple_Type;
PyNoneObject.prototype.ob_type = PyNone_Type;
PyNotImplementedObject.prototype.ob_type = PyNotImplemented_Type;
PyEllipsisObject.prototype.ob_type = PyEllipsis_Type;

export const Py_None: PyObjectBase = new PyNoneObject();
export const Py_NotImplemented: PyObjectBase = new PyNotImplementedObject();
export const Py_Ellipsis: PyObjectBase = new PyEllipsisObject();
export const Py_True: PyBool = new PyBool(1n);
export const Py_False: PyBool = new PyBool(0n);

/** Late-bound hooks the leaf module needs from the runtime (set by abstract.ts at load). */
export const runtimeHooks = {
  unhashable(o: PyObject): never {
    throw new Error(`unhashable ${String(o)} (runtime not loaded)`);
  },
  typeError(msg: string): never {
    throw new Error(msg);
  },
};

/** PyObject_HashNotImplemented: the tp_hash of unhashable types (shown as __hash__ = None). */
export function PyObject_HashNotImplemented(o: PyObject): Py_hash_t {
  return runtimeHooks.unhashable(o);
}

/** PyBool_FromLong */
export function PyBool_FromBool(b: boolean): PyBool {
  return b ? Py_True : Py_False;
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Interned str objects: identifiers, attribute names and constants share one PyStr per text.

const interned = new Map<string, PyStr>();

/** PyUnicode_InternFromString: the one interned str object for `s`. */
export function PyUnicode_InternFromString(s: string): PyStr {
  let o = interned.get(s);
  if (o === undefined) {
    o = new PyStr(s);
    interned.set(s, o);
  }
  return o;
}

/** PyUnicode_FromString: a str object (interned for short texts, which are mostly names). */
export function PyUnicode_FromString(s: string): PyStr {
  return s.length <= 1 ? PyUnicode_InternFromString(s) : new PyStr(s);
}

export function PyList_FromArray(items: PyObject[]): PyList {
  return new PyList(items);
}

/** PyTuple_New from a JS array (the empty tuple is a singleton). */
export const Py_EmptyTuple = new PyTuple([]);
export function PyTuple_FromArray(items: PyObject[]): PyTuple {
  return items.length === 0 ? Py_EmptyTuple : new PyTuple(items);
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// None, NotImplemented, Ellipsis (Objects/object.c)

function singletonNew(name: string, value: PyObject) {
  return (_t: PyTypeObject, args: PyObject[], _kw: string[] | null): PyObject => {
    if (args.length) runtimeHooks.typeError(`${name} takes no arguments`);
    return value;
  };
}

/** The identity hash of a singleton (stable, as _Py_HashPointer of a static object). */
function singletonHash(n: number) {
  return (): Py_hash_t => n;
}

PyType_FromSpec(
  {
    name: "NoneType",
    instanceClass: PyNoneObject,
    slots: {
      tp_repr: () => PyUnicode_InternFromString("None"),
      tp_hash: singletonHash(0x7f9c5a1e0d2),
      tp_new: singletonNew("NoneType", Py_None),
      nb_bool: () => false,
    },
  },
  PyNone_Type,
);

PyType_FromSpec(
  {
    name: "NotImplementedType",
    instanceClass: PyNotImplementedObject,
    slots: {
      tp_repr: () => PyUnicode_InternFromString("NotImplemented"),
      tp_hash: singletonHash(0x7f9c5a1e0e3),
      tp_new: singletonNew("NotImplementedType", Py_NotImplemented),
    },
    methods: [{ name: "__reduce__", meth: () => PyUnicode_InternFromString("NotImplemented"), flags: METH_NOARGS }],
  },
  PyNotImplemented_Type,
);

PyType_FromSpec(
  {
    name: "ellipsis",
    instanceClass: PyEllipsisObject,
    slots: {
      tp_repr: () => PyUnicode_InternFromString("Ellipsis"),
      tp_hash: singletonHash(0x7f9c5a1e0f4),
      tp_new: singletonNew("ellipsis", Py_Ellipsis),
    },
    methods: [{ name: "__reduce__", meth: () => PyUnicode_InternFromString("Ellipsis"), flags: METH_NOARGS }],
  },
  PyEllipsis_Type,
);
