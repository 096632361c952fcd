// Compile-time constants: the front-end values of AST Constant nodes (see src/Parser/ast.ts), plus
// the frozenset and code object constants the compiler makes. These are what co_consts holds
// until the runtime's value representation lands; `toRuntimeConst` is the one place that will
// convert them.
import { ComplexValue, EllipsisType, EllipsisValue, CodePointString } from "../Parser/ast";
import { CodeObject } from "../Objects/codeobject";

/** A frozenset constant (`x in {1, 2}` folds the set into one). Items keep their source order. */
export class ConstFrozenset {
  constructor(readonly items: readonly ConstValue[]) {}
}

export type ConstValue =
  | bigint
  | number
  | string
  | CodePointString
  | boolean
  | null
  | Uint8Array
  | ComplexValue
  | EllipsisType
  | readonly ConstValue[]
  | ConstFrozenset
  | CodeObject;

export { ComplexValue, EllipsisValue, CodePointString };

let nanCount = 0;

function floatKey(x: number): string {
  // every NaN object is its own constant (tuple keys compare NaN by identity)
  if (Number.isNaN(x)) return "nan" + nanCount++;
  if (x === 0) return Object.is(x, -0) ? "-0" : "0";
  return String(x);
}

/** _PyCode_ConstantKey: equal keys for constants the compiler may merge (type and value,
 *  0.0 and -0.0 apart, 1 and True apart). */
export function constKey(v: ConstValue): string {
  if (v === null) return "N";
  if (v === true) return "T";
  if (v === false) return "F";
  if (v === EllipsisValue) return "E";
  switch (typeof v) {
    case "bigint":
      return "i" + v.toString();
    case "number":
      return "f" + floatKey(v);
    case "string":
      return "s" + v.length + ":" + v; // length-prefixed: unambiguous inside tuple keys too
  }
  if (v instanceof Uint8Array) return "b" + Buffer.from(v).toString("hex");
  if (v instanceof CodePointString) return "S" + v.codePoints.join(",");
  if (v instanceof ComplexValue) return "c" + floatKey(v.real) + "," + floatKey(v.imag);
  if (Array.isArray(v)) return "(" + v.map(constKey).join(",") + ")";
  if (v instanceof ConstFrozenset) return "{" + [...new Set(v.items.map(constKey))].sort().join(",") + "}";
  if (v instanceof CodeObject) {
    // code objects are their own keys and compare by value (code_richcompare); the key here only
    // narrows the search: callers compare candidates with codeEquals()
    return "code:" + v.co_name + ":" + v.co_firstlineno + ":" + v.co_code.length;
  }
  throw new Error("constKey: not a constant");
}

const bytesEqual = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);
const stringsEqual = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** code_richcompare: equal code objects (qualname and filename aside). */
export function codeEquals(a: CodeObject, b: CodeObject): boolean {
  if (a === b) return true;
  if (
    a.co_name !== b.co_name || a.co_argcount !== b.co_argcount || a.co_posonlyargcount !== b.co_posonlyargcount ||
    a.co_kwonlyargcount !== b.co_kwonlyargcount || a.co_flags !== b.co_flags || a.co_firstlineno !== b.co_firstlineno ||
    !bytesEqual(a.co_code, b.co_code) || a.co_consts.length !== b.co_consts.length ||
    !stringsEqual(a.co_names, b.co_names) || !stringsEqual(a.co_localsplusnames, b.co_localsplusnames) ||
    !bytesEqual(a.co_linetable, b.co_linetable) || !bytesEqual(a.co_exceptiontable, b.co_exceptiontable)
  )
    return false;
  for (let i = 0; i < a.co_consts.length; i++) {
    const x = a.co_consts[i] as ConstValue;
    const y = b.co_consts[i] as ConstValue;
    if (x instanceof CodeObject || y instanceof CodeObject) {
      if (!(x instanceof CodeObject && y instanceof CodeObject && codeEquals(x, y))) return false;
    } else if (constKey(x) !== constKey(y)) return false;
  }
  return true;
}

/** PyObject_IsTrue for constants. */
export function constTruth(v: ConstValue): boolean {
  if (v === null || v === false) return false;
  if (v === true || v === EllipsisValue) return true;
  switch (typeof v) {
    case "bigint":
      return v !== 0n;
    case "number":
      return v !== 0;
    case "string":
      return v.length > 0;
  }
  if (v instanceof Uint8Array) return v.length > 0;
  if (v instanceof CodePointString) return v.codePoints.length > 0;
  if (v instanceof ComplexValue) return v.real !== 0 || v.imag !== 0;
  if (Array.isArray(v)) return v.length > 0;
  if (v instanceof ConstFrozenset) return new Set(v.items.map(constKey)).size > 0;
  return true;
}

/** The one conversion from compile-time constants to runtime values. Until the runtime's value
 *  representation (src/Objects/object.ts) lands, constants stay as they are. */
export function toRuntimeConst(v: ConstValue): unknown {
  return v;
}

/** Reset between unrelated compilations (tests). */
export function resetConstIds(): void {
  nanCount = 0;
}
