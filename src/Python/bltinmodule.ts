// The builtins module (CPython's Python/bltinmodule.c): builtin functions, zip/map/filter, and
// the table binding every builtin type and exception.
import {
  PyObject,
  PyObjectBase,
  PyTypeObject,
  PyStr,
  PyTuple,
  PyList,
  PyLong,
  PyFloat,
  PyBytes,
  Py_None,
  Py_True,
  Py_False,
  Py_NotImplemented,
  Py_Ellipsis,
  Py_TYPE,
  PyUnicode_FromString,
  PyUnicode_InternFromString,
  PyTuple_FromArray,
  PyList_FromArray,
  PyType_FromSpec,
  PyBaseObject_Type,
  PyType_Type,
  PyLong_Type,
  PyBool_Type,
  PyFloat_Type,
  PyUnicode_Type,
  PyBytes_Type,
  PyTuple_Type,
  PyList_Type,
  PyDict_Type,
  PySet_Type,
  PyFrozenSet_Type,
  PySlice_Type,
  PyByteArray_Type,
  Py_LT,
  Py_GT,
  METH_O,
  METH_NOARGS,
  METH_FASTCALL,
  METH_KEYWORDS,
  PyMethodDef,
  HeapInstance,
  findStaticType,
} from "../Objects/object";
import { PyErr_SetString, PyErr_NewException, PyErr_ExceptionMatches, MSG } from "./errors";
import * as exc from "../Objects/exceptions";
import * as A from "../Objects/abstract";
import { PyDict } from "../Objects/dictobject";
import { PyCFunctionObject } from "../Objects/methodobject";
import { PyModuleObject, PyModule_Type } from "../Objects/moduleobject";
import { PyFunctionObject } from "../Objects/funcobject";
import { PyCellObject } from "../Objects/cellobject";
import * as typeobject from "../Objects/typeobject";
import * as longobject from "../Objects/longobject";
import * as floatobject from "../Objects/floatobject";
import { PyArg_UnpackKeywords, PyArg_NoKeywords, PyArg_CheckPositional } from "./getargs";
import { tstate } from "./pystate";
import type { Frame } from "./ceval";
import { frameLocals } from "../Objects/frameobject";
import { PyProperty_Type } from "../Objects/descrobject";
import { PyClassMethod_Type, PyStaticMethod_Type } from "../Objects/funcobject";

// Modules that import this one, reached lazily (see the load-order rule in object.ts) and kept:
// in the bundle each require() of an ES module copies its exports.
let cevalModule: typeof import("./ceval") | undefined;
let sysModule: typeof import("./sysmodule") | undefined;
let pythonrunModule: typeof import("./pythonrun") | undefined;
function ceval(): typeof import("./ceval") {
  return (cevalModule ??= require("./ceval") as typeof import("./ceval"));
}
function sys(): typeof import("./sysmodule") {
  return (sysModule ??= require("./sysmodule") as typeof import("./sysmodule"));
}
function pythonrun(): typeof import("./pythonrun") {
  return (pythonrunModule ??= require("./pythonrun") as typeof import("./pythonrun"));
}

// ─── functions ───────────────────────────────────────────────────────────────────────────────

function builtin_print(_self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - nkw;
  let sep: PyObject = Py_None;
  let end: PyObject = Py_None;
  let file: PyObject = Py_None;
  let flush: PyObject = Py_False;
  for (let i = 0; i < nkw; i++) {
    const k = kwnames![i];
    const v = args[npos + i];
    if (k === "sep") sep = v;
    else if (k === "end") end = v;
    else if (k === "file") file = v;
    else if (k === "flush") flush = v;
    else PyErr_SetString(exc.PyExc_TypeError, `'${k}' is an invalid keyword argument for print()`);
  }
  if (file === Py_None) {
    file = sys().sysGet("stdout") ?? Py_None;
    if (file === Py_None) return Py_None;
  }
  if (sep !== Py_None && !(sep instanceof PyStr)) PyErr_SetString(exc.PyExc_TypeError, `sep must be None or a string, not ${Py_TYPE(sep).ht_name}`);
  if (end !== Py_None && !(end instanceof PyStr)) PyErr_SetString(exc.PyExc_TypeError, `end must be None or a string, not ${Py_TYPE(end).ht_name}`);
  const sepS = sep instanceof PyStr ? sep.value : " ";
  const endS = end instanceof PyStr ? end.value : "\n";
  const write = A.PyObject_GetAttr(file, "write");
  const fast = sys().fastWriter(file);
  if (fast !== null) {
    let s = "";
    for (let i = 0; i < npos; i++) {
      if (i > 0) s += sepS;
      s += A.PyObject_StrStr(args[i]);
    }
    fast(s + endS);
  } else {
    for (let i = 0; i < npos; i++) {
      if (i > 0) A.PyObject_CallOneArg(write, PyUnicode_FromString(sepS));
      A.PyObject_CallOneArg(write, A.PyObject_Str(args[i]));
    }
    A.PyObject_CallOneArg(write, PyUnicode_FromString(endS));
  }
  if (A.PyObject_IsTrue(flush)) A.PyObject_CallMethod(file, "flush", []);
  return Py_None;
}

