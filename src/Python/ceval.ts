// The evaluation loop (CPython's Python/ceval.c, 3.11).
//
// - A code object is decoded once, lazily, into CodeRT: one Int32Array word per instruction
//   (op | oparg << 8; EXTENDED_ARG folded, CACHE entries dropped, jump arguments turned into
//   absolute instruction indices), its constants as runtime objects, names as JS strings and the
//   exception table in instruction indices.
// - One JS function, run(), executes frames; a Python-to-Python call pushes a Frame and continues
//   in the same loop (no JS recursion). Native code calling Python (funcHooks.call) re-enters
//   run() with an entry frame.
// - All frames share one value stack array (locals, then the value stack, per frame; a callee's
//   arguments become its locals in place). A generator's frame moves to a private array when it
//   is created (RETURN_GENERATOR) and runs there.
// - Exceptions are JS throws; the catch consults the code's exception table (zero-cost) and
//   unwinds frames, adding traceback entries as CPython does.
// - Slow paths live in helper functions so that run() stays small enough for V8 to optimise.
import {
  PyObject,
  PyTypeObject,
  PyStr,
  PyTuple,
  PyList,
  PyLong,
  PyFloat,
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
  PyDict_Type,
  PyList_Type,
  PyTuple_Type,
  PyUnicode_Type,
  PySet_Type,
  PyFrozenSet_Type,
  PySlice_Type,
  PyBool_Type,
  PyByteArray_Type,
  PyBytes_Type,
  PyFloat_Type,
  PyLong_Type,
  PyBytes,
  Py_TPFLAGS_METHOD_DESCRIPTOR,
  Py_TPFLAGS_SEQUENCE,
  Py_TPFLAGS_MAPPING,
  Py_EQ,
  HeapInstance,
  findStaticType,
} from "../Objects/object";
import { Op } from "./opcode_ids";
import {
  CodeObject,
  CO_VARARGS,
  CO_VARKEYWORDS,
  CO_GENERATOR,
  CO_COROUTINE,
  CO_ASYNC_GENERATOR,
  CO_ITERABLE_COROUTINE,
  CO_FAST_CELL,
  CO_FAST_FREE,
  CO_FAST_LOCAL,
  CO_OPTIMIZED,
  CO_NEWLOCALS,
  parseExceptionTable,
} from "../Objects/codeobject";
import { ConstValue, ConstFrozenset, ComplexValue, EllipsisValue, CodePointString } from "./constants";
import * as A from "../Objects/abstract";
import * as exc from "../Objects/exceptions";
import { PyErr_SetString, PyErr_NewException, PyErr_FromJS, PyErr_ExceptionMatches, MSG } from "./errors";
import { PyDict, PyDict_Check } from "../Objects/dictobject";
import { PyFunctionObject, funcHooks, PyFunction_Type } from "../Objects/funcobject";
import { PyMethodObject } from "../Objects/classobject";
import { PyCellObject } from "../Objects/cellobject";
import { PyCFunctionObject } from "../Objects/methodobject";
import { PyMethodDescrObject } from "../Objects/descrobject";
import * as typeobject from "../Objects/typeobject";
import * as longobject from "../Objects/longobject";
import { tstate } from "./pystate";
import { PyLong_FromBigInt } from "../Objects/longobject";
import { PyTraceBackObject, PyFrameObject } from "./traceback";
import * as genobject from "../Objects/genobject";

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Decoded code

export class CodeRT {
  instrs!: Int32Array;
  /** instruction index -> code unit index (what co_positions and tracebacks count in). */
  offsets!: Int32Array;
  unitToIdx!: Int32Array;
  consts: PyObject[] = [];
  names: string[] = [];
  nlocalsplus = 0;
  /** localsplus + stack size */
  framesize = 0;
  /** exception table: start unit, end unit, target instruction, depth, lasti (5 per entry) */
  exctab!: Int32Array;
  kwnames: (string[] | undefined)[] = [];
  /** Simple positional binding possible (no *args/**kwargs). */
  simpleArgs = false;
  argcount = 0;
  genKind = 0;
  /** index of "__class__" free var for zero-arg super, -1 if none */
  classcellIdx = -1;
  constructor(readonly code: CodeObject) {}
}

const JUMP_FORWARD_OPS = new Set<number>([
  Op.FOR_ITER, Op.JUMP_FORWARD, Op.JUMP_IF_FALSE_OR_POP, Op.JUMP_IF_TRUE_OR_POP, Op.POP_JUMP_FORWARD_IF_FALSE,
  Op.POP_JUMP_FORWARD_IF_TRUE, Op.SEND, Op.POP_JUMP_FORWARD_IF_NOT_NONE, Op.POP_JUMP_FORWARD_IF_NONE,
]);
const JUMP_BACKWARD_OPS = new Set<number>([
  Op.JUMP_BACKWARD_NO_INTERRUPT, Op.JUMP_BACKWARD, Op.POP_JUMP_BACKWARD_IF_NOT_NONE, Op.POP_JUMP_BACKWARD_IF_NONE,
  Op.POP_JUMP_BACKWARD_IF_FALSE, Op.POP_JUMP_BACKWARD_IF_TRUE,
]);

const rtKey = Symbol("codeRT");

/** The decoded form of a code object (made on first use). */
export function codeRT(code: CodeObject): CodeRT {
  const c = code as unknown as { [rtKey]?: CodeRT };
  let rt = c[rtKey];
  if (rt === undefined) {
    rt = decode(code);
    c[rtKey] = rt;
  }
  return rt;
}

function decode(code: CodeObject): CodeRT {
  const rt = new CodeRT(code);
  const bytes = code.co_code;
  const nunits = bytes.length >> 1;
  const ops: number[] = [];
  const args: number[] = [];
  const units: number[] = [];
  const unitToIdx = new Int32Array(nunits + 1);
  let ext = 0;
  for (let u = 0; u < nunits; u++) {
    const op = bytes[2 * u];
    const arg = bytes[2 * u + 1];
    unitToIdx[u] = ops.length;
    if (op === Op.CACHE) continue;
    if (op === Op.EXTENDED_ARG) {
      ext = (ext | arg) << 8;
      ops.push(Op.NOP);
      args.push(0);
      units.push(u);
      continue;
    }
    const full = ext | arg;
    ext = 0;
    let a = full;
    if (JUMP_FORWARD_OPS.has(op)) a = u + 1 + full;
    else if (JUMP_BACKWARD_OPS.has(op)) a = u + 1 - full;
    ops.push(op);
    args.push(a);
    units.push(u);
  }
  unitToIdx[nunits] = ops.length;
  const n = ops.length;
  rt.instrs = new Int32Array(n);
  rt.offsets = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const op = ops[k];
    let a = args[k];
    if (JUMP_FORWARD_OPS.has(op) || JUMP_BACKWARD_OPS.has(op)) a = unitToIdx[a];
    rt.instrs[k] = op | (a << 8);
    rt.offsets[k] = units[k];
  }
  rt.unitToIdx = unitToIdx;
  const table = parseExceptionTable(code.co_exceptiontable);
  rt.exctab = new Int32Array(table.length * 5);
  table.forEach((e, i) => {
    rt.exctab[5 * i] = e.start;
    rt.exctab[5 * i + 1] = e.end;
    rt.exctab[5 * i + 2] = unitToIdx[e.target];
    rt.exctab[5 * i + 3] = e.depth;
    rt.exctab[5 * i + 4] = e.lasti ? 1 : 0;
  });
  rt.consts = code.co_consts.map((c) => constToObject(c as ConstValue));
  rt.names = code.co_names.slice();
  rt.nlocalsplus = code.co_localsplusnames.length;
  rt.framesize = rt.nlocalsplus + code.co_stacksize + 2;
  rt.argcount = code.co_argcount;
  rt.simpleArgs = (code.co_flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 && code.co_kwonlyargcount === 0;
  rt.genKind = code.co_flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR);
  const kinds = code.co_localspluskinds;
  for (let i = 0; i < rt.nlocalsplus; i++) {
    if (kinds[i] & CO_FAST_FREE && code.co_localsplusnames[i] === "__class__") rt.classcellIdx = i;
  }
  return rt;
}

