// Generators, coroutines and async generators (CPython's Objects/genobject.c): a suspended
// eval-loop frame (ceval.ts Frame, moved to its own array by RETURN_GENERATOR) that send(),
// throw() and close() resume.
import {
  PyObject,
  PyObjectBase,
  PyTypeObject,
  PyType_FromSpec,
  PyBaseObject_Type,
  PyStr,
  Py_None,
  Py_True,
  Py_False,
  Py_TYPE,
  PyUnicode_FromString,
  PyTuple_FromArray,
  METH_O,
  METH_NOARGS,
  METH_FASTCALL,
} from "./object";
import { PyErr_SetString, PyErr_NewException, PyErr_ExceptionMatches, PyErr_FromJS } from "../Python/errors";
import * as exc from "./exceptions";
import * as A from "./abstract";
import type { Frame } from "../Python/ceval";
import { tstate } from "../Python/pystate";
import { frameObjectOf } from "./frameobject";
import { Op } from "../Python/opcode_ids";

const CO_COROUTINE = 0x0080;
const CO_ITERABLE_COROUTINE = 0x0100;
const CO_ASYNC_GENERATOR = 0x0200;

const FRAME_CREATED = 0;
const FRAME_SUSPENDED = 1;
const FRAME_COMPLETED = 3;

export class PyGenObject extends PyObjectBase {
  running = false;
  /** The exception being handled inside the generator when it last yielded. */
  exc_state: PyObject | null = null;
  name: PyStr;
  qualname: PyStr;
  /** async generators: whether aclose()/athrow() has been started, hooks called */
  closed = false;
  running_async = false;
  constructor(
    type: PyTypeObject,
    public frame: Frame,
  ) {
    super();
    this.ob_type = type;
    const code = frame.rt.code;
    const func = frame.func;
    this.name = func ? func.func_name : PyUnicode_FromString(code.co_name);
    this.qualname = func ? func.func_qualname : PyUnicode_FromString(code.co_qualname);
  }
  get finished(): boolean {
    return this.frame.state === FRAME_COMPLETED;
  }
}

// Cached: a require() per resume cost esbuild's __toCommonJS property copy each time (a quarter
// of sort_comprehensions' run time, measured with --cpu-prof).
let cevalModule: typeof import("../Python/ceval") | null = null;
function ceval(): typeof import("../Python/ceval") {
  return cevalModule ??= require("../Python/ceval") as typeof import("../Python/ceval");
}

/** The generator, coroutine or async generator for a frame that ran RETURN_GENERATOR. */
export function newGenerator(f: Frame): PyGenObject {
  const flags = f.rt.code.co_flags;
  const type = flags & CO_COROUTINE ? PyCoro_Type : flags & CO_ASYNC_GENERATOR ? PyAsyncGen_Type : PyGen_Type;
  return new PyGenObject(type, f);
}

function kindName(g: PyGenObject): string {
  return g.ob_type === PyCoro_Type ? "coroutine" : g.ob_type === PyAsyncGen_Type ? "async generator" : "generator";
}

