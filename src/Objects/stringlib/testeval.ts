// A small expression evaluator for the str/bytes unit tests: parses a Python expression with
// Taipan's own parser and evaluates it directly over the runtime's objects (calls, attributes,
// operators, subscripts, slices, displays, f-strings, one-level comprehensions), so that the
// tests can be written as Python text and compared, expression by expression, with the reference
// CPython (scripts/lib/cpython_eval.ts). Not the interpreter: only what the tests need.
import { parse } from "../../Parser/parse";
import * as ast from "../../Parser/ast";
import {
  PyObject,
  PyObjectBase,
  PyFloat,
  PyStr,
  PyBytes,
  PyTuple,
  PyList,
  Py_None,
  Py_True,
  Py_False,
  Py_Ellipsis,
  Py_TYPE,
  PySlice_Type,
  PyUnicode_Type,
  PyBytes_Type,
  PyByteArray_Type,
  PyLong_Type,
  PyFloat_Type,
  PyBool_Type,
  PyTuple_Type,
  PyUnicode_FromString,
  PyTuple_FromArray,
  PyList_FromArray,
  Py_LT,
  Py_LE,
  Py_EQ,
  Py_NE,
  Py_GT,
  Py_GE,
} from "../object";
import { Py_Initialize } from "../../Python/pylifecycle";
import * as A from "../abstract";
import { PyLong_FromBigInt } from "../longobject";
import { PyBaseException } from "../exceptions";
import { PyDict } from "../dictobject";
import { PyMemoryView_Type } from "../memoryobject";
import { PyErr_SetString } from "../../Python/errors";
import * as exc from "../exceptions";
import { PyCFunction_New } from "../methodobject";
import { _string_methods } from "../../Modules/_stringmodule";

Py_Initialize();

/** A slice object as the tests build it (fields as CPython's PySliceObject). */
class TestSlice extends PyObjectBase {
  constructor(
    readonly start: PyObject,
    readonly stop: PyObject,
    readonly step: PyObject,
  ) {
    super();
    this.ob_type = PySlice_Type;
  }
}

type Builtin = (args: PyObject[], kwnames: string[] | null) => PyObject;
class BuiltinFn extends PyObjectBase {
  constructor(readonly fn: Builtin) {
    super();
  }
}

const builtins = new Map<string, PyObject>();
function def(name: string, fn: Builtin): void {
  builtins.set(name, new BuiltinFn(fn));
}
builtins.set("str", PyUnicode_Type);
builtins.set("bytes", PyBytes_Type);
builtins.set("bytearray", PyByteArray_Type);
builtins.set("memoryview", PyMemoryView_Type);
builtins.set("int", PyLong_Type);
builtins.set("float", PyFloat_Type);
builtins.set("bool", PyBool_Type);
builtins.set("tuple", PyTuple_Type);
builtins.set("ValueError", exc.PyExc_ValueError);
def("repr", (a) => PyUnicode_FromString(testRepr(a[0])));
def("ascii", (a) => A.PyObject_ASCII(a[0]));
def("len", (a) => A.PyObject_Size(a[0]));
def("format", (a) => A.PyObject_Format(a[0], (a[1] as PyStr) ?? PyUnicode_FromString("")));
def("chr", (a) => PyUnicode_FromString(String.fromCodePoint(a[0] as number)));
def("ord", (a) => (a[0] as PyStr).value.codePointAt(0)!);
def("list", (a) => PyList_FromArray(a.length ? A.PySequence_List_Array(a[0]) : []));
def("type", (a) => Py_TYPE(a[0]));
def("iter", (a) => A.PyObject_GetIter(a[0]));
def("next", (a) => {
  const r = A.PyIter_Next(a[0]);
  if (r === undefined) PyErr_SetString(exc.PyExc_StopIteration, "");
  return r;
});
def("hash", (a) => {
  const h = A.PyObject_Hash(a[0]);
  return typeof h === "number" ? h : PyLong_FromBigInt(h);
});
/** __import__ of the native modules the tests use: a namespace of their functions. */
class TestModule extends PyObjectBase {
  constructor(readonly attrs: Map<string, PyObject>) {
    super();
  }
}
def("__import__", (a) => {
  const name = (a[0] as PyStr).value;
  if (name !== "_string") PyErr_SetString(exc.PyExc_ImportError, `No module named '${name}'`);
  return new TestModule(new Map(_string_methods.map((ml) => [ml.name, PyCFunction_New(ml, null)])));
});
def("isinstance", (a) => (A.PyObject_IsInstance(a[0], a[1]) ? Py_True : Py_False));
def("dict", (a, kw) => {
  const d = new PyDict();
  const nkw = kw ? kw.length : 0;
  if (a.length - nkw === 1) for (const [k, v] of (a[0] as PyDict).entries()) d.setItem(k, v);
  for (let i = 0; i < nkw; i++) d.setItem(PyUnicode_FromString(kw![i]), a[a.length - nkw + i]);
  return d;
});
def("slice", (a) => new TestSlice(a.length > 1 ? a[0] : Py_None, a.length > 1 ? a[1] : a[0], a.length > 2 ? a[2] : Py_None));

