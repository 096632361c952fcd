// Running programs (CPython's Python/pythonrun.c and the parts of Python/import.c Taipan has so
// far): compile source to a code object (CompileError -> SyntaxError), run the main module,
// print uncaught exceptions (PyErr_Display), SystemExit's exit codes, a minimal __import__.
import {
  PyObject,
  PyStr,
  PyTuple,
  Py_None,
  Py_TYPE,
  PyUnicode_FromString,
  PyUnicode_InternFromString,
  PyTypeObject,
} from "../Objects/object";
import { PyErr_SetString, PyErr_NewException, PyErr_FromJS } from "./errors";
import * as exc from "../Objects/exceptions";
import * as A from "../Objects/abstract";
import { PyDict } from "../Objects/dictobject";
import { PyModuleObject, PyModule_Type } from "../Objects/moduleobject";
import { CompileError } from "../Parser/errors";
import { parse, Mode } from "../Parser/parse";
import { compileAST } from "./compile";
import { CodeObject } from "../Objects/codeobject";
import { Py_Initialize } from "./pylifecycle";
import { builtinsModule } from "./bltinmodule";
import * as sys from "./sysmodule";
import { formatException, registerSource } from "./traceback";
import { PyEval_EvalCode, builtinsState } from "./ceval";
import "../Objects/codeobject_type";

/** A front-end CompileError as the Python exception CPython raises. */
export function fromCompileError(e: CompileError): exc.PyBaseException {
  const type = exc.exceptionTypes.get(e.type) ?? exc.PyExc_SyntaxError;
  if (e.isSyntaxError) {
    return exc.newSyntaxError(type, e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset);
  }
  return PyErr_NewException(type, [PyUnicode_FromString(e.msg)]);
}

/** compile(source, filename, mode) to a code object. */
export function compileSource(source: string | Uint8Array, filename: string, mode: Mode, flags: number): CodeObject {
  try {
    const mod = parse(source, filename, mode);
    return compileAST(mod, filename, { flags, interactive: mode === "single" });
  } catch (e) {
    if (e instanceof CompileError) throw fromCompileError(e);
    throw e;
  }
}

let initialized = false;

/** Interpreter start-up: types, builtins, sys, sys.modules. */
export function initInterpreter(argv: string[]): void {
  if (initialized) return;
  initialized = true;
  Py_Initialize();
  const b = builtinsModule();
  builtinsState.dict = b.md_dict;
  const s = sys.sysModule();
  const mods = sys.sysModules();
  mods.setStr("builtins", b);
  mods.setStr("sys", s);
  const argvList = A.PySequence_List(A.PyTuple_Pack(...argv.map((a) => PyUnicode_FromString(a))));
  s.md_dict.setStr("argv", argvList);
}

/** The __main__ module with its globals. */
export function mainModule(filename: string | null): PyModuleObject {
  const m = new PyModuleObject(PyModule_Type, "__main__");
  const d = m.md_dict;
  d.setStr("__builtins__", builtinsModule());
  if (filename !== null) d.setStr("__file__", PyUnicode_FromString(filename));
  d.setStr("__cached__", Py_None);
  sys.sysModules().setStr("__main__", m);
  return m;
}

/** PyErr_Display: the traceback report on sys.stderr. */
export function PyErr_Display(e: PyObject): void {
  let text: string;
  try {
    text = formatException(e);
  } catch (err) {
    text = `${Py_TYPE(e).ht_name}: <exception display failed: ${String(PyErr_FromJS(err).args.items[0] && A.PyObject_StrStr(PyErr_FromJS(err)))}>\n`;
  }
  sys.stdout.flush();
  const err = sys.sysGet("stderr");
  if (err instanceof sys.PyStdStream) err.write(text);
  else if (err !== undefined && err !== Py_None) A.PyObject_CallMethod(err, "write", [PyUnicode_FromString(text)]);
  else process.stderr.write(text);
  if (err instanceof sys.PyStdStream) err.flush();
}