/** gen_send_ex2: [0, returned value] or [1, yielded value]; raises what the frame raises. */
export function gen_send_ex(gen: PyGenObject, arg: PyObject, excToThrow: exc.PyBaseException | null = null, closing = false): [number, PyObject] {
  const f = gen.frame;
  if (gen.running) {
    PyErr_SetString(exc.PyExc_ValueError, gen.ob_type === PyCoro_Type ? "coroutine already executing" : gen.ob_type === PyAsyncGen_Type ? "async generator already executing" : "generator already executing");
  }
  if (f.state === FRAME_COMPLETED) {
    if (gen.ob_type === PyCoro_Type && !closing) PyErr_SetString(exc.PyExc_RuntimeError, "cannot reuse already awaited coroutine");
    if (excToThrow !== null) throw excToThrow;
    return [0, Py_None];
  }
  if (f.state === FRAME_CREATED && arg !== Py_None && excToThrow === null) {
    PyErr_SetString(exc.PyExc_TypeError, `can't send non-None value to a just-started ${kindName(gen)}`);
  }
  f.stack[f.sp++] = arg;
  const savedExc = tstate.exc_info;
  if (gen.exc_state !== null) tstate.exc_info = gen.exc_state;
  gen.running = true;
  const ce = ceval();
  try {
    if (excToThrow !== null) throwOnResume(f, excToThrow);
    const r = ce.runEntry(f);
    if (f.state === FRAME_SUSPENDED) {
      gen.exc_state = tstate.exc_info !== savedExc ? tstate.exc_info : gen.exc_state;
      return [1, r];
    }
    gen.exc_state = null;
    return [0, r];
  } catch (e) {
    gen.exc_state = null;
    f.state = FRAME_COMPLETED;
    const ex = PyErr_FromJS(e);
    // PEP 479: StopIteration escaping a generator becomes RuntimeError.
    if (exc.PyType_IsSubtypeFast(Py_TYPE(ex), exc.PyExc_StopIteration)) {
      const msg = gen.ob_type === PyCoro_Type ? "coroutine raised StopIteration" : gen.ob_type === PyAsyncGen_Type ? "async generator raised StopIteration" : "generator raised StopIteration";
      const err = PyErr_NewException(exc.PyExc_RuntimeError, [PyUnicode_FromString(msg)]);
      err.cause = ex;
      err.context = ex;
      err.suppress_context = true;
      throw err;
    }
    if (gen.ob_type === PyAsyncGen_Type && exc.PyType_IsSubtypeFast(Py_TYPE(ex), exc.PyExc_StopAsyncIteration)) {
      const err = PyErr_NewException(exc.PyExc_RuntimeError, [PyUnicode_FromString("async generator raised StopAsyncIteration")]);
      err.cause = ex;
      err.context = ex;
      err.suppress_context = true;
      throw err;
    }
    throw ex;
  } finally {
    gen.running = false;
    tstate.exc_info = savedExc;
  }
}

/** Makes the frame raise `e` at its current instruction when it resumes. */
function throwOnResume(f: Frame, e: exc.PyBaseException): void {
  // The instruction after the yield is a RESUME; replace the resumption by a raise: run() starts
  // at f.pc, so point it at a one-off instruction stream that raises. Simplest: remember and let
  // the loop's first instruction check it.
  ceval().setPendingThrow(f, e);
}

/** _PyGen_yf: the sub-iterator a generator is delegating to (suspended in yield from / await). */
export function _PyGen_yf(gen: PyGenObject): PyObject | null {
  const f = gen.frame;
  if (f.state !== FRAME_SUSPENDED) return null;
  const word = f.rt.instrs[f.pc];
  if (word === undefined || (word & 255) !== Op.RESUME || word >> 8 < 2) return null;
  return f.stack[f.sp - 1];
}

function gen_iternext(o: PyObject): PyObject | undefined {
  const [status, r] = gen_send_ex(o as PyGenObject, Py_None);
  if (status === 1) return r;
  if (r !== Py_None) throw exc.newStopIteration(r);
  return undefined;
}

function gen_send(o: PyObject, arg: PyObject): PyObject {
  const [status, r] = gen_send_ex(o as PyGenObject, arg);
  if (status === 1) return r;
  if (r === Py_None) throw PyErr_NewException((o as PyGenObject).ob_type === PyAsyncGen_Type ? exc.PyExc_StopAsyncIteration : exc.PyExc_StopIteration, []);
  throw exc.newStopIteration(r);
}

/** gen_close_iter */
function gen_close_iter(yf: PyObject): void {
  if (yf instanceof PyGenObject) {
    gen_close(yf);
    return;
  }
  const meth = A.PyObject_LookupAttr(yf, "close");
  if (meth !== undefined) A.PyObject_CallNoArgs(meth);
}

function gen_close(o: PyObject): PyObject {
  const gen = o as PyGenObject;
  const f = gen.frame;
  if (f.state === FRAME_CREATED) {
    f.state = FRAME_COMPLETED;
    return Py_None;
  }
  if (f.state === FRAME_COMPLETED) return Py_None;
  const yf = _PyGen_yf(gen);
  let err: unknown = null;
  if (yf !== null) {
    gen.running = true;
    try {
      gen_close_iter(yf);
    } catch (e) {
      err = e;
    } finally {
      gen.running = false;
    }
  }
  const toThrow = err !== null ? PyErr_FromJS(err) : PyErr_NewException(exc.PyExc_GeneratorExit, []);
  try {
    const [status] = gen_send_ex(gen, Py_None, toThrow, true);
    if (status === 1) {
      PyErr_SetString(exc.PyExc_RuntimeError, `${kindName(gen)} ignored GeneratorExit`);
    }
    return Py_None;
  } catch (e) {
    if (PyErr_ExceptionMatches(e, exc.PyExc_StopIteration) || PyErr_ExceptionMatches(e, exc.PyExc_GeneratorExit)) return Py_None;
    throw e;
  }
}