/** The one conversion of the compiler's constants to runtime objects. */
export function constToObject(v: ConstValue): PyObject {
  if (v === null) return Py_None;
  if (v === true) return Py_True;
  if (v === false) return Py_False;
  switch (typeof v) {
    case "bigint":
      return PyLong_FromBigInt(v);
    case "number":
      return new PyFloat(v);
    case "string":
      return PyUnicode_InternFromString(v);
  }
  if (v === EllipsisValue) return Py_Ellipsis;
  if (v instanceof CodePointString) return PyUnicode_FromString(String.fromCodePoint(...v.codePoints));
  if (v instanceof Uint8Array) return new PyBytes(v);
  if (Array.isArray(v)) return PyTuple_FromArray((v as ConstValue[]).map(constToObject));
  if (v instanceof ConstFrozenset) return A.PyObject_Vectorcall(PyFrozenSet_Type, [PyTuple_FromArray(v.items.map(constToObject))], null);
  if (v instanceof ComplexValue) {
    const complex = findStaticType("complex");
    if (complex === null) PyErr_SetString(exc.PyExc_SystemError, "complex numbers are not available");
    return A.PyObject_Vectorcall(complex, [new PyFloat(v.real), new PyFloat(v.imag)], null);
  }
  if (v instanceof CodeObject) return v as unknown as PyObject;
  throw new Error("constToObject: unknown constant");
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Frames

export const FRAME_CREATED = 0;
export const FRAME_SUSPENDED = 1;
export const FRAME_EXECUTING = 2;
export const FRAME_COMPLETED = 3;

export class Frame {
  stack: PyObject[];
  base: number;
  sp: number;
  pc = 0;
  rt: CodeRT;
  f_globals: PyDict;
  builtins: PyDict;
  locals: PyObject | null;
  func: PyFunctionObject | null;
  f_back: Frame | null = null;
  isEntry = false;
  gen: genobject.PyGenObject | null = null;
  state = FRAME_CREATED;
  frameObj: PyFrameObject | null = null;
  /** Where the frame's region of the shared stack ends (for entry frames started above it). */
  top: number;
  constructor(rt: CodeRT, stack: PyObject[], base: number, globals: PyDict, builtins: PyDict, locals: PyObject | null, func: PyFunctionObject | null) {
    this.rt = rt;
    this.stack = stack;
    this.base = base;
    this.sp = base + rt.nlocalsplus;
    this.f_globals = globals;
    this.builtins = builtins;
    this.locals = locals;
    this.func = func;
    this.top = base + rt.framesize;
  }
  get code(): CodeObject {
    return this.rt.code;
  }
  /** The instruction index being executed (or last executed). */
  get lastiIdx(): number {
    return this.pc - 1;
  }
  /** f_lasti as CPython counts it: the byte offset of the current instruction. */
  get f_lasti(): number {
    const i = this.pc - 1;
    return i < 0 ? -1 : this.rt.offsets[i] * 2;
  }
  get f_lineno(): number | null {
    return this.rt.code.addr2line(this.f_lasti);
  }
}

/** The shared value stack. */
let STACK: PyObject[] = new Array(1 << 16).fill(null);

function ensureStack(stack: PyObject[], need: number): void {
  if (need > stack.length) {
    let n = stack.length;
    while (n < need) n *= 2;
    for (let i = stack.length; i < n; i++) stack.push(null as unknown as PyObject);
  }
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Argument binding (CPython's initialize_locals)

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

function formatMissing(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(", ")}, and ${q[q.length - 1]}`;
}

function missingArguments(code: CodeObject, qualname: string, locals: (PyObject | null)[], start: number, end: number, kind: string): never {
  const names: string[] = [];
  for (let i = start; i < end; i++) if (locals[i] === null) names.push(code.co_localsplusnames[i]);
  PyErr_SetString(
    exc.PyExc_TypeError,
    `${qualname}() missing ${names.length} required ${kind} argument${names.length === 1 ? "" : "s"}: ${formatMissing(names)}`,
  );
}

function tooManyPositional(code: CodeObject, qualname: string, given: number, defcount: number, locals: (PyObject | null)[]): never {
  const co_argcount = code.co_argcount;
  let kwonlyGiven = 0;
  for (let i = co_argcount; i < co_argcount + code.co_kwonlyargcount; i++) if (locals[i] !== null) kwonlyGiven++;
  let sig: string;
  if (defcount) sig = `from ${co_argcount - defcount} to ${co_argcount}`;
  else sig = `${co_argcount}`;
  const plural_ = defcount ? true : co_argcount !== 1;
  let kwonlyMsg = "";
  if (kwonlyGiven) {
    kwonlyMsg = ` positional argument${given !== 1 ? "s" : ""} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven !== 1 ? "s" : ""})`;
  }
  PyErr_SetString(
    exc.PyExc_TypeError,
    `${qualname}() takes ${sig} positional argument${plural_ ? "s" : ""} but ${given}${kwonlyMsg} ${given === 1 && !kwonlyGiven ? "was" : "were"} given`,
  );
}

/** Binds vectorcall arguments to a fresh locals array (initialize_locals). */
function bindArguments(func: PyFunctionObject, rt: CodeRT, args: PyObject[], argStart: number, nargsTotal: number, kwnames: string[] | null): (PyObject | null)[] {
  const code = rt.code;
  const qualname = func.func_qualname.value;
  const locals: (PyObject | null)[] = new Array(rt.nlocalsplus).fill(null);
  const nkw = kwnames ? kwnames.length : 0;
  const argcount = nargsTotal - nkw;
  const co_argcount = code.co_argcount;
  const total_args = co_argcount + code.co_kwonlyargcount;
  let kwdict: PyDict | null = null;
  let i = total_args;
  if (code.co_flags & CO_VARARGS) i++;
  if (code.co_flags & CO_VARKEYWORDS) {
    kwdict = new PyDict();
    locals[i] = kwdict;
  }
  const n = Math.min(argcount, co_argcount);
  for (let j = 0; j < n; j++) locals[j] = args[argStart + j];
  if (code.co_flags & CO_VARARGS) {
    locals[total_args] = PyTuple_FromArray(argcount > n ? args.slice(argStart + n, argStart + argcount) : []);
  } else if (argcount > co_argcount) {
    // checked after keywords, as CPython does (to report kw-only given)
  }
  // keyword arguments
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    const value = args[argStart + argcount + k];
    let idx = -1;
    for (let j = code.co_posonlyargcount; j < total_args; j++) {
      if (code.co_localsplusnames[j] === name) {
        idx = j;
        break;
      }
    }
    if (idx < 0) {
      if (kwdict === null) {
        // positional-only passed by keyword?
        for (let j = 0; j < code.co_posonlyargcount; j++) {
          if (code.co_localsplusnames[j] === name) {
            const posonlyNames: string[] = [];
            for (let kk = 0; kk < nkw; kk++) {
              const nm = kwnames![kk];
              for (let jj = 0; jj < code.co_posonlyargcount; jj++) if (code.co_localsplusnames[jj] === nm) posonlyNames.push(nm);
            }
            PyErr_SetString(
              exc.PyExc_TypeError,
              `${qualname}() got some positional-only arguments passed as keyword arguments: '${posonlyNames.join(", ")}'`,
            );
          }
        }
        PyErr_SetString(exc.PyExc_TypeError, `${qualname}() got an unexpected keyword argument '${name}'`);
      }
      kwdict.setStr(name, value);
      continue;
    }
    if (locals[idx] !== null) PyErr_SetString(exc.PyExc_TypeError, `${qualname}() got multiple values for argument '${name}'`);
    locals[idx] = value;
  }
  if (argcount > co_argcount && !(code.co_flags & CO_VARARGS)) {
    const defcount = func.func_defaults ? func.func_defaults.items.length : 0;
    tooManyPositional(code, qualname, argcount, defcount, locals);
  }
  // defaults
  if (argcount < co_argcount) {
    const defs = func.func_defaults ? func.func_defaults.items : [];
    const defcount = defs.length;
    const m = co_argcount - defcount;
    let missing = false;
    for (let j = argcount; j < m; j++) if (locals[j] === null) missing = true;
    if (missing) missingArguments(code, qualname, locals, argcount, m, "positional");
    for (let j = Math.max(m, argcount); j < co_argcount; j++) {
      if (locals[j] === null) locals[j] = defs[j - m];
    }
  }
  if (code.co_kwonlyargcount > 0) {
    let missing = false;
    for (let j = co_argcount; j < total_args; j++) {
      if (locals[j] !== null) continue;
      const name = code.co_localsplusnames[j];
      const d = func.func_kwdefaults ? (func.func_kwdefaults as PyDict).getStr(name) : undefined;
      if (d !== undefined) locals[j] = d;
      else missing = true;
    }
    if (missing) missingArguments(code, qualname, locals, co_argcount, total_args, "keyword-only");
  }
  return locals;
}

/** Sets up a frame for func with args at stack[argStart .. argStart+nargs) (kw values last). */
function makeFrame(func: PyFunctionObject, stack: PyObject[], argStart: number, nargs: number, kwnames: string[] | null): Frame {
  const rt = codeRT(func.func_code as unknown as CodeObject);
  ensureStack(stack, argStart + rt.framesize + 8);
  if (rt.simpleArgs && kwnames === null && nargs === rt.argcount) {
    for (let i = argStart + nargs, e = argStart + rt.nlocalsplus; i < e; i++) stack[i] = null as unknown as PyObject;
  } else if (rt.simpleArgs && kwnames === null && nargs < rt.argcount && func.func_defaults !== null && nargs >= rt.argcount - func.func_defaults.items.length) {
    const defs = func.func_defaults.items;
    const m = rt.argcount - defs.length;
    for (let j = nargs; j < rt.argcount; j++) stack[argStart + j] = defs[j - m];
    for (let i = argStart + rt.argcount, e = argStart + rt.nlocalsplus; i < e; i++) stack[i] = null as unknown as PyObject;
  } else {
    const locals = bindArguments(func, rt, stack, argStart, nargs, kwnames);
    for (let i = 0; i < rt.nlocalsplus; i++) stack[argStart + i] = locals[i] as PyObject;
  }
  const f = new Frame(rt, stack, argStart, func.func_globals as PyDict, func.func_builtins as PyDict, null, func);
  return f;
}

/** Calls a Python function from native code (the function type's tp_call). */
function function_call(func: PyFunctionObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const stack = STACK;
  const start = tstate.stackTop;
  ensureStack(stack, start + args.length + 8);
  for (let i = 0; i < args.length; i++) stack[start + i] = args[i];
  const f = makeFrame(func, stack, start, args.length, kwnames);
  return runEntry(f);
}
funcHooks.call = function_call;

/** Runs a frame from native code until it returns (or yields, for generator frames). */
export function runEntry(f: Frame): PyObject {
  f.isEntry = true;
  f.f_back = tstate.frame as Frame | null;
  const savedTop = tstate.stackTop;
  if (++tstate.recursion_depth > tstate.recursion_limit) {
    tstate.recursion_depth--;
    PyErr_SetString(exc.PyExc_RecursionError, MSG.recursion_exceeded());
  }
  try {
    return run(f);
  } finally {
    tstate.recursion_depth--;
    tstate.stackTop = savedTop;
    tstate.frame = f.f_back;
  }
}

/** Executes module or class-body code with the given namespaces (PyEval_EvalCode). */
export function PyEval_EvalCode(code: CodeObject, globals: PyDict, locals: PyObject | null, func: PyFunctionObject | null = null, closure: PyTuple | null = null): PyObject {
  const rt = codeRT(code);
  const stack = STACK;
  const base = tstate.stackTop;
  ensureStack(stack, base + rt.framesize + 8);
  for (let i = 0; i < rt.nlocalsplus; i++) stack[base + i] = null as unknown as PyObject;
  if (closure !== null) {
    const nfree = closure.items.length;
    for (let i = 0; i < nfree; i++) stack[base + rt.nlocalsplus - nfree + i] = closure.items[i];
  }
  const builtins = builtinsFor(globals);
  const f = new Frame(rt, stack, base, globals, builtins, locals ?? globals, func);
  return runEntry(f);
}

/** Runs a class body (the function __build_class__ got) with the namespace as its locals. */
export function runClassBody(func: PyFunctionObject, ns: PyObject): PyObject {
  const code = func.func_code as unknown as CodeObject;
  const rt = codeRT(code);
  const stack = STACK;
  const base = tstate.stackTop;
  ensureStack(stack, base + rt.framesize + 8);
  for (let i = 0; i < rt.nlocalsplus; i++) stack[base + i] = null as unknown as PyObject;
  const f = new Frame(rt, stack, base, func.func_globals as PyDict, func.func_builtins as PyDict, ns, func);
  return runEntry(f);
}

/** The builtins of a globals dict: its __builtins__ (a module or dict), else the interpreter's. */
export const builtinsState = { dict: null as PyDict | null };
export function builtinsFor(globals: PyDict): PyDict {
  const b = globals.getStr("__builtins__");
  if (b !== undefined) {
    if (b instanceof PyDict) return b;
    const d = (b as unknown as HeapInstance).dict;
    if (d instanceof PyDict) return d;
  }
  return builtinsState.dict!;
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Helpers (slow paths)

function nameError(name: string): never {
  const e = PyErr_NewException(exc.PyExc_NameError, [PyUnicode_FromString(MSG.name_not_defined(name))]);
  (e as exc.PyNameErrorObject).name = PyUnicode_InternFromString(name);
  throw e;
}

function load_global(f: Frame, name: string): PyObject {
  const g = f.f_globals;
  let v = g.getStr(name);
  if (v !== undefined) return v;
  v = f.builtins.getStr(name);
  if (v !== undefined) return v;
  nameError(name);
}

function load_name(f: Frame, name: string): PyObject {
  const locals = f.locals;
  if (locals === null) PyErr_SetString(exc.PyExc_SystemError, `no locals when loading '${name}'`);
  let v: PyObject | undefined;
  if (locals instanceof PyDict && locals.ob_type === PyDict_Type) v = locals.getStr(name);
  else {
    try {
      v = A.PyObject_GetItem(locals, PyUnicode_InternFromString(name));
    } catch (e) {
      if (!PyErr_ExceptionMatches(e, exc.PyExc_KeyError)) throw e;
      v = undefined;
    }
  }
  if (v !== undefined) return v;
  return load_global(f, name);
}

function store_name(f: Frame, name: string, v: PyObject): void {
  const locals = f.locals;
  if (locals === null) PyErr_SetString(exc.PyExc_SystemError, `no locals found when storing '${name}'`);
  if (locals instanceof PyDict && locals.ob_type === PyDict_Type) locals.setStr(name, v);
  else A.PyObject_SetItem(locals, PyUnicode_InternFromString(name), v);
}

function delete_name(f: Frame, name: string): void {
  const locals = f.locals!;
  if (locals instanceof PyDict && locals.ob_type === PyDict_Type) {
    if (!locals.delStr(name)) nameError(name);
    return;
  }
  try {
    A.PyObject_DelItem(locals, PyUnicode_InternFromString(name));
  } catch (e) {
    if (PyErr_ExceptionMatches(e, exc.PyExc_KeyError)) nameError(name);
    throw e;
  }
}

function unboundLocal(f: Frame, i: number): never {
  const name = f.rt.code.co_localsplusnames[i];
  const e = PyErr_NewException(exc.PyExc_UnboundLocalError, [PyUnicode_FromString(MSG.local_unbound(name))]);
  (e as exc.PyNameErrorObject).name = PyUnicode_InternFromString(name);
  throw e;
}

function unboundDeref(f: Frame, i: number): never {
  const code = f.rt.code;
  const name = code.co_localsplusnames[i];
  if (code.co_localspluskinds[i] & CO_FAST_FREE) {
    const e = PyErr_NewException(exc.PyExc_NameError, [PyUnicode_FromString(MSG.free_var_unbound(name))]);
    (e as exc.PyNameErrorObject).name = PyUnicode_InternFromString(name);
    throw e;
  }
  unboundLocal(f, i);
}

/** LOAD_METHOD: [meth, self] when an unbound method can be called with self, else [null, attr]. */
function load_method(obj: PyObject, name: string, out: PyObject[], at: number): void {
  const tp = Py_TYPE(obj);
  if (tp.tp_getattro === typeobject.PyObject_GenericGetAttr) {
    const descr = typeobject._PyType_Lookup(tp, name);
    if (descr !== null && Py_TYPE(descr).tp_flags & Py_TPFLAGS_METHOD_DESCRIPTOR) {
      const d = typeof obj === "number" ? null : (obj as unknown as HeapInstance).dict;
      if (!d || d.getStr(name) === undefined) {
        out[at] = descr;
        out[at + 1] = obj;
        return;
      }
    }
  }
  out[at] = null as unknown as PyObject;
  out[at + 1] = A.PyObject_GetAttr(obj, name);
}

function call_native(callable: PyObject, stack: PyObject[], start: number, end: number, kwnames: string[] | null): PyObject {
  const t = Py_TYPE(callable);
  const n = end - start;
  if (kwnames === null && callable instanceof PyMethodDescrObject) {
    // fast paths of METH_O / METH_NOARGS methods (no argument array)
    const ml = callable.d_method;
    const self = stack[start];
    if (n >= 1 && (Py_TYPE(self) === callable.d_type || A.PyObject_TypeCheck(self, callable.d_type))) {
      if (ml.flags === 0x0004 && n === 1) return ml.meth(self);
      if (ml.flags === 0x0008 && n === 2) return ml.meth(self, stack[start + 1]);
    }
  }
  const f = t.tp_call;
  if (f === null) PyErr_SetString(exc.PyExc_TypeError, MSG.not_callable(t.ht_name));
  return f(callable, stack.slice(start, end), kwnames);
}

/** CALL_FUNCTION_EX: f(*args, **kwargs) */
function call_function_ex(func: PyObject, callargs: PyObject, kwargs: PyObject | null): PyObject {
  let args: PyObject[];
  if (callargs instanceof PyTuple && callargs.ob_type === PyTuple_Type) args = callargs.items.slice();
  else {
    if (Py_TYPE(callargs).tp_iter === null && !A.PySequence_Check(callargs)) {
      PyErr_SetString(exc.PyExc_TypeError, `${A.funcDesc(func)}() argument after * must be an iterable, not ${Py_TYPE(callargs).ht_name}`);
    }
    args = A.PySequence_List_Array(callargs);
  }
  if (kwargs === null || (kwargs instanceof PyDict && kwargs.used === 0)) return A.PyObject_Vectorcall(func, args, null);
  const names: string[] = [];
  for (const [k, v] of (kwargs as PyDict).entries()) {
    if (!(k instanceof PyStr)) PyErr_SetString(exc.PyExc_TypeError, MSG.keywords_must_be_strings(A.funcDesc(func)));
    names.push(k.value);
    args.push(v);
  }
  return A.PyObject_Vectorcall(func, args, names);
}

/** DICT_MERGE: like dict.update but duplicate keys are an error (f(**a, **b)). */
function dict_merge(func: PyObject, dict: PyDict, other: PyObject): void {
  if (!(other instanceof PyDict)) {
    if (A.PyObject_LookupAttr(other, "keys") === undefined) {
      PyErr_SetString(exc.PyExc_TypeError, `${A.funcDesc(func)}() argument after ** must be a mapping, not ${Py_TYPE(other).ht_name}`);
    }
    for (const k of A.iterate(A.PyObject_CallMethod(other, "keys", []))) {
      if (dict.getItem(k) !== undefined) dupKw(func, k);
      dict.setItem(k, A.PyObject_GetItem(other, k));
    }
    return;
  }
  for (const [k, v] of other.entries()) {
    if (dict.getItem(k) !== undefined) dupKw(func, k);
    dict.setItem(k, v);
  }
}

function dupKw(func: PyObject, k: PyObject): never {
  if (!(k instanceof PyStr)) PyErr_SetString(exc.PyExc_TypeError, MSG.keywords_must_be_strings(A.funcDesc(func)));
  PyErr_SetString(exc.PyExc_TypeError, `${A.funcDesc(func)}() got multiple values for keyword argument '${k.value}'`);
}

function dict_update(dict: PyDict, other: PyObject): void {
  if (other instanceof PyDict) {
    for (const [k, v] of other.entries()) dict.setItem(k, v);
    return;
  }
  if (A.PyObject_LookupAttr(other, "keys") === undefined) {
    PyErr_SetString(exc.PyExc_TypeError, `'${Py_TYPE(other).ht_name}' object is not a mapping`);
  }
  for (const k of A.iterate(A.PyObject_CallMethod(other, "keys", []))) dict.setItem(k, A.PyObject_GetItem(other, k));
}

function list_extend(list: PyList, iterable: PyObject): void {
  if (Py_TYPE(iterable).tp_iter === null && !A.PySequence_Check(iterable)) {
    PyErr_SetString(exc.PyExc_TypeError, `Value after * must be an iterable, not ${Py_TYPE(iterable).ht_name}`);
  }
  const items = A.PySequence_List_Array(iterable);
  for (const x of items) list.items.push(x);
}

function unpack_sequence(v: PyObject, n: number, stack: PyObject[], sp: number): void {
  let items: PyObject[];
  if ((v instanceof PyTuple && v.ob_type === PyTuple_Type) || (v instanceof PyList && v.ob_type === PyList_Type)) {
    items = v.items;
    if (items.length !== n) {
      if (items.length < n) PyErr_SetString(exc.PyExc_ValueError, `not enough values to unpack (expected ${n}, got ${items.length})`);
      PyErr_SetString(exc.PyExc_ValueError, `too many values to unpack (expected ${n})`);
    }
  } else {
    if (Py_TYPE(v).tp_iter === null && !A.PySequence_Check(v)) {
      PyErr_SetString(exc.PyExc_TypeError, `cannot unpack non-iterable ${Py_TYPE(v).ht_name} object`);
    }
    const it = A.PyObject_GetIter(v);
    items = [];
    for (let i = 0; i < n; i++) {
      const x = A.PyIter_Next(it);
      if (x === undefined) PyErr_SetString(exc.PyExc_ValueError, `not enough values to unpack (expected ${n}, got ${i})`);
      items.push(x);
    }
    if (A.PyIter_Next(it) !== undefined) PyErr_SetString(exc.PyExc_ValueError, `too many values to unpack (expected ${n})`);
    return void fill(items);
  }
  fill(items);
  function fill(xs: PyObject[]): void {
    for (let i = 0; i < n; i++) stack[sp + i] = xs[n - 1 - i];
  }
}

function unpack_ex(v: PyObject, before: number, after: number, stack: PyObject[], sp: number): number {
  if (Py_TYPE(v).tp_iter === null && !A.PySequence_Check(v)) {
    PyErr_SetString(exc.PyExc_TypeError, `cannot unpack non-iterable ${Py_TYPE(v).ht_name} object`);
  }
  const items = A.PySequence_List_Array(v);
  if (items.length < before + after) {
    PyErr_SetString(exc.PyExc_ValueError, `not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  }
  const out: PyObject[] = [];
  for (let i = 0; i < before; i++) out.push(items[i]);
  out.push(PyList_FromArray(items.slice(before, items.length - after)));
  for (let i = items.length - after; i < items.length; i++) out.push(items[i]);
  for (let i = 0; i < out.length; i++) stack[sp + i] = out[out.length - 1 - i];
  return out.length;
}

