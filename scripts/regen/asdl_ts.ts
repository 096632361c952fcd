// Generates src/Parser/ast.ts from src/Parser/python.asdl: one class per AST node, as Python's
// `ast` module has them (the part of CPython's Parser/asdl_c.py that writes Python-ast.c's types).
//
// Before writing, it compares the ASDL with the `ast` module of the reference CPython (every
// class, its base, `_fields`, `_attributes`, its __doc__ signature — which spells `?` and `*` —
// and which fields default to None) and refuses to generate when they disagree.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { findCPython, cleanEnv } from "../cpython";
import { AsdlModule, Definition, Field, isSimpleSum, parseAsdl, signature, sumDoc } from "./asdl";

export const ASDL_PATH = resolve(__dirname, "..", "..", "src", "Parser", "python.asdl");

/** Sequences whose elements may be null (ASDL has no notation for it). */
const NULLABLE_ELEMENTS = new Set(["Dict.keys", "arguments.kw_defaults"]);

/** Names that cannot be JS bindings in strict code: the class gets a trailing underscore. */
const JS_RESERVED = new Set(["arguments", "eval"]);

const BUILTIN_TS: Record<string, string> = {
  identifier: "string",
  string: "string",
  constant: "ConstantValue",
  int: "number",
};

/** One AST class as Python's `ast` module shows it. */
export interface ClassInfo {
  name: string;
  base: string;
  fields: string[];
  attributes: string[];
  doc: string;
  /** Fields and attributes whose class attribute is None (the optional ones). */
  none: string[];
}

/** The classes that an ASDL module describes, in the shape the live check compares. */
export function classesOf(mod: AsdlModule): ClassInfo[] {
  const out: ClassInfo[] = [];
  const optNames = (fs: Field[]) => fs.filter((f) => f.opt).map((f) => f.name);
  for (const d of mod.definitions) {
    const attrs = d.attributes.map((a) => a.name);
    if (d.kind === "product") {
      out.push({
        name: d.name,
        base: "AST",
        fields: d.fields.map((f) => f.name),
        attributes: attrs,
        doc: signature(d.name, d.fields),
        none: [...optNames(d.fields), ...optNames(d.attributes)].sort(),
      });
      continue;
    }
    out.push({ name: d.name, base: "AST", fields: [], attributes: attrs, doc: sumDoc(d), none: optNames(d.attributes).sort() });
    for (const c of d.constructors) {
      out.push({
        name: c.name,
        base: d.name,
        fields: c.fields.map((f) => f.name),
        attributes: attrs,
        doc: signature(c.name, c.fields),
        none: [...optNames(c.fields), ...optNames(d.attributes)].sort(),
      });
    }
  }
  return out;
}

const LIVE = `
import ast, json
out = []
def visit(cls):
    for sub in cls.__subclasses__():
        if sub.__module__ != "ast":
            continue
        doc = sub.__doc__ or ""
        if not doc.startswith("Deprecated"):
            names = list(sub._fields) + list(getattr(sub, "_attributes", ()))
            out.append({
                "name": sub.__name__,
                "base": sub.__bases__[0].__name__,
                "fields": list(sub._fields),
                "attributes": list(getattr(sub, "_attributes", ())),
                "doc": doc,
                "none": sorted(n for n in names if getattr(sub, n, ...) is None),
            })
        visit(sub)
visit(ast.AST)
print(json.dumps(out))
`;

/** The AST classes of the reference CPython's `ast` module (deprecated aliases left out). */
export function liveClasses(): ClassInfo[] {
  const py = findCPython();
  return JSON.parse(execFileSync(py.executable, ["-I", "-S", "-c", LIVE], { encoding: "utf8", env: cleanEnv() })) as ClassInfo[];
}

/** Differences between the ASDL's classes and CPython's, one line each; [] when they agree. */
export function compareWithCPython(mod: AsdlModule, live: ClassInfo[] = liveClasses()): string[] {
  const ours = new Map(classesOf(mod).map((c) => [c.name, c]));
  const theirs = new Map(live.map((c) => [c.name, c]));
  const diffs: string[] = [];
  for (const name of theirs.keys()) if (!ours.has(name)) diffs.push(`${name}: in CPython's ast, missing from the ASDL`);
  for (const name of ours.keys()) if (!theirs.has(name)) diffs.push(`${name}: in the ASDL, not in CPython's ast`);
  for (const [name, o] of ours) {
    const t = theirs.get(name);
    if (!t) continue;
    for (const k of ["base", "fields", "attributes", "doc", "none"] as const) {
      const a = JSON.stringify(o[k]);
      const b = JSON.stringify(t[k]);
      if (a !== b) diffs.push(`${name}.${k}: ASDL says ${a}, CPython says ${b}`);
    }
  }
  return diffs;
}

function jsName(name: string): string {
  return JS_RESERVED.has(name) ? `${name}_` : name;
}