/** The exception a throw(typ[, val[, tb]]) call raises (PyErr_NormalizeException's rules). */
function makeThrown(typ: PyObject, val: PyObject, tb: PyObject): exc.PyBaseException {
  let e: exc.PyBaseException;
  if (typ instanceof PyTypeObject && exc.PyType_IsSubtypeFast(typ, exc.PyExc_BaseException)) {
    if (val instanceof exc.PyBaseException && exc.PyType_IsSubtypeFast(Py_TYPE(val), typ)) e = val;
    else if (val === Py_None) e = A.PyObject_CallNoArgs(typ) as exc.PyBaseException;
    else if (val instanceof PyObjectBase && val.ob_type.tp_name === "tuple") e = A.PyObject_Call(typ, val, null) as exc.PyBaseException;
    else e = A.PyObject_CallOneArg(typ, val) as exc.PyBaseException;
  } else if (typ instanceof exc.PyBaseException) {
    if (val !== Py_None) PyErr_SetString(exc.PyExc_TypeError, "instance exception may not have a separate value");
    e = typ;
  } else {
    PyErr_SetString(exc.PyExc_TypeError, `exceptions must be classes or instances deriving from BaseException, not ${Py_TYPE(typ).ht_name}`);
  }
  if (tb !== Py_None) {
    if (Py_TYPE(tb).tp_name !== "traceback") PyErr_SetString(exc.PyExc_TypeError, "throw() third argument must be a traceback object");
    e.traceback = tb;
  }
  return e;
}

/** _gen_throw */
function gen_throw_impl(gen: PyGenObject, closeOnGenexit: boolean, typ: PyObject, val: PyObject, tb: PyObject): [number, PyObject] {
  const yf = _PyGen_yf(gen);
  if (yf !== null) {
    if (typ === exc.PyExc_GeneratorExit && closeOnGenexit) {
      gen.running = true;
      let err: unknown = null;
      try {
        gen_close_iter(yf);
      } catch (e) {
        err = e;
      } finally {
        gen.running = false;
      }
      if (err !== null) return gen_send_ex(gen, Py_None, PyErr_FromJS(err));
      return gen_send_ex(gen, Py_None, makeThrown(typ, val, tb));
    }
    let result: [number, PyObject] | null = null;
    let err: unknown = null;
    gen.running = true;
    try {
      if (yf instanceof PyGenObject) result = gen_throw_impl(yf, closeOnGenexit, typ, val, tb);
      else {
        const meth = A.PyObject_LookupAttr(yf, "throw");
        if (meth === undefined) {
          gen.running = false;
          return gen_send_ex(gen, Py_None, makeThrown(typ, val, tb));
        }
        result = [1, A.PyObject_Vectorcall(meth, [typ, val, tb], null)];
      }
    } catch (e) {
      err = e;
    } finally {
      gen.running = false;
    }
    if (err === null) {
      if (result![0] === 1) return result!;
      // the sub-generator returned: resume with its value
      err = exc.newStopIteration(result![1]);
    }
    // The delegation ended: pop the sub-iterator and continue past the SEND loop.
    const f = gen.frame;
    f.sp--;
    ceval().skipYieldFrom(f);
    if (PyErr_ExceptionMatches(err, exc.PyExc_StopIteration)) {
      const v = (err as exc.PyStopIterationObject).value ?? Py_None;
      return gen_send_ex(gen, v);
    }
    return gen_send_ex(gen, Py_None, PyErr_FromJS(err));
  }
  return gen_send_ex(gen, Py_None, makeThrown(typ, val, tb));
}

function gen_throw(o: PyObject, args: PyObject[]): PyObject {
  if (args.length < 1 || args.length > 3) PyErr_SetString(exc.PyExc_TypeError, `throw expected at least 1 argument, got ${args.length}`);
  const [status, r] = gen_throw_impl(o as PyGenObject, true, args[0], args[1] ?? Py_None, args[2] ?? Py_None);
  if (status === 1) return r;
  if (r === Py_None) throw PyErr_NewException(exc.PyExc_StopIteration, []);
  throw exc.newStopIteration(r);
}