function make_function(code: CodeObject, f: Frame, flags: number, stack: PyObject[], sp: number): [PyFunctionObject, number] {
  const globals = f.f_globals;
  const name = PyUnicode_InternFromString(code.co_name);
  const qualname = PyUnicode_InternFromString(code.co_qualname);
  const func = new PyFunctionObject(code as unknown as PyObject, globals, f.builtins, name, qualname);
  const consts = codeRT(code).consts;
  func.func_doc = consts.length >= 1 && consts[0] instanceof PyStr ? consts[0] : Py_None;
  func.func_module = globals.getStr("__name__") ?? Py_None;
  if (flags & 0x08) func.func_closure = stack[--sp] as PyTuple;
  if (flags & 0x04) {
    const t = (stack[--sp] as PyTuple).items;
    const d = new PyDict();
    for (let i = 0; i + 1 < t.length; i += 2) d.setItem(t[i], t[i + 1]);
    func.func_annotations = d;
  }
  if (flags & 0x02) func.func_kwdefaults = stack[--sp];
  if (flags & 0x01) func.func_defaults = stack[--sp] as PyTuple;
  return [func, sp];
}

function build_set(items: PyObject[]): PyObject {
  const s = A.PyObject_CallNoArgs(PySet_Type);
  for (const x of items) A.PyObject_CallMethod(s, "add", [x]);
  return s;
}