/** repr() with lists and dicts (whose types other helpers own) written here. */
export function testRepr(o: PyObject): string {
  if (o instanceof PyList) return "[" + o.items.map(testRepr).join(", ") + "]";
  if (o instanceof PyDict) return "{" + Array.from(o.entries(), ([k, v]) => `${testRepr(k)}: ${testRepr(v)}`).join(", ") + "}";
  if (o instanceof PyTuple && o.ob_type === PyTuple_Type) {
    if (o.items.length === 1) return `(${testRepr(o.items[0])},)`;
    return "(" + o.items.map(testRepr).join(", ") + ")";
  }
  return A.PyObject_ReprStr(o);
}

function constant(v: ast.ConstantValue): PyObject {
  if (typeof v === "bigint") return PyLong_FromBigInt(v);
  if (typeof v === "number") return new PyFloat(v);
  if (typeof v === "string") return PyUnicode_FromString(v);
  if (typeof v === "boolean") return v ? Py_True : Py_False;
  if (v === null) return Py_None;
  if (v instanceof Uint8Array) return new PyBytes(v);
  if (v instanceof ast.CodePointString) return PyUnicode_FromString(String.fromCodePoint(...v.codePoints));
  if (Array.isArray(v)) return PyTuple_FromArray(v.map(constant));
  return Py_Ellipsis;
}

const CMP = new Map<ast.cmpop, number>([
  [ast.Lt, Py_LT],
  [ast.LtE, Py_LE],
  [ast.Eq, Py_EQ],
  [ast.NotEq, Py_NE],
  [ast.Gt, Py_GT],
  [ast.GtE, Py_GE],
]);

function call(f: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  if (f instanceof BuiltinFn) return f.fn(args, kwnames);
  return A.PyObject_Vectorcall(f, args, kwnames);
}