function gen_repr(o: PyObject): PyObject {
  const g = o as PyGenObject;
  const kind = g.ob_type === PyCoro_Type ? "coroutine" : g.ob_type === PyAsyncGen_Type ? "async_generator" : "generator";
  return PyUnicode_FromString(`<${kind} object ${g.qualname.value} at ${A.addressOf(g)}>`);
}

const genGetsets = (prefix: string) => [
  { name: "__name__", get: (g: PyGenObject) => g.name, set: (g: PyGenObject, v: PyObject | null) => {
    if (!(v instanceof PyStr)) PyErr_SetString(exc.PyExc_TypeError, "__name__ must be set to a string object");
    g.name = v;
  } },
  { name: "__qualname__", get: (g: PyGenObject) => g.qualname, set: (g: PyGenObject, v: PyObject | null) => {
    if (!(v instanceof PyStr)) PyErr_SetString(exc.PyExc_TypeError, "__qualname__ must be set to a string object");
    g.qualname = v;
  } },
  { name: `${prefix}_frame`, get: (g: PyGenObject) => (g.finished ? Py_None : frameObjectOf(g.frame)) },
  { name: `${prefix}_running`, get: (g: PyGenObject) => (g.running ? Py_True : Py_False) },
  { name: `${prefix}_code`, get: (g: PyGenObject) => g.frame.rt.code as unknown as PyObject },
  { name: `${prefix}_suspended`, get: (g: PyGenObject) => (g.frame.state === FRAME_SUSPENDED ? Py_True : Py_False) },
  { name: prefix === "gi" ? "gi_yieldfrom" : prefix === "cr" ? "cr_await" : "ag_await", get: (g: PyGenObject) => _PyGen_yf(g) ?? Py_None },
];

export const PyGen_Type: PyTypeObject = PyType_FromSpec({
  name: "generator",
  base: PyBaseObject_Type,
  instanceClass: PyGenObject,
  slots: { tp_iter: (o) => o, tp_iternext: gen_iternext, tp_repr: gen_repr },
  methods: [
    { name: "send", meth: gen_send, flags: METH_O },
    { name: "throw", meth: gen_throw, flags: METH_FASTCALL },
    { name: "close", meth: gen_close, flags: METH_NOARGS },
  ],
  getsets: genGetsets("gi"),
});

// ─── coroutines ──────────────────────────────────────────────────────────────────────────────

class PyCoroWrapper extends PyObjectBase {
  constructor(readonly coro: PyGenObject) {
    super();
    this.ob_type = PyCoroWrapper_Type;
  }
}

export const PyCoro_Type: PyTypeObject = PyType_FromSpec({
  name: "coroutine",
  base: PyBaseObject_Type,
  instanceClass: PyGenObject,
  slots: { tp_repr: gen_repr, am_await: (o) => new PyCoroWrapper(o as PyGenObject) },
  methods: [
    { name: "send", meth: gen_send, flags: METH_O },
    { name: "throw", meth: gen_throw, flags: METH_FASTCALL },
    { name: "close", meth: gen_close, flags: METH_NOARGS },
  ],
  getsets: genGetsets("cr"),
});

const PyCoroWrapper_Type: PyTypeObject = PyType_FromSpec({
  name: "coroutine_wrapper",
  base: PyBaseObject_Type,
  instanceClass: PyCoroWrapper,
  slots: { tp_iter: (o) => o, tp_iternext: (o) => gen_iternext((o as PyCoroWrapper).coro) },
  methods: [
    { name: "send", meth: (w: PyCoroWrapper, v: PyObject) => gen_send(w.coro, v), flags: METH_O },
    { name: "throw", meth: (w: PyCoroWrapper, a: PyObject[]) => gen_throw(w.coro, a), flags: METH_FASTCALL },
    { name: "close", meth: (w: PyCoroWrapper) => gen_close(w.coro), flags: METH_NOARGS },
  ],
});