function format_value(value: PyObject, which: number, spec: PyObject | null): PyObject {
  switch (which & 3) {
    case 1:
      value = A.PyObject_Str(value);
      break;
    case 2:
      value = A.PyObject_Repr(value);
      break;
    case 3:
      value = A.PyObject_ASCII(value);
      break;
  }
  if (spec === null && value instanceof PyStr && value.ob_type === PyUnicode_Type) return value;
  return A.PyObject_Format(value, (spec as PyStr) ?? PyUnicode_InternFromString(""));
}

function check_exc_match(left: PyObject, right: PyObject): boolean {
  check_except_type_valid(right);
  return A.PyObject_TypeCheck(left, exc.PyExc_BaseException) && exceptionMatches(Py_TYPE(left), right);
}

function exceptionMatches(t: PyTypeObject, cls: PyObject): boolean {
  if (cls instanceof PyTuple) return cls.items.some((c) => exceptionMatches(t, c));
  return cls instanceof PyTypeObject && exc.PyType_IsSubtypeFast(t, cls);
}

const CANNOT_CATCH = "catching classes that do not inherit from BaseException is not allowed";

function check_except_type_valid(right: PyObject): void {
  const ok = (c: PyObject): boolean => c instanceof PyTypeObject && exc.PyType_IsSubtypeFast(c, exc.PyExc_BaseException);
  if (right instanceof PyTuple) {
    for (const c of right.items) if (!ok(c)) PyErr_SetString(exc.PyExc_TypeError, CANNOT_CATCH);
  } else if (!ok(right)) PyErr_SetString(exc.PyExc_TypeError, CANNOT_CATCH);
}

/** RAISE_VARARGS: do_raise */
function do_raise(excv: PyObject | null, cause: PyObject | null): never {
  if (excv === null) {
    const cur = tstate.exc_info;
    if (cur === null || cur === Py_None) PyErr_SetString(exc.PyExc_RuntimeError, "No active exception to reraise");
    reraiseFlag = true;
    throw cur;
  }
  let value: exc.PyBaseException;
  if (excv instanceof PyTypeObject && exc.PyType_IsSubtypeFast(excv, exc.PyExc_BaseException)) {
    const v = A.PyObject_CallNoArgs(excv);
    if (!(v instanceof exc.PyBaseException)) {
      PyErr_SetString(exc.PyExc_TypeError, `calling ${typeobject.typeRepr(excv)} should have returned an instance of BaseException, not ${Py_TYPE(v).ht_name}`);
    }
    value = v;
  } else if (excv instanceof exc.PyBaseException) value = excv;
  else PyErr_SetString(exc.PyExc_TypeError, MSG.exceptions_must_derive());
  if (cause !== null) {
    let fixed: PyObject | null;
    if (cause instanceof PyTypeObject && exc.PyType_IsSubtypeFast(cause, exc.PyExc_BaseException)) fixed = A.PyObject_CallNoArgs(cause);
    else if (cause instanceof exc.PyBaseException) fixed = cause;
    else if (cause === Py_None) fixed = null;
    else PyErr_SetString(exc.PyExc_TypeError, "exception causes must derive from BaseException");
    value.cause = fixed;
    value.suppress_context = true;
  }
  throw value;
}

/** Set when the exception being thrown is a re-raise (no new traceback entry, no context). */
let reraiseFlag = false;

/** _PyErr_SetObject's context chaining for a freshly raised exception. */
function chainContext(e: exc.PyBaseException): void {
  const handled = tstate.exc_info;
  if (handled === null || handled === Py_None || handled === e) return;
  // Avoid creating a cycle in the context chain.
  let o: exc.PyBaseException = handled as exc.PyBaseException;
  let slow = o;
  let step = false;
  for (;;) {
    const ctx = o.context as exc.PyBaseException | null;
    if (ctx === null) break;
    if (ctx === e) {
      o.context = null;
      break;
    }
    o = ctx;
    if (o === slow) break;
    if (step) slow = slow.context as exc.PyBaseException;
    step = !step;
  }
  e.context = handled;
}

function addTraceback(e: exc.PyBaseException, f: Frame, idx: number): void {
  e.traceback = new PyTraceBackObject(e.traceback as PyTraceBackObject | null, f, idx < 0 ? -1 : f.rt.offsets[idx] * 2);
}