/** The exit status for an uncaught SystemExit (_Py_HandleSystemExit); prints non-int codes. */
function handleSystemExit(e: exc.PyBaseException): number {
  const code = e instanceof exc.PySystemExitObject ? e.code : Py_None;
  if (code === Py_None) return 0;
  if (typeof code === "number") return code & 0xff;
  if (A.PyLong_Check(code)) return Number(BigInt.asUintN(8, (code as unknown as { value: bigint }).value));
  sys.stdout.flush();
  const err = sys.sysGet("stderr");
  const text = A.PyObject_StrStr(code) + "\n";
  if (err instanceof sys.PyStdStream) {
    err.write(text);
    err.flush();
  } else if (err !== undefined && err !== Py_None) A.PyObject_CallMethod(err, "write", [PyUnicode_FromString(text)]);
  return 1;
}

/** Prints an uncaught exception through sys.excepthook (or handles SystemExit); the exit code. */
export function handleUncaught(e: unknown): number {
  const ex = PyErr_FromJS(e);
  if (exc.PyType_IsSubtypeFast(Py_TYPE(ex), exc.PyExc_SystemExit)) return handleSystemExit(ex);
  const hook = sys.sysGet("excepthook");
  try {
    if (hook === undefined || hook === Py_None) {
      process.stderr.write("sys.excepthook is missing\n");
      PyErr_Display(ex);
    } else A.PyObject_Vectorcall(hook, [Py_TYPE(ex), ex, ex.traceback ?? Py_None], null);
  } catch (e2) {
    const ex2 = PyErr_FromJS(e2);
    if (exc.PyType_IsSubtypeFast(Py_TYPE(ex2), exc.PyExc_SystemExit)) return handleSystemExit(ex2);
    sys.stdout.flush();
    process.stderr.write("Error in sys.excepthook:\n");
    PyErr_Display(ex2);
    process.stderr.write("\nOriginal exception was:\n");
    PyErr_Display(ex);
  }
  return 1;
}

/** Runs source as the __main__ module; returns the process exit code. */
export function runMain(source: string | Uint8Array, filename: string, argv: string[], fileForMain: string | null): number {
  initInterpreter(argv);
  let code = 0;
  try {
    if (typeof source === "string") registerSource(filename, source);
    const co = compileSource(source, filename, "exec", 0);
    const m = mainModule(fileForMain);
    PyEval_EvalCode(co, m.md_dict, m.md_dict);
  } catch (e) {
    code = handleUncaught(e);
  }
  try {
    sys.flushStdStreams();
  } catch {
    // nothing more to report
  }
  return code;
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// A minimal import: built-in modules and sys.modules (the import system comes with its issue).

const nativeModules = new Map<string, () => PyModuleObject>();

/** Registers a native module factory (CPython's Modules/config.c table). */
export function registerNativeModule(name: string, make: () => PyModuleObject): void {
  nativeModules.set(name, make);
}

export function importModule(name: PyObject, globals: PyObject, fromlist: PyObject, level: PyObject): PyObject {
  if (!(name instanceof PyStr)) PyErr_SetString(exc.PyExc_TypeError, `module name must be str, not ${Py_TYPE(name).ht_name}`);
  const lvl = A.PyNumber_AsSsize_t(level, exc.PyExc_OverflowError);
  if (lvl < 0) PyErr_SetString(exc.PyExc_ValueError, "level must be >= 0");
  if (lvl > 0) {
    const pkg = globals instanceof PyDict ? globals.getStr("__package__") : undefined;
    if (pkg === undefined || pkg === Py_None || (pkg instanceof PyStr && pkg.value === "")) {
      PyErr_SetString(exc.PyExc_ImportError, "attempted relative import with no known parent package");
    }
  }
  if (name.value === "" && lvl === 0) PyErr_SetString(exc.PyExc_ValueError, "Empty module name");
  const modules = sys.sysModules();
  const parts = name.value.split(".");
  let top: PyObject | null = null;
  for (let i = 0; i < parts.length; i++) {
    const full = parts.slice(0, i + 1).join(".");
    let m = modules.getStr(full);
    if (m === undefined) {
      const make = nativeModules.get(full);
      if (make === undefined) {
        const e = PyErr_NewException(exc.PyExc_ModuleNotFoundError, [PyUnicode_FromString(`No module named '${full}'`)]);
        (e as exc.PyImportErrorObject).name = PyUnicode_FromString(full);
        throw e;
      }
      m = make();
      modules.setStr(full, m);
    }
    if (i === 0) top = m;
  }
  const hasFrom = fromlist !== Py_None && A.PyObject_IsTrue(fromlist);
  if (hasFrom) return modules.getStr(name.value)!;
  return top!;
}

void PyTuple;
void PyUnicode_InternFromString;
void PyTypeObject;