function builtin_repr(_s: PyObject, o: PyObject): PyObject {
  return A.PyObject_Repr(o);
}

function builtin_ascii(_s: PyObject, o: PyObject): PyObject {
  return A.PyObject_ASCII(o);
}

function builtin_len(_s: PyObject, o: PyObject): PyObject {
  return A.PyObject_Size(o);
}

function builtin_isinstance(_s: PyObject, args: PyObject[]): PyObject {
  PyArg_CheckPositional("isinstance", args.length, 2, 2);
  return A.PyObject_IsInstance(args[0], args[1]) ? Py_True : Py_False;
}

function builtin_issubclass(_s: PyObject, args: PyObject[]): PyObject {
  PyArg_CheckPositional("issubclass", args.length, 2, 2);
  return A.PyObject_IsSubclass(args[0], args[1]) ? Py_True : Py_False;
}

function attrName(o: PyObject, fname: string): string {
  if (!(o instanceof PyStr)) PyErr_SetString(exc.PyExc_TypeError, `attribute name must be string, not '${Py_TYPE(o).ht_name}'`);
  void fname;
  return o.value;
}

function builtin_getattr(_s: PyObject, args: PyObject[]): PyObject {
  PyArg_CheckPositional("getattr", args.length, 2, 3);
  const name = attrName(args[1], "getattr");
  if (args.length === 3) {
    const v = A.PyObject_LookupAttr(args[0], name);
    return v === undefined ? args[2] : v;
  }
  return A.PyObject_GetAttr(args[0], name);
}

function builtin_setattr(_s: PyObject, args: PyObject[]): PyObject {
  PyArg_CheckPositional("setattr", args.length, 3, 3);
  A.PyObject_SetAttr(args[0], attrName(args[1], "setattr"), args[2]);
  return Py_None;
}

function builtin_delattr(_s: PyObject, args: PyObject[]): PyObject {
  PyArg_CheckPositional("delattr", args.length, 2, 2);
  A.PyObject_SetAttr(args[0], attrName(args[1], "delattr"), null);
  return Py_None;
}

function builtin_hasattr(_s: PyObject, args: PyObject[]): PyObject {
  PyArg_CheckPositional("hasattr", args.length, 2, 2);
  return A.PyObject_LookupAttr(args[0], attrName(args[1], "hasattr")) !== undefined ? Py_True : Py_False;
}

function builtin_iter(_s: PyObject, args: PyObject[]): PyObject {
  PyArg_CheckPositional("iter", args.length, 1, 2);
  if (args.length === 1) return A.PyObject_GetIter(args[0]);
  if (!A.PyCallable_Check(args[0])) PyErr_SetString(exc.PyExc_TypeError, "iter(v, w): v must be callable");
  return new PyCallIterObject(args[0], args[1]);
}

function builtin_next(_s: PyObject, args: PyObject[]): PyObject {
  PyArg_CheckPositional("next", args.length, 1, 2);
  const it = args[0];
  const f = Py_TYPE(it).tp_iternext;
  if (f === null) PyErr_SetString(exc.PyExc_TypeError, `'${Py_TYPE(it).ht_name}' object is not an iterator`);
  let r: PyObject | undefined;
  try {
    r = f(it);
  } catch (e) {
    if (args.length === 2 && PyErr_ExceptionMatches(e, exc.PyExc_StopIteration)) return args[1];
    throw e;
  }
  if (r === undefined) {
    if (args.length === 2) return args[1];
    throw PyErr_NewException(exc.PyExc_StopIteration, []);
  }
  return r;
}

function builtin_abs(_s: PyObject, o: PyObject): PyObject {
  return A.PyNumber_Absolute(o);
}

function builtin_hash(_s: PyObject, o: PyObject): PyObject {
  const h = A.PyObject_Hash(o);
  return typeof h === "number" ? h : longobject.PyLong_FromBigInt(h);
}

function builtin_id(_s: PyObject, o: PyObject): PyObject {
  return A.PyObject_Id(o);
}

function builtin_callable(_s: PyObject, o: PyObject): PyObject {
  return A.PyCallable_Check(o) ? Py_True : Py_False;
}

function builtin_chr(_s: PyObject, o: PyObject): PyObject {
  const big = A.PyNumber_Index(o);
  if (typeof big !== "number" || big < -2147483648 || big > 2147483647) PyErr_SetString(exc.PyExc_OverflowError, "Python int too large to convert to C int");
  if (big < 0 || big > 0x10ffff) PyErr_SetString(exc.PyExc_ValueError, "chr() arg not in range(0x110000)");
  return PyUnicode_FromString(String.fromCodePoint(big));
}

function builtin_ord(_s: PyObject, o: PyObject): PyObject {
  if (o instanceof PyStr) {
    const s = o.value;
    const n = [...s].length;
    if (n !== 1) PyErr_SetString(exc.PyExc_TypeError, `ord() expected a character, but string of length ${n} found`);
    return s.codePointAt(0)!;
  }
  if (o instanceof PyBytes) {
    if (o.value.length !== 1) PyErr_SetString(exc.PyExc_TypeError, `ord() expected a character, but string of length ${o.value.length} found`);
    return o.value[0];
  }
  const view = (o as unknown as { bytesView?: () => Uint8Array }).bytesView;
  if (typeof view === "function") {
    const b = view.call(o);
    if (b.length !== 1) PyErr_SetString(exc.PyExc_TypeError, `ord() expected a character, but string of length ${b.length} found`);
    return b[0];
  }
  PyErr_SetString(exc.PyExc_TypeError, `ord() expected string of length 1, but ${Py_TYPE(o).ht_name} found`);
}