/** find the handler of instruction idx: [target, depth, lasti] or null */
function findHandler(rt: CodeRT, idx: number): number {
  const t = rt.exctab;
  if (t.length === 0 || idx < 0) return -1;
  const u = rt.offsets[idx];
  for (let i = 0; i < t.length; i += 5) {
    if (t[i] <= u && u < t[i + 1]) return i;
  }
  return -1;
}

function match_class(subject: PyObject, type: PyObject, nargs: number, kwargs: PyTuple): PyObject {
  if (!(type instanceof PyTypeObject)) PyErr_SetString(exc.PyExc_TypeError, `called match pattern must be a type`);
  if (!A.PyObject_IsInstance(subject, type)) return Py_None;
  const attrs: PyObject[] = [];
  let match_args: PyObject | undefined;
  const seen = new Set<string>();
  if (nargs) {
    let match_self = false;
    match_args = A.PyObject_LookupAttr(type, "__match_args__");
    if (match_args !== undefined) {
      if (!(match_args instanceof PyTuple)) PyErr_SetString(exc.PyExc_TypeError, `${type.ht_name}.__match_args__ must be a tuple (got ${Py_TYPE(match_args).ht_name})`);
    } else {
      match_self = MATCH_SELF_TYPES.some((t) => A.PyType_IsSubtype(type, t));
      match_args = PyTuple_FromArray([]);
    }
    const allowed = match_self ? 1 : (match_args as PyTuple).items.length;
    if (allowed < nargs) {
      PyErr_SetString(exc.PyExc_TypeError, `${type.ht_name}() accepts ${allowed} positional sub-pattern${allowed === 1 ? "" : "s"} (${nargs} given)`);
    }
    if (match_self) attrs.push(subject);
    else {
      for (let i = 0; i < nargs; i++) {
        const name = (match_args as PyTuple).items[i];
        if (!(name instanceof PyStr)) PyErr_SetString(exc.PyExc_TypeError, `__match_args__ elements must be strings (got ${Py_TYPE(name).ht_name})`);
        if (seen.has(name.value)) PyErr_SetString(exc.PyExc_TypeError, `${type.ht_name}() got multiple sub-patterns for attribute '${name.value}'`);
        seen.add(name.value);
        const v = A.PyObject_LookupAttr(subject, name.value);
        if (v === undefined) return Py_None;
        attrs.push(v);
      }
    }
  }
  for (const k of kwargs.items) {
    const name = (k as PyStr).value;
    if (seen.has(name)) PyErr_SetString(exc.PyExc_TypeError, `${type.ht_name}() got multiple sub-patterns for attribute '${name}'`);
    seen.add(name);
    const v = A.PyObject_LookupAttr(subject, name);
    if (v === undefined) return Py_None;
    attrs.push(v);
  }
  return PyTuple_FromArray(attrs);
}

/** The builtin types whose instances match a class pattern's one positional subpattern whole. */
const MATCH_SELF_TYPES: readonly PyTypeObject[] = [
  PyBool_Type, PyByteArray_Type, PyBytes_Type, PyDict_Type, PyFloat_Type, PyFrozenSet_Type, PyLong_Type,
  PyList_Type, PySet_Type, PyUnicode_Type, PyTuple_Type,
];

function match_keys(subject: PyObject, keys: PyTuple): PyObject {
  if (keys.items.length === 0) return PyTuple_FromArray([]);
  const get = A.PyObject_GetAttr(subject, "get");
  const dummy = new PyList([]);
  const values: PyObject[] = [];
  const seen: PyObject[] = [];
  for (const k of keys.items) {
    for (const s of seen) if (A.PyObject_RichCompareBool(s, k, Py_EQ)) PyErr_SetString(exc.PyExc_ValueError, `mapping pattern checks duplicate key (${A.PyObject_ReprStr(k)})`);
    seen.push(k);
    const v = A.PyObject_Vectorcall(get, [k, dummy], null);
    if (v === dummy) return Py_None;
    values.push(v);
  }
  return PyTuple_FromArray(values);
}

function import_name(f: Frame, name: string, fromlist: PyObject, level: PyObject): PyObject {
  const imp = f.builtins.getStr("__import__");
  if (imp === undefined) PyErr_SetString(exc.PyExc_ImportError, "__import__ not found");
  return A.PyObject_Vectorcall(imp, [PyUnicode_InternFromString(name), f.f_globals, f.locals ?? Py_None, fromlist, level], null);
}

function import_from(v: PyObject, name: string): PyObject {
  const x = A.PyObject_LookupAttr(v, name);
  if (x !== undefined) return x;
  const pkgname = A.PyObject_LookupAttr(v, "__name__");
  if (pkgname instanceof PyStr) {
    const sys = require("./sysmodule") as { sysModules: () => PyDict };
    const m = sys.sysModules().getStr(`${pkgname.value}.${name}`);
    if (m !== undefined) return m;
  }
  const modname = pkgname instanceof PyStr ? pkgname.value : "<unknown module name>";
  const file = A.PyObject_LookupAttr(v, "__file__");
  const e = PyErr_NewException(exc.PyExc_ImportError, [
    PyUnicode_FromString(
      file instanceof PyStr
        ? `cannot import name '${name}' from '${modname}' (${file.value})`
        : `cannot import name '${name}' from '${modname}' (unknown location)`,
    ),
  ]);
  (e as exc.PyImportErrorObject).name = PyUnicode_FromString(modname);
  throw e;
}

function import_star(f: Frame, from: PyObject): void {
  let all = A.PyObject_LookupAttr(from, "__all__");
  let skipUnderscore = false;
  if (all === undefined) {
    const d = A.PyObject_LookupAttr(from, "__dict__");
    if (d === undefined) PyErr_SetString(exc.PyExc_ImportError, "from-import-* object has no __dict__ and no __all__");
    all = A.PyObject_CallMethod(d, "keys", []);
    skipUnderscore = true;
  }
  for (const name of A.iterate(all)) {
    if (!(name instanceof PyStr)) PyErr_SetString(exc.PyExc_TypeError, `Item in ${"module.__all__"} must be str, not ${Py_TYPE(name).ht_name}`);
    if (skipUnderscore && name.value.startsWith("_")) continue;
    store_name(f, name.value, A.PyObject_GetAttr(from, name.value));
  }
}

function setup_annotations(f: Frame): void {
  const locals = f.locals!;
  if (locals instanceof PyDict && locals.ob_type === PyDict_Type) {
    if (locals.getStr("__annotations__") === undefined) locals.setStr("__annotations__", new PyDict());
    return;
  }
  const k = PyUnicode_InternFromString("__annotations__");
  try {
    A.PyObject_GetItem(locals, k);
  } catch (e) {
    if (!PyErr_ExceptionMatches(e, exc.PyExc_KeyError)) throw e;
    A.PyObject_SetItem(locals, k, new PyDict());
  }
}

function with_enter(mgr: PyObject, stack: PyObject[], sp: number, async: boolean): number {
  const enterName = async ? "__aenter__" : "__enter__";
  const exitName = async ? "__aexit__" : "__exit__";
  const enter = typeobject._PyType_Lookup(Py_TYPE(mgr), enterName);
  if (enter === null) {
    PyErr_SetString(exc.PyExc_TypeError, `'${Py_TYPE(mgr).ht_name}' object does not support the ${async ? "asynchronous " : ""}context manager protocol`);
  }
  const exit = typeobject._PyType_Lookup(Py_TYPE(mgr), exitName);
  if (exit === null) {
    PyErr_SetString(exc.PyExc_TypeError, `'${Py_TYPE(mgr).ht_name}' object does not support the ${async ? "asynchronous " : ""}context manager protocol (missed ${exitName} method)`);
  }
  const bind = (d: PyObject): PyObject => {
    const g = Py_TYPE(d).tp_descr_get;
    return g ? g(d, mgr, Py_TYPE(mgr)) : d;
  };
  const boundExit = bind(exit);
  const res = A.PyObject_CallNoArgs(bind(enter));
  stack[sp] = boundExit;
  stack[sp + 1] = res;
  return 2;
}

function getSuperZeroArgs(): [PyTypeObject, PyObject] {
  const f = tstate.frame as Frame | null;
  if (f === null) PyErr_SetString(exc.PyExc_RuntimeError, MSG.super_no_args());
  const code = f.rt.code;
  if (code.co_argcount === 0) PyErr_SetString(exc.PyExc_RuntimeError, MSG.super_no_args());
  let first = f.stack[f.base];
  if (first === null) {
    PyErr_SetString(exc.PyExc_RuntimeError, "super(): arg[0] deleted");
  }
  if (code.co_localspluskinds[0] & CO_FAST_CELL && first instanceof PyCellObject) {
    first = first.ob_ref as PyObject;
    if (first === null) PyErr_SetString(exc.PyExc_RuntimeError, "super(): arg[0] deleted");
  }
  const idx = f.rt.classcellIdx;
  if (idx < 0) PyErr_SetString(exc.PyExc_RuntimeError, MSG.super_no_class_cell());
  const cell = f.stack[f.base + idx];
  if (!(cell instanceof PyCellObject)) PyErr_SetString(exc.PyExc_RuntimeError, "super(): bad __class__ cell");
  const cls = cell.ob_ref;
  if (cls === null) PyErr_SetString(exc.PyExc_RuntimeError, MSG.super_empty_cell());
  if (!(cls instanceof PyTypeObject)) PyErr_SetString(exc.PyExc_RuntimeError, MSG.super_class_not_type(Py_TYPE(cls).ht_name));
  return [cls, first];
}
typeobject.superHooks.zeroArgs = getSuperZeroArgs;