function tsType(owner: string, f: Field): string {
  const base = BUILTIN_TS[f.type] ?? jsName(f.type);
  if (f.seq) return NULLABLE_ELEMENTS.has(`${owner}.${f.name}`) ? `(${base} | null)[]` : `${base}[]`;
  if (f.opt) return `${base} | null`;
  return base;
}

function specs(fs: Field[]): string {
  return `[${fs.map((f) => `{ name: ${JSON.stringify(f.name)}, type: ${JSON.stringify(f.type)}, opt: ${f.opt}, seq: ${f.seq} }`).join(", ")}]`;
}

function statics(lines: string[], name: string, fields: Field[], attributes: Field[], doc: string, isAbstract: boolean): void {
  lines.push(`  static override readonly _name: string = ${JSON.stringify(name)};`);
  lines.push(`  static override readonly _fields: readonly string[] = ${JSON.stringify(fields.map((f) => f.name))};`);
  lines.push(`  static override readonly _attributes: readonly string[] = ${JSON.stringify(attributes.map((f) => f.name))};`);
  lines.push(`  static override readonly _fieldSpecs: readonly FieldSpec[] = ${specs(fields)};`);
  lines.push(`  static override readonly _attributeSpecs: readonly FieldSpec[] = ${specs(attributes)};`);
  lines.push(`  static override readonly _doc: string = ${JSON.stringify(doc)};`);
  lines.push(`  static override readonly _abstract: boolean = ${isAbstract};`);
}

function emitConcrete(lines: string[], cls: string, base: string, owner: string, fields: Field[], attributes: Field[], doc: string): void {
  lines.push(`export class ${jsName(cls)} extends ${jsName(base)} {`);
  for (const f of fields) lines.push(`  declare ${f.name}: ${tsType(owner, f)};`);
  if (base === "AST") for (const a of attributes) lines.push(`  declare ${a.name}: number;`);
  const params = [...fields.map((f) => `${f.name}: ${tsType(owner, f)}`), ...attributes.map((a) => `${a.name}: number`)];
  lines.push(`  constructor(${params.join(", ")}) {`);
  lines.push("    super();");
  for (const f of [...fields, ...attributes]) lines.push(`    this.${f.name} = ${f.name};`);
  lines.push("  }");
  statics(lines, cls, fields, attributes, doc, false);
  lines.push("}");
  lines.push("");
}

function emitDefinition(lines: string[], d: Definition, exportsByName: string[]): void {
  if (d.kind === "product") {
    emitConcrete(lines, d.name, "AST", d.name, d.fields, d.attributes, signature(d.name, d.fields));
    exportsByName.push(d.name);
    return;
  }
  lines.push(`/** ${sumDoc(d).split("\n")[0]}${d.constructors.length > 1 ? " | ..." : ""} */`);
  lines.push(`export abstract class ${jsName(d.name)} extends AST {`);
  for (const a of d.attributes) lines.push(`  declare ${a.name}: number;`);
  statics(lines, d.name, [], d.attributes, sumDoc(d), true);
  lines.push("}");
  lines.push("");
  exportsByName.push(d.name);
  if (isSimpleSum(d)) {
    for (const c of d.constructors) {
      lines.push(`export class ${c.name}_ extends ${jsName(d.name)} {`);
      statics(lines, c.name, [], [], c.name, false);
      lines.push("}");
      lines.push(`export const ${c.name}: ${c.name}_ = new ${c.name}_();`);
      lines.push("");
    }
    return;
  }
  for (const c of d.constructors) {
    emitConcrete(lines, c.name, d.name, c.name, c.fields, d.attributes, signature(c.name, c.fields));
    exportsByName.push(c.name);
  }
}

