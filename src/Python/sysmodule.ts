// The sys module (CPython's Python/sysmodule.c) and the standard streams it holds. stdout is
// buffered and flushed at exit (as CPython's is when it is not a terminal), stderr is
// line-buffered; both encode as UTF-8 with CPython's errors for lone surrogates.
import { writeSync, readSync } from "node:fs";
import {
  PyObject,
  PyObjectBase,
  PyTypeObject,
  PyStr,
  PyTuple,
  Py_None,
  Py_True,
  Py_False,
  Py_TYPE,
  PyUnicode_FromString,
  PyUnicode_InternFromString,
  PyTuple_FromArray,
  PyList_FromArray,
  PyType_FromSpec,
  PyBaseObject_Type,
  PyTupleSub,
  PyTuple_Type,
  PyUnicode_Type,
  METH_O,
  METH_NOARGS,
  METH_FASTCALL,
  METH_KEYWORDS,
  PyMethodDef,
} from "../Objects/object";
import { PyErr_SetString, PyErr_NewException } from "./errors";
import * as exc from "../Objects/exceptions";
import * as A from "../Objects/abstract";
import { PyDict } from "../Objects/dictobject";
import { PyCFunctionObject } from "../Objects/methodobject";
import { PyModuleObject, PyModule_Type } from "../Objects/moduleobject";
import { tstate } from "./pystate";
import { intMaxStrDigits, _PY_LONG_MAX_STR_DIGITS_THRESHOLD } from "../Objects/longobject";
import { frameObjectOf } from "../Objects/frameobject";
import type { Frame } from "./ceval";
import { PY_VERSION, TAIPAN_VERSION } from "../Programs/version";
import { PyArg_CheckPositional, PyArg_UnpackKeywords } from "./getargs";

// ─── standard streams ────────────────────────────────────────────────────────────────────────

/** UTF-8 with errors='strict' (lone surrogates raise UnicodeEncodeError as CPython's do). */
function encodeStrict(s: string): Buffer {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      const hi = c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      if (hi) {
        i++;
        continue;
      }
      const e = new exc.PyUnicodeErrorObject(exc.PyExc_UnicodeEncodeError);
      const cpIndex = [...s.slice(0, i)].length;
      e.encoding = PyUnicode_FromString("utf-8");
      e.object = PyUnicode_FromString(s);
      e.start = cpIndex;
      e.end = cpIndex + 1;
      e.reason = PyUnicode_FromString("surrogates not allowed");
      e.args = PyTuple_FromArray([e.encoding, e.object, e.start, e.end, e.reason]);
      throw e;
    }
  }
  return Buffer.from(s, "utf8");
}

export class PyStdStream extends PyObjectBase {
  private chunks: Buffer[] = [];
  private size = 0;
  closed = false;
  constructor(
    readonly fd: number,
    readonly name: string,
    readonly mode: string,
    /** 0: fully buffered, 1: line buffered, 2: unbuffered */
    public buffering: number,
  ) {
    super();
    this.ob_type = PyStdStream_Type;
  }
  write(s: string): void {
    if (this.closed) PyErr_SetString(exc.PyExc_ValueError, "I/O operation on closed file.");
    const b = encodeStrict(s);
    this.chunks.push(b);
    this.size += b.length;
    if (this.buffering === 2 || this.size >= 8192 || (this.buffering === 1 && s.includes("\n"))) this.flush();
  }
  flush(): void {
    if (this.size === 0) return;
    const data = Buffer.concat(this.chunks);
    this.chunks = [];
    this.size = 0;
    let off = 0;
    while (off < data.length) {
      try {
        off += writeSync(this.fd, data, off, data.length - off);
      } catch (e) {
        const code = (e as { code?: string }).code;
        if (code === "EAGAIN") continue;
        if (code === "EPIPE") throw PyErr_NewException(exc.PyExc_BrokenPipeError, [32, PyUnicode_FromString("Broken pipe")]);
        throw e;
      }
    }
  }
}

function stream_write(self: PyObject, arg: PyObject): PyObject {
  if (!(arg instanceof PyStr)) PyErr_SetString(exc.PyExc_TypeError, `write() argument must be str, not ${Py_TYPE(arg).ht_name}`);
  (self as PyStdStream).write(arg.value);
  return [...arg.value].length;
}

