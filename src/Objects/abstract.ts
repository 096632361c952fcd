// The abstract object protocols (CPython's Objects/abstract.c, the generic parts of
// Objects/object.c and Objects/call.c): operator dispatch, comparison, hashing, truth, repr/str,
// attribute access, calls, iteration, the sequence and mapping protocols, isinstance/issubclass.
// Every function here takes any PyObject (a JS number for a small int, or an object).
import {
  PyObject,
  PyObjectBase,
  PyTypeObject,
  PyLong,
  PyFloat,
  PyStr,
  PyTuple,
  PyList,
  PyBool,
  Py_None,
  Py_NotImplemented,
  Py_True,
  Py_False,
  Py_TYPE,
  Py_hash_t,
  PyType_Type,
  PyBaseObject_Type,
  PyLong_Type,
  PyTuple_Type,
  PyList_Type,
  PyDict_Type,
  PyUnicode_Type,
  PyUnicode_FromString,
  PyUnicode_InternFromString,
  PyTuple_FromArray,
  PyList_FromArray as PyList_FromArray_,
  Py_LT,
  Py_LE,
  Py_EQ,
  Py_NE,
  Py_GT,
  Py_GE,
  SlotName,
  binaryfunc,
  ternaryfunc,
  runtimeHooks,
  Py_TPFLAGS_LONG_SUBCLASS,
  Py_TPFLAGS_HEAPTYPE,
  HeapInstance,
  findStaticType,
} from "./object";
import { PyErr_SetString, PyErr_NewException, PyErr_ExceptionMatches } from "../Python/errors";
import { MSG } from "../Python/messages";
import * as exc from "./exceptions";
import * as typeobject from "./typeobject";
import * as longobject from "./longobject";
import * as iterobject from "./iterobject";
import * as funcobject from "./funcobject";
import * as descrobject from "./descrobject";
import { PyDict } from "./dictobject";
import { tstate } from "../Python/pystate";

runtimeHooks.unhashable = (o: PyObject): never => PyErr_SetString(exc.PyExc_TypeError, MSG.unhashable(Py_TYPE(o).ht_name));

export const PyList_FromArray = PyList_FromArray_;

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Type checks

/** PyType_IsSubtype (MRO walk). */
export function PyType_IsSubtype(a: PyTypeObject, b: PyTypeObject): boolean {
  return exc.PyType_IsSubtypeFast(a, b);
}

/** PyObject_TypeCheck: type(o) is t or a subtype. */
export function PyObject_TypeCheck(o: PyObject, t: PyTypeObject): boolean {
  const ot = Py_TYPE(o);
  return ot === t || exc.PyType_IsSubtypeFast(ot, t);
}

/** PyLong_Check: an int (small or big), a bool, or an int subclass instance. */
export function PyLong_Check(o: PyObject): boolean {
  return typeof o === "number" || o instanceof PyLong;
}

export function PyFloat_Check(o: PyObject): o is PyFloat {
  return o instanceof PyFloat;
}

export function PyUnicode_Check(o: PyObject): o is PyStr {
  return o instanceof PyStr;
}

export function PyTuple_Check(o: PyObject): o is PyTuple {
  return o instanceof PyTuple;
}

export function PyList_Check(o: PyObject): o is PyList {
  return o instanceof PyList;
}

export function PyCallable_Check(o: PyObject): boolean {
  return Py_TYPE(o).tp_call !== null;
}

export function PyFunction_Check(o: PyObject): boolean {
  return funcobject.PyFunction_Check(o);
}

export function newStaticMethod(f: PyObject): PyObject {
  return funcobject.PyStaticMethod_New(f);
}

export function newClassMethod(f: PyObject): PyObject {
  return funcobject.PyClassMethod_New(f);
}

export function newSuper(type: PyTypeObject, obj: PyObject): PyObject {
  return typeobject_super(type, obj);
}

function typeobject_super(type: PyTypeObject, obj: PyObject): PyObject {
  return PyObject_Vectorcall(typeobject.PySuper_Type, [type, obj], null);
}

export function newMappingProxyForType(t: PyTypeObject): PyObject {
  return descrobject.mappingproxyOfType(t);
}

/** The module name for classes created by type(name, bases, dict): the caller's __name__. */
export function currentGlobalsName(): PyObject | null {
  const f = tstate.frame;
  if (f === null) return null;
  const g = f.f_globals as PyDict;
  return g.getStr("__name__") ?? null;
}