/** The text of src/Parser/ast.ts for the ASDL module `mod`. */
export function emitAstTs(mod: AsdlModule): string {
  const lines: string[] = [];
  lines.push("// GENERATED by `npm run regen` from src/Parser/python.asdl (scripts/regen/asdl_ts.ts). Do not edit by hand.");
  lines.push("//");
  lines.push("// One class per AST node of Python 3.11's `ast` module. Constructors take the fields in ASDL order,");
  lines.push("// then the attributes (lineno, col_offset, end_lineno, end_col_offset) where the node has them.");
  lines.push("// Optional fields are null; sequences are arrays. Operators and contexts are singletons: the");
  lines.push("// constant `Add` is the instance of class `Add_`. Names that JS reserves get a trailing underscore");
  lines.push("// (class `arguments_`, also exported as `arguments`). Static members carry Python's metadata.");
  lines.push("");
  lines.push("/** A field or attribute as the ASDL declares it. */");
  lines.push("export interface FieldSpec {");
  lines.push("  readonly name: string;");
  lines.push("  /** identifier | string | constant | int, or the name of an ASDL type */");
  lines.push("  readonly type: string;");
  lines.push("  readonly opt: boolean;");
  lines.push("  readonly seq: boolean;");
  lines.push("}");
  lines.push("");
  lines.push("/** A complex literal's value (`2j` is ComplexValue(0, 2)). */");
  lines.push("export class ComplexValue {");
  lines.push("  constructor(readonly real: number, readonly imag: number) {}");
  lines.push("}");
  lines.push("");
  lines.push("/** The class of `...` as a constant; its one instance is EllipsisValue. */");
  lines.push("export class EllipsisType {");
  lines.push("  private constructor() {}");
  lines.push("  static readonly instance: EllipsisType = new EllipsisType();");
  lines.push("}");
  lines.push("export const EllipsisValue: EllipsisType = EllipsisType.instance;");
  lines.push("");
  lines.push("/**");
  lines.push(" * A str constant that a JS string cannot hold exactly: a high surrogate code point directly followed");
  lines.push(" * by a low one (made by escapes such as '\\ud800\\udc00'), which UTF-16 would read as one astral");
  lines.push(" * character. The string parser makes one only then; every other str constant is a JS string.");
  lines.push(" */");
  lines.push("export class CodePointString {");
  lines.push("  constructor(readonly codePoints: readonly number[]) {}");
  lines.push("}");
  lines.push("");
  lines.push("/**");
  lines.push(" * Constant.value: int -> bigint, float -> number, complex -> ComplexValue, str -> string (or CodePointString), bytes ->");
  lines.push(" * Uint8Array, True/False -> boolean, None -> null, Ellipsis -> EllipsisValue; tuples of constants");
  lines.push(" * (made by compile-time folding, never by the parser) -> readonly arrays.");
  lines.push(" */");
  lines.push("export type ConstantValue =");
  lines.push("  | bigint | number | string | CodePointString | boolean | null | Uint8Array | ComplexValue | EllipsisType | readonly ConstantValue[];");
  lines.push("");
  lines.push("/** The root of every node class (Python's `ast.AST`). */");
  lines.push("export abstract class AST {");
  lines.push('  static readonly _name: string = "AST";');
  lines.push("  static readonly _fields: readonly string[] = [];");
  lines.push("  static readonly _attributes: readonly string[] = [];");
  lines.push("  static readonly _fieldSpecs: readonly FieldSpec[] = [];");
  lines.push("  static readonly _attributeSpecs: readonly FieldSpec[] = [];");
  lines.push("  /** Python's __doc__ of the class: its ASDL signature. */");
  lines.push("  static readonly _doc: string | null = null;");
  lines.push("  static readonly _abstract: boolean = true;");
  lines.push("}");
  lines.push("");
  lines.push("/** What a node's constructor carries: the static metadata of its class. */");
  lines.push("export interface NodeClass {");
  lines.push("  readonly _name: string;");
  lines.push("  readonly _fields: readonly string[];");
  lines.push("  readonly _attributes: readonly string[];");
  lines.push("  readonly _fieldSpecs: readonly FieldSpec[];");
  lines.push("  readonly _attributeSpecs: readonly FieldSpec[];");
  lines.push("  readonly _doc: string | null;");
  lines.push("  readonly _abstract: boolean;");
  lines.push("  readonly prototype: AST;");
  lines.push("}");
  lines.push("");
  lines.push("/** The class metadata of a node. */");
  lines.push("export function nodeClass(node: AST): NodeClass {");
  lines.push("  return node.constructor as unknown as NodeClass;");
  lines.push("}");
  lines.push("");
  const names: string[] = [];
  for (const d of mod.definitions) emitDefinition(lines, d, names);
  for (const n of names) if (JS_RESERVED.has(n)) lines.push(`export { ${jsName(n)} as ${n} };`);
  lines.push("");
  lines.push("/** Every class of the module by its Python name (abstract sums and singleton classes included). */");
  lines.push("export const astClasses: ReadonlyMap<string, NodeClass> = new Map<string, NodeClass>([");
  lines.push(`  ["AST", AST],`);
  for (const d of mod.definitions) {
    lines.push(`  [${JSON.stringify(d.name)}, ${jsName(d.name)}],`);
    if (d.kind === "sum") {
      for (const c of d.constructors) lines.push(`  [${JSON.stringify(c.name)}, ${isSimpleSum(d) ? `${c.name}_` : jsName(c.name)}],`);
    }
  }
  lines.push("]);");
  lines.push("");
  lines.push("/** Python's class hierarchy: the base of each class by name. */");
  lines.push("export const astBases: ReadonlyMap<string, string> = new Map<string, string>([");
  for (const c of classesOf(mod)) lines.push(`  [${JSON.stringify(c.name)}, ${JSON.stringify(c.base)}],`);
  lines.push("]);");
  lines.push("");
  return lines.join("\n");
}

/** The generator row: parse, check against the live CPython, emit. */
export function generateAstTs(): string {
  const mod = parseAsdl(readFileSync(ASDL_PATH, "utf8"));
  const diffs = compareWithCPython(mod);
  if (diffs.length) throw new Error(`src/Parser/python.asdl disagrees with CPython's ast module:\n  ${diffs.join("\n  ")}`);
  return emitAstTs(mod);
}