export const PyStdStream_Type: PyTypeObject = PyType_FromSpec({
  name: "_io.TextIOWrapper",
  base: PyBaseObject_Type,
  instanceClass: PyStdStream,
  slots: {
    tp_repr: (o) => {
      const s = o as PyStdStream;
      return PyUnicode_FromString(`<_io.TextIOWrapper name='<${s.name}>' mode='${s.mode}' encoding='utf-8'>`);
    },
  },
  methods: [
    { name: "write", meth: stream_write, flags: METH_O },
    { name: "flush", meth: (s: PyStdStream) => (s.flush(), Py_None), flags: METH_NOARGS },
    { name: "fileno", meth: (s: PyStdStream) => s.fd, flags: METH_NOARGS },
    { name: "isatty", meth: () => Py_False, flags: METH_NOARGS },
    { name: "writable", meth: (s: PyStdStream) => (s.mode === "w" ? Py_True : Py_False), flags: METH_NOARGS },
    { name: "readable", meth: (s: PyStdStream) => (s.mode === "r" ? Py_True : Py_False), flags: METH_NOARGS },
    { name: "readline", meth: () => {
      const l = readStdinLine();
      return PyUnicode_FromString(l ?? "");
    }, flags: METH_FASTCALL },
    { name: "read", meth: () => PyUnicode_FromString(readStdinAll()), flags: METH_FASTCALL },
    { name: "close", meth: (s: PyStdStream) => { s.flush(); s.closed = true; return Py_None; }, flags: METH_NOARGS },
  ],
  getsets: [
    { name: "encoding", get: () => PyUnicode_InternFromString("utf-8") },
    { name: "errors", get: (s: PyStdStream) => PyUnicode_InternFromString(s.fd === 2 ? "backslashreplace" : "strict") },
    { name: "closed", get: (s: PyStdStream) => (s.closed ? Py_True : Py_False) },
    { name: "name", get: (s: PyStdStream) => PyUnicode_FromString(`<${s.name}>`) },
    { name: "mode", get: (s: PyStdStream) => PyUnicode_FromString(s.mode) },
    { name: "line_buffering", get: (s: PyStdStream) => (s.buffering === 1 ? Py_True : Py_False) },
  ],
});

let stdinBuf: Buffer | null = null;
let stdinPos = 0;
function loadStdin(): Buffer {
  if (stdinBuf === null) {
    const parts: Buffer[] = [];
    const b = Buffer.alloc(65536);
    for (;;) {
      let n = 0;
      try {
        n = readSync(0, b, 0, b.length, null);
      } catch (e) {
        if ((e as { code?: string }).code === "EAGAIN") continue;
        break;
      }
      if (n <= 0) break;
      parts.push(Buffer.from(b.subarray(0, n)));
    }
    stdinBuf = Buffer.concat(parts);
  }
  return stdinBuf;
}

export function readStdinLine(): string | null {
  const b = loadStdin();
  if (stdinPos >= b.length) return null;
  let end = b.indexOf(10, stdinPos);
  end = end < 0 ? b.length : end + 1;
  const s = b.subarray(stdinPos, end).toString("utf8");
  stdinPos = end;
  return s;
}

function readStdinAll(): string {
  const b = loadStdin();
  const s = b.subarray(stdinPos).toString("utf8");
  stdinPos = b.length;
  return s;
}

export const stdout = new PyStdStream(1, "stdout", "w", 0);
export const stderr = new PyStdStream(2, "stderr", "w", 1);
export const stdin = new PyStdStream(0, "stdin", "r", 0);

/** print()'s fast path: writing a whole line to one of our streams directly. */
export function fastWriter(file: PyObject): ((s: string) => void) | null {
  if (file instanceof PyStdStream) return (s) => file.write(s);
  return null;
}

export function flushStdStreams(): void {
  for (const name of ["stdout", "stderr"]) {
    const s = sysGet(name);
    if (s === undefined || s === Py_None) continue;
    try {
      if (s instanceof PyStdStream) s.flush();
      else A.PyObject_CallMethod(s, "flush", []);
    } catch {
      // ignore, as CPython's flush_std_files reports and continues
    }
  }
  stdout.flush();
  stderr.flush();
}

// ─── struct sequences (sys.version_info, sys.implementation is a namespace) ─────────────────

