// Expressions back to source text, as CPython 3.11's Python/ast_unparse.c does it for
// `from __future__ import annotations` (the annotation strings of co_consts).
import * as ast from "../Parser/ast";
import { unicode_repr, bytes_repr } from "../Objects/unicode_repr";
import { float_repr } from "./pystrtod";

const enum PR {
  TUPLE,
  TEST,
  OR,
  AND,
  NOT,
  CMP,
  EXPR,
  BOR = EXPR,
  BXOR,
  BAND,
  SHIFT,
  ARITH,
  TERM,
  FACTOR,
  POWER,
  AWAIT,
  ATOM,
}

const BINOPS: [ast.operator, string, PR][] = [
  [ast.Add, " + ", PR.ARITH], [ast.Sub, " - ", PR.ARITH], [ast.Mult, " * ", PR.TERM], [ast.MatMult, " @ ", PR.TERM],
  [ast.Div, " / ", PR.TERM], [ast.Mod, " % ", PR.TERM], [ast.LShift, " << ", PR.SHIFT], [ast.RShift, " >> ", PR.SHIFT],
  [ast.BitOr, " | ", PR.BOR], [ast.BitXor, " ^ ", PR.BXOR], [ast.BitAnd, " & ", PR.BAND], [ast.FloorDiv, " // ", PR.TERM],
  [ast.Pow, " ** ", PR.POWER],
];
const CMPOPS: [ast.cmpop, string][] = [
  [ast.Eq, " == "], [ast.NotEq, " != "], [ast.Lt, " < "], [ast.LtE, " <= "], [ast.Gt, " > "], [ast.GtE, " >= "],
  [ast.Is, " is "], [ast.IsNot, " is not "], [ast.In, " in "], [ast.NotIn, " not in "],
];

// The repr of a constant, with infinities spelled 1e309 (ast_unparse.c's _str_replace_inf).
function constRepr(v: ast.ConstantValue): string {
  if (v === null) return "None";
  if (v === true) return "True";
  if (v === false) return "False";
  if (v === ast.EllipsisValue) return "...";
  if (typeof v === "bigint") return v.toString();
  if (typeof v === "number") return floatRepr(v);
  if (typeof v === "string") return unicode_repr(v);
  if (v instanceof Uint8Array) return bytes_repr(v);
  if (v instanceof ast.ComplexValue) {
    if (v.real === 0 && !Object.is(v.real, -0)) return floatReprJ(v.imag) + "j";
    return "(" + floatRepr(v.real) + (v.imag >= 0 || Number.isNaN(v.imag) ? "+" : "-") + floatReprJ(Math.abs(v.imag)) + "j)";
  }
  if (Array.isArray(v)) {
    const parts = v.map(constRepr);
    return "(" + parts.join(", ") + (parts.length === 1 ? ",)" : ")");
  }
  return String(v);
}
function floatRepr(x: number): string {
  if (x === Infinity) return "1e309";
  if (x === -Infinity) return "-1e309";
  return float_repr(x);
}
function floatReprJ(x: number): string {
  // complex repr drops ".0" of integral parts
  if (!Number.isFinite(x)) return floatRepr(x);
  const r = float_repr(x);
  return r.endsWith(".0") ? r.slice(0, -2) : r;
}

class Unparser {
  out = "";