export function getWeakrefList(_o: PyObject): PyObject {
  return Py_None;
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Identity

const ids = new WeakMap<object, number>();
let nextId = 0x7f0000001000;

/** id(o): distinct for live objects; small ints map to odd numbers, objects to multiples of 16. */
export function PyObject_Id(o: PyObject): number {
  if (typeof o === "number") return o >= 0 ? 2 * o + 1 : -2 * o + 3;
  let id = ids.get(o);
  if (id === undefined) {
    id = nextId;
    nextId += 16;
    ids.set(o, id);
  }
  return id;
}

/** The address-like text CPython puts in default reprs (0x7f...). */
export function addressOf(o: PyObject): string {
  return "0x" + PyObject_Id(o).toString(16).padStart(12, "0");
}

/** _Py_HashPointer: the default hash of an object (its id rotated by 4 bits). */
export function PyObject_HashId(o: PyObject): Py_hash_t {
  const id = PyObject_Id(o);
  return Math.floor(id / 16);
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Recursion guard for native re-entry (Py_EnterRecursiveCall)

export function Py_EnterRecursiveCall(where: string): void {
  // As in CPython 3.11, native re-entries and Python calls share one counter.
  if (++tstate.recursion_depth > tstate.recursion_limit) {
    tstate.recursion_depth--;
    PyErr_SetString(exc.PyExc_RecursionError, MSG.recursion_exceeded_in(where.trim()));
  }
}

export function Py_LeaveRecursiveCall(): void {
  tstate.recursion_depth--;
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// repr / str / hash / truth

/** PyObject_Repr */
export function PyObject_Repr(v: PyObject): PyStr {
  if (typeof v === "number") return PyUnicode_FromString(String(v));
  const f = v.ob_type.tp_repr;
  if (f === null) return PyUnicode_FromString(`<${v.ob_type.tp_name} object at ${addressOf(v)}>`);
  Py_EnterRecursiveCall(" while getting the repr of an object");
  let r: PyObject;
  try {
    r = f(v);
  } finally {
    Py_LeaveRecursiveCall();
  }
  if (!(r instanceof PyStr)) PyErr_SetString(exc.PyExc_TypeError, MSG.repr_returned_non_string(Py_TYPE(r).ht_name));
  return r;
}

/** repr(v) as a JS string. */
export function PyObject_ReprStr(v: PyObject): string {
  return PyObject_Repr(v).value;
}

/** PyObject_Str */
export function PyObject_Str(v: PyObject): PyStr {
  if (typeof v === "number") return PyUnicode_FromString(String(v));
  if (v instanceof PyStr && v.ob_type === PyUnicode_Type) return v;
  const f = v.ob_type.tp_str;
  if (f === null) return PyObject_Repr(v);
  Py_EnterRecursiveCall(" while getting the str of an object");
  let r: PyObject;
  try {
    r = f(v);
  } finally {
    Py_LeaveRecursiveCall();
  }
  if (!(r instanceof PyStr)) PyErr_SetString(exc.PyExc_TypeError, MSG.str_returned_non_string(Py_TYPE(r).ht_name));
  return r;
}

/** str(v) as a JS string. */
export function PyObject_StrStr(v: PyObject): string {
  return PyObject_Str(v).value;
}

/** PyObject_ASCII: repr with non-ASCII escaped. */
export function PyObject_ASCII(v: PyObject): PyStr {
  const r = PyObject_Repr(v).value;
  let out = "";
  for (const ch of r) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (cp < 0x100) out += "\\x" + cp.toString(16).padStart(2, "0");
    else if (cp < 0x10000) out += "\\u" + cp.toString(16).padStart(4, "0");
    else out += "\\U" + cp.toString(16).padStart(8, "0");
  }
  return PyUnicode_FromString(out);
}

/** PyObject_Hash */
export function PyObject_Hash(v: PyObject): Py_hash_t {
  if (typeof v === "number") return v === -1 ? -2 : v;
  const f = v.ob_type.tp_hash;
  if (f === null) return runtimeHooks.unhashable(v);
  return f(v);
}

/** PyObject_IsTrue */
export function PyObject_IsTrue(v: PyObject): boolean {
  if (v === Py_True) return true;
  if (v === Py_False || v === Py_None) return false;
  if (typeof v === "number") return v !== 0;
  const t = v.ob_type;
  if (t.nb_bool !== null) return t.nb_bool(v);
  if (t.mp_length !== null) return t.mp_length(v) !== 0;
  if (t.sq_length !== null) return t.sq_length(v) !== 0;
  return true;
}

/** PyObject_Not */
export function PyObject_Not(v: PyObject): boolean {
  return !PyObject_IsTrue(v);
}

/** The int a __len__ returned, checked (slot_sq_length's checks). */
export function lengthResult(r: PyObject): number {
  const n = PyNumber_Index(r);
  if (typeof n !== "number") {
    if (longobject.PyLong_AsBigInt(n) < 0n) PyErr_SetString(exc.PyExc_ValueError, MSG.len_should_return_nonneg());
    PyErr_SetString(exc.PyExc_OverflowError, MSG.cannot_fit_index("int"));
  }
  if (n < 0) PyErr_SetString(exc.PyExc_ValueError, MSG.len_should_return_nonneg());
  return n;
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Rich comparison

const swapped_op = [Py_GT, Py_GE, Py_EQ, Py_NE, Py_LT, Py_LE];
const opstrings = ["<", "<=", "==", "!=", ">", ">="];

function do_richcompare(v: PyObject, w: PyObject, op: number): PyObject {
  const tv = Py_TYPE(v);
  const tw = Py_TYPE(w);
  let checked_reverse_op = false;
  if (tv !== tw && tw.tp_richcompare !== null && exc.PyType_IsSubtypeFast(tw, tv)) {
    checked_reverse_op = true;
    const r = tw.tp_richcompare(w, v, swapped_op[op]);
    if (r !== Py_NotImplemented) return r;
  }
  if (tv.tp_richcompare !== null) {
    const r = tv.tp_richcompare(v, w, op);
    if (r !== Py_NotImplemented) return r;
  }
  if (!checked_reverse_op && tw.tp_richcompare !== null) {
    const r = tw.tp_richcompare(w, v, swapped_op[op]);
    if (r !== Py_NotImplemented) return r;
  }
  switch (op) {
    case Py_EQ:
      return v === w ? Py_True : Py_False;
    case Py_NE:
      return v !== w ? Py_True : Py_False;
    default:
      PyErr_SetString(exc.PyExc_TypeError, MSG.not_supported_between(opstrings[op], tv.ht_name, tw.ht_name));
  }
}

/** PyObject_RichCompare */
export function PyObject_RichCompare(v: PyObject, w: PyObject, op: number): PyObject {
  if (typeof v === "number" && typeof w === "number") {
    switch (op) {
      case Py_LT: return v < w ? Py_True : Py_False;
      case Py_LE: return v <= w ? Py_True : Py_False;
      case Py_EQ: return v === w ? Py_True : Py_False;
      case Py_NE: return v !== w ? Py_True : Py_False;
      case Py_GT: return v > w ? Py_True : Py_False;
      default: return v >= w ? Py_True : Py_False;
    }
  }
  Py_EnterRecursiveCall(" in comparison");
  try {
    return do_richcompare(v, w, op);
  } finally {
    Py_LeaveRecursiveCall();
  }
}

/** PyObject_RichCompareBool: identity implies equality. */
export function PyObject_RichCompareBool(v: PyObject, w: PyObject, op: number): boolean {
  if (v === w) {
    if (op === Py_EQ) return true;
    if (op === Py_NE) return false;
  }
  const r = PyObject_RichCompare(v, w, op);
  if (r === Py_True) return true;
  if (r === Py_False) return false;
  return PyObject_IsTrue(r);
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Number protocol

/** binary_op1: v's slot, w's slot (first if w's type is a subclass of v's), NotImplemented rules. */
export function binary_op1(v: PyObject, w: PyObject, slot: SlotName): PyObject {
  const tv = Py_TYPE(v);
  const tw = Py_TYPE(w);
  const slotv = tv[slot] as binaryfunc | null;
  let slotw = tw !== tv ? (tw[slot] as binaryfunc | null) : null;
  if (slotw === slotv) slotw = null;
  if (slotv !== null) {
    if (slotw !== null && exc.PyType_IsSubtypeFast(tw, tv)) {
      const x = slotw(v, w);
      if (x !== Py_NotImplemented) return x;
      slotw = null;
    }
    const x = slotv(v, w);
    if (x !== Py_NotImplemented) return x;
  }
  if (slotw !== null) return slotw(v, w);
  return Py_NotImplemented;
}

function binop_type_error(v: PyObject, w: PyObject, opname: string): never {
  PyErr_SetString(exc.PyExc_TypeError, MSG.unsupported_operand(opname, Py_TYPE(v).ht_name, Py_TYPE(w).ht_name));
}

/** binary_op: binary_op1 or a TypeError. */
function binary_op(v: PyObject, w: PyObject, slot: SlotName, opname: string): PyObject {
  const r = binary_op1(v, w, slot);
  if (r === Py_NotImplemented) binop_type_error(v, w, opname);
  return r;
}

/** binary_iop1: the in-place slot of v, then the plain binary dispatch. */
function binary_iop1(v: PyObject, w: PyObject, islot: SlotName, slot: SlotName): PyObject {
  const f = Py_TYPE(v)[islot] as binaryfunc | null;
  if (f !== null) {
    const x = f(v, w);
    if (x !== Py_NotImplemented) return x;
  }
  return binary_op1(v, w, slot);
}

function binary_iop(v: PyObject, w: PyObject, islot: SlotName, slot: SlotName, opname: string): PyObject {
  const r = binary_iop1(v, w, islot, slot);
  if (r === Py_NotImplemented) binop_type_error(v, w, opname);
  return r;
}

function sequence_repeat(repeatfunc: (a: PyObject, n: number) => PyObject, seq: PyObject, n: PyObject): PyObject {
  if (!PyIndex_Check(n)) PyErr_SetString(exc.PyExc_TypeError, MSG.cant_multiply_sequence(Py_TYPE(n).ht_name));
  const count = PyNumber_AsSsize_t(n, exc.PyExc_OverflowError);
  return repeatfunc(seq, count);
}

export function PyNumber_Add(v: PyObject, w: PyObject): PyObject {
  if (typeof v === "number" && typeof w === "number") {
    const r = v + w;
    if (Number.isSafeInteger(r)) return r;
  }
  const r = binary_op1(v, w, "nb_add");
  if (r !== Py_NotImplemented) return r;
  const cat = Py_TYPE(v).sq_concat;
  if (cat !== null) return cat(v, w);
  binop_type_error(v, w, "+");
}

export function PyNumber_Subtract(v: PyObject, w: PyObject): PyObject {
  if (typeof v === "number" && typeof w === "number") {
    const r = v - w;
    if (Number.isSafeInteger(r)) return r;
  }
  return binary_op(v, w, "nb_subtract", "-");
}

export function PyNumber_Multiply(v: PyObject, w: PyObject): PyObject {
  if (typeof v === "number" && typeof w === "number") {
    const r = v * w;
    if (Number.isSafeInteger(r)) return r + 0;
  }
  const r = binary_op1(v, w, "nb_multiply");
  if (r !== Py_NotImplemented) return r;
  const mv = Py_TYPE(v).sq_repeat;
  const mw = Py_TYPE(w).sq_repeat;
  if (mv !== null) return sequence_repeat(mv, v, w);
  if (mw !== null) return sequence_repeat(mw, w, v);
  binop_type_error(v, w, "*");
}

export function PyNumber_MatrixMultiply(v: PyObject, w: PyObject): PyObject {
  return binary_op(v, w, "nb_matrix_multiply", "@");
}
export function PyNumber_FloorDivide(v: PyObject, w: PyObject): PyObject {
  return binary_op(v, w, "nb_floor_divide", "//");
}
export function PyNumber_TrueDivide(v: PyObject, w: PyObject): PyObject {
  return binary_op(v, w, "nb_true_divide", "/");
}
export function PyNumber_Remainder(v: PyObject, w: PyObject): PyObject {
  return binary_op(v, w, "nb_remainder", "%");
}
export function PyNumber_Divmod(v: PyObject, w: PyObject): PyObject {
  return binary_op(v, w, "nb_divmod", "divmod()");
}
export function PyNumber_Lshift(v: PyObject, w: PyObject): PyObject {
  return binary_op(v, w, "nb_lshift", "<<");
}
export function PyNumber_Rshift(v: PyObject, w: PyObject): PyObject {
  return binary_op(v, w, "nb_rshift", ">>");
}
export function PyNumber_And(v: PyObject, w: PyObject): PyObject {
  if (typeof v === "number" && typeof w === "number" && (v | 0) === v && (w | 0) === w) return v & w;
  return binary_op(v, w, "nb_and", "&");
}
export function PyNumber_Or(v: PyObject, w: PyObject): PyObject {
  if (typeof v === "number" && typeof w === "number" && (v | 0) === v && (w | 0) === w) return v | w;
  return binary_op(v, w, "nb_or", "|");
}
export function PyNumber_Xor(v: PyObject, w: PyObject): PyObject {
  if (typeof v === "number" && typeof w === "number" && (v | 0) === v && (w | 0) === w) return v ^ w;
  return binary_op(v, w, "nb_xor", "^");
}

/** ternary_op for pow(): v's, w's, then z's slot. */
function ternary_op(v: PyObject, w: PyObject, z: PyObject, slot: "nb_power" | "nb_inplace_power", opname: string): PyObject {
  const tv = Py_TYPE(v);
  const tw = Py_TYPE(w);
  const slotv = tv.nb_power;
  let slotw = tw !== tv ? tw.nb_power : null;
  if (slotw === slotv) slotw = null;
  if (slotv !== null) {
    if (slotw !== null && exc.PyType_IsSubtypeFast(tw, tv)) {
      const x = slotw(v, w, z);
      if (x !== Py_NotImplemented) return x;
      slotw = null;
    }
    const x = slotv(v, w, z);
    if (x !== Py_NotImplemented) return x;
  }
  if (slotw !== null) {
    const x = slotw(v, w, z);
    if (x !== Py_NotImplemented) return x;
  }
  const tz = Py_TYPE(z);
  const slotz = tz.nb_power;
  if (z !== Py_None && slotz !== null && slotz !== slotv && slotz !== slotw) {
    const x = slotz(v, w, z);
    if (x !== Py_NotImplemented) return x;
  }
  void slot;
  if (z === Py_None) PyErr_SetString(exc.PyExc_TypeError, MSG.unsupported_operand(opname, tv.ht_name, tw.ht_name));
  PyErr_SetString(exc.PyExc_TypeError, MSG.unsupported_operand_pow3(tv.ht_name, tw.ht_name, tz.ht_name));
}

export function PyNumber_Power(v: PyObject, w: PyObject, z: PyObject = Py_None): PyObject {
  return ternary_op(v, w, z, "nb_power", "** or pow()");
}

export function PyNumber_InPlaceAdd(v: PyObject, w: PyObject): PyObject {
  if (typeof v === "number" && typeof w === "number") {
    const r = v + w;
    if (Number.isSafeInteger(r)) return r;
  }
  const r = binary_iop1(v, w, "nb_inplace_add", "nb_add");
  if (r !== Py_NotImplemented) return r;
  const t = Py_TYPE(v);
  const f = t.sq_inplace_concat ?? t.sq_concat;
  if (f !== null) return f(v, w);
  binop_type_error(v, w, "+=");
}
export function PyNumber_InPlaceSubtract(v: PyObject, w: PyObject): PyObject {
  if (typeof v === "number" && typeof w === "number") {
    const r = v - w;
    if (Number.isSafeInteger(r)) return r;
  }
  return binary_iop(v, w, "nb_inplace_subtract", "nb_subtract", "-=");
}
export function PyNumber_InPlaceMultiply(v: PyObject, w: PyObject): PyObject {
  if (typeof v === "number" && typeof w === "number") {
    const r = v * w;
    if (Number.isSafeInteger(r)) return r + 0;
  }
  const r = binary_iop1(v, w, "nb_inplace_multiply", "nb_multiply");
  if (r !== Py_NotImplemented) return r;
  const tv = Py_TYPE(v);
  const mv = tv.sq_inplace_repeat ?? tv.sq_repeat;
  const mw = Py_TYPE(w).sq_repeat;
  if (mv !== null) return sequence_repeat(mv, v, w);
  if (mw !== null) return sequence_repeat(mw, w, v);
  binop_type_error(v, w, "*=");
}
export function PyNumber_InPlaceMatrixMultiply(v: PyObject, w: PyObject): PyObject {
  return binary_iop(v, w, "nb_inplace_matrix_multiply", "nb_matrix_multiply", "@=");
}
export function PyNumber_InPlaceFloorDivide(v: PyObject, w: PyObject): PyObject {
  return binary_iop(v, w, "nb_inplace_floor_divide", "nb_floor_divide", "//=");
}
export function PyNumber_InPlaceTrueDivide(v: PyObject, w: PyObject): PyObject {
  return binary_iop(v, w, "nb_inplace_true_divide", "nb_true_divide", "/=");
}
export function PyNumber_InPlaceRemainder(v: PyObject, w: PyObject): PyObject {
  return binary_iop(v, w, "nb_inplace_remainder", "nb_remainder", "%=");
}
export function PyNumber_InPlaceLshift(v: PyObject, w: PyObject): PyObject {
  return binary_iop(v, w, "nb_inplace_lshift", "nb_lshift", "<<=");
}
export function PyNumber_InPlaceRshift(v: PyObject, w: PyObject): PyObject {
  return binary_iop(v, w, "nb_inplace_rshift", "nb_rshift", ">>=");
}
export function PyNumber_InPlaceAnd(v: PyObject, w: PyObject): PyObject {
  return binary_iop(v, w, "nb_inplace_and", "nb_and", "&=");
}
export function PyNumber_InPlaceOr(v: PyObject, w: PyObject): PyObject {
  return binary_iop(v, w, "nb_inplace_or", "nb_or", "|=");
}
export function PyNumber_InPlaceXor(v: PyObject, w: PyObject): PyObject {
  return binary_iop(v, w, "nb_inplace_xor", "nb_xor", "^=");
}
export function PyNumber_InPlacePower(v: PyObject, w: PyObject, z: PyObject = Py_None): PyObject {
  const f = Py_TYPE(v).nb_inplace_power as ternaryfunc | null;
  if (f !== null) {
    const x = f(v, w, z);
    if (x !== Py_NotImplemented) return x;
  }
  return ternary_op(v, w, z, "nb_power", "**=");
}

/** The binary operators by the oparg of 3.11's BINARY_OP (NB_ADD = 0 ... NB_INPLACE_XOR = 25). */
export const BINARY_OPS: ((a: PyObject, b: PyObject) => PyObject)[] = [
  PyNumber_Add, PyNumber_And, PyNumber_FloorDivide, PyNumber_Lshift, PyNumber_MatrixMultiply, PyNumber_Multiply,
  PyNumber_Remainder, PyNumber_Or, (a, b) => PyNumber_Power(a, b), PyNumber_Rshift, PyNumber_Subtract,
  PyNumber_TrueDivide, PyNumber_Xor,
  PyNumber_InPlaceAdd, PyNumber_InPlaceAnd, PyNumber_InPlaceFloorDivide, PyNumber_InPlaceLshift,
  PyNumber_InPlaceMatrixMultiply, PyNumber_InPlaceMultiply, PyNumber_InPlaceRemainder, PyNumber_InPlaceOr,
  (a, b) => PyNumber_InPlacePower(a, b), PyNumber_InPlaceRshift, PyNumber_InPlaceSubtract,
  PyNumber_InPlaceTrueDivide, PyNumber_InPlaceXor,
];

function unary_op(v: PyObject, slot: "nb_negative" | "nb_positive" | "nb_invert" | "nb_absolute", opname: string): PyObject {
  const f = Py_TYPE(v)[slot];
  if (f !== null) return f(v);
  PyErr_SetString(exc.PyExc_TypeError, MSG.bad_operand_unary(opname, Py_TYPE(v).ht_name));
}

export function PyNumber_Negative(v: PyObject): PyObject {
  if (typeof v === "number") return v === 0 ? 0 : -v;
  return unary_op(v, "nb_negative", "unary -");
}
export function PyNumber_Positive(v: PyObject): PyObject {
  if (typeof v === "number") return v;
  return unary_op(v, "nb_positive", "unary +");
}
export function PyNumber_Invert(v: PyObject): PyObject {
  if (typeof v === "number" && Number.isSafeInteger(-v - 1)) return -v - 1;
  return unary_op(v, "nb_invert", "unary ~");
}
export function PyNumber_Absolute(v: PyObject): PyObject {
  if (typeof v === "number") return Math.abs(v);
  return unary_op(v, "nb_absolute", "abs()");
}

/** PyIndex_Check */
export function PyIndex_Check(v: PyObject): boolean {
  return typeof v === "number" || Py_TYPE(v).nb_index !== null;
}

/** _PyNumber_Index: an int (of any int subclass) from __index__. */
export function _PyNumber_Index(v: PyObject): PyObject {
  if (typeof v === "number" || v instanceof PyLong) return v;
  const f = Py_TYPE(v).nb_index;
  if (f === null) PyErr_SetString(exc.PyExc_TypeError, MSG.indices_must_be_integers(Py_TYPE(v).ht_name));
  const r = f(v);
  if (typeof r === "number") return r;
  if (!(r instanceof PyLong)) PyErr_SetString(exc.PyExc_TypeError, MSG.index_returned_non_int(Py_TYPE(r).ht_name));
  return r;
}

/** PyNumber_Index: an exact int. */
export function PyNumber_Index(v: PyObject): PyObject {
  const r = _PyNumber_Index(v);
  if (typeof r === "number") return r;
  if (r.ob_type === PyLong_Type) return r;
  return longobject.PyLong_FromBigInt((r as PyLong).value);
}

/** PyNumber_AsSsize_t: an index as a JS number; out of the 64-bit range raises `err` (or clamps if null). */
export function PyNumber_AsSsize_t(v: PyObject, err: PyTypeObject | null): number {
  const r = _PyNumber_Index(v);
  if (typeof r === "number") return r;
  const b = (r as PyLong).value;
  if (b >= -(2n ** 63n) && b < 2n ** 63n) return Number(b);
  if (err === null) return b < 0n ? -(2 ** 63) : 2 ** 63 - 1;
  PyErr_SetString(err, MSG.cannot_fit_index(Py_TYPE(v).ht_name));
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Attributes

function attrNameOf(name: PyObject): string {
  if (!(name instanceof PyStr)) PyErr_SetString(exc.PyExc_TypeError, MSG.attribute_name_must_be_string(Py_TYPE(name).ht_name));
  return name.value;
}

/** PyObject_GetAttr (name as a JS string: attribute names are interned JS strings). */
export function PyObject_GetAttr(v: PyObject, name: string): PyObject {
  const f = Py_TYPE(v).tp_getattro;
  if (f !== null) return f(v, name);
  PyErr_SetString(exc.PyExc_AttributeError, MSG.no_attribute(Py_TYPE(v).ht_name, name));
}

/** getattr(v, name) with a str object name. */
export function PyObject_GetAttrObj(v: PyObject, name: PyObject): PyObject {
  return PyObject_GetAttr(v, attrNameOf(name));
}

/** _PyObject_LookupAttr: the attribute, or undefined when it raises AttributeError. */
export function PyObject_LookupAttr(v: PyObject, name: string): PyObject | undefined {
  const f = Py_TYPE(v).tp_getattro;
  if (f === typeobject.PyObject_GenericGetAttr) return typeobject.PyObject_GenericGetAttrImpl(v, name, true);
  if (f === null) return undefined;
  if (v instanceof PyTypeObject && f === PyType_Type.tp_getattro) return typeobject.type_getattro_impl(v, name, true);
  try {
    return f(v, name);
  } catch (e) {
    if (PyErr_ExceptionMatches(e, exc.PyExc_AttributeError)) return undefined;
    throw e;
  }
}

export function PyObject_HasAttr(v: PyObject, name: string): boolean {
  return PyObject_LookupAttr(v, name) !== undefined;
}

/** PyObject_SetAttr (value null deletes). */
export function PyObject_SetAttr(v: PyObject, name: string, value: PyObject | null): void {
  const f = Py_TYPE(v).tp_setattro;
  if (f !== null) {
    f(v, name, value);
    return;
  }
  const t = Py_TYPE(v);
  if (t.tp_getattro === null) {
    PyErr_SetString(exc.PyExc_TypeError, `'${t.ht_name}' object has no attributes (${value === null ? "del" : "assign to"} .${name})`);
  }
  PyErr_SetString(exc.PyExc_TypeError, `'${t.ht_name}' object has only read-only attributes (${value === null ? "del" : "assign to"} .${name})`);
}

export function PyObject_SetAttrObj(v: PyObject, name: PyObject, value: PyObject | null): void {
  PyObject_SetAttr(v, attrNameOf(name), value);
}

export function PyObject_DelAttr(v: PyObject, name: string): void {
  PyObject_SetAttr(v, name, null);
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Calls

/** PyObject_Vectorcall: args = positional then keyword values; kwnames names the last ones. */
export function PyObject_Vectorcall(callable: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const f = Py_TYPE(callable).tp_call;
  if (f === null) PyErr_SetString(exc.PyExc_TypeError, MSG.not_callable(Py_TYPE(callable).ht_name));
  return f(callable, args, kwnames);
}

/** PyObject_Call(callable, args tuple, kwargs dict or null). */
export function PyObject_Call(callable: PyObject, args: PyObject, kwargs: PyObject | null): PyObject {
  const a = (args as PyTuple).items.slice();
  if (kwargs === null || kwargs === Py_None || (kwargs as PyDict).used === 0) return PyObject_Vectorcall(callable, a, null);
  const names: string[] = [];
  for (const [k, v] of (kwargs as PyDict).entries()) {
    if (!(k instanceof PyStr)) PyErr_SetString(exc.PyExc_TypeError, MSG.keywords_must_be_strings(funcDesc(callable)));
    names.push(k.value);
    a.push(v);
  }
  return PyObject_Vectorcall(callable, a, names);
}

/** _PyObject_FunctionStr: "module.qualname()" naming a callable in messages ("__main__.f()"). */
export function _PyObject_FunctionStr(callable: PyObject): string {
  const q = PyObject_LookupAttr(callable, "__qualname__");
  if (!(q instanceof PyStr)) return PyObject_StrStr(callable);
  const m = PyObject_LookupAttr(callable, "__module__");
  if (m instanceof PyStr && m.value !== "builtins") return `${m.value}.${q.value}()`;
  return `${q.value}()`;
}

/** The callable's name as CPython's messages give it, without the call parentheses. */
export function funcDesc(callable: PyObject): string {
  return _PyObject_FunctionStr(callable).replace(/\(\)$/, "");
}

export function PyObject_CallNoArgs(callable: PyObject): PyObject {
  return PyObject_Vectorcall(callable, [], null);
}

export function PyObject_CallOneArg(callable: PyObject, arg: PyObject): PyObject {
  return PyObject_Vectorcall(callable, [arg], null);
}

/** PyObject_CallMethod: o.name(*args) (attribute lookup on the object, then a call). */
export function PyObject_CallMethod(o: PyObject, name: string, args: PyObject[], kwnames: string[] | null = null): PyObject {
  return PyObject_Vectorcall(PyObject_GetAttr(o, name), args, kwnames);
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Iteration

/** PyIter_Check */
export function PyIter_Check(o: PyObject): boolean {
  return Py_TYPE(o).tp_iternext !== null;
}

/** PyObject_GetIter */
export function PyObject_GetIter(o: PyObject): PyObject {
  const t = Py_TYPE(o);
  const f = t.tp_iter;
  if (f === null) {
    if (PySequence_Check(o)) return iterobject.PySeqIter_New(o);
    PyErr_SetString(exc.PyExc_TypeError, MSG.not_iterable(t.ht_name));
  }
  const r = f(o);
  if (Py_TYPE(r).tp_iternext === null) PyErr_SetString(exc.PyExc_TypeError, MSG.iter_returned_non_iterator(Py_TYPE(r).ht_name));
  return r;
}

export function PySeqIter_New(o: PyObject): PyObject {
  return iterobject.PySeqIter_New(o);
}

/** PyIter_Next: the next item, or undefined when exhausted (StopIteration is swallowed). */
export function PyIter_Next(it: PyObject): PyObject | undefined {
  const f = Py_TYPE(it).tp_iternext;
  if (f === null) PyErr_SetString(exc.PyExc_TypeError, MSG.not_an_iterator(Py_TYPE(it).ht_name));
  try {
    return f(it);
  } catch (e) {
    if (PyErr_ExceptionMatches(e, exc.PyExc_StopIteration)) return undefined;
    throw e;
  }
}

/** Iterates any iterable from JS: for (const x of iterate(o)). */
export function* iterate(o: PyObject): Generator<PyObject, void, undefined> {
  if (o instanceof PyTuple && o.ob_type === PyTuple_Type) {
    yield* o.items;
    return;
  }
  const it = PyObject_GetIter(o);
  for (;;) {
    const x = PyIter_Next(it);
    if (x === undefined) return;
    yield x;
  }
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Sequences and mappings

/** PySequence_Check: has sq_item and is not a dict. */
export function PySequence_Check(o: PyObject): boolean {
  if (o instanceof PyDict) return false;
  return Py_TYPE(o).sq_item !== null;
}

/** PyMapping_Check */
export function PyMapping_Check(o: PyObject): boolean {
  return Py_TYPE(o).mp_subscript !== null;
}

/** PyObject_Size (len()) */
export function PyObject_Size(o: PyObject): number {
  const t = Py_TYPE(o);
  if (t.sq_length !== null) return t.sq_length(o);
  if (t.mp_length !== null) return t.mp_length(o);
  PyErr_SetString(exc.PyExc_TypeError, MSG.no_len(t.ht_name));
}

/** The items of any iterable as a fresh JS array (PySequence_Fast + copy). */
export function PySequence_List_Array(o: PyObject): PyObject[] {
  if ((o instanceof PyTuple && o.ob_type === PyTuple_Type) || (o instanceof PyList && o.ob_type === PyList_Type)) return o.items.slice();
  const out: PyObject[] = [];
  for (const x of iterate(o)) out.push(x);
  return out;
}

/** PySequence_Tuple */
export function PySequence_Tuple(o: PyObject): PyTuple {
  if (o instanceof PyTuple && o.ob_type === PyTuple_Type) return o;
  return PyTuple_FromArray(PySequence_List_Array(o));
}

/** PySequence_List: a new list. */
export function PySequence_List(o: PyObject): PyList {
  return PyList_FromArray_(PySequence_List_Array(o));
}

export function PyTuple_Pack(...items: PyObject[]): PyTuple {
  return PyTuple_FromArray(items);
}

/** _PySequence_IterSearch for `in`: iterate and compare. */
export function _PySequence_IterSearchContains(seq: PyObject, value: PyObject): boolean {
  let it: PyObject;
  try {
    it = PyObject_GetIter(seq);
  } catch (e) {
    if (PyErr_ExceptionMatches(e, exc.PyExc_TypeError) && Py_TYPE(seq).tp_iter === null && !PySequence_Check(seq)) {
      PyErr_SetString(exc.PyExc_TypeError, MSG.argument_of_type_not_iterable(Py_TYPE(seq).ht_name));
    }
    throw e;
  }
  for (;;) {
    const x = PyIter_Next(it);
    if (x === undefined) return false;
    if (PyObject_RichCompareBool(x, value, Py_EQ)) return true;
  }
}

/** PySequence_Contains (`value in seq`) */
export function PySequence_Contains(seq: PyObject, value: PyObject): boolean {
  const f = Py_TYPE(seq).sq_contains;
  if (f !== null) return f(seq, value);
  return _PySequence_IterSearchContains(seq, value);
}

/** PyObject_GetItem (o[key]) */
export function PyObject_GetItem(o: PyObject, key: PyObject): PyObject {
  const t = Py_TYPE(o);
  if (t.mp_subscript !== null) return t.mp_subscript(o, key);
  if (t.sq_item !== null) {
    if (PyIndex_Check(key)) {
      let i = PyNumber_AsSsize_t(key, exc.PyExc_IndexError);
      if (i < 0 && t.sq_length !== null) i += t.sq_length(o);
      return t.sq_item(o, i);
    }
    PyErr_SetString(exc.PyExc_TypeError, MSG.indices_must_be("sequence", Py_TYPE(key).ht_name));
  }
  if (o instanceof PyTypeObject) {
    if (o === PyType_Type || GENERIC_BUILTINS.has(o.tp_name)) return genericAlias(o, key);
    const meth = PyObject_LookupAttr(o, "__class_getitem__");
    if (meth !== undefined) return PyObject_Vectorcall(meth, [key], null);
    PyErr_SetString(exc.PyExc_TypeError, MSG.type_not_subscriptable(o.ht_name));
  }
  PyErr_SetString(exc.PyExc_TypeError, MSG.not_subscriptable(t.ht_name));
}

/** Builtin types that are generic (their __class_getitem__ makes a GenericAlias) until each type's
 *  own file declares it (genericaliasobject.ts classGetItemDef). */
const GENERIC_BUILTINS = new Set(["list", "dict", "tuple", "set", "frozenset", "type", "enumerate", "collections.deque", "collections.defaultdict", "collections.OrderedDict"]);

function genericAlias(origin: PyObject, args: PyObject): PyObject {
  const ga = findStaticType("types.GenericAlias");
  if (ga === null) PyErr_SetString(exc.PyExc_TypeError, MSG.type_not_subscriptable((origin as PyTypeObject).ht_name));
  return PyObject_Vectorcall(ga, [origin, args], null);
}

/** PyObject_SetItem (o[key] = value) */
export function PyObject_SetItem(o: PyObject, key: PyObject, value: PyObject): void {
  const t = Py_TYPE(o);
  if (t.mp_ass_subscript !== null) {
    t.mp_ass_subscript(o, key, value);
    return;
  }
  if (t.sq_ass_item !== null) {
    if (PyIndex_Check(key)) {
      let i = PyNumber_AsSsize_t(key, exc.PyExc_IndexError);
      if (i < 0 && t.sq_length !== null) i += t.sq_length(o);
      t.sq_ass_item(o, i, value);
      return;
    }
    PyErr_SetString(exc.PyExc_TypeError, MSG.indices_must_be("sequence", Py_TYPE(key).ht_name));
  }
  PyErr_SetString(exc.PyExc_TypeError, MSG.no_item_assignment(t.ht_name));
}

/** PyObject_DelItem (del o[key]) */
export function PyObject_DelItem(o: PyObject, key: PyObject): void {
  const t = Py_TYPE(o);
  if (t.mp_ass_subscript !== null) {
    t.mp_ass_subscript(o, key, null);
    return;
  }
  if (t.sq_ass_item !== null) {
    if (PyIndex_Check(key)) {
      let i = PyNumber_AsSsize_t(key, exc.PyExc_IndexError);
      if (i < 0 && t.sq_length !== null) i += t.sq_length(o);
      t.sq_ass_item(o, i, null);
      return;
    }
    PyErr_SetString(exc.PyExc_TypeError, MSG.indices_must_be("sequence", Py_TYPE(key).ht_name));
  }
  PyErr_SetString(exc.PyExc_TypeError, MSG.no_item_deletion(t.ht_name));
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// isinstance / issubclass (Objects/abstract.c)

/** abstract_get_bases: __bases__ of a class-like object, or null. */
function abstract_get_bases(cls: PyObject): PyTuple | null {
  const b = PyObject_LookupAttr(cls, "__bases__");
  return b instanceof PyTuple ? b : null;
}

function abstract_issubclass(derived: PyObject, cls: PyObject): boolean {
  for (;;) {
    if (derived === cls) return true;
    const bases = abstract_get_bases(derived);
    if (bases === null || bases.items.length === 0) return false;
    if (bases.items.length === 1) {
      derived = bases.items[0];
      continue;
    }
    return bases.items.some((b) => abstract_issubclass(b, cls));
  }
}

/** object_isinstance: the default __instancecheck__. */
export function _PyObject_RealIsInstance(inst: PyObject, cls: PyObject): boolean {
  if (cls instanceof PyTypeObject) {
    if (PyObject_TypeCheck(inst, cls)) return true;
    const c = PyObject_LookupAttr(inst, "__class__");
    return c !== undefined && c !== Py_TYPE(inst) && c instanceof PyTypeObject && PyType_IsSubtype(c, cls);
  }
  if (abstract_get_bases(cls) === null) PyErr_SetString(exc.PyExc_TypeError, MSG.isinstance_arg2());
  const c = PyObject_LookupAttr(inst, "__class__");
  return c !== undefined && abstract_issubclass(c, cls);
}

/** recursive_issubclass: the default __subclasscheck__. */
export function _PyObject_RealIsSubclass(derived: PyObject, cls: PyObject): boolean {
  if (cls instanceof PyTypeObject && derived instanceof PyTypeObject) return PyType_IsSubtype(derived, cls);
  if (abstract_get_bases(derived) === null) PyErr_SetString(exc.PyExc_TypeError, MSG.issubclass_arg1());
  if (abstract_get_bases(cls) === null) PyErr_SetString(exc.PyExc_TypeError, MSG.issubclass_arg2());
  return abstract_issubclass(derived, cls);
}

/** PyObject_IsInstance: exact type, tuples, __instancecheck__ on the metaclass. */
export function PyObject_IsInstance(inst: PyObject, cls: PyObject): boolean {
  if (Py_TYPE(inst) === cls) return true;
  if (cls instanceof PyTypeObject && Py_TYPE(cls) === PyType_Type) return _PyObject_RealIsInstance(inst, cls);
  if (cls instanceof PyTuple && cls.ob_type === PyTuple_Type) {
    Py_EnterRecursiveCall(" in __instancecheck__");
    try {
      for (const c of cls.items) if (PyObject_IsInstance(inst, c)) return true;
    } finally {
      Py_LeaveRecursiveCall();
    }
    return false;
  }
  const checker = typeobject.call_maybe(cls, "__instancecheck__", [inst]);
  if (checker !== undefined) return PyObject_IsTrue(checker);
  return _PyObject_RealIsInstance(inst, cls);
}

/** PyObject_IsSubclass */
export function PyObject_IsSubclass(derived: PyObject, cls: PyObject): boolean {
  if (cls instanceof PyTypeObject && Py_TYPE(cls) === PyType_Type) {
    if (derived === cls) return true;
    return _PyObject_RealIsSubclass(derived, cls);
  }
  if (cls instanceof PyTuple && cls.ob_type === PyTuple_Type) {
    Py_EnterRecursiveCall(" in __subclasscheck__");
    try {
      for (const c of cls.items) if (PyObject_IsSubclass(derived, c)) return true;
    } finally {
      Py_LeaveRecursiveCall();
    }
    return false;
  }
  const checker = typeobject.call_maybe(cls, "__subclasscheck__", [derived]);
  if (checker !== undefined) return PyObject_IsTrue(checker);
  return _PyObject_RealIsSubclass(derived, cls);
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// format()

/** PyObject_Format */
export function PyObject_Format(obj: PyObject, spec: PyStr): PyStr {
  if (spec.value === "") {
    if (obj instanceof PyStr && obj.ob_type === PyUnicode_Type) return obj;
    if (typeof obj === "number") return PyUnicode_FromString(String(obj));
  }
  const r = typeobject.call_maybe(obj, "__format__", [spec]);
  if (r === undefined) PyErr_SetString(exc.PyExc_TypeError, `Type ${Py_TYPE(obj).ht_name} doesn't define __format__`);
  if (!(r instanceof PyStr)) PyErr_SetString(exc.PyExc_TypeError, `__format__ must return a str, not ${Py_TYPE(r).ht_name}`);
  return r;
}

void PyObjectBase;
void PyBool;
void PyBaseObject_Type;
void PyDict_Type;
void PyUnicode_InternFromString;
void Py_TPFLAGS_LONG_SUBCLASS;
void Py_TPFLAGS_HEAPTYPE;
void PyErr_NewException;
export type { HeapInstance };

runtimeHooks.typeError = (msg: string): never => PyErr_SetString(exc.PyExc_TypeError, msg);