function makeStructSeq(name: string, fields: string[]): PyTypeObject {
  const t = PyType_FromSpec({
    name,
    base: PyTuple_Type,
    instanceClass: PyTupleSub,
    slots: {
      tp_repr: (o) => {
        const items = (o as PyTuple).items;
        const short = name.slice(name.lastIndexOf(".") + 1);
        return PyUnicode_FromString(`${name.startsWith("sys.") ? name : short}(${fields.map((f, i) => `${f}=${A.PyObject_ReprStr(items[i])}`).join(", ")})`);
      },
    },
    getsets: fields.map((f, i) => ({ name: f, get: (o: PyTuple) => o.items[i] })),
  });
  return t;
}

const VersionInfo_Type = makeStructSeq("sys.version_info", ["major", "minor", "micro", "releaselevel", "serial"]);
const IntInfo_Type = makeStructSeq("sys.int_info", ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"]);
const HashInfo_Type = makeStructSeq("sys.hash_info", ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"]);
const Flags_Type = makeStructSeq("sys.flags", [
  "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment",
  "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding",
  "safe_path", "int_max_str_digits",
]);
const FloatInfo_Type = makeStructSeq("sys.float_info", ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"]);

class PySimpleNamespace extends PyObjectBase {
  dict = new PyDict();
  slots = null;
  constructor() {
    super();
    this.ob_type = PySimpleNamespace_Type;
  }
}

const PySimpleNamespace_Type: PyTypeObject = PyType_FromSpec({
  name: "types.SimpleNamespace",
  base: PyBaseObject_Type,
  instanceClass: PySimpleNamespace,
  hasDict: true,
  slots: {
    tp_new: () => new PySimpleNamespace(),
    tp_init: (self, args, kwnames) => {
      if (args.length - (kwnames?.length ?? 0) > 0) PyErr_SetString(exc.PyExc_TypeError, "no positional arguments expected");
      const n = args.length - (kwnames?.length ?? 0);
      kwnames?.forEach((k, i) => (self as PySimpleNamespace).dict.setStr(k, args[n + i]));
    },
    tp_repr: (o) => {
      const d = (o as PySimpleNamespace).dict;
      const parts: string[] = [];
      for (const [k, v] of d.entries()) parts.push(`${(k as PyStr).value}=${A.PyObject_ReprStr(v)}`);
      return PyUnicode_FromString(`${Py_TYPE(o) === PySimpleNamespace_Type ? "namespace" : Py_TYPE(o).ht_name}(${parts.join(", ")})`);
    },
  },
});

// ─── the module ──────────────────────────────────────────────────────────────────────────────

let theModule: PyModuleObject | null = null;

export function sysModule(): PyModuleObject {
  if (theModule === null) theModule = makeSys();
  return theModule;
}

export function sysDict(): PyDict {
  return sysModule().md_dict;
}

export function sysGet(name: string): PyObject | undefined {
  return sysDict().getStr(name);
}

export function sysModules(): PyDict {
  return sysGet("modules") as PyDict;
}

function sys_exit(_s: PyObject, args: PyObject[]): PyObject {
  PyArg_CheckPositional("exit", args.length, 0, 1);
  throw PyErr_NewException(exc.PyExc_SystemExit, args.length ? [args[0]] : []);
}

function sys_getframe(_s: PyObject, args: PyObject[]): PyObject {
  PyArg_CheckPositional("_getframe", args.length, 0, 1);
  let depth = args.length ? A.PyNumber_AsSsize_t(args[0], exc.PyExc_OverflowError) : 0;
  let f = tstate.frame as Frame | null;
  while (depth > 0 && f !== null) {
    f = f.f_back;
    depth--;
  }
  if (f === null) PyErr_SetString(exc.PyExc_ValueError, "call stack is not deep enough");
  return frameObjectOf(f);
}

function sys_exc_info(): PyObject {
  const e = tstate.exc_info;
  if (e === null || e === Py_None) return PyTuple_FromArray([Py_None, Py_None, Py_None]);
  return PyTuple_FromArray([Py_TYPE(e), e, (e as exc.PyBaseException).traceback ?? Py_None]);
}

function sys_setrecursionlimit(_s: PyObject, n: PyObject): PyObject {
  if (!(typeof n === "number" || A.PyLong_Check(n))) PyErr_SetString(exc.PyExc_TypeError, `'${Py_TYPE(n).ht_name}' object cannot be interpreted as an integer`);
  const v = A.PyNumber_AsSsize_t(n, exc.PyExc_OverflowError);
  if (v < 1) PyErr_SetString(exc.PyExc_ValueError, "recursion limit must be greater or equal than 1");
  if (v <= tstate.recursion_depth) {
    PyErr_SetString(exc.PyExc_RecursionError, `cannot set the recursion limit to ${v} at the recursion depth ${tstate.recursion_depth}: the limit is too low`);
  }
  tstate.recursion_limit = v;
  return Py_None;
}

function sys_set_int_max_str_digits(_s: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [maxdigits] = PyArg_UnpackKeywords({ fname: "set_int_max_str_digits", names: ["maxdigits"], required: 1 }, args, kwnames);
  const v = A.PyNumber_AsSsize_t(maxdigits!, exc.PyExc_OverflowError);
  if (v !== 0 && v < _PY_LONG_MAX_STR_DIGITS_THRESHOLD) PyErr_SetString(exc.PyExc_ValueError, `maxdigits must be 0 or larger than ${_PY_LONG_MAX_STR_DIGITS_THRESHOLD}`);
  intMaxStrDigits.value = v;
  return Py_None;
}

/** sys.displayhook: print repr of non-None results (the REPL and PRINT_EXPR). */
export function displayhook(v: PyObject): void {
  const hook = sysGet("displayhook");
  if (hook !== undefined && !(hook instanceof PyCFunctionObject && hook.m_ml.name === "displayhook")) {
    A.PyObject_CallOneArg(hook, v);
    return;
  }
  default_displayhook(Py_None, v);
}

function default_displayhook(_s: PyObject, v: PyObject): PyObject {
  if (v === Py_None) return Py_None;
  const builtins = sysModules().getStr("builtins");
  if (builtins) A.PyObject_SetAttr(builtins, "_", Py_None);
  const out = sysGet("stdout");
  if (out === undefined || out === Py_None) PyErr_SetString(exc.PyExc_RuntimeError, "lost sys.stdout");
  A.PyObject_CallMethod(out, "write", [PyUnicode_FromString(A.PyObject_ReprStr(v) + "\n")]);
  if (builtins) A.PyObject_SetAttr(builtins, "_", v);
  return Py_None;
}

function sys_excepthook(_s: PyObject, args: PyObject[]): PyObject {
  PyArg_CheckPositional("excepthook", args.length, 3, 3);
  const pr = require("./pythonrun") as typeof import("./pythonrun");
  pr.PyErr_Display(args[1]);
  return Py_None;
}

function fn(name: string, meth: PyMethodDef["meth"], flags: number): PyMethodDef {
  return { name, meth, flags };
}

function makeSys(): PyModuleObject {
  const m = new PyModuleObject(PyModule_Type, "sys", PyUnicode_FromString("This module provides access to some objects used or maintained by the\ninterpreter and to functions that interact strongly with the interpreter."));
  const d = m.md_dict;
  const functions: PyMethodDef[] = [
    fn("exit", sys_exit, METH_FASTCALL),
    fn("_getframe", sys_getframe, METH_FASTCALL),
    fn("exc_info", sys_exc_info, METH_NOARGS),
    fn("exception", () => tstate.exc_info ?? Py_None, METH_NOARGS),
    fn("getrecursionlimit", () => tstate.recursion_limit, METH_NOARGS),
    fn("setrecursionlimit", sys_setrecursionlimit, METH_O),
    fn("get_int_max_str_digits", () => intMaxStrDigits.value, METH_NOARGS),
    fn("set_int_max_str_digits", sys_set_int_max_str_digits, METH_FASTCALL | METH_KEYWORDS),
    fn("intern", (_s: PyObject, s: PyObject) => {
      if (!(s instanceof PyStr) || s.ob_type !== PyUnicode_Type) PyErr_SetString(exc.PyExc_TypeError, `intern() argument must be str, not ${Py_TYPE(s).ht_name}`);
      return PyUnicode_InternFromString(s.value);
    }, METH_O),
    fn("getdefaultencoding", () => PyUnicode_InternFromString("utf-8"), METH_NOARGS),
    fn("getfilesystemencoding", () => PyUnicode_InternFromString("utf-8"), METH_NOARGS),
    fn("getfilesystemencodeerrors", () => PyUnicode_InternFromString("surrogateescape"), METH_NOARGS),
    fn("getsizeof", (_s: PyObject, args: PyObject[]) => {
      PyArg_CheckPositional("getsizeof", args.length, 1, 2);
      const r = A.PyObject_CallMethod(args[0], "__sizeof__", []);
      return A.PyNumber_Add(r, 16);
    }, METH_FASTCALL),
    fn("displayhook", default_displayhook, METH_O),
    fn("excepthook", sys_excepthook, METH_FASTCALL),
    fn("gettrace", () => Py_None, METH_NOARGS),
    fn("getprofile", () => Py_None, METH_NOARGS),
    fn("getswitchinterval", () => new (require("../Objects/object").PyFloat)(0.005), METH_NOARGS),
    fn("is_finalizing", () => Py_False, METH_NOARGS),
    // No reference counts here (the host GC owns memory): a constant that CPython also reports
    // for an object held by one variable and the call's argument.
    fn("getrefcount", () => 2, METH_O),
  ];
  for (const ml of functions) d.setStr(ml.name, new PyCFunctionObject(ml, m, PyUnicode_InternFromString("sys")));
  d.setStr("__displayhook__", d.getStr("displayhook")!);
  d.setStr("__excepthook__", d.getStr("excepthook")!);
  d.setStr("stdout", stdout);
  d.setStr("stderr", stderr);
  d.setStr("stdin", stdin);
  d.setStr("__stdout__", stdout);
  d.setStr("__stderr__", stderr);
  d.setStr("__stdin__", stdin);
  const [maj, min, mic] = PY_VERSION.split(".").map(Number);
  d.setStr("version_info", new PyTupleSub(VersionInfo_Type, [maj, min, mic, PyUnicode_InternFromString("final"), 0]));
  d.setStr("version", PyUnicode_FromString(`${PY_VERSION} (Taipan ${TAIPAN_VERSION}, Node.js ${process.version})`));
  d.setStr("hexversion", (maj << 24) | (min << 16) | (mic << 8) | 0xf0);
  d.setStr("api_version", 1013);
  const impl = new PySimpleNamespace();
  impl.dict.setStr("name", PyUnicode_InternFromString("taipan"));
  impl.dict.setStr("cache_tag", Py_None);
  impl.dict.setStr("version", new PyTupleSub(VersionInfo_Type, [0, 1, 0, PyUnicode_InternFromString("alpha"), 0]));
  impl.dict.setStr("hexversion", 0x000100a0);
  d.setStr("implementation", impl);
  d.setStr("platform", PyUnicode_InternFromString("linux"));
  d.setStr("float_repr_style", PyUnicode_InternFromString("short"));
  d.setStr("flags", new PyTupleSub(Flags_Type, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, Py_False, 0, 0, Py_False, -1]));
  m.builtin = true;
  d.setStr("byteorder", PyUnicode_InternFromString("little"));
  d.setStr("maxsize", A.PyNumber_Subtract(A.PyNumber_Lshift(1, 63), 1));
  d.setStr("maxunicode", 0x10ffff);
  d.setStr("modules", new PyDict());
  d.setStr("path", PyList_FromArray([]));
  d.setStr("argv", PyList_FromArray([PyUnicode_InternFromString("")]));
  d.setStr("orig_argv", PyList_FromArray([]));
  d.setStr("warnoptions", PyList_FromArray([]));
  d.setStr("meta_path", PyList_FromArray([]));
  d.setStr("path_hooks", PyList_FromArray([]));
  d.setStr("path_importer_cache", new PyDict());
  d.setStr("executable", PyUnicode_FromString(process.execPath));
  d.setStr("prefix", PyUnicode_FromString(""));
  d.setStr("dont_write_bytecode", Py_True);
  d.setStr("builtin_module_names", PyTuple_FromArray(["builtins", "sys"].map((s) => PyUnicode_InternFromString(s))));
  d.setStr("int_info", new PyTupleSub(IntInfo_Type, [30, 4, 4300, 640]));
  d.setStr(
    "hash_info",
    new PyTupleSub(HashInfo_Type, [64, A.PyNumber_Subtract(A.PyNumber_Lshift(1, 61), 1), 314159, 0, 1000003, PyUnicode_InternFromString("siphash13"), 64, 128, 0]),
  );
  const F = (x: number) => new (require("../Objects/object").PyFloat)(x);
  d.setStr("float_info", new PyTupleSub(FloatInfo_Type, [F(Number.MAX_VALUE), 1024, 308, F(2.2250738585072014e-308), -1021, -307, 15, 53, F(Number.EPSILON), 2, 1]));
  return m;
}

void PyTuple_Type;