function builtin_divmod(_s: PyObject, args: PyObject[]): PyObject {
  PyArg_CheckPositional("divmod", args.length, 2, 2);
  return A.PyNumber_Divmod(args[0], args[1]);
}

function builtin_pow(_s: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [base, exp, mod] = PyArg_UnpackKeywords({ fname: "pow", names: ["base", "exp", "mod"], required: 2 }, args, kwnames);
  return A.PyNumber_Power(base!, exp!, mod ?? Py_None);
}

function builtin_round(_s: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [number, ndigits] = PyArg_UnpackKeywords({ fname: "round", names: ["number", "ndigits"], required: 1 }, args, kwnames);
  const r = typeobject.call_maybe(number!, "__round__", ndigits === null || ndigits === Py_None ? [] : [ndigits]);
  if (r === undefined) PyErr_SetString(exc.PyExc_TypeError, `type ${Py_TYPE(number!).ht_name} doesn't define __round__ method`);
  return r;
}

function builtin_format(_s: PyObject, args: PyObject[]): PyObject {
  PyArg_CheckPositional("format", args.length, 1, 2);
  const spec = args.length > 1 ? args[1] : PyUnicode_InternFromString("");
  if (!(spec instanceof PyStr)) PyErr_SetString(exc.PyExc_TypeError, `format() argument 2 must be str, not ${Py_TYPE(spec).ht_name}`);
  return A.PyObject_Format(args[0], spec);
}

function minmax(args: PyObject[], kwnames: string[] | null, op: number, name: string): PyObject {
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - nkw;
  let key: PyObject = Py_None;
  let dflt: PyObject | null = null;
  for (let i = 0; i < nkw; i++) {
    if (kwnames![i] === "key") key = args[npos + i];
    else if (kwnames![i] === "default") dflt = args[npos + i];
    else PyErr_SetString(exc.PyExc_TypeError, `'${kwnames![i]}' is an invalid keyword argument for ${name}()`);
  }
  if (npos === 0) PyErr_SetString(exc.PyExc_TypeError, `${name} expected at least 1 argument, got 0`);
  let items: Iterable<PyObject>;
  if (npos === 1) items = A.iterate(args[0]);
  else {
    if (dflt !== null) PyErr_SetString(exc.PyExc_TypeError, `Cannot specify a default for ${name}() with multiple positional arguments`);
    items = args.slice(0, npos);
  }
  let best: PyObject | null = null;
  let bestKey: PyObject | null = null;
  for (const x of items) {
    const k = key === Py_None ? x : A.PyObject_CallOneArg(key, x);
    if (best === null || A.PyObject_RichCompareBool(k, bestKey!, op)) {
      best = x;
      bestKey = k;
    }
  }
  if (best === null) {
    if (dflt !== null) return dflt;
    PyErr_SetString(exc.PyExc_ValueError, `${name}() arg is an empty sequence`);
  }
  return best;
}

function builtin_min(_s: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  return minmax(args, kw, Py_LT, "min");
}
function builtin_max(_s: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  return minmax(args, kw, Py_GT, "max");
}

