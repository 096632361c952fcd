// A parser for ASDL (Zephyr's Abstract Syntax Description Language), the notation of
// src/Parser/python.asdl. Plays the part of CPython's Parser/asdl.py, written afresh here.
//
//   module     ::= "module" Id "{" definition* "}"
//   definition ::= Id "=" (product | sum)
//   product    ::= fields ["attributes" fields]
//   sum        ::= constructor ("|" constructor)* ["attributes" fields]
//   constructor::= Id [fields]
//   fields     ::= "(" field ("," field)* ")"
//   field      ::= Id ["?" | "*"] Id
// Comments run from "--" to the end of the line.

export interface Field {
  /** The type: a builtin (identifier, string, constant, int) or a type defined in the module. */
  type: string;
  name: string;
  /** `T? x` */
  opt: boolean;
  /** `T* x` */
  seq: boolean;
}

export interface Constructor {
  name: string;
  fields: Field[];
}

export interface Sum {
  kind: "sum";
  name: string;
  constructors: Constructor[];
  attributes: Field[];
}

export interface Product {
  kind: "product";
  name: string;
  fields: Field[];
  attributes: Field[];
}

export type Definition = Sum | Product;

export interface AsdlModule {
  name: string;
  definitions: Definition[];
}

export const BUILTIN_TYPES = ["identifier", "string", "constant", "int"] as const;

interface Tok {
  kind: "id" | "punct" | "eof";
  text: string;
  line: number;
}

export class AsdlSyntaxError extends Error {
  constructor(msg: string, line: number) {
    super(`ASDL syntax error at line ${line}: ${msg}`);
  }
}

function tokenize(src: string): Tok[] {
  const toks: Tok[] = [];
  let line = 1;
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === "\n") {
      line++;
      i++;
    } else if (c === " " || c === "\t" || c === "\r") {
      i++;
    } else if (c === "-" && src[i + 1] === "-") {
      while (i < src.length && src[i] !== "\n") i++;
    } else if (/[A-Za-z_]/.test(c)) {
      let j = i + 1;
      while (j < src.length && /[A-Za-z0-9_]/.test(src[j])) j++;
      toks.push({ kind: "id", text: src.slice(i, j), line });
      i = j;
    } else if ("{}()=|,?*".includes(c)) {
      toks.push({ kind: "punct", text: c, line });
      i++;
    } else {
      throw new AsdlSyntaxError(`unexpected character ${JSON.stringify(c)}`, line);
    }
  }
  toks.push({ kind: "eof", text: "", line });
  return toks;
}

/** Parses ASDL text into its module description; throws AsdlSyntaxError on malformed input. */
export function parseAsdl(src: string): AsdlModule {
  const toks = tokenize(src);
  let p = 0;
  const peek = () => toks[p];
  const next = () => toks[p++];
  const expectId = (what: string): string => {
    const t = next();
    if (t.kind !== "id") throw new AsdlSyntaxError(`expected ${what}, found ${JSON.stringify(t.text)}`, t.line);
    return t.text;
  };
  const expectPunct = (s: string) => {
    const t = next();
    if (t.kind !== "punct" || t.text !== s) throw new AsdlSyntaxError(`expected ${JSON.stringify(s)}, found ${JSON.stringify(t.text)}`, t.line);
  };
  const atPunct = (s: string) => peek().kind === "punct" && peek().text === s;

  const parseFields = (): Field[] => {
    expectPunct("(");
    const fields: Field[] = [];
    for (;;) {
      const type = expectId("a type");
      let opt = false;
      let seq = false;
      if (atPunct("?")) {
        next();
        opt = true;
      } else if (atPunct("*")) {
        next();
        seq = true;
      }
      const name = expectId("a field name");
      fields.push({ type, name, opt, seq });
      if (atPunct(",")) {
        next();
        continue;
      }
      expectPunct(")");
      return fields;
    }
  };
  const parseAttributes = (): Field[] => {
    if (peek().kind === "id" && peek().text === "attributes") {
      next();
      return parseFields();
    }
    return [];
  };

  if (expectId('"module"') !== "module") throw new AsdlSyntaxError('expected "module"', toks[0].line);
  const modName = expectId("the module name");
  expectPunct("{");
  const definitions: Definition[] = [];
  const seen = new Set<string>();
  while (!atPunct("}")) {
    const t = peek();
    const name = expectId("a type name");
    if (seen.has(name)) throw new AsdlSyntaxError(`type ${name} defined twice`, t.line);
    seen.add(name);
    expectPunct("=");
    if (atPunct("(")) {
      const fields = parseFields();
      definitions.push({ kind: "product", name, fields, attributes: parseAttributes() });
      continue;
    }
    const constructors: Constructor[] = [];
    for (;;) {
      const cname = expectId("a constructor name");
      constructors.push({ name: cname, fields: atPunct("(") ? parseFields() : [] });
      if (!atPunct("|")) break;
      next();
    }
    definitions.push({ kind: "sum", name, constructors, attributes: parseAttributes() });
  }
  expectPunct("}");
  if (peek().kind !== "eof") throw new AsdlSyntaxError("text after the module's closing brace", peek().line);

  // Every field type must be a builtin or a defined type.
  const known = new Set<string>([...BUILTIN_TYPES, ...definitions.map((d) => d.name)]);
  for (const d of definitions) {
    const all = d.kind === "sum" ? [...d.constructors.flatMap((c) => c.fields), ...d.attributes] : [...d.fields, ...d.attributes];
    for (const f of all) if (!known.has(f.type)) throw new AsdlSyntaxError(`unknown type ${f.type} (in ${d.name})`, 0);
  }
  return { name: modName, definitions };
}

/** A sum whose constructors all lack fields (operators, contexts): its values are singletons. */
export function isSimpleSum(d: Definition): boolean {
  return d.kind === "sum" && d.constructors.every((c) => c.fields.length === 0) && d.attributes.length === 0;
}

/** The signature text Python's `ast` classes carry as __doc__, e.g. "Return(expr? value)". */
export function signature(name: string, fields: Field[]): string {
  if (fields.length === 0) return name;
  return `${name}(${fields.map((f) => `${f.type}${f.opt ? "?" : f.seq ? "*" : ""} ${f.name}`).join(", ")})`;
}

/** __doc__ of a sum's abstract class: "expr_context = Load | Store | Del" or one constructor a line. */
export function sumDoc(d: Sum): string {
  const sigs = d.constructors.map((c) => signature(c.name, c.fields));
  if (isSimpleSum(d)) return `${d.name} = ${sigs.join(" | ")}`;
  return `${d.name} = ${sigs.join(`\n${" ".repeat(d.name.length + 1)}| `)}`;
}