function get_awaitable(obj: PyObject, where: number): PyObject {
  return genobject.getAwaitableIter(obj, where);
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// The loop

/** Runs frame f (an entry frame) until it returns or, for a generator frame, yields. */
export function run(entry: Frame): PyObject {
  let f = entry;
  let rt = f.rt;
  let instrs = rt.instrs;
  let consts = rt.consts;
  let names = rt.names;
  let stack = f.stack;
  let base = f.base;
  let sp = f.sp;
  let pc = f.pc;
  let kwnames: string[] | null = null;
  f.state = FRAME_EXECUTING;
  tstate.frame = f;
  tstate.stackTop = f.top;
  for (;;) {
    try {
      if (pendingThrow !== null && pendingThrow.f === f) {
        const t = pendingThrow.e;
        pendingThrow = null;
        throw t;
      }
      for (;;) {
        const word = instrs[pc++];
        const arg = word >> 8;
        switch (word & 255) {
          case Op.NOP:
          case Op.RESUME:
          case Op.CACHE:
            continue;
          case Op.LOAD_FAST: {
            const v = stack[base + arg];
            if (v === null) unboundLocal(f, arg);
            stack[sp++] = v;
            continue;
          }
          case Op.LOAD_CONST:
            stack[sp++] = consts[arg];
            continue;
          case Op.STORE_FAST:
            stack[base + arg] = stack[--sp];
            continue;
          case Op.DELETE_FAST:
            if (stack[base + arg] === null) unboundLocal(f, arg);
            stack[base + arg] = null as unknown as PyObject;
            continue;
          case Op.POP_TOP:
            sp--;
            continue;
          case Op.PUSH_NULL:
            stack[sp++] = null as unknown as PyObject;
            continue;
          case Op.COPY:
            stack[sp] = stack[sp - arg];
            sp++;
            continue;
          case Op.SWAP: {
            const t = stack[sp - 1];
            stack[sp - 1] = stack[sp - arg];
            stack[sp - arg] = t;
            continue;
          }
          case Op.BINARY_OP: {
            const b = stack[--sp];
            const a = stack[sp - 1];
            if (typeof a === "number" && typeof b === "number") {
              let r: number;
              switch (arg) {
                case 0: case 13: r = a + b; break;
                case 10: case 23: r = a - b; break;
                case 5: case 18: r = a * b + 0; break;
                default: r = 0.5;
              }
              if (Number.isSafeInteger(r)) {
                stack[sp - 1] = r;
                continue;
              }
            } else if (a instanceof PyFloat && b instanceof PyFloat && a.ob_type === b.ob_type && arg !== 8 && arg !== 21) {
              let r: number;
              switch (arg) {
                case 0: case 13: r = a.value + b.value; break;
                case 10: case 23: r = a.value - b.value; break;
                case 5: case 18: r = a.value * b.value; break;
                case 11: case 24:
                  if (b.value === 0) r = NaN;
                  else r = a.value / b.value;
                  break;
                default: r = NaN;
              }
              if (r === r) {
                stack[sp - 1] = new PyFloat(r);
                continue;
              }
            }
            stack[sp - 1] = A.BINARY_OPS[arg](a, b);
            continue;
          }
          case Op.COMPARE_OP: {
            const b = stack[--sp];
            const a = stack[sp - 1];
            if (typeof a === "number" && typeof b === "number") {
              let r: boolean;
              switch (arg) {
                case 0: r = a < b; break;
                case 1: r = a <= b; break;
                case 2: r = a === b; break;
                case 3: r = a !== b; break;
                case 4: r = a > b; break;
                default: r = a >= b;
              }
              stack[sp - 1] = r ? Py_True : Py_False;
              continue;
            }
            stack[sp - 1] = A.PyObject_RichCompare(a, b, arg);
            continue;
          }
          case Op.IS_OP: {
            const b = stack[--sp];
            const a = stack[sp - 1];
            stack[sp - 1] = (a === b) !== (arg === 1) ? Py_True : Py_False;
            continue;
          }
          case Op.CONTAINS_OP: {
            const b = stack[--sp];
            const a = stack[sp - 1];
            stack[sp - 1] = A.PySequence_Contains(b, a) !== (arg === 1) ? Py_True : Py_False;
            continue;
          }
          case Op.POP_JUMP_FORWARD_IF_FALSE:
          case Op.POP_JUMP_BACKWARD_IF_FALSE: {
            const v = stack[--sp];
            if (v === Py_False || (v !== Py_True && !A.PyObject_IsTrue(v))) pc = arg;
            continue;
          }
          case Op.POP_JUMP_FORWARD_IF_TRUE:
          case Op.POP_JUMP_BACKWARD_IF_TRUE: {
            const v = stack[--sp];
            if (v === Py_True || (v !== Py_False && A.PyObject_IsTrue(v))) pc = arg;
            continue;
          }
          case Op.POP_JUMP_FORWARD_IF_NONE:
          case Op.POP_JUMP_BACKWARD_IF_NONE:
            if (stack[--sp] === Py_None) pc = arg;
            continue;
          case Op.POP_JUMP_FORWARD_IF_NOT_NONE:
          case Op.POP_JUMP_BACKWARD_IF_NOT_NONE:
            if (stack[--sp] !== Py_None) pc = arg;
            continue;
          case Op.JUMP_IF_FALSE_OR_POP: {
            const v = stack[sp - 1];
            if (v === Py_False || (v !== Py_True && !A.PyObject_IsTrue(v))) pc = arg;
            else sp--;
            continue;
          }
          case Op.JUMP_IF_TRUE_OR_POP: {
            const v = stack[sp - 1];
            if (v === Py_True || (v !== Py_False && A.PyObject_IsTrue(v))) pc = arg;
            else sp--;
            continue;
          }
          case Op.JUMP_FORWARD:
          case Op.JUMP_BACKWARD:
          case Op.JUMP_BACKWARD_NO_INTERRUPT:
            pc = arg;
            continue;
          case Op.LOAD_GLOBAL: {
            if (arg & 1) stack[sp++] = null as unknown as PyObject;
            const name = names[arg >> 1];
            let v = f.f_globals.getStr(name);
            if (v === undefined) v = load_global(f, name);
            stack[sp++] = v;
            continue;
          }
          case Op.STORE_GLOBAL:
            f.f_globals.setStr(names[arg], stack[--sp]);
            continue;
          case Op.DELETE_GLOBAL:
            if (!f.f_globals.delStr(names[arg])) nameError(names[arg]);
            continue;
          case Op.LOAD_NAME:
            stack[sp++] = load_name(f, names[arg]);
            continue;
          case Op.STORE_NAME:
            store_name(f, names[arg], stack[--sp]);
            continue;
          case Op.DELETE_NAME:
            delete_name(f, names[arg]);
            continue;
          case Op.LOAD_ATTR: {
            const o = stack[sp - 1];
            stack[sp - 1] = A.PyObject_GetAttr(o, names[arg]);
            continue;
          }
          case Op.STORE_ATTR: {
            const o = stack[--sp];
            const v = stack[--sp];
            A.PyObject_SetAttr(o, names[arg], v);
            continue;
          }
          case Op.DELETE_ATTR:
            A.PyObject_SetAttr(stack[--sp], names[arg], null);
            continue;
          case Op.LOAD_METHOD:
            load_method(stack[sp - 1], names[arg], stack, sp - 1);
            sp++;
            continue;
          case Op.BINARY_SUBSCR: {
            const k = stack[--sp];
            const o = stack[sp - 1];
            if (o instanceof PyList && typeof k === "number" && o.ob_type === PyList_Type) {
              const i = k < 0 ? k + o.items.length : k;
              if (i >= 0 && i < o.items.length) {
                stack[sp - 1] = o.items[i];
                continue;
              }
            }
            stack[sp - 1] = A.PyObject_GetItem(o, k);
            continue;
          }
          case Op.STORE_SUBSCR: {
            const k = stack[--sp];
            const o = stack[--sp];
            const v = stack[--sp];
            if (o instanceof PyList && typeof k === "number" && o.ob_type === PyList_Type) {
              const i = k < 0 ? k + o.items.length : k;
              if (i >= 0 && i < o.items.length) {
                o.items[i] = v;
                continue;
              }
            }
            A.PyObject_SetItem(o, k, v);
            continue;
          }
          case Op.DELETE_SUBSCR: {
            const k = stack[--sp];
            A.PyObject_DelItem(stack[--sp], k);
            continue;
          }
          case Op.UNARY_NEGATIVE:
            stack[sp - 1] = A.PyNumber_Negative(stack[sp - 1]);
            continue;
          case Op.UNARY_POSITIVE:
            stack[sp - 1] = A.PyNumber_Positive(stack[sp - 1]);
            continue;
          case Op.UNARY_INVERT:
            stack[sp - 1] = A.PyNumber_Invert(stack[sp - 1]);
            continue;
          case Op.UNARY_NOT: {
            const v = stack[sp - 1];
            stack[sp - 1] = v === Py_True ? Py_False : v === Py_False ? Py_True : A.PyObject_IsTrue(v) ? Py_False : Py_True;
            continue;
          }
          case Op.GET_ITER: {
            const o = stack[sp - 1];
            stack[sp - 1] = A.PyObject_GetIter(o);
            continue;
          }
          case Op.FOR_ITER: {
            const it = stack[sp - 1];
            const next = Py_TYPE(it).tp_iternext!;
            let v: PyObject | undefined;
            try {
              v = next(it);
            } catch (e) {
              if (!PyErr_ExceptionMatches(e, exc.PyExc_StopIteration)) throw e;
              v = undefined;
            }
            if (v === undefined) {
              sp--;
              pc = arg;
            } else stack[sp++] = v;
            continue;
          }
          case Op.KW_NAMES: {
            let k = rt.kwnames[arg];
            if (k === undefined) {
              k = (consts[arg] as PyTuple).items.map((s) => (s as PyStr).value);
              rt.kwnames[arg] = k;
            }
            kwnames = k;
            continue;
          }
          case Op.PRECALL:
            continue;
          case Op.CALL: {
            const kw = kwnames;
            kwnames = null;
            const a = stack[sp - arg - 2];
            let callable: PyObject;
            let argStart: number;
            if (a !== null) {
              callable = a;
              argStart = sp - arg - 1;
            } else {
              callable = stack[sp - arg - 1];
              argStart = sp - arg;
              if (callable instanceof PyMethodObject) {
                stack[sp - arg - 1] = callable.im_self;
                callable = callable.im_func;
                argStart = sp - arg - 1;
              }
            }
            const resultAt = sp - arg - 2;
            if (callable instanceof PyFunctionObject) {
              f.sp = resultAt;
              f.pc = pc;
              const nf = makeFrame(callable, stack, argStart, sp - argStart, kw);
              if (++tstate.recursion_depth > tstate.recursion_limit) {
                tstate.recursion_depth--;
                PyErr_SetString(exc.PyExc_RecursionError, MSG.recursion_exceeded());
              }
              nf.f_back = f;
              f = nf;
              rt = f.rt;
              instrs = rt.instrs;
              consts = rt.consts;
              names = rt.names;
              base = f.base;
              sp = f.sp;
              pc = 0;
              f.state = FRAME_EXECUTING;
              tstate.frame = f;
              tstate.stackTop = f.top;
              continue;
            }
            f.sp = sp;
            f.pc = pc;
            const res = call_native(callable, stack, argStart, sp, kw);
            sp = resultAt;
            stack[sp++] = res;
            continue;
          }
          case Op.CALL_FUNCTION_EX: {
            const kwargs = arg & 1 ? stack[--sp] : null;
            const callargs = stack[--sp];
            const func = stack[--sp];
            sp--; // the NULL below
            f.sp = sp;
            f.pc = pc;
            stack[sp++] = call_function_ex(func, callargs, kwargs);
            continue;
          }
          case Op.RETURN_VALUE: {
            const v = stack[--sp];
            f.state = FRAME_COMPLETED;
            if (f.isEntry) {
              f.sp = sp;
              f.pc = pc;
              return v;
            }
            tstate.recursion_depth--;
            f = f.f_back!;
            rt = f.rt;
            instrs = rt.instrs;
            consts = rt.consts;
            names = rt.names;
            stack = f.stack;
            base = f.base;
            sp = f.sp;
            pc = f.pc;
            stack[sp++] = v;
            tstate.frame = f;
            tstate.stackTop = f.top;
            continue;
          }
          case Op.BUILD_TUPLE: {
            const items = stack.slice(sp - arg, sp);
            sp -= arg;
            stack[sp++] = PyTuple_FromArray(items);
            continue;
          }
          case Op.BUILD_LIST: {
            const items = stack.slice(sp - arg, sp);
            sp -= arg;
            stack[sp++] = PyList_FromArray(items);
            continue;
          }
          case Op.LIST_APPEND: {
            const v = stack[--sp];
            (stack[sp - arg] as PyList).items.push(v);
            continue;
          }
          case Op.LIST_EXTEND: {
            const v = stack[--sp];
            list_extend(stack[sp - arg] as PyList, v);
            continue;
          }
          case Op.LIST_TO_TUPLE:
            stack[sp - 1] = PyTuple_FromArray((stack[sp - 1] as PyList).items);
            continue;
          case Op.BUILD_SET: {
            const items = stack.slice(sp - arg, sp);
            sp -= arg;
            stack[sp++] = build_set(items);
            continue;
          }
          case Op.SET_ADD: {
            const v = stack[--sp];
            A.PyObject_CallMethod(stack[sp - arg], "add", [v]);
            continue;
          }
          case Op.SET_UPDATE: {
            const v = stack[--sp];
            A.PyObject_CallMethod(stack[sp - arg], "update", [v]);
            continue;
          }
          case Op.BUILD_MAP: {
            const d = new PyDict();
            for (let i = sp - 2 * arg; i < sp; i += 2) d.setItem(stack[i], stack[i + 1]);
            sp -= 2 * arg;
            stack[sp++] = d;
            continue;
          }
          case Op.BUILD_CONST_KEY_MAP: {
            const keys = (stack[--sp] as PyTuple).items;
            const d = new PyDict();
            for (let i = 0; i < arg; i++) d.setItem(keys[i], stack[sp - arg + i]);
            sp -= arg;
            stack[sp++] = d;
            continue;
          }
          case Op.MAP_ADD: {
            const v = stack[--sp];
            const k = stack[--sp];
            (stack[sp - arg] as PyDict).setItem(k, v);
            continue;
          }
          case Op.DICT_UPDATE: {
            const v = stack[--sp];
            dict_update(stack[sp - arg] as PyDict, v);
            continue;
          }
          case Op.DICT_MERGE: {
            const v = stack[--sp];
            dict_merge(stack[sp - arg - 2], stack[sp - arg] as PyDict, v);
            continue;
          }
          case Op.BUILD_SLICE: {
            const step = arg === 3 ? stack[--sp] : Py_None;
            const stop = stack[--sp];
            const start = stack[sp - 1];
            stack[sp - 1] = A.PyObject_Vectorcall(PySlice_Type, [start, stop, step], null);
            continue;
          }
          case Op.BUILD_STRING: {
            let s = "";
            for (let i = sp - arg; i < sp; i++) s += (stack[i] as PyStr).value;
            sp -= arg;
            stack[sp++] = PyUnicode_FromString(s);
            continue;
          }
          case Op.FORMAT_VALUE: {
            const spec = arg & 4 ? stack[--sp] : null;
            stack[sp - 1] = format_value(stack[sp - 1], arg, spec);
            continue;
          }
          case Op.UNPACK_SEQUENCE: {
            const v = stack[--sp];
            if (v instanceof PyTuple && v.ob_type === PyTuple_Type && v.items.length === arg) {
              const items = v.items;
              for (let i = 0; i < arg; i++) stack[sp + i] = items[arg - 1 - i];
            } else unpack_sequence(v, arg, stack, sp);
            sp += arg;
            continue;
          }
          case Op.UNPACK_EX: {
            const v = stack[--sp];
            sp += unpack_ex(v, arg & 0xff, arg >> 8, stack, sp);
            continue;
          }
          case Op.MAKE_FUNCTION: {
            const code = stack[--sp] as unknown as CodeObject;
            const [func, nsp] = make_function(code, f, arg, stack, sp);
            sp = nsp;
            stack[sp++] = func;
            continue;
          }
          case Op.MAKE_CELL: {
            const v = stack[base + arg];
            stack[base + arg] = new PyCellObject(v);
            continue;
          }
          case Op.COPY_FREE_VARS: {
            const closure = f.func!.func_closure!.items;
            const off = rt.nlocalsplus - arg;
            for (let i = 0; i < arg; i++) stack[base + off + i] = closure[i];
            continue;
          }
          case Op.LOAD_CLOSURE:
            stack[sp++] = stack[base + arg];
            continue;
          case Op.LOAD_DEREF: {
            const v = (stack[base + arg] as PyCellObject).ob_ref;
            if (v === null) unboundDeref(f, arg);
            stack[sp++] = v;
            continue;
          }
          case Op.STORE_DEREF:
            (stack[base + arg] as PyCellObject).ob_ref = stack[--sp];
            continue;
          case Op.DELETE_DEREF: {
            const c = stack[base + arg] as PyCellObject;
            if (c.ob_ref === null) unboundDeref(f, arg);
            c.ob_ref = null;
            continue;
          }
          case Op.LOAD_CLASSDEREF: {
            const name = rt.code.co_localsplusnames[arg];
            const locals = f.locals!;
            let v: PyObject | undefined;
            if (locals instanceof PyDict) v = locals.getStr(name);
            else {
              try {
                v = A.PyObject_GetItem(locals, PyUnicode_InternFromString(name));
              } catch (e) {
                if (!PyErr_ExceptionMatches(e, exc.PyExc_KeyError)) throw e;
              }
            }
            if (v === undefined) {
              const c = (stack[base + arg] as PyCellObject).ob_ref;
              if (c === null) unboundDeref(f, arg);
              v = c;
            }
            stack[sp++] = v;
            continue;
          }
          case Op.LOAD_BUILD_CLASS: {
            const bc = f.builtins.getStr("__build_class__");
            if (bc === undefined) PyErr_SetString(exc.PyExc_NameError, "__build_class__ not found");
            stack[sp++] = bc;
            continue;
          }
          case Op.LOAD_ASSERTION_ERROR:
            stack[sp++] = exc.PyExc_AssertionError;
            continue;
          case Op.RAISE_VARARGS: {
            const cause = arg === 2 ? stack[--sp] : null;
            const v = arg >= 1 ? stack[--sp] : null;
            f.sp = sp;
            do_raise(v, cause);
          }
          case Op.RERAISE: {
            const v = stack[--sp];
            if (arg) {
              const lasti = stack[sp - 1] as number;
              // resume the traceback location of the original raise
              void lasti;
            }
            reraiseFlag = true;
            throw v;
          }
          case Op.PUSH_EXC_INFO: {
            const v = stack[sp - 1];
            stack[sp - 1] = tstate.exc_info ?? Py_None;
            stack[sp++] = v;
            tstate.exc_info = v;
            continue;
          }
          case Op.POP_EXCEPT: {
            const v = stack[--sp];
            tstate.exc_info = v === Py_None ? null : v;
            continue;
          }
          case Op.CHECK_EXC_MATCH: {
            const right = stack[sp - 1];
            stack[sp - 1] = check_exc_match(stack[sp - 2], right) ? Py_True : Py_False;
            continue;
          }
          case Op.CHECK_EG_MATCH: {
            const matchType = stack[--sp];
            const excValue = stack[sp - 1] as exc.PyBaseException;
            check_except_type_valid(matchType);
            const [match, rest] = exc.exceptionGroupMatch(excValue, matchType);
            if (match === Py_None) {
              stack[sp++] = Py_None;
            } else {
              stack[sp - 1] = rest;
              stack[sp++] = match;
              tstate.exc_info = match;
            }
            continue;
          }
          case Op.PREP_RERAISE_STAR: {
            const excs = stack[--sp] as PyList;
            const orig = stack[sp - 1];
            stack[sp - 1] = exc.prepReraiseStar(orig, excs.items);
            continue;
          }
          case Op.WITH_EXCEPT_START: {
            // stack: exit, lasti, prev_exc, exc
            const val = stack[sp - 1] as exc.PyBaseException;
            const exitFunc = stack[sp - 4];
            const tb = val.traceback ?? Py_None;
            stack[sp++] = A.PyObject_Vectorcall(exitFunc, [Py_TYPE(val), val, tb], null);
            continue;
          }
          case Op.BEFORE_WITH: {
            const mgr = stack[--sp];
            sp += with_enter(mgr, stack, sp, false);
            continue;
          }
          case Op.BEFORE_ASYNC_WITH: {
            const mgr = stack[--sp];
            with_enter(mgr, stack, sp, true);
            stack[sp + 1] = get_awaitable(stack[sp + 1], 1);
            sp += 2;
            continue;
          }
          case Op.GET_LEN:
            stack[sp] = A.PyObject_Size(stack[sp - 1]);
            sp++;
            continue;
          case Op.MATCH_MAPPING:
            stack[sp] = Py_TYPE(stack[sp - 1]).tp_flags & Py_TPFLAGS_MAPPING || stack[sp - 1] instanceof PyDict ? Py_True : Py_False;
            sp++;
            continue;
          case Op.MATCH_SEQUENCE: {
            const s = stack[sp - 1];
            stack[sp] = Py_TYPE(s).tp_flags & Py_TPFLAGS_SEQUENCE || s instanceof PyList || (s instanceof PyTuple) ? Py_True : Py_False;
            sp++;
            continue;
          }
          case Op.MATCH_KEYS:
            stack[sp] = match_keys(stack[sp - 2], stack[sp - 1] as PyTuple);
            sp++;
            continue;
          case Op.MATCH_CLASS: {
            const names_ = stack[--sp] as PyTuple;
            const type = stack[--sp];
            const subject = stack[sp - 1];
            stack[sp - 1] = match_class(subject, type, arg, names_);
            continue;
          }
          case Op.IMPORT_NAME: {
            const fromlist = stack[--sp];
            const level = stack[sp - 1];
            f.sp = sp;
            f.pc = pc;
            stack[sp - 1] = import_name(f, names[arg], fromlist, level);
            continue;
          }
          case Op.IMPORT_FROM:
            stack[sp] = import_from(stack[sp - 1], names[arg]);
            sp++;
            continue;
          case Op.IMPORT_STAR:
            import_star(f, stack[--sp]);
            continue;
          case Op.SETUP_ANNOTATIONS:
            setup_annotations(f);
            continue;
          case Op.PRINT_EXPR: {
            const v = stack[--sp];
            const sys = require("./sysmodule") as { displayhook: (v: PyObject) => void };
            sys.displayhook(v);
            continue;
          }
          case Op.RETURN_GENERATOR: {
            // Move the frame to its own array and return the generator to the caller.
            const size = rt.framesize;
            const own = stack.slice(base, base + size);
            while (own.length < size) own.push(null as unknown as PyObject);
            f.stack = own;
            f.base = 0;
            f.sp = sp - base;
            f.pc = pc;
            f.state = FRAME_CREATED;
            const gen = genobject.newGenerator(f);
            f.gen = gen;
            const wasEntry = f.isEntry;
            f.isEntry = false;
            if (wasEntry) {
              // (runEntry restores tstate.frame)
              return gen;
            }
            tstate.recursion_depth--;
            const caller = f.f_back!;
            f.f_back = null;
            f = caller;
            rt = f.rt;
            instrs = rt.instrs;
            consts = rt.consts;
            names = rt.names;
            stack = f.stack;
            base = f.base;
            sp = f.sp;
            pc = f.pc;
            stack[sp++] = gen;
            tstate.frame = f;
            tstate.stackTop = f.top;
            continue;
          }
          case Op.YIELD_VALUE: {
            const v = stack[--sp];
            f.sp = sp;
            f.pc = pc;
            f.state = FRAME_SUSPENDED;
            return v;
          }
          case Op.SEND: {
            const v = stack[--sp];
            const receiver = stack[sp - 1];
            f.sp = sp;
            f.pc = pc;
            const [status, r] = genobject.sendTo(receiver, v);
            if (status === 0) {
              // returned: pop receiver, push value, jump
              stack[sp - 1] = r;
              pc = arg;
            } else stack[sp++] = r;
            continue;
          }
          case Op.GET_YIELD_FROM_ITER:
            stack[sp - 1] = genobject.getYieldFromIter(stack[sp - 1], rt.code.co_flags);
            continue;
          case Op.GET_AWAITABLE:
            stack[sp - 1] = get_awaitable(stack[sp - 1], arg);
            continue;
          case Op.GET_AITER:
            stack[sp - 1] = genobject.getAiter(stack[sp - 1]);
            continue;
          case Op.GET_ANEXT:
            stack[sp] = genobject.getAnext(stack[sp - 1]);
            sp++;
            continue;
          case Op.END_ASYNC_FOR: {
            const v = stack[--sp];
            if (v instanceof exc.PyBaseException && exc.PyType_IsSubtypeFast(Py_TYPE(v), exc.PyExc_StopAsyncIteration)) {
              sp--; // the async iterator
              continue;
            }
            reraiseFlag = true;
            throw v;
          }
          case Op.ASYNC_GEN_WRAP:
            stack[sp - 1] = genobject.asyncGenWrap(stack[sp - 1]);
            continue;
          default:
            PyErr_SetString(exc.PyExc_SystemError, `unknown opcode ${word & 255}`);
        }
      }
    } catch (e) {
      // ── exception unwinding ──
      const ex = PyErr_FromJS(e);
      kwnames = null;
      if (reraiseFlag) reraiseFlag = false;
      else if (ex === propagating && e === ex) addTraceback(ex, f, pc - 1);
      else {
        chainContext(ex);
        addTraceback(ex, f, pc - 1);
      }
      propagating = null;
      for (;;) {
        const h = findHandler(rt, pc - 1);
        if (h >= 0) {
          const t = rt.exctab;
          sp = base + rt.nlocalsplus + t[h + 3];
          if (t[h + 4]) stack[sp++] = rt.offsets[pc - 1];
          stack[sp++] = ex;
          pc = t[h + 2];
          break;
        }
        // no handler in this frame
        f.state = FRAME_COMPLETED;
        if (f.isEntry) {
          f.sp = sp;
          f.pc = pc;
          propagating = ex;
          throw ex;
        }
        tstate.recursion_depth--;
        f = f.f_back!;
        rt = f.rt;
        instrs = rt.instrs;
        consts = rt.consts;
        names = rt.names;
        stack = f.stack;
        base = f.base;
        sp = f.sp;
        pc = f.pc;
        tstate.frame = f;
        tstate.stackTop = f.top;
        addTraceback(ex, f, pc - 1);
      }
    }
  }
}

/** An exception to raise in a frame when it resumes (generator.throw()). */
let pendingThrow: { f: Frame; e: exc.PyBaseException } | null = null;

export function setPendingThrow(f: Frame, e: exc.PyBaseException): void {
  pendingThrow = { f, e };
}

/** After generator.throw() ended a yield-from delegation: continue at the SEND's exit. */
export function skipYieldFrom(f: Frame): void {
  const sendIdx = f.pc - 2;
  const word = f.rt.instrs[sendIdx];
  if ((word & 255) === Op.SEND) f.pc = word >> 8;
}

/** The exception an inner run() is propagating to native code (not a fresh raise). */
let propagating: exc.PyBaseException | null = null;

void Py_NotImplemented;
void PyLong;
void longobject;
void PyCFunctionObject;
void PyFunction_Type;
void PyDict_Check;
void CO_FAST_LOCAL;
void CO_OPTIMIZED;
void CO_NEWLOCALS;
void CO_ITERABLE_COROUTINE;
