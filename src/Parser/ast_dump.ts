// The text of CPython 3.11's `ast.dump(node, annotate_fields, include_attributes, indent=...)` for
// a Taipan AST (Lib/ast.py's dump, written afresh over our node classes and metadata). Field
// omission is 3.11's: a None value is left out only where the field is optional (`?`); empty lists
// are always shown. Constant values print with Python's repr.
import { AST, CodePointString, ComplexValue, ConstantValue, EllipsisType, FieldSpec, nodeClass } from "./ast";
import { PyOS_double_to_string, float_repr } from "../Python/pystrtod";
import { unicode_repr, unicode_repr_codepoints, bytes_repr } from "../Objects/unicode_repr";

export interface DumpOptions {
  /** include_attributes: also print lineno, col_offset, end_lineno, end_col_offset. */
  includeAttributes?: boolean;
  /** annotate_fields (default true): print `name=` before field values. */
  annotateFields?: boolean;
  /** indent: null/undefined for one line; a number of spaces or a string per level. */
  indent?: number | string | null;
}

/** repr() of a complex number (complex_repr in Objects/complexobject.c). */
export function complex_repr(real: number, imag: number): string {
  if (real === 0 && !Object.is(real, -0)) return PyOS_double_to_string(imag, "r", 0) + "j";
  return `(${PyOS_double_to_string(real, "r", 0)}${PyOS_double_to_string(imag, "r", 0, { sign: true })}j)`;
}

/** repr() of a constant as Constant.value holds it (see ConstantValue in ast.ts). */
export function constant_repr(v: ConstantValue): string {
  if (v === null) return "None";
  switch (typeof v) {
    case "boolean":
      return v ? "True" : "False";
    case "bigint":
      return v.toString();
    case "number":
      return float_repr(v);
    case "string":
      return unicode_repr(v);
  }
  if (v instanceof Uint8Array) return bytes_repr(v);
  if (v instanceof ComplexValue) return complex_repr(v.real, v.imag);
  if (v instanceof CodePointString) return unicode_repr_codepoints(v.codePoints);
  if (v instanceof EllipsisType) return "Ellipsis";
  if (Array.isArray(v)) {
    const items = (v as readonly ConstantValue[]).map(constant_repr);
    return items.length === 1 ? `(${items[0]},)` : `(${items.join(", ")})`;
  }
  throw new TypeError(`not a constant value: ${String(v)}`);
}

/** repr() of a non-node value of a field declared with ASDL type `type`. */
function leaf_repr(v: unknown, type: string): string {
  if (v === null) return "None";
  if (type === "int" && typeof v === "number") return String(v);
  if (typeof v === "string") return unicode_repr(v);
  return constant_repr(v as ConstantValue);
}

/** Follows ast.dump in Lib/ast.py (3.11). */
export function dumpAst(node: AST, opts: DumpOptions = {}): string {
  const includeAttributes = !!opts.includeAttributes;
  const annotate = opts.annotateFields ?? true;
  const indent = opts.indent === undefined || opts.indent === null ? null : typeof opts.indent === "number" ? " ".repeat(Math.max(0, opts.indent)) : opts.indent;

  // Returns [text, simple]: simple values let a short node stay on one line under `indent`.
  const format = (value: unknown, level: number, type: string): [string, boolean] => {
    let prefix = "";
    let sep = ", ";
    if (indent !== null) {
      level++;
      prefix = "\n" + indent.repeat(level);
      sep = ",\n" + indent.repeat(level);
    }
    if (value instanceof AST) {
      const cls = nodeClass(value);
      const args: string[] = [];
      let allSimple = true;
      let keywords = annotate;
      const rec = value as unknown as Record<string, unknown>;
      const field = (spec: FieldSpec, attribute: boolean) => {
        const v = rec[spec.name];
        if (v === undefined || (v === null && spec.opt)) {
          if (!attribute) keywords = true;
          return;
        }
        const [text, simple] = format(v, level, spec.type);
        allSimple &&= simple;
        args.push(keywords || attribute ? `${spec.name}=${text}` : text);
      };
      for (const spec of cls._fieldSpecs) field(spec, false);
      if (includeAttributes) for (const spec of cls._attributeSpecs) field(spec, true);
      if (allSimple && args.length <= 3) return [`${cls._name}(${args.join(", ")})`, args.length === 0];
      return [`${cls._name}(${prefix}${args.join(sep)})`, false];
    }
    if (Array.isArray(value) && type !== "constant") {
      if (value.length === 0) return ["[]", true];
      return [`[${prefix}${value.map((x) => format(x, level, type)[0]).join(sep)}]`, false];
    }
    return [leaf_repr(value, type), true];
  };
  return format(node, 0, "")[0];
}
