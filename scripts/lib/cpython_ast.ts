// Test helper: CPython's own AST of a file, as JSON from the reference CPython, rebuilt as our AST
// classes. It lets the compiler be checked apart from our parser (conformance:compile --cpython-ast).
import * as ast from "../../src/Parser/ast";

/** The Python side: serialises ast.parse(source) to JSON (constants tagged by type). */
export const AST_TO_JSON_PY = `
import ast as _ast
def _const(v):
    if v is None: return {"c": "None"}
    if v is Ellipsis: return {"c": "Ellipsis"}
    if isinstance(v, bool): return {"c": "bool", "v": v}
    if isinstance(v, int): return {"c": "int", "v": str(v)}
    if isinstance(v, float): return {"c": "float", "v": repr(v)}
    if isinstance(v, complex): return {"c": "complex", "r": repr(v.real), "i": repr(v.imag)}
    if isinstance(v, str):
        if any(0xd800 <= ord(ch) < 0xe000 for ch in v):
            return {"c": "cpstr", "v": [ord(ch) for ch in v]}  # surrogates survive JSON only as numbers
        return {"c": "str", "v": v}
    if isinstance(v, bytes): return {"c": "bytes", "v": v.hex()}
    if isinstance(v, tuple): return {"c": "tuple", "v": [_const(x) for x in v]}
    raise TypeError(type(v))
def ast_to_json(node):
    if isinstance(node, _ast.AST):
        d = {"_": type(node).__name__}
        for f in node._fields:
            v = getattr(node, f, None)
            if f == "value" and isinstance(node, (_ast.Constant, _ast.MatchSingleton)):
                d[f] = _const(v)
            else:
                d[f] = ast_to_json(v)
        for a in node._attributes:
            d[a] = getattr(node, a, None)
        return d
    if isinstance(node, list):
        return [ast_to_json(x) for x in node]
    return node
`;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function pyFloat(s: string): number {
  if (s === "inf") return Infinity;
  if (s === "-inf") return -Infinity;
  if (s === "nan") return NaN;
  return Number(s);
}

function decodeConst(j: Json): ast.ConstantValue {
  const o = j as { c: string; v?: Json; r?: string; i?: string };
  switch (o.c) {
    case "None": return null;
    case "Ellipsis": return ast.EllipsisValue;
    case "bool": return o.v as boolean;
    case "int": return BigInt(o.v as string);
    case "float": return pyFloat(o.v as string);
    case "complex": return new ast.ComplexValue(pyFloat(o.r!), pyFloat(o.i!));
    case "str": return o.v as string;
    case "cpstr": {
      const cps = o.v as number[];
      // a JS string when no surrogate pair would form, as our string parser makes it
      const pairs = cps.some((c, i) => c >= 0xd800 && c < 0xdc00 && cps[i + 1] >= 0xdc00 && cps[i + 1] < 0xe000);
      return pairs ? new ast.CodePointString(cps) : cps.map((c) => String.fromCharCode(c)).join("");
    }
    case "bytes": return Uint8Array.from(Buffer.from(o.v as string, "hex"));
    case "tuple": return (o.v as Json[]).map(decodeConst);
  }
  throw new Error(`unknown constant tag ${o.c}`);
}

/** Rebuilds our AST nodes from the JSON that AST_TO_JSON_PY produced. */
export function astFromJson(j: Json): any {
  if (Array.isArray(j)) return j.map(astFromJson);
  if (j !== null && typeof j === "object" && "_" in j) {
    const name = j._ as string;
    const cls = ast.astClasses.get(name);
    if (!cls) throw new Error(`unknown AST class ${name}`);
    if (cls._fields.length === 0 && cls._attributes.length === 0 && name !== "Pass" && name !== "Break" && name !== "Continue") {
      return (ast as unknown as Record<string, unknown>)[name];
    }
    const args: unknown[] = [];
    for (const f of cls._fields) {
      if (f === "value" && (name === "Constant" || name === "MatchSingleton")) args.push(decodeConst(j[f]));
      else args.push(astFromJson(j[f] ?? null));
    }
    for (const a of cls._attributes) args.push(j[a] ?? null);
    return new (cls as unknown as new (...a: unknown[]) => ast.AST)(...args);
  }
  return j;
}