/** _PyCoro_GetAwaitableIter and GET_AWAITABLE's checks (where: 0 await, 1 __aenter__, 2 __aexit__). */
export function getAwaitableIter(o: PyObject, where: number): PyObject {
  if (o instanceof PyGenObject && (o.ob_type === PyCoro_Type || (o.ob_type === PyGen_Type && o.frame.rt.code.co_flags & CO_ITERABLE_COROUTINE))) {
    if (o.ob_type === PyCoro_Type && _PyGen_yf(o) !== null) PyErr_SetString(exc.PyExc_RuntimeError, "coroutine is being awaited already");
    return o;
  }
  const t = Py_TYPE(o);
  if (t.am_await === null) {
    if (where === 1) PyErr_SetString(exc.PyExc_TypeError, `'async with' received an object from __aenter__ that does not implement __await__: ${t.ht_name}`);
    if (where === 2) PyErr_SetString(exc.PyExc_TypeError, `'async with' received an object from __aexit__ that does not implement __await__: ${t.ht_name}`);
    PyErr_SetString(exc.PyExc_TypeError, `object ${t.ht_name} can't be used in 'await' expression`);
  }
  const r = t.am_await(o);
  if (r instanceof PyGenObject && r.ob_type === PyCoro_Type) PyErr_SetString(exc.PyExc_TypeError, "__await__() returned a coroutine");
  if (Py_TYPE(r).tp_iternext === null) PyErr_SetString(exc.PyExc_TypeError, `__await__() returned non-iterator of type '${Py_TYPE(r).ht_name}'`);
  return r;
}