function evalNode(n: ast.expr, env: Map<string, PyObject>): PyObject {
  if (n instanceof ast.Constant) return constant(n.value);
  if (n instanceof ast.Name) {
    const v = env.get(n.id) ?? builtins.get(n.id);
    if (v === undefined) PyErr_SetString(exc.PyExc_NameError, `name '${n.id}' is not defined`);
    return v;
  }
  if (n instanceof ast.Attribute) {
    const o = evalNode(n.value, env);
    if (o instanceof TestModule) return o.attrs.get(n.attr)!;
    return A.PyObject_GetAttr(o, n.attr);
  }
  if (n instanceof ast.Call) {
    const f = evalNode(n.func, env);
    const args: PyObject[] = [];
    for (const a of n.args) {
      if (a instanceof ast.Starred) args.push(...A.PySequence_List_Array(evalNode(a.value, env)));
      else args.push(evalNode(a, env));
    }
    const kwnames: string[] = [];
    for (const k of n.keywords) {
      if (k.arg === null) {
        for (const [key, v] of (evalNode(k.value, env) as PyDict).entries()) {
          kwnames.push((key as PyStr).value);
          args.push(v);
        }
      } else {
        kwnames.push(k.arg);
        args.push(evalNode(k.value, env));
      }
    }
    return call(f, args, kwnames.length ? kwnames : null);
  }
  if (n instanceof ast.BinOp) {
    const a = evalNode(n.left, env);
    const b = evalNode(n.right, env);
    if (n.op === ast.Add) return A.PyNumber_Add(a, b);
    if (n.op === ast.Sub) return A.PyNumber_Subtract(a, b);
    if (n.op === ast.Mult) return A.PyNumber_Multiply(a, b);
    if (n.op === ast.Mod) return A.PyNumber_Remainder(a, b);
    if (n.op === ast.FloorDiv) return A.PyNumber_FloorDivide(a, b);
    if (n.op === ast.Pow) return A.PyNumber_Power(a, b);
    if (n.op === ast.LShift) return A.PyNumber_Lshift(a, b);
    if (n.op === ast.BitOr) return A.PyNumber_Or(a, b);
    throw new Error("testeval: operator");
  }
  if (n instanceof ast.UnaryOp) {
    const a = evalNode(n.operand, env);
    if (n.op === ast.USub) return A.PyNumber_Negative(a);
    if (n.op === ast.Not) return A.PyObject_Not(a) ? Py_True : Py_False;
    if (n.op === ast.Invert) return A.PyNumber_Invert(a);
    throw new Error("testeval: unary operator");
  }
  if (n instanceof ast.Compare) {
    let left = evalNode(n.left, env);
    let result: PyObject = Py_True;
    for (let i = 0; i < n.ops.length; i++) {
      const right = evalNode(n.comparators[i], env);
      const op = n.ops[i];
      if (op === ast.In) result = A.PySequence_Contains(right, left) ? Py_True : Py_False;
      else if (op === ast.NotIn) result = A.PySequence_Contains(right, left) ? Py_False : Py_True;
      else if (op === ast.Is) result = left === right ? Py_True : Py_False;
      else if (op === ast.IsNot) result = left !== right ? Py_True : Py_False;
      else result = A.PyObject_RichCompare(left, right, CMP.get(op)!);
      if (!A.PyObject_IsTrue(result)) return result;
      left = right;
    }
    return result;
  }
  if (n instanceof ast.BoolOp) {
    let v: PyObject = Py_None;
    for (const x of n.values) {
      v = evalNode(x, env);
      if (n.op === ast.And ? !A.PyObject_IsTrue(v) : A.PyObject_IsTrue(v)) return v;
    }
    return v;
  }
  if (n instanceof ast.IfExp) return A.PyObject_IsTrue(evalNode(n.test, env)) ? evalNode(n.body, env) : evalNode(n.orelse, env);
  if (n instanceof ast.NamedExpr) {
    const v = evalNode(n.value, env);
    env.set((n.target as ast.Name).id, v);
    return v;
  }
  if (n instanceof ast.Subscript) {
    const o = evalNode(n.value, env);
    const key = evalNode(n.slice, env);
    if (o instanceof PyList && typeof key === "number") return o.items[key < 0 ? key + o.items.length : key];
    if (o instanceof PyList && key instanceof TestSlice && key.step === Py_None) {
      // list slicing belongs to listobject.ts; the tests need only [a:] here.
      return PyList_FromArray(o.items.slice(key.start === Py_None ? 0 : (key.start as number)));
    }
    return A.PyObject_GetItem(o, key);
  }
  if (n instanceof ast.Slice) {
    const g = (x: ast.expr | null): PyObject => (x === null ? Py_None : evalNode(x, env));
    return new TestSlice(g(n.lower), g(n.upper), g(n.step));
  }
  if (n instanceof ast.Tuple) return PyTuple_FromArray(n.elts.map((e) => evalNode(e, env)));
  if (n instanceof ast.List) return PyList_FromArray(n.elts.map((e) => evalNode(e, env)));
  if (n instanceof ast.Dict) {
    const d = new PyDict();
    n.keys.forEach((k, i) => d.setItem(evalNode(k!, env), evalNode(n.values[i], env)));
    return d;
  }
  if (n instanceof ast.ListComp) {
    const g = n.generators[0];
    const out: PyObject[] = [];
    const name = (g.target as ast.Name).id;
    for (const x of A.iterate(evalNode(g.iter, env))) {
      const inner = new Map(env);
      inner.set(name, x);
      if (g.ifs.every((c) => A.PyObject_IsTrue(evalNode(c, inner)))) out.push(evalNode(n.elt, inner));
    }
    return PyList_FromArray(out);
  }
  if (n instanceof ast.JoinedStr) {
    let s = "";
    for (const v of n.values) s += (evalNode(v, env) as PyStr).value;
    return PyUnicode_FromString(s);
  }
  if (n instanceof ast.FormattedValue) {
    let v = evalNode(n.value, env);
    if (n.conversion === 115) v = A.PyObject_Str(v);
    else if (n.conversion === 114) v = A.PyObject_Repr(v);
    else if (n.conversion === 97) v = A.PyObject_ASCII(v);
    const spec = n.format_spec === null ? PyUnicode_FromString("") : (evalNode(n.format_spec, env) as PyStr);
    return A.PyObject_Format(v, spec);
  }
  throw new Error(`testeval: unsupported node ${n.constructor.name}`);
}

/** Evaluates one expression: its repr, or "Type: message" as cpython_eval reports it. */
export function evalInTaipan(src: string): string {
  try {
    const tree = parse(src, "<test>", "eval") as ast.Expression;
    return testRepr(evalNode(tree.body, new Map()));
  } catch (e) {
    if (e instanceof PyBaseException) return `${Py_TYPE(e).ht_name}: ${A.PyObject_StrStr(e)}`;
    return `JS ${e instanceof Error ? e.stack : String(e)}`;
  }
}

void PyBytes_Type;
