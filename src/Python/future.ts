// `from __future__ import ...` (CPython's Python/future.c): which features a module turns on.
import * as ast from "../Parser/ast";
import { CompileError } from "../Parser/errors";
import {
  CO_FUTURE_ANNOTATIONS,
  CO_FUTURE_BARRY_AS_BDFL,
} from "../Objects/codeobject";

/** The features that 3.11 knows; all but two are mandatory by now and set no flag. */
const FEATURES: Record<string, number> = {
  nested_scopes: 0,
  generators: 0,
  division: 0,
  absolute_import: 0,
  with_statement: 0,
  print_function: 0,
  unicode_literals: 0,
  barry_as_FLUFL: CO_FUTURE_BARRY_AS_BDFL,
  generator_stop: 0,
  annotations: CO_FUTURE_ANNOTATIONS,
};

export interface FutureFeatures {
  features: number;
  /** Line of the last future statement (ff_lineno); -1 if none. */
  lineno: number;
}

// PyErr_SyntaxLocationObject(filename, lineno, offset): no end position.
function futureError(msg: string, s: ast.stmt, offset: number, filename: string): CompileError {
  return new CompileError("SyntaxError", msg, s.lineno, offset, null, s.lineno, 0, filename);
}

// future_check_features
function futureCheckFeatures(ff: FutureFeatures, s: ast.ImportFrom, filename: string): void {
  for (const name of s.names) {
    const feature = name.name;
    if (feature in FEATURES) ff.features |= FEATURES[feature];
    else if (feature === "braces") throw futureError("not a chance", s, s.col_offset + 1, filename);
    else throw futureError(`future feature ${feature} is not defined`, s, s.col_offset + 1, filename);
  }
}

// future_parse: only the leading docstring and future imports count.
export function futureFromAST(mod: ast.mod, filename: string): FutureFeatures {
  const ff: FutureFeatures = { features: 0, lineno: -1 };
  if (!(mod instanceof ast.Module || mod instanceof ast.Interactive)) return ff;
  let done = false;
  let prevLine = 0;
  let i = 0;
  const body = mod.body;
  if (body.length && body[0] instanceof ast.Expr && body[0].value instanceof ast.Constant && typeof body[0].value.value === "string") i = 1;
  for (; i < body.length; i++) {
    const s = body[i];
    if (done && s.lineno > prevLine) break;
    prevLine = s.lineno;
    if (s instanceof ast.ImportFrom) {
      if (s.module === "__future__") {
        if (done) throw futureError("from __future__ imports must occur at the beginning of the file", s, s.col_offset, filename);
        futureCheckFeatures(ff, s, filename);
        ff.lineno = s.lineno;
      } else done = true;
    } else done = true;
  }
  return ff;
}