function builtin_sum(_s: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [iterable, startArg] = PyArg_UnpackKeywords({ fname: "sum", names: ["", "start"], posonly: 1, required: 1 }, args, kwnames);
  let result: PyObject = startArg ?? 0;
  if (result instanceof PyStr) PyErr_SetString(exc.PyExc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  if (result instanceof PyBytes) PyErr_SetString(exc.PyExc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
  if (Py_TYPE(result) === PyByteArray_Type) PyErr_SetString(exc.PyExc_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
  for (const x of A.iterate(iterable!)) {
    if (typeof result === "number" && typeof x === "number") {
      const r = result + x;
      if (Number.isSafeInteger(r)) {
        result = r;
        continue;
      }
    }
    if (result instanceof PyFloat && result.ob_type === PyFloat_Type && x instanceof PyFloat && x.ob_type === PyFloat_Type) {
      result = new PyFloat(result.value + x.value);
      continue;
    }
    result = A.PyNumber_Add(result, x);
  }
  return result;
}

function builtin_any(_s: PyObject, o: PyObject): PyObject {
  for (const x of A.iterate(o)) if (A.PyObject_IsTrue(x)) return Py_True;
  return Py_False;
}

function builtin_all(_s: PyObject, o: PyObject): PyObject {
  for (const x of A.iterate(o)) if (!A.PyObject_IsTrue(x)) return Py_False;
  return Py_True;
}

function builtin_sorted(_s: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const nkw = kwnames ? kwnames.length : 0;
  if (args.length - nkw !== 1) PyErr_SetString(exc.PyExc_TypeError, `sorted expected 1 argument, got ${args.length - nkw}`);
  const list = A.PySequence_List(args[0]);
  A.PyObject_CallMethod(list, "sort", args.slice(1), kwnames);
  return list;
}

function numberToBase(o: PyObject, base: number, prefix: string): PyObject {
  const v = longobject.PyLong_AsBigInt(A.PyNumber_Index(o));
  const neg = v < 0n;
  const s = (neg ? -v : v).toString(base);
  return PyUnicode_FromString(`${neg ? "-" : ""}${prefix}${s}`);
}

function builtin_vars(_s: PyObject, args: PyObject[]): PyObject {
  PyArg_CheckPositional("vars", args.length, 0, 1);
  if (args.length === 0) return builtin_locals(_s);
  const d = A.PyObject_LookupAttr(args[0], "__dict__");
  if (d === undefined) PyErr_SetString(exc.PyExc_TypeError, "vars() argument must have __dict__ attribute");
  return d;
}

function builtin_locals(_s: PyObject): PyObject {
  const f = tstate.frame as Frame | null;
  if (f === null) PyErr_SetString(exc.PyExc_SystemError, "no current frame");
  return frameLocals(f);
}

function builtin_globals(_s: PyObject): PyObject {
  const f = tstate.frame as Frame | null;
  if (f === null) PyErr_SetString(exc.PyExc_SystemError, "no current frame");
  return f.f_globals;
}

function builtin_dir(_s: PyObject, args: PyObject[]): PyObject {
  PyArg_CheckPositional("dir", args.length, 0, 1);
  let names: PyObject;
  if (args.length === 0) names = A.PySequence_List(A.PyObject_CallMethod(builtin_locals(_s), "keys", []));
  else {
    const f = typeobject._PyType_Lookup(Py_TYPE(args[0]), "__dir__");
    if (f === null) PyErr_SetString(exc.PyExc_TypeError, "object does not provide __dir__");
    names = A.PySequence_List(typeobject.vectorcall_method("__dir__", args[0], []));
  }
  A.PyObject_CallMethod(names, "sort", []);
  return names;
}

/** The globals/locals eval() and exec() use by default. */
function callerNamespaces(globals: PyObject | null, locals: PyObject | null, fname: string): [PyDict, PyObject] {
  if (globals === Py_None) globals = null;
  if (locals === Py_None) locals = null;
  if (globals !== null && !(globals instanceof PyDict)) {
    PyErr_SetString(exc.PyExc_TypeError, fname === "eval" ? `globals must be a real dict; try eval(expr, {}, mapping)` : `exec() globals must be a dict, not ${Py_TYPE(globals).ht_name}`);
  }
  if (locals !== null && !A.PyMapping_Check(locals)) {
    PyErr_SetString(exc.PyExc_TypeError, fname === "eval" ? "locals must be a mapping" : `locals must be a mapping or None, not ${Py_TYPE(locals).ht_name}`);
  }
  if (globals === null) {
    const f = tstate.frame as Frame | null;
    if (f === null) PyErr_SetString(exc.PyExc_SystemError, "globals and locals cannot be NULL");
    globals = f.f_globals;
    if (locals === null) locals = frameLocals(f);
  } else if (locals === null) locals = globals;
  const g = globals as PyDict;
  if (g.getStr("__builtins__") === undefined) g.setStr("__builtins__", builtinsModule());
  return [g, locals];
}

function sourceOf(o: PyObject, fname: string): string | null {
  if (o instanceof PyStr) return o.value;
  if (o instanceof PyBytes) return Buffer.from(o.value).toString("utf8");
  const view = (o as unknown as { bytesView?: () => Uint8Array }).bytesView;
  if (typeof view === "function") return Buffer.from(view.call(o)).toString("utf8");
  if (Py_TYPE(o).tp_name === "code") return null;
  PyErr_SetString(exc.PyExc_TypeError, `${fname}() arg 1 must be a string, bytes or code object`);
}

function builtin_eval(_s: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [source, globals, locals] = PyArg_UnpackKeywords({ fname: "eval", names: ["", "globals", "locals"], posonly: 1, required: 1 }, args, kwnames);
  const [g, l] = callerNamespaces(globals, locals, "eval");
  const text = sourceOf(source!, "eval");
  const code = text === null ? source! : pythonrun().compileSource(text.replace(/^[ \t]+/, ""), "<string>", "eval", 0);
  return ceval().PyEval_EvalCode(code as never, g, l);
}

function builtin_exec(_s: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [source, globals, locals, closure] = PyArg_UnpackKeywords(
    { fname: "exec", names: ["", "globals", "locals", "closure"], posonly: 1, required: 1, maxpos: 3 },
    args,
    kwnames,
  );
  const [g, l] = callerNamespaces(globals, locals, "exec");
  const text = sourceOf(source!, "exec");
  const code = text === null ? source! : pythonrun().compileSource(text, "<string>", "exec", 0);
  ceval().PyEval_EvalCode(code as never, g, l, null, closure && closure !== Py_None ? (closure as PyTuple) : null);
  return Py_None;
}

function builtin_compile(_s: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [source, filename, mode, flags, dontInherit, optimize] = PyArg_UnpackKeywords(
    { fname: "compile", names: ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"], required: 3 },
    args,
    kwnames,
  );
  void dontInherit;
  void optimize;
  if (!(mode instanceof PyStr) || !["exec", "eval", "single", "func_type"].includes(mode.value)) {
    PyErr_SetString(exc.PyExc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  }
  const fname = filename instanceof PyStr ? filename.value : A.PyObject_StrStr(A.PyObject_CallMethod(filename!, "__fspath__", []));
  const text = sourceOf(source!, "compile");
  if (text === null) return source!;
  return pythonrun().compileSource(text, fname, mode.value as "exec", flags === null ? 0 : (flags as number)) as unknown as PyObject;
}

function builtin_input(_s: PyObject, args: PyObject[]): PyObject {
  PyArg_CheckPositional("input", args.length, 0, 1);
  const out = sys().sysGet("stdout");
  if (args.length && out) A.PyObject_CallMethod(out, "write", [A.PyObject_Str(args[0])]);
  if (out) A.PyObject_CallMethod(out, "flush", []);
  const line = sys().readStdinLine();
  if (line === null) PyErr_SetString(exc.PyExc_EOFError, "EOF when reading a line");
  return PyUnicode_FromString(line.endsWith("\n") ? line.slice(0, -1) : line);
}

/** __build_class__(func, name, *bases, metaclass=None, **kwds) */
function builtin___build_class__(_s: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - nkw;
  if (npos < 2) PyErr_SetString(exc.PyExc_TypeError, "__build_class__: not enough arguments");
  const func = args[0];
  if (!(func instanceof PyFunctionObject)) PyErr_SetString(exc.PyExc_TypeError, "__build_class__: func must be a function");
  const name = args[1];
  if (!(name instanceof PyStr)) PyErr_SetString(exc.PyExc_TypeError, "__build_class__: name is not a string");
  const origBases = args.slice(2, npos);
  // update_bases: __mro_entries__
  let bases: PyObject[] = origBases;
  let changed = false;
  for (let i = 0; i < origBases.length; i++) {
    const b = origBases[i];
    if (b instanceof PyTypeObject) continue;
    const me = A.PyObject_LookupAttr(b, "__mro_entries__");
    if (me === undefined) continue;
    const r = A.PyObject_CallOneArg(me, PyTuple_FromArray(origBases));
    if (!(r instanceof PyTuple)) PyErr_SetString(exc.PyExc_TypeError, "__mro_entries__ must return a tuple");
    if (!changed) bases = origBases.slice(0, i);
    changed = true;
    bases.push(...r.items);
    continue;
  }
  if (changed) {
    // keep the rest of the bases after the first replaced one
    const rebuilt: PyObject[] = [];
    for (const b of origBases) {
      if (b instanceof PyTypeObject) {
        rebuilt.push(b);
        continue;
      }
      const me = A.PyObject_LookupAttr(b, "__mro_entries__");
      if (me === undefined) rebuilt.push(b);
      else rebuilt.push(...(A.PyObject_CallOneArg(me, PyTuple_FromArray(origBases)) as PyTuple).items);
    }
    bases = rebuilt;
  }
  let meta: PyObject | null = null;
  const kwNames: string[] = [];
  const kwValues: PyObject[] = [];
  for (let i = 0; i < nkw; i++) {
    if (kwnames![i] === "metaclass") meta = args[npos + i];
    else {
      kwNames.push(kwnames![i]);
      kwValues.push(args[npos + i]);
    }
  }
  const basesTuple = PyTuple_FromArray(bases);
  let isclass = false;
  if (meta === null) {
    meta = bases.length === 0 ? PyType_Type : Py_TYPE(bases[0]);
    isclass = true;
  } else isclass = meta instanceof PyTypeObject;
  if (isclass) meta = typeobject._PyType_CalculateMetaclass(meta as PyTypeObject, bases);
  const prep = A.PyObject_LookupAttr(meta, "__prepare__");
  let ns: PyObject;
  if (prep === undefined) ns = new PyDict();
  else ns = A.PyObject_Vectorcall(prep, [name, basesTuple, ...kwValues], kwNames.length ? kwNames : null);
  if (!(ns instanceof PyDict) && !A.PyMapping_Check(ns)) {
    PyErr_SetString(
      exc.PyExc_TypeError,
      `${meta instanceof PyTypeObject ? meta.ht_name : "<metaclass>"}.__prepare__() must return a mapping, not ${Py_TYPE(ns).ht_name}`,
    );
  }
  const cell = ceval().runClassBody(func, ns);
  if (changed) A.PyObject_SetItem(ns, PyUnicode_InternFromString("__orig_bases__"), PyTuple_FromArray(origBases));
  const cls = A.PyObject_Vectorcall(meta, [name, basesTuple, ns, ...kwValues], kwNames.length ? kwNames : null);
  if (cls instanceof PyTypeObject && cell instanceof PyCellObject) {
    const cellCls = cell.ob_ref;
    if (cellCls !== cls) {
      if (cellCls === null) {
        PyErr_SetString(exc.PyExc_RuntimeError, `__class__ not set defining ${A.PyObject_ReprStr(name)} as ${A.PyObject_ReprStr(cls)}. Was __classcell__ propagated to type.__new__?`);
      }
      PyErr_SetString(exc.PyExc_TypeError, `__class__ set to ${A.PyObject_ReprStr(cellCls)} defining ${A.PyObject_ReprStr(name)} as ${A.PyObject_ReprStr(cls)}`);
    }
  }
  return cls;
}

function builtin___import__(_s: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [name, globals, _locals, fromlist, level] = PyArg_UnpackKeywords(
    { fname: "__import__", names: ["name", "globals", "locals", "fromlist", "level"], required: 1 },
    args,
    kwnames,
  );
  return pythonrun().importModule(name!, globals ?? Py_None, fromlist ?? Py_None, level ?? 0);
}

/** PyObject_GetAIter */
function builtin_aiter(_s: PyObject, o: PyObject): PyObject {
  const t = Py_TYPE(o);
  if (t.am_aiter === null) PyErr_SetString(exc.PyExc_TypeError, `'${t.ht_name}' object is not an async iterable`);
  const it = t.am_aiter(o);
  if (Py_TYPE(it).am_anext === null) PyErr_SetString(exc.PyExc_TypeError, `aiter() returned not an async iterator of type '${Py_TYPE(it).ht_name}'`);
  return it;
}

function builtin_anext(_s: PyObject, args: PyObject[]): PyObject {
  PyArg_CheckPositional("anext", args.length, 1, 2);
  const t = Py_TYPE(args[0]);
  if (t.am_anext === null) PyErr_SetString(exc.PyExc_TypeError, `'${t.ht_name}' object is not an async iterator`);
  const awaitable = t.am_anext(args[0]);
  if (args.length === 1) return awaitable;
  return new PyAnextAwaitable(awaitable, args[1]);
}

// ─── callable_iterator (iter(callable, sentinel)) ────────────────────────────────────────────

class PyCallIterObject extends PyObjectBase {
  constructor(public callable: PyObject | null, readonly sentinel: PyObject) {
    super();
    this.ob_type = PyCallIter_Type;
  }
}

const PyCallIter_Type: PyTypeObject = PyType_FromSpec({
  name: "callable_iterator",
  base: PyBaseObject_Type,
  instanceClass: PyCallIterObject,
  slots: {
    tp_iter: (o) => o,
    tp_iternext: (o) => {
      const it = o as PyCallIterObject;
      if (it.callable === null) return undefined;
      let r: PyObject;
      try {
        r = A.PyObject_CallNoArgs(it.callable);
      } catch (e) {
        if (PyErr_ExceptionMatches(e, exc.PyExc_StopIteration)) {
          it.callable = null;
          return undefined;
        }
        throw e;
      }
      if (A.PyObject_RichCompareBool(it.sentinel, r, 2)) {
        it.callable = null;
        return undefined;
      }
      return r;
    },
  },
});

// ─── anext(it, default) awaitable ────────────────────────────────────────────────────────────

class PyAnextAwaitable extends PyObjectBase {
  constructor(readonly wrapped: PyObject, readonly dflt: PyObject) {
    super();
    this.ob_type = PyAnextAwaitable_Type;
  }
}

function anext_step(a: PyAnextAwaitable, f: (it: PyObject) => PyObject): PyObject {
  const gen = require("../Objects/genobject") as typeof import("../Objects/genobject");
  let it = gen.getAwaitableIter(a.wrapped, 0);
  // Of what that returns only coroutines lack __next__: iterate their __await__().
  if (Py_TYPE(it).tp_iternext === null) it = Py_TYPE(it).am_await!(it);
  try {
    return f(it);
  } catch (e) {
    if (PyErr_ExceptionMatches(e, exc.PyExc_StopAsyncIteration)) throw exc.newStopIteration(a.dflt);
    throw e;
  }
}

const PyAnextAwaitable_Type: PyTypeObject = PyType_FromSpec({
  name: "anext_awaitable",
  base: PyBaseObject_Type,
  instanceClass: PyAnextAwaitable,
  slots: {
    am_await: (o) => o,
    tp_iter: (o) => o,
    tp_iternext: (o) => anext_step(o as PyAnextAwaitable, (it) => {
      const r = Py_TYPE(it).tp_iternext!(it);
      if (r === undefined) throw PyErr_NewException(exc.PyExc_StopIteration, []);
      return r;
    }),
  },
  methods: [
    { name: "send", flags: METH_O, meth: (a: PyAnextAwaitable, v: PyObject) => anext_step(a, (it) => A.PyObject_CallMethod(it, "send", [v])) },
    { name: "throw", flags: METH_FASTCALL, meth: (a: PyAnextAwaitable, args: PyObject[]) => anext_step(a, (it) => A.PyObject_CallMethod(it, "throw", args)) },
    { name: "close", flags: METH_NOARGS, meth: (a: PyAnextAwaitable) => anext_step(a, (it) => A.PyObject_CallMethod(it, "close", [])) },
  ],
});

// ─── zip, map, filter (bltinmodule.c) ────────────────────────────────────────────────────────

class PyZipObject extends PyObjectBase implements HeapInstance {
  dict = null;
  slots: (PyObject | null)[] | null = null;
  iters: PyObject[] = [];
  strict = false;
  constructor(type: PyTypeObject) {
    super();
    this.ob_type = type;
  }
}

function zip_new(type: PyTypeObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const nkw = kwnames ? kwnames.length : 0;
  const z = new PyZipObject(type);
  for (let i = 0; i < nkw; i++) {
    if (kwnames![i] === "strict") z.strict = A.PyObject_IsTrue(args[args.length - nkw + i]);
    else PyErr_SetString(exc.PyExc_TypeError, `'${kwnames![i]}' is an invalid keyword argument for zip()`);
  }
  const n = args.length - nkw;
  for (let i = 0; i < n; i++) {
    z.iters.push(A.PyObject_GetIter(args[i]));
  }
  return z;
}

function zip_next(o: PyObject): PyObject | undefined {
  const z = o as PyZipObject;
  const n = z.iters.length;
  if (n === 0) return undefined;
  const out: PyObject[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const v = A.PyIter_Next(z.iters[i]);
    if (v === undefined) {
      if (z.strict) {
        if (i > 0) {
          PyErr_SetString(exc.PyExc_ValueError, `zip() argument ${i + 1} is shorter than argument${i === 1 ? "" : "s"} 1${i === 1 ? "" : `-${i}`}`);
        }
        for (let j = 1; j < n; j++) {
          if (A.PyIter_Next(z.iters[j]) !== undefined) {
            PyErr_SetString(exc.PyExc_ValueError, `zip() argument ${j + 1} is longer than argument${j === 1 ? "" : "s"} 1${j === 1 ? "" : `-${j}`}`);
          }
        }
      }
      return undefined;
    }
    out[i] = v;
  }
  return PyTuple_FromArray(out);
}

const PyZip_Type: PyTypeObject = PyType_FromSpec({
  name: "zip",
  base: PyBaseObject_Type,
  flags: 1 << 10,
  instanceClass: PyZipObject,
  slots: { tp_new: zip_new, tp_iter: (o) => o, tp_iternext: zip_next },
});

class PyMapObject extends PyObjectBase implements HeapInstance {
  dict = null;
  slots: (PyObject | null)[] | null = null;
  func: PyObject = Py_None;
  iters: PyObject[] = [];
  constructor(type: PyTypeObject) {
    super();
    this.ob_type = type;
  }
}

function map_new(type: PyTypeObject, args: PyObject[], kwnames: string[] | null): PyObject {
  if (type === PyMap_Type) PyArg_NoKeywords("map", kwnames);
  if (args.length < 2) PyErr_SetString(exc.PyExc_TypeError, "map() must have at least two arguments.");
  const m = new PyMapObject(type);
  m.func = args[0];
  for (let i = 1; i < args.length; i++) m.iters.push(A.PyObject_GetIter(args[i]));
  return m;
}

function map_next(o: PyObject): PyObject | undefined {
  const m = o as PyMapObject;
  const vals: PyObject[] = [];
  for (const it of m.iters) {
    const v = A.PyIter_Next(it);
    if (v === undefined) return undefined;
    vals.push(v);
  }
  return A.PyObject_Vectorcall(m.func, vals, null);
}

const PyMap_Type: PyTypeObject = PyType_FromSpec({
  name: "map",
  base: PyBaseObject_Type,
  flags: 1 << 10,
  instanceClass: PyMapObject,
  slots: { tp_new: map_new, tp_iter: (o) => o, tp_iternext: map_next },
});

class PyFilterObject extends PyObjectBase implements HeapInstance {
  dict = null;
  slots: (PyObject | null)[] | null = null;
  func: PyObject = Py_None;
  it: PyObject = Py_None;
  constructor(type: PyTypeObject) {
    super();
    this.ob_type = type;
  }
}

function filter_new(type: PyTypeObject, args: PyObject[], kwnames: string[] | null): PyObject {
  if (type === PyFilter_Type) PyArg_NoKeywords("filter", kwnames);
  PyArg_CheckPositional("filter", args.length, 2, 2);
  const f = new PyFilterObject(type);
  f.func = args[0];
  f.it = A.PyObject_GetIter(args[1]);
  return f;
}

function filter_next(o: PyObject): PyObject | undefined {
  const f = o as PyFilterObject;
  for (;;) {
    const v = A.PyIter_Next(f.it);
    if (v === undefined) return undefined;
    const ok = f.func === Py_None || f.func === PyBool_Type ? A.PyObject_IsTrue(v) : A.PyObject_IsTrue(A.PyObject_CallOneArg(f.func, v));
    if (ok) return v;
  }
}

const PyFilter_Type: PyTypeObject = PyType_FromSpec({
  name: "filter",
  base: PyBaseObject_Type,
  flags: 1 << 10,
  instanceClass: PyFilterObject,
  slots: { tp_new: filter_new, tp_iter: (o) => o, tp_iternext: filter_next },
});

// ─── the module ──────────────────────────────────────────────────────────────────────────────

const FK = METH_FASTCALL | METH_KEYWORDS;
const FUNCTIONS: PyMethodDef[] = [
  { name: "__build_class__", meth: builtin___build_class__, flags: FK },
  { name: "__import__", meth: builtin___import__, flags: FK },
  { name: "abs", meth: builtin_abs, flags: METH_O },
  { name: "aiter", meth: builtin_aiter, flags: METH_O },
  { name: "all", meth: builtin_all, flags: METH_O },
  { name: "anext", meth: builtin_anext, flags: METH_FASTCALL },
  { name: "any", meth: builtin_any, flags: METH_O },
  { name: "ascii", meth: builtin_ascii, flags: METH_O },
  { name: "bin", meth: (_s: PyObject, o: PyObject) => numberToBase(o, 2, "0b"), flags: METH_O },
  { name: "callable", meth: builtin_callable, flags: METH_O },
  { name: "chr", meth: builtin_chr, flags: METH_O },
  { name: "compile", meth: builtin_compile, flags: FK },
  { name: "delattr", meth: builtin_delattr, flags: METH_FASTCALL },
  { name: "dir", meth: builtin_dir, flags: METH_FASTCALL },
  { name: "divmod", meth: builtin_divmod, flags: METH_FASTCALL },
  { name: "eval", meth: builtin_eval, flags: FK },
  { name: "exec", meth: builtin_exec, flags: FK },
  { name: "format", meth: builtin_format, flags: METH_FASTCALL },
  { name: "getattr", meth: builtin_getattr, flags: METH_FASTCALL },
  { name: "globals", meth: builtin_globals, flags: METH_NOARGS },
  { name: "hasattr", meth: builtin_hasattr, flags: METH_FASTCALL },
  { name: "hash", meth: builtin_hash, flags: METH_O },
  { name: "hex", meth: (_s: PyObject, o: PyObject) => numberToBase(o, 16, "0x"), flags: METH_O },
  { name: "id", meth: builtin_id, flags: METH_O },
  { name: "input", meth: builtin_input, flags: METH_FASTCALL },
  { name: "isinstance", meth: builtin_isinstance, flags: METH_FASTCALL },
  { name: "issubclass", meth: builtin_issubclass, flags: METH_FASTCALL },
  { name: "iter", meth: builtin_iter, flags: METH_FASTCALL },
  { name: "len", meth: builtin_len, flags: METH_O },
  { name: "locals", meth: builtin_locals, flags: METH_NOARGS },
  { name: "max", meth: builtin_max, flags: FK },
  { name: "min", meth: builtin_min, flags: FK },
  { name: "next", meth: builtin_next, flags: METH_FASTCALL },
  { name: "oct", meth: (_s: PyObject, o: PyObject) => numberToBase(o, 8, "0o"), flags: METH_O },
  { name: "ord", meth: builtin_ord, flags: METH_O },
  { name: "pow", meth: builtin_pow, flags: FK },
  { name: "print", meth: builtin_print, flags: FK },
  { name: "repr", meth: builtin_repr, flags: METH_O },
  { name: "round", meth: builtin_round, flags: FK },
  { name: "setattr", meth: builtin_setattr, flags: METH_FASTCALL },
  { name: "sorted", meth: builtin_sorted, flags: FK },
  { name: "sum", meth: builtin_sum, flags: FK },
  { name: "vars", meth: builtin_vars, flags: METH_FASTCALL },
];

let theModule: PyModuleObject | null = null;

/** Builtin types declared in other helpers' files (bound when their module is loaded by
 *  src/Python/pylifecycle.ts): looked up by tp_name. */
const OPTIONAL_TYPES = ["range", "enumerate", "reversed", "complex", "memoryview", "bytearray"];

export function builtinsModule(): PyModuleObject {
  if (theModule !== null) return theModule;
  const m = new PyModuleObject(PyModule_Type, "builtins", PyUnicode_FromString("Built-in functions, types, exceptions, and other objects."));
  const d = m.md_dict;
  for (const ml of FUNCTIONS) d.setStr(ml.name, new PyCFunctionObject(ml, m, PyUnicode_InternFromString("builtins")));
  const consts: [string, PyObject][] = [
    ["None", Py_None], ["Ellipsis", Py_Ellipsis], ["NotImplemented", Py_NotImplemented], ["False", Py_False], ["True", Py_True],
    ["__debug__", Py_True],
    ["bool", PyBool_Type], ["bytes", PyBytes_Type],
    ["classmethod", PyClassMethod_Type], ["dict", PyDict_Type], ["filter", PyFilter_Type],
    ["float", PyFloat_Type], ["frozenset", PyFrozenSet_Type], ["property", PyProperty_Type], ["int", PyLong_Type],
    ["list", PyList_Type], ["map", PyMap_Type], ["object", PyBaseObject_Type], ["set", PySet_Type], ["slice", PySlice_Type],
    ["staticmethod", PyStaticMethod_Type], ["str", PyUnicode_Type], ["super", typeobject.PySuper_Type], ["tuple", PyTuple_Type],
    ["type", PyType_Type], ["zip", PyZip_Type],
  ];
  for (const [k, v] of consts) d.setStr(k, v);
  for (const name of OPTIONAL_TYPES) {
    const t = findStaticType(name);
    if (t !== null && t.tp_spec !== null || (t !== null && t.tp_mro.length > 0)) d.setStr(name, t!);
  }
  for (const [name, t] of exc.exceptionTypes) d.setStr(name, t);
  m.builtin = true;
  for (const [name, t] of exc.exceptionAliases) d.setStr(name, t);
  theModule = m;
  return m;
}

void PyList;
void PyLong;
void PyTuple;
void PyList_FromArray;
void floatobject;
void MSG;