  expr(e: ast.expr, level: PR): void {
    if (e instanceof ast.BoolOp) {
      const pr = e.op === ast.And ? PR.AND : PR.OR;
      const op = e.op === ast.And ? " and " : " or ";
      if (level > pr) this.out += "(";
      e.values.forEach((v, i) => {
        if (i) this.out += op;
        this.expr(v, pr + 1);
      });
      if (level > pr) this.out += ")";
    } else if (e instanceof ast.BinOp) {
      const [, op, pr] = BINOPS.find(([o]) => o === e.op)!;
      const rassoc = e.op === ast.Pow ? 1 : 0;
      if (level > pr) this.out += "(";
      this.expr(e.left, pr + rassoc);
      this.out += op;
      this.expr(e.right, pr + 1 - rassoc);
      if (level > pr) this.out += ")";
    } else if (e instanceof ast.UnaryOp) {
      const [op, pr] = e.op === ast.Invert ? ["~", PR.FACTOR] : e.op === ast.Not ? ["not ", PR.NOT] : e.op === ast.UAdd ? ["+", PR.FACTOR] : ["-", PR.FACTOR];
      if (level > pr) this.out += "(";
      this.out += op;
      this.expr(e.operand, pr as PR);
      if (level > pr) this.out += ")";
    } else if (e instanceof ast.Lambda) {
      if (level > PR.TEST) this.out += "(";
      const a = e.args;
      const n = a.posonlyargs.length + a.args.length + a.kwonlyargs.length + (a.vararg ? 1 : 0) + (a.kwarg ? 1 : 0);
      if (n === 0) this.out += "lambda";
      else {
        this.out += "lambda ";
        this.args(a);
      }
      this.out += ": ";
      this.expr(e.body, PR.TEST);
      if (level > PR.TEST) this.out += ")";
    } else if (e instanceof ast.IfExp) {
      if (level > PR.TEST) this.out += "(";
      this.expr(e.body, PR.TEST + 1);
      this.out += " if ";
      this.expr(e.test, PR.TEST + 1);
      this.out += " else ";
      this.expr(e.orelse, PR.TEST);
      if (level > PR.TEST) this.out += ")";
    } else if (e instanceof ast.Dict) {
      this.out += "{";
      e.values.forEach((v, i) => {
        if (i) this.out += ", ";
        const k = e.keys[i];
        if (k) {
          this.expr(k, PR.TEST);
          this.out += ": ";
          this.expr(v, PR.TEST);
        } else {
          this.out += "**";
          this.expr(v, PR.EXPR);
        }
      });
      this.out += "}";
    } else if (e instanceof ast.Set) {
      if (!e.elts.length) this.out += "{*()}";
      else {
        this.out += "{";
        this.seq(e.elts, PR.TEST);
        this.out += "}";
      }
    } else if (e instanceof ast.ListComp) this.comp("[", e.elt, null, e.generators, "]");
    else if (e instanceof ast.SetComp) this.comp("{", e.elt, null, e.generators, "}");
    else if (e instanceof ast.DictComp) this.comp("{", e.key, e.value, e.generators, "}");
    else if (e instanceof ast.GeneratorExp) this.comp("(", e.elt, null, e.generators, ")");
    else if (e instanceof ast.Await) {
      if (level > PR.AWAIT) this.out += "(";
      this.out += "await ";
      this.expr(e.value, PR.ATOM);
      if (level > PR.AWAIT) this.out += ")";
    } else if (e instanceof ast.Yield) {
      if (!e.value) this.out += "(yield)";
      else {
        this.out += "(yield ";
        this.expr(e.value, PR.TEST);
        this.out += ")";
      }
    } else if (e instanceof ast.YieldFrom) {
      this.out += "(yield from ";
      this.expr(e.value, PR.TEST);
      this.out += ")";
    } else if (e instanceof ast.Compare) {
      if (level > PR.CMP) this.out += "(";
      this.expr(e.left, PR.CMP + 1);
      e.ops.forEach((op, i) => {
        this.out += CMPOPS.find(([o]) => o === op)![1];
        this.expr(e.comparators[i], PR.CMP + 1);
      });
      if (level > PR.CMP) this.out += ")";
    } else if (e instanceof ast.Call) {
      this.expr(e.func, PR.ATOM);
      if (e.args.length === 1 && e.keywords.length === 0 && e.args[0] instanceof ast.GeneratorExp) {
        this.expr(e.args[0], PR.TEST);
        return;
      }
      this.out += "(";
      let first = true;
      for (const a of e.args) {
        if (!first) this.out += ", ";
        first = false;
        this.expr(a, PR.TEST);
      }
      for (const k of e.keywords) {
        if (!first) this.out += ", ";
        first = false;
        if (k.arg === null) {
          this.out += "**";
          this.expr(k.value, PR.TEST);
        } else {
          this.out += k.arg + "=";
          this.expr(k.value, PR.TEST);
        }
      }
      this.out += ")";
    } else if (e instanceof ast.Constant) {
      if (e.value === ast.EllipsisValue) this.out += "...";
      else {
        if (e.kind === "u") this.out += "u";
        this.out += constRepr(e.value);
      }
    } else if (e instanceof ast.JoinedStr || e instanceof ast.FormattedValue) {
      this.out += "f" + unicode_repr(this.fstringBody(e));
    } else if (e instanceof ast.Attribute) {
      this.expr(e.value, PR.ATOM);
      const v = e.value;
      this.out += v instanceof ast.Constant && typeof v.value === "bigint" ? " ." : ".";
      this.out += e.attr;
    } else if (e instanceof ast.Subscript) {
      this.expr(e.value, PR.ATOM);
      this.out += "[";
      this.expr(e.slice, PR.TUPLE);
      this.out += "]";
    } else if (e instanceof ast.Starred) {
      this.out += "*";
      this.expr(e.value, PR.EXPR);
    } else if (e instanceof ast.Slice) {
      if (e.lower) this.expr(e.lower, PR.TEST);
      this.out += ":";
      if (e.upper) this.expr(e.upper, PR.TEST);
      if (e.step) {
        this.out += ":";
        this.expr(e.step, PR.TEST);
      }
    } else if (e instanceof ast.Name) this.out += e.id;
    else if (e instanceof ast.List) {
      this.out += "[";
      this.seq(e.elts, PR.TEST);
      this.out += "]";
    } else if (e instanceof ast.Tuple) {
      if (!e.elts.length) {
        this.out += "()";
        return;
      }
      if (level > PR.TUPLE) this.out += "(";
      this.seq(e.elts, PR.TEST);
      if (e.elts.length === 1) this.out += ",";
      if (level > PR.TUPLE) this.out += ")";
    } else if (e instanceof ast.NamedExpr) {
      if (level > PR.TUPLE) this.out += "(";
      this.expr(e.target, PR.ATOM);
      this.out += " := ";
      this.expr(e.value, PR.ATOM);
      if (level > PR.TUPLE) this.out += ")";
    }
  }