/** GET_YIELD_FROM_ITER */
export function getYieldFromIter(o: PyObject, coFlags: number): PyObject {
  if (o instanceof PyGenObject && o.ob_type === PyCoro_Type) {
    if (!(coFlags & (CO_COROUTINE | CO_ITERABLE_COROUTINE))) {
      PyErr_SetString(exc.PyExc_TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
    }
    return o;
  }
  if (o instanceof PyGenObject && o.ob_type === PyGen_Type) return o;
  return A.PyObject_GetIter(o);
}

/** SEND: [0, returned value] or [1, yielded value]. */
export function sendTo(receiver: PyObject, v: PyObject): [number, PyObject] {
  if (receiver instanceof PyGenObject && (receiver.ob_type === PyGen_Type || receiver.ob_type === PyCoro_Type)) {
    return gen_send_ex(receiver, v);
  }
  try {
    if (v === Py_None && Py_TYPE(receiver).tp_iternext !== null) {
      const r = Py_TYPE(receiver).tp_iternext!(receiver);
      if (r === undefined) return [0, Py_None];
      return [1, r];
    }
    return [1, A.PyObject_CallMethod(receiver, "send", [v])];
  } catch (e) {
    if (PyErr_ExceptionMatches(e, exc.PyExc_StopIteration)) return [0, (e as exc.PyStopIterationObject).value ?? Py_None];
    throw e;
  }
}

// ─── async generators ────────────────────────────────────────────────────────────────────────

class PyAsyncGenWrappedValue extends PyObjectBase {
  constructor(readonly value: PyObject) {
    super();
    this.ob_type = PyAsyncGenWrappedValue_Type;
  }
}

const PyAsyncGenWrappedValue_Type: PyTypeObject = PyType_FromSpec({
  name: "async_generator_wrapped_value",
  base: PyBaseObject_Type,
  instanceClass: PyAsyncGenWrappedValue,
});

export function asyncGenWrap(v: PyObject): PyObject {
  return new PyAsyncGenWrappedValue(v);
}

/** Turns one step of an async generator into what the awaiting side sees. */
function asyncGenUnwrap(gen: PyGenObject, step: () => [number, PyObject]): PyObject {
  let r: [number, PyObject];
  try {
    r = step();
  } catch (e) {
    if (PyErr_ExceptionMatches(e, exc.PyExc_StopAsyncIteration) || PyErr_ExceptionMatches(e, exc.PyExc_GeneratorExit)) gen.closed = true;
    throw e;
  }
  if (r[0] === 0) {
    gen.closed = true;
    throw PyErr_NewException(exc.PyExc_StopAsyncIteration, []);
  }
  if (r[1] instanceof PyAsyncGenWrappedValue) throw exc.newStopIteration(r[1].value);
  return r[1];
}

const AWAITABLE_STATE_INIT = 0;
const AWAITABLE_STATE_ITER = 1;
const AWAITABLE_STATE_CLOSED = 2;

class PyAsyncGenASend extends PyObjectBase {
  state = AWAITABLE_STATE_INIT;
  constructor(readonly gen: PyGenObject, readonly sendval: PyObject) {
    super();
    this.ob_type = PyAsyncGenASend_Type;
  }
}

function asend_send(o: PyObject, arg: PyObject): PyObject {
  const a = o as PyAsyncGenASend;
  if (a.state === AWAITABLE_STATE_CLOSED) PyErr_SetString(exc.PyExc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  if (a.state === AWAITABLE_STATE_INIT) {
    if (a.gen.running_async) PyErr_SetString(exc.PyExc_RuntimeError, "anext(): asynchronous generator is already running");
    if (arg === Py_None) arg = a.sendval;
    a.state = AWAITABLE_STATE_ITER;
  }
  a.gen.running_async = true;
  try {
    return asyncGenUnwrap(a.gen, () => gen_send_ex(a.gen, arg));
  } catch (e) {
    a.state = AWAITABLE_STATE_CLOSED;
    a.gen.running_async = false;
    throw e;
  } finally {
    if (a.state !== AWAITABLE_STATE_ITER) a.gen.running_async = false;
  }
}

function asend_throw(o: PyObject, args: PyObject[]): PyObject {
  const a = o as PyAsyncGenASend;
  if (a.state === AWAITABLE_STATE_CLOSED) PyErr_SetString(exc.PyExc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  try {
    return asyncGenUnwrap(a.gen, () => gen_throw_impl(a.gen, false, args[0], args[1] ?? Py_None, args[2] ?? Py_None));
  } catch (e) {
    a.state = AWAITABLE_STATE_CLOSED;
    a.gen.running_async = false;
    throw e;
  }
}

const PyAsyncGenASend_Type: PyTypeObject = PyType_FromSpec({
  name: "async_generator_asend",
  base: PyBaseObject_Type,
  instanceClass: PyAsyncGenASend,
  slots: { tp_iter: (o) => o, tp_iternext: (o) => asend_send(o, Py_None), am_await: (o) => o },
  methods: [
    { name: "send", meth: asend_send, flags: METH_O },
    { name: "throw", meth: asend_throw, flags: METH_FASTCALL },
    { name: "close", meth: (a: PyAsyncGenASend) => { a.state = AWAITABLE_STATE_CLOSED; return Py_None; }, flags: METH_NOARGS },
  ],
});

class PyAsyncGenAThrow extends PyObjectBase {
  state = AWAITABLE_STATE_INIT;
  constructor(readonly gen: PyGenObject, readonly args: PyObject[] | null) {
    super();
    this.ob_type = PyAsyncGenAThrow_Type;
  }
}

function athrow_send(o: PyObject, arg: PyObject): PyObject {
  const a = o as PyAsyncGenAThrow;
  const gen = a.gen;
  if (a.state === AWAITABLE_STATE_CLOSED) PyErr_SetString(exc.PyExc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  if (gen.finished) {
    a.state = AWAITABLE_STATE_CLOSED;
    throw PyErr_NewException(exc.PyExc_StopIteration, []);
  }
  if (a.state === AWAITABLE_STATE_INIT) {
    if (gen.running_async) PyErr_SetString(exc.PyExc_RuntimeError, a.args === null ? "aclose(): asynchronous generator is already running" : "athrow(): asynchronous generator is already running");
    if (gen.closed) {
      a.state = AWAITABLE_STATE_CLOSED;
      throw PyErr_NewException(exc.PyExc_StopAsyncIteration, []);
    }
    if (arg !== Py_None) PyErr_SetString(exc.PyExc_RuntimeError, "can't send non-None value to a just-started coroutine");
    a.state = AWAITABLE_STATE_ITER;
    gen.running_async = true;
    if (a.args === null) {
      gen.closed = true;
      try {
        const r = gen_throw_impl(gen, false, exc.PyExc_GeneratorExit, Py_None, Py_None);
        if (r[0] === 1 && r[1] instanceof PyAsyncGenWrappedValue) {
          gen.running_async = false;
          a.state = AWAITABLE_STATE_CLOSED;
          PyErr_SetString(exc.PyExc_RuntimeError, "async generator ignored GeneratorExit");
        }
        if (r[0] === 0) throw PyErr_NewException(exc.PyExc_StopIteration, []);
        return r[1];
      } catch (e) {
        gen.running_async = false;
        a.state = AWAITABLE_STATE_CLOSED;
        if (PyErr_ExceptionMatches(e, exc.PyExc_StopAsyncIteration) || PyErr_ExceptionMatches(e, exc.PyExc_GeneratorExit)) {
          throw PyErr_NewException(exc.PyExc_StopIteration, []);
        }
        throw e;
      }
    }
    try {
      return asyncGenUnwrap(gen, () => gen_throw_impl(gen, false, a.args![0], a.args![1] ?? Py_None, a.args![2] ?? Py_None));
    } catch (e) {
      gen.running_async = false;
      a.state = AWAITABLE_STATE_CLOSED;
      throw e;
    }
  }
  try {
    const r = gen_send_ex(gen, arg);
    if (a.args === null) {
      if (r[0] === 1 && r[1] instanceof PyAsyncGenWrappedValue) PyErr_SetString(exc.PyExc_RuntimeError, "async generator ignored GeneratorExit");
      if (r[0] === 0) throw PyErr_NewException(exc.PyExc_StopIteration, []);
      return r[1];
    }
    return asyncGenUnwrap(gen, () => r);
  } catch (e) {
    gen.running_async = false;
    a.state = AWAITABLE_STATE_CLOSED;
    if (a.args === null && (PyErr_ExceptionMatches(e, exc.PyExc_StopAsyncIteration) || PyErr_ExceptionMatches(e, exc.PyExc_GeneratorExit))) {
      throw PyErr_NewException(exc.PyExc_StopIteration, []);
    }
    throw e;
  }
}

const PyAsyncGenAThrow_Type: PyTypeObject = PyType_FromSpec({
  name: "async_generator_athrow",
  base: PyBaseObject_Type,
  instanceClass: PyAsyncGenAThrow,
  slots: { tp_iter: (o) => o, tp_iternext: (o) => athrow_send(o, Py_None), am_await: (o) => o },
  methods: [
    { name: "send", meth: athrow_send, flags: METH_O },
    { name: "close", meth: (a: PyAsyncGenAThrow) => { a.state = AWAITABLE_STATE_CLOSED; return Py_None; }, flags: METH_NOARGS },
  ],
});

export const PyAsyncGen_Type: PyTypeObject = PyType_FromSpec({
  name: "async_generator",
  base: PyBaseObject_Type,
  instanceClass: PyGenObject,
  slots: {
    tp_repr: gen_repr,
    am_aiter: (o) => o,
    am_anext: (o) => new PyAsyncGenASend(o as PyGenObject, Py_None),
  },
  methods: [
    { name: "asend", meth: (g: PyGenObject, v: PyObject) => new PyAsyncGenASend(g, v), flags: METH_O },
    { name: "athrow", meth: (g: PyGenObject, a: PyObject[]) => new PyAsyncGenAThrow(g, a), flags: METH_FASTCALL },
    { name: "aclose", meth: (g: PyGenObject) => new PyAsyncGenAThrow(g, null), flags: METH_NOARGS },
  ],
  getsets: genGetsets("ag"),
});

/** GET_AITER */
export function getAiter(o: PyObject): PyObject {
  const t = Py_TYPE(o);
  if (t.am_aiter === null) PyErr_SetString(exc.PyExc_TypeError, `'async for' requires an object with __aiter__ method, got ${t.ht_name}`);
  const it = t.am_aiter(o);
  if (Py_TYPE(it).am_anext === null) {
    PyErr_SetString(exc.PyExc_TypeError, `'async for' received an object from __aiter__ that does not implement __anext__: ${Py_TYPE(it).ht_name}`);
  }
  return it;
}

/** GET_ANEXT */
export function getAnext(aiter: PyObject): PyObject {
  const t = Py_TYPE(aiter);
  if (t === PyAsyncGen_Type) return new PyAsyncGenASend(aiter as PyGenObject, Py_None);
  if (t.am_anext === null) PyErr_SetString(exc.PyExc_TypeError, `'async for' requires an iterator with __anext__ method, got ${t.ht_name}`);
  const next = t.am_anext(aiter);
  try {
    return getAwaitableIter(next, 0);
  } catch (e) {
    if (PyErr_ExceptionMatches(e, exc.PyExc_TypeError)) {
      PyErr_SetString(exc.PyExc_TypeError, `'async for' received an invalid object from __anext__: ${Py_TYPE(next).ht_name}`);
    }
    throw e;
  }
}

void PyTuple_FromArray;