  private seq(elts: ast.expr[], level: PR): void {
    elts.forEach((x, i) => {
      if (i) this.out += ", ";
      this.expr(x, level);
    });
  }

  private comp(open: string, elt: ast.expr, value: ast.expr | null, gens: ast.comprehension[], close: string): void {
    this.out += open;
    this.expr(elt, PR.TEST);
    if (value) {
      this.out += ": ";
      this.expr(value, PR.TEST);
    }
    for (const g of gens) {
      this.out += g.is_async ? " async for " : " for ";
      this.expr(g.target, PR.TUPLE);
      this.out += " in ";
      this.expr(g.iter, PR.TEST + 1);
      for (const c of g.ifs) {
        this.out += " if ";
        this.expr(c, PR.TEST + 1);
      }
    }
    this.out += close;
  }

  private args(a: ast.arguments_): void {
    const positional = [...a.posonlyargs, ...a.args];
    const firstDefault = positional.length - a.defaults.length;
    let first = true;
    const sep = () => {
      if (!first) this.out += ", ";
      first = false;
    };
    positional.forEach((p, i) => {
      sep();
      this.out += p.arg;
      if (i >= firstDefault) {
        this.out += "=";
        this.expr(a.defaults[i - firstDefault], PR.TEST);
      }
      if (i + 1 === a.posonlyargs.length) this.out += ", /";
    });
    if (a.vararg || a.kwonlyargs.length) {
      sep();
      this.out += "*";
      if (a.vararg) this.out += a.vararg.arg;
    }
    a.kwonlyargs.forEach((p, i) => {
      sep();
      this.out += p.arg;
      const d = a.kw_defaults[i];
      if (d) {
        this.out += "=";
        this.expr(d, PR.TEST);
      }
    });
    if (a.kwarg) {
      sep();
      this.out += "**" + a.kwarg.arg;
    }
  }

  private fstringBody(e: ast.expr): string {
    if (e instanceof ast.JoinedStr) return e.values.map((v) => this.fstringBody(v)).join("");
    if (e instanceof ast.Constant && typeof e.value === "string") return e.value.replace(/\{/g, "{{").replace(/\}/g, "}}");
    if (e instanceof ast.FormattedValue) {
      const inner = new Unparser();
      inner.expr(e.value, PR.TEST + 1);
      let s = inner.out.startsWith("{") ? "{ " + inner.out : "{" + inner.out;
      if (e.conversion > 0) s += "!" + String.fromCharCode(e.conversion);
      if (e.format_spec) s += ":" + this.fstringBody(e.format_spec);
      return s + "}";
    }
    return "";
  }
}

/** _PyAST_ExprAsUnicode */
export function exprAsUnicode(e: ast.expr): string {
  const u = new Unparser();
  u.expr(e, PR.TEST);
  return u.out;
}
