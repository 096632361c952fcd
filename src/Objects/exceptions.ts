// The exception hierarchy of Python 3.11 (CPython's Objects/exceptions.c).
//
// Every Python exception is a PyBaseException (or a JS subclass carrying a family's extra
// fields: SyntaxError, OSError, StopIteration, ...), thrown as is by `throw`. The types are
// declared from one table (EXCEPTION_TABLE): name, base, instance class, doc.
import {
  PyObject,
  PyObjectBase,
  PyTypeObject,
  PyBaseObject_Type,
  PyTuple,
  PyStr,
  Py_None,
  Py_TYPE,
  PyType_FromSpec,
  PyTypeSpec,
  PyMethodDef,
  PyGetSetDef,
  PyMemberDef,
  Py_EmptyTuple,
  PyTuple_FromArray,
  PyUnicode_FromString,
  InstanceDict,
  HeapInstance,
  Py_TPFLAGS_BASETYPE,
  Py_TPFLAGS_BASE_EXC_SUBCLASS,
  METH_O,
  METH_NOARGS,
  METH_FASTCALL,
  METH_KEYWORDS,
  Py_True,
  Py_False,
  PyList_Type,
} from "./object";
import { MSG } from "../Python/messages";
import * as errors from "../Python/errors";
import * as abstract from "./abstract";
import * as typeobject from "./typeobject";
import * as dictobject from "./dictobject";
import * as longobject from "./longobject";

/** An exception instance. Thrown as is: `throw e`. */
export class PyBaseException extends PyObjectBase implements HeapInstance {
  args: PyTuple = Py_EmptyTuple;
  dict: InstanceDict | null = null;
  slots: (PyObject | null)[] | null;
  /** __traceback__: a traceback object or null (None). */
  traceback: PyObject | null = null;
  /** __cause__ / __context__: an exception or null (None). */
  cause: PyObject | null = null;
  context: PyObject | null = null;
  suppress_context = false;
  /** The JS error an internal SystemError came from (debugging only). */
  jsError?: unknown;
  constructor(type: PyTypeObject) {
    super();
    this.ob_type = type;
    this.slots = type.tp_nslots ? new Array(type.tp_nslots).fill(null) : null;
  }
}

export class PySyntaxErrorObject extends PyBaseException {
  msg: PyObject | null = null;
  filename: PyObject | null = null;
  lineno: PyObject | null = null;
  offset: PyObject | null = null;
  text: PyObject | null = null;
  end_lineno: PyObject | null = null;
  end_offset: PyObject | null = null;
  print_file_and_line: PyObject | null = null;
}

export class PyImportErrorObject extends PyBaseException {
  msg: PyObject | null = null;
  name: PyObject | null = null;
  path: PyObject | null = null;
}

export class PyOSErrorObject extends PyBaseException {
  myerrno: PyObject | null = null;
  strerror: PyObject | null = null;
  filename: PyObject | null = null;
  filename2: PyObject | null = null;
  winerror: PyObject | null = null;
  characters_written = -1;
}

export class PyStopIterationObject extends PyBaseException {
  value: PyObject = Py_None;
}

export class PySystemExitObject extends PyBaseException {
  code: PyObject = Py_None;
}

export class PyUnicodeErrorObject extends PyBaseException {
  encoding: PyObject | null = null;
  object: PyObject | null = null;
  start = 0;
  end = 0;
  reason: PyObject | null = null;
}

export class PyAttributeErrorObject extends PyBaseException {
  obj: PyObject | null = null;
  name: PyObject | null = null;
}

export class PyNameErrorObject extends PyBaseException {
  name: PyObject | null = null;
}

export class PyBaseExceptionGroupObject extends PyBaseException {
  msg: PyObject = Py_None;
  excs: PyTuple = Py_EmptyTuple;
}

type ExcClass = new (type: PyTypeObject) => PyBaseException;

/** Fast subtype test on the MRO (PyType_IsSubtype without the __subclasscheck__ protocol). */
export function PyType_IsSubtypeFast(a: PyTypeObject, b: PyTypeObject): boolean {
  if (a === b) return true;
  const mro = a.tp_mro;
  if (mro.length) {
    for (let i = 0; i < mro.length; i++) if (mro[i] === b) return true;
    return false;
  }
  for (let t: PyTypeObject | null = a; t; t = t.tp_base) if (t === b) return true;
  return b === PyBaseObject_Type;
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// BaseException

/** BaseException_new: the instance, with args set; the kind of JS object follows the type. */
export function BaseException_new(type: PyTypeObject, args: PyObject[], _kwnames: string[] | null): PyObject {
  const cls = excClassOf(type);
  const self = new cls(type);
  self.args = PyTuple_FromArray(args.length === 0 ? [] : args.slice(0, args.length - (_kwnames ? _kwnames.length : 0)));
  return self;
}

function excClassOf(type: PyTypeObject): ExcClass {
  for (let t: PyTypeObject | null = type; t; t = t.tp_base) {
    const c = t.tp_instance_class;
    if (c && c.prototype instanceof PyBaseException) return c as unknown as ExcClass;
    if (c === PyBaseException) return PyBaseException;
  }
  return PyBaseException;
}

/** Calls the type's __init__ the way type_call would, for exceptions made natively. */
export function callExceptionInit(e: PyBaseException, args: PyObject[]): void {
  const init = e.ob_type.tp_init;
  if (init) init(e, args, null);
}

/** Calls a (Python) exception class with args; raises TypeError if it does not give an exception. */
export function callExceptionType(type: PyTypeObject, args: PyObject[]): PyBaseException {
  const r = abstract.PyObject_Vectorcall(type, args, null);
  if (r instanceof PyBaseException) return r;
  return errors.PyErr_NewException(
    PyExc_TypeError,
    [PyUnicode_FromString(`calling ${typeobject.typeRepr(type)} should have returned an instance of BaseException, not ${Py_TYPE(r).ht_name}`)],
  );
}

function positional(args: PyObject[], kwnames: string[] | null): PyObject[] {
  return kwnames && kwnames.length ? args.slice(0, args.length - kwnames.length) : args;
}

function noKeywords(name: string, kwnames: string[] | null): void {
  if (kwnames && kwnames.length) errors.PyErr_SetString(PyExc_TypeError, MSG.takes_no_keyword_arguments(name));
}

function BaseException_init(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  noKeywords(Py_TYPE(self).ht_name, kwnames);
  (self as PyBaseException).args = PyTuple_FromArray(args.slice());
}

function BaseException_str(self: PyObject): PyObject {
  const a = (self as PyBaseException).args.items;
  if (a.length === 0) return PyUnicode_FromString("");
  if (a.length === 1) return abstract.PyObject_Str(a[0]);
  return abstract.PyObject_Str((self as PyBaseException).args);
}

function BaseException_repr(self: PyObject): PyObject {
  const e = self as PyBaseException;
  const name = Py_TYPE(e).ht_name;
  const a = e.args.items;
  if (a.length === 1) return PyUnicode_FromString(`${name}(${abstract.PyObject_ReprStr(a[0])})`);
  return PyUnicode_FromString(`${name}${abstract.PyObject_ReprStr(e.args)}`);
}

function BaseException_with_traceback(self: PyObject, tb: PyObject): PyObject {
  BaseException_set_tb(self, tb);
  return self;
}

/** BaseException.add_note */
function BaseException_add_note(self: PyObject, note: PyObject): PyObject {
  if (!(note instanceof PyStr)) errors.PyErr_SetString(PyExc_TypeError, MSG.note_must_be_str(Py_TYPE(note).ht_name));
  const notes = abstract.PyObject_LookupAttr(self, "__notes__");
  let list: PyObject;
  if (notes === undefined) {
    list = abstract.PyObject_CallNoArgs(PyList_Type);
    abstract.PyObject_SetAttr(self, "__notes__", list);
  } else {
    list = notes;
    if (!abstract.PyObject_TypeCheck(list, PyList_Type)) errors.PyErr_SetString(PyExc_TypeError, MSG.notes_not_list());
  }
  abstract.PyObject_CallMethod(list, "append", [note]);
  return Py_None;
}

function BaseException_reduce(self: PyObject): PyObject {
  const e = self as PyBaseException;
  if (e.dict && dictobject.PyDict_Size(e.dict) > 0) return PyTuple_FromArray([Py_TYPE(e), e.args, e.dict]);
  return PyTuple_FromArray([Py_TYPE(e), e.args]);
}

function BaseException_setstate(self: PyObject, state: PyObject): PyObject {
  if (state !== Py_None) {
    if (!dictobject.PyDict_Check(state)) errors.PyErr_SetString(PyExc_TypeError, "state is not a dictionary");
    for (const [k, v] of dictobject.PyDict_Items(state)) abstract.PyObject_SetAttrObj(self, k, v);
  }
  return Py_None;
}

function BaseException_get_args(self: PyObject): PyObject {
  return (self as PyBaseException).args;
}
function BaseException_set_args(self: PyObject, v: PyObject | null): void {
  if (v === null) errors.PyErr_SetString(PyExc_TypeError, MSG.exc_args_type());
  (self as PyBaseException).args = abstract.PySequence_Tuple(v);
}
function BaseException_get_tb(self: PyObject): PyObject {
  return (self as PyBaseException).traceback ?? Py_None;
}
function BaseException_set_tb(self: PyObject, v: PyObject | null): void {
  if (v === null) errors.PyErr_SetString(PyExc_TypeError, "__traceback__ may not be deleted");
  if (v === Py_None) (self as PyBaseException).traceback = null;
  else if (Py_TYPE(v).tp_name === "traceback") (self as PyBaseException).traceback = v;
  else errors.PyErr_SetString(PyExc_TypeError, MSG.traceback_type());
}
function BaseException_get_context(self: PyObject): PyObject {
  return (self as PyBaseException).context ?? Py_None;
}
function BaseException_set_context(self: PyObject, v: PyObject | null): void {
  if (v === null) errors.PyErr_SetString(PyExc_TypeError, "__context__ may not be deleted");
  if (v === Py_None) (self as PyBaseException).context = null;
  else if (v instanceof PyBaseException) (self as PyBaseException).context = v;
  else errors.PyErr_SetString(PyExc_TypeError, MSG.exc_context_type());
}
function BaseException_get_cause(self: PyObject): PyObject {
  return (self as PyBaseException).cause ?? Py_None;
}
function BaseException_set_cause(self: PyObject, v: PyObject | null): void {
  if (v === null) errors.PyErr_SetString(PyExc_TypeError, "__cause__ may not be deleted");
  const e = self as PyBaseException;
  if (v === Py_None) e.cause = null;
  else if (v instanceof PyBaseException) e.cause = v;
  else errors.PyErr_SetString(PyExc_TypeError, MSG.exc_cause_type());
  e.suppress_context = true;
}
function BaseException_get_suppress(self: PyObject): PyObject {
  return (self as PyBaseException).suppress_context ? Py_True : Py_False;
}
function BaseException_set_suppress(self: PyObject, v: PyObject | null): void {
  if (v === null) errors.PyErr_SetString(PyExc_TypeError, "__suppress_context__ may not be deleted");
  (self as PyBaseException).suppress_context = abstract.PyObject_IsTrue(v);
}

/** PyException_SetTraceback etc. for the eval loop. */
export function PyException_SetContext(e: PyBaseException, ctx: PyBaseException | null): void {
  e.context = ctx;
}

const BaseException_methods: PyMethodDef[] = [
  { name: "__reduce__", meth: BaseException_reduce, flags: METH_NOARGS },
  { name: "__setstate__", meth: BaseException_setstate, flags: METH_O },
  { name: "with_traceback", meth: BaseException_with_traceback, flags: METH_O, doc: "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self." },
  { name: "add_note", meth: BaseException_add_note, flags: METH_O, doc: "Exception.add_note(note) --\n    add a note to the exception" },
];

const BaseException_getsets: PyGetSetDef[] = [
  { name: "args", get: BaseException_get_args, set: BaseException_set_args },
  { name: "__traceback__", get: BaseException_get_tb, set: BaseException_set_tb },
  { name: "__context__", get: BaseException_get_context, set: BaseException_set_context, doc: "exception context" },
  { name: "__cause__", get: BaseException_get_cause, set: BaseException_set_cause, doc: "exception cause" },
  { name: "__suppress_context__", get: BaseException_get_suppress, set: BaseException_set_suppress },
  {
    name: "__dict__",
    get: (self: PyObject) => typeobject.PyObject_GenericGetDict(self),
    set: (self: PyObject, v: PyObject | null) => {
      if (v === null || !dictobject.PyDict_Check(v)) errors.PyErr_SetString(PyExc_TypeError, "__dict__ must be set to a dictionary");
      (self as PyBaseException).dict = v as unknown as InstanceDict;
    },
  },
];

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Families with extra fields

function memberGetSet(name: string, field: string, noneIfNull = true): PyGetSetDef {
  return {
    name,
    get: (self: Record<string, PyObject | null>) => self[field] ?? (noneIfNull ? Py_None : Py_None),
    set: (self: Record<string, PyObject | null>, v: PyObject | null) => {
      self[field] = v;
    },
    doc: null,
  };
}

function StopIteration_init(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  BaseException_init(self, args, kwnames);
  (self as PyStopIterationObject).value = args.length > 0 ? args[0] : Py_None;
}

function SystemExit_init(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  BaseException_init(self, args, kwnames);
  const e = self as PySystemExitObject;
  e.code = args.length === 0 ? Py_None : args.length === 1 ? args[0] : e.args;
}

function ImportError_init(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  const e = self as PyImportErrorObject;
  const pos = positional(args, kwnames);
  if (kwnames) {
    for (let i = 0; i < kwnames.length; i++) {
      const k = kwnames[i];
      const v = args[pos.length + i];
      if (k === "name") e.name = v;
      else if (k === "path") e.path = v;
      else errors.PyErr_SetString(PyExc_TypeError, `'${k}' is an invalid keyword argument for ${Py_TYPE(self).ht_name}()`);
    }
  }
  e.args = PyTuple_FromArray(pos.slice());
  e.msg = pos.length === 1 ? pos[0] : null;
}

function ImportError_str(self: PyObject): PyObject {
  const e = self as PyImportErrorObject;
  if (e.msg !== null && e.msg !== Py_None) return abstract.PyObject_Str(e.msg);
  return BaseException_str(self);
}

function AttributeError_init(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  const e = self as PyAttributeErrorObject;
  const pos = positional(args, kwnames);
  if (kwnames) {
    for (let i = 0; i < kwnames.length; i++) {
      const k = kwnames[i];
      const v = args[pos.length + i];
      if (k === "name") e.name = v;
      else if (k === "obj") e.obj = v;
      else errors.PyErr_SetString(PyExc_TypeError, `AttributeError() got an unexpected keyword argument '${k}'`);
    }
  }
  e.args = PyTuple_FromArray(pos.slice());
}

function NameError_init(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  const e = self as PyNameErrorObject;
  const pos = positional(args, kwnames);
  if (kwnames) {
    for (let i = 0; i < kwnames.length; i++) {
      const k = kwnames[i];
      if (k === "name") e.name = args[pos.length + i];
      else errors.PyErr_SetString(PyExc_TypeError, `NameError() got an unexpected keyword argument '${k}'`);
    }
  }
  e.args = PyTuple_FromArray(pos.slice());
}

function KeyError_str(self: PyObject): PyObject {
  const a = (self as PyBaseException).args.items;
  if (a.length === 1) return abstract.PyObject_Repr(a[0]);
  return BaseException_str(self);
}

// SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))
function SyntaxError_init(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  BaseException_init(self, args, kwnames);
  const e = self as PySyntaxErrorObject;
  if (args.length >= 1) e.msg = args[0];
  if (args.length === 2) {
    const info = abstract.PySequence_Tuple(args[1]).items;
    if (info.length !== 4 && info.length !== 6) {
      errors.PyErr_SetString(PyExc_IndexError, "tuple index out of range");
    }
    [e.filename, e.lineno, e.offset, e.text] = info;
    if (info.length === 6) {
      e.end_lineno = info[4];
      e.end_offset = info[5];
    }
  }
}

function SyntaxError_str(self: PyObject): PyObject {
  const e = self as PySyntaxErrorObject;
  const msg = abstract.PyObject_StrStr(e.msg ?? Py_None);
  let filename: string | null = null;
  if (e.filename instanceof PyStr) {
    const f = e.filename.value;
    const slash = f.lastIndexOf("/");
    filename = slash >= 0 ? f.slice(slash + 1) : f;
  }
  const haveLine = e.lineno !== null && typeof e.lineno === "number";
  if (filename !== null && haveLine) return PyUnicode_FromString(`${msg} (${filename}, line ${e.lineno})`);
  if (filename !== null) return PyUnicode_FromString(`${msg} (${filename})`);
  if (haveLine) return PyUnicode_FromString(`${msg} (line ${e.lineno})`);
  return PyUnicode_FromString(msg);
}

// OSError: errno -> subclass mapping (Objects/exceptions.c, _PyExc_InitState's ADD_ERRNO)
const ERRNO_MAP: [string, number[]][] = [
  ["BlockingIOError", [11, 115, 114]], // EAGAIN/EWOULDBLOCK, EINPROGRESS, EALREADY
  ["ChildProcessError", [10]], // ECHILD
  ["BrokenPipeError", [32, 108]], // EPIPE, ESHUTDOWN
  ["ConnectionAbortedError", [103]],
  ["ConnectionRefusedError", [111]],
  ["ConnectionResetError", [104]],
  ["FileExistsError", [17]],
  ["FileNotFoundError", [2]],
  ["IsADirectoryError", [21]],
  ["NotADirectoryError", [20]],
  ["InterruptedError", [4]],
  ["PermissionError", [13, 1]], // EACCES, EPERM
  ["ProcessLookupError", [3]],
  ["TimeoutError", [110]],
];
const errnoToType = new Map<number, PyTypeObject>();

function OSError_new(type: PyTypeObject, args: PyObject[], kwnames: string[] | null): PyObject {
  let t = type;
  const pos = positional(args, kwnames);
  if (type === PyExc_OSError && pos.length >= 2 && typeof pos[0] === "number") {
    const sub = errnoToType.get(pos[0]);
    if (sub) t = sub;
  }
  const self = BaseException_new(t, pos, null) as PyOSErrorObject;
  if (!oserror_use_init(t)) OSError_fill(self, pos);
  return self;
}

/** oserror_use_init: a subclass overriding __init__ but not __new__ parses its args in __init__. */
function oserror_use_init(t: PyTypeObject): boolean {
  return t.tp_init !== OSError_init && t.tp_new === OSError_new;
}

function OSError_fill(e: PyOSErrorObject, pos: PyObject[]): void {
  if (pos.length >= 2 && pos.length <= 5) {
    e.myerrno = pos[0];
    e.strerror = pos[1];
    if (pos.length >= 3) e.filename = pos[2];
    if (pos.length >= 4) e.winerror = pos[3];
    if (pos.length === 5) e.filename2 = pos[4];
    // args keep only (errno, strerror) when a filename is given
    if (pos.length >= 3) e.args = PyTuple_FromArray([pos[0], pos[1]]);
    else e.args = PyTuple_FromArray(pos.slice());
  } else e.args = PyTuple_FromArray(pos.slice());
}

function OSError_init(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  noKeywords(Py_TYPE(self).ht_name, kwnames);
  if (oserror_use_init(Py_TYPE(self))) OSError_fill(self as PyOSErrorObject, args);
}

function OSError_str(self: PyObject): PyObject {
  const e = self as PyOSErrorObject;
  const errno = e.myerrno;
  const strerror = e.strerror;
  if (e.filename !== null && e.filename !== Py_None) {
    const f1 = abstract.PyObject_ReprStr(e.filename);
    if (e.filename2 !== null && e.filename2 !== Py_None) {
      return PyUnicode_FromString(
        `[Errno ${abstract.PyObject_StrStr(errno ?? Py_None)}] ${abstract.PyObject_StrStr(strerror ?? Py_None)}: ${f1} -> ${abstract.PyObject_ReprStr(e.filename2)}`,
      );
    }
    return PyUnicode_FromString(`[Errno ${abstract.PyObject_StrStr(errno ?? Py_None)}] ${abstract.PyObject_StrStr(strerror ?? Py_None)}: ${f1}`);
  }
  if (errno !== null && strerror !== null) {
    return PyUnicode_FromString(`[Errno ${abstract.PyObject_StrStr(errno)}] ${abstract.PyObject_StrStr(strerror)}`);
  }
  return BaseException_str(self);
}

function OSError_get_errno(self: PyObject): PyObject {
  return (self as PyOSErrorObject).myerrno ?? Py_None;
}

// UnicodeDecodeError(encoding, object, start, end, reason) and friends
function UnicodeError_init_common(self: PyObject, args: PyObject[], kwnames: string[] | null, n: number): void {
  BaseException_init(self, args, kwnames);
  const e = self as PyUnicodeErrorObject;
  if (args.length !== n) errors.PyErr_SetString(PyExc_TypeError, MSG.expected_n_arguments("function", n, args.length).replace("function expected", "function takes exactly").replace(/, got \d+/, ` (${args.length} given)`));
  let i = 0;
  if (n === 5) e.encoding = args[i++];
  e.object = args[i++];
  e.start = Number(longobject.PyLong_AsBigInt(args[i++]));
  e.end = Number(longobject.PyLong_AsBigInt(args[i++]));
  e.reason = args[i++];
}

function hex2(n: number, w: number): string {
  return n.toString(16).padStart(w, "0");
}

function UnicodeDecodeError_str(self: PyObject): PyObject {
  const e = self as PyUnicodeErrorObject;
  const obj = e.object as unknown as { value?: Uint8Array };
  const enc = abstract.PyObject_StrStr(e.encoding ?? Py_None);
  const reason = abstract.PyObject_StrStr(e.reason ?? Py_None);
  if (obj && obj.value instanceof Uint8Array && e.start < obj.value.length && e.end === e.start + 1) {
    return PyUnicode_FromString(`'${enc}' codec can't decode byte 0x${hex2(obj.value[e.start], 2)} in position ${e.start}: ${reason}`);
  }
  return PyUnicode_FromString(`'${enc}' codec can't decode bytes in position ${e.start}-${e.end - 1}: ${reason}`);
}

function charEscape(cp: number): string {
  if (cp < 0x100) return `\\x${hex2(cp, 2)}`;
  if (cp < 0x10000) return `\\u${hex2(cp, 4)}`;
  return `\\U${hex2(cp, 8)}`;
}

function UnicodeEncodeError_str(self: PyObject): PyObject {
  const e = self as PyUnicodeErrorObject;
  const enc = abstract.PyObject_StrStr(e.encoding ?? Py_None);
  const reason = abstract.PyObject_StrStr(e.reason ?? Py_None);
  if (e.object instanceof PyStr) {
    const cps = Array.from(e.object.value);
    if (e.start < cps.length && e.end === e.start + 1) {
      return PyUnicode_FromString(`'${enc}' codec can't encode character '${charEscape(cps[e.start].codePointAt(0)!)}' in position ${e.start}: ${reason}`);
    }
  }
  return PyUnicode_FromString(`'${enc}' codec can't encode characters in position ${e.start}-${e.end - 1}: ${reason}`);
}

function UnicodeTranslateError_str(self: PyObject): PyObject {
  const e = self as PyUnicodeErrorObject;
  const reason = abstract.PyObject_StrStr(e.reason ?? Py_None);
  if (e.object instanceof PyStr) {
    const cps = Array.from(e.object.value);
    if (e.start < cps.length && e.end === e.start + 1) {
      return PyUnicode_FromString(`can't translate character '${charEscape(cps[e.start].codePointAt(0)!)}' in position ${e.start}: ${reason}`);
    }
  }
  return PyUnicode_FromString(`can't translate characters in position ${e.start}-${e.end - 1}: ${reason}`);
}

const unicodeErrorGetsets: PyGetSetDef[] = [
  memberGetSet("encoding", "encoding"),
  memberGetSet("object", "object"),
  { name: "start", get: (s: PyUnicodeErrorObject) => s.start, set: (s: PyUnicodeErrorObject, v) => { s.start = Number(longobject.PyLong_AsBigInt(v ?? 0)); } },
  { name: "end", get: (s: PyUnicodeErrorObject) => s.end, set: (s: PyUnicodeErrorObject, v) => { s.end = Number(longobject.PyLong_AsBigInt(v ?? 0)); } },
  memberGetSet("reason", "reason"),
];

// ─────────────────────────────────────────────────────────────────────────────────────────────
// BaseExceptionGroup / ExceptionGroup (PEP 654)

function BaseExceptionGroup_new(type: PyTypeObject, args: PyObject[], kwnames: string[] | null): PyObject {
  noKeywords(type.ht_name, kwnames);
  if (args.length !== 2) errors.PyErr_SetString(PyExc_TypeError, MSG.exception_group_args(args.length));
  const [msg, seq] = args;
  if (!(msg instanceof PyStr)) errors.PyErr_SetString(PyExc_TypeError, `BaseExceptionGroup.__new__() argument 1 must be str, not ${Py_TYPE(msg).ht_name}`);
  if (!abstract.PySequence_Check(seq)) errors.PyErr_SetString(PyExc_TypeError, MSG.eg_second_arg_seq());
  const excs = abstract.PySequence_Tuple(seq);
  if (excs.items.length === 0) errors.PyErr_SetString(PyExc_ValueError, MSG.eg_second_arg_nonempty());
  let nestedBase = false;
  for (let i = 0; i < excs.items.length; i++) {
    const x = excs.items[i];
    if (!(x instanceof PyBaseException)) errors.PyErr_SetString(PyExc_ValueError, MSG.eg_item_not_exc(i));
    if (!PyType_IsSubtypeFast(Py_TYPE(x), PyExc_Exception)) nestedBase = true;
  }
  let cls = type;
  if (type === PyExc_BaseExceptionGroup) {
    if (!nestedBase) cls = PyExc_ExceptionGroup;
  } else if (type === PyExc_ExceptionGroup) {
    if (nestedBase) errors.PyErr_SetString(PyExc_TypeError, MSG.eg_cannot_nest_base());
  } else if (nestedBase && !PyType_IsSubtypeFast(type, PyExc_Exception) === false) {
    errors.PyErr_SetString(PyExc_TypeError, MSG.eg_cannot_nest_base_named(type.ht_name));
  }
  const self = new PyBaseExceptionGroupObject(cls);
  self.args = PyTuple_FromArray([msg, seq]);
  self.msg = msg;
  self.excs = excs;
  return self;
}

function BaseExceptionGroup_init(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  noKeywords(Py_TYPE(self).ht_name, kwnames);
  // args were set by __new__; a subclass __init__ may pass others, as CPython allows.
  if (args.length) (self as PyBaseException).args = PyTuple_FromArray(args.slice());
}

function BaseExceptionGroup_str(self: PyObject): PyObject {
  const e = self as PyBaseExceptionGroupObject;
  const n = e.excs.items.length;
  return PyUnicode_FromString(`${abstract.PyObject_StrStr(e.msg)} (${n} sub-exception${n > 1 ? "s" : ""})`);
}

function BaseExceptionGroup_derive(self: PyObject, excs: PyObject): PyObject {
  const e = self as PyBaseExceptionGroupObject;
  return abstract.PyObject_Vectorcall(PyExc_BaseExceptionGroup, [e.msg, excs], null);
}

type Matcher = (x: PyBaseException) => boolean;

function makeMatcher(cond: PyObject): Matcher {
  if (cond instanceof PyTypeObject && PyType_IsSubtypeFast(cond, PyExc_BaseException)) {
    return (x) => PyType_IsSubtypeFast(Py_TYPE(x), cond);
  }
  if (cond instanceof PyTuple && cond.items.every((c) => c instanceof PyTypeObject && PyType_IsSubtypeFast(c, PyExc_BaseException))) {
    return (x) => cond.items.some((c) => PyType_IsSubtypeFast(Py_TYPE(x), c as PyTypeObject));
  }
  if (abstract.PyCallable_Check(cond) && !(cond instanceof PyTypeObject)) {
    return (x) => abstract.PyObject_IsTrue(abstract.PyObject_Vectorcall(cond, [x], null));
  }
  errors.PyErr_SetString(PyExc_TypeError, MSG.eg_condition());
}

function copyExcMetadata(from: PyBaseException, to: PyBaseException): void {
  to.traceback = from.traceback;
  to.cause = from.cause;
  to.context = from.context;
  to.suppress_context = from.suppress_context;
  const notes = abstract.PyObject_LookupAttr(from, "__notes__");
  if (notes !== undefined && abstract.PySequence_Check(notes)) {
    abstract.PyObject_SetAttr(to, "__notes__", abstract.PySequence_List(notes));
  }
}

/** exceptiongroup_split_recursive: [match, rest] (either may be null). */
function egSplit(e: PyBaseException, match: Matcher, wantRest: boolean): [PyBaseException | null, PyBaseException | null] {
  if (match(e)) return [e, null];
  if (!(e instanceof PyBaseExceptionGroupObject)) return [null, wantRest ? e : null];
  const ms: PyObject[] = [];
  const rs: PyObject[] = [];
  for (const x of e.excs.items) {
    const [m, r] = egSplit(x as PyBaseException, match, wantRest);
    if (m) ms.push(m);
    if (r) rs.push(r);
  }
  const derive = (items: PyObject[]): PyBaseException | null => {
    if (items.length === 0) return null;
    const d = abstract.PyObject_CallMethod(e, "derive", [abstract.PyList_FromArray(items)]);
    if (!(d instanceof PyBaseExceptionGroupObject)) {
      errors.PyErr_SetString(PyExc_TypeError, "derive must return an instance of BaseExceptionGroup");
    }
    copyExcMetadata(e, d);
    return d;
  };
  return [derive(ms), wantRest ? derive(rs) : null];
}

function BaseExceptionGroup_split(self: PyObject, cond: PyObject): PyObject {
  const [m, r] = egSplit(self as PyBaseException, makeMatcher(cond), true);
  return PyTuple_FromArray([m ?? Py_None, r ?? Py_None]);
}

function BaseExceptionGroup_subgroup(self: PyObject, cond: PyObject): PyObject {
  const [m] = egSplit(self as PyBaseException, makeMatcher(cond), false);
  return m ?? Py_None;
}

/** For except*: split used by the eval loop (CHECK_EG_MATCH). */
export function exceptionGroupMatch(e: PyBaseException, cond: PyObject): [PyObject, PyObject] {
  const m = makeMatcher(cond);
  if (!(e instanceof PyBaseExceptionGroupObject)) {
    if (m(e)) {
      // A naked exception matching except* is wrapped in an ExceptionGroup.
      const eg = abstract.PyObject_Vectorcall(PyExc_BaseExceptionGroup, [PyUnicode_FromString(""), PyTuple_FromArray([e])], null) as PyBaseException;
      eg.traceback = e.traceback;
      return [eg, Py_None];
    }
    return [Py_None, e];
  }
  const [a, b] = egSplit(e, m, true);
  return [a ?? Py_None, b ?? Py_None];
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// The table

interface ExcRow {
  name: string;
  base: string | null;
  /** More bases than `base` (ExceptionGroup is also an Exception). */
  extraBases?: string[];
  doc: string;
  cls?: ExcClass;
  slots?: PyTypeSpec["slots"];
  methods?: PyMethodDef[];
  getsets?: PyGetSetDef[];
  members?: PyMemberDef[];
}

const EXCEPTION_TABLE: ExcRow[] = [
  { name: "BaseException", base: null, doc: "Common base class for all exceptions" },
  { name: "BaseExceptionGroup", base: "BaseException", doc: "A combination of multiple unrelated exceptions.", cls: PyBaseExceptionGroupObject,
    slots: { tp_new: BaseExceptionGroup_new, tp_init: BaseExceptionGroup_init, tp_str: BaseExceptionGroup_str },
    methods: [
      { name: "derive", meth: BaseExceptionGroup_derive, flags: METH_O },
      { name: "split", meth: BaseExceptionGroup_split, flags: METH_O },
      { name: "subgroup", meth: BaseExceptionGroup_subgroup, flags: METH_O },
    ],
    getsets: [
      { name: "message", get: (s: PyBaseExceptionGroupObject) => s.msg, doc: "exception message" },
      { name: "exceptions", get: (s: PyBaseExceptionGroupObject) => s.excs, doc: "nested exceptions" },
    ] },
  { name: "GeneratorExit", base: "BaseException", doc: "Request that a generator exit." },
  { name: "KeyboardInterrupt", base: "BaseException", doc: "Program interrupted by user." },
  { name: "SystemExit", base: "BaseException", doc: "Request to exit from the interpreter.", cls: PySystemExitObject,
    slots: { tp_init: SystemExit_init },
    getsets: [memberGetSet("code", "code")] },
  { name: "Exception", base: "BaseException", doc: "Common base class for all non-exit exceptions." },
  { name: "ArithmeticError", base: "Exception", doc: "Base class for arithmetic errors." },
  { name: "FloatingPointError", base: "ArithmeticError", doc: "Floating point operation failed." },
  { name: "OverflowError", base: "ArithmeticError", doc: "Result too large to be represented." },
  { name: "ZeroDivisionError", base: "ArithmeticError", doc: "Second argument to a division or modulo operation was zero." },
  { name: "AssertionError", base: "Exception", doc: "Assertion failed." },
  { name: "AttributeError", base: "Exception", doc: "Attribute not found.", cls: PyAttributeErrorObject,
    slots: { tp_init: AttributeError_init },
    getsets: [memberGetSet("name", "name"), memberGetSet("obj", "obj")] },
  { name: "BufferError", base: "Exception", doc: "Buffer error." },
  { name: "EOFError", base: "Exception", doc: "Read beyond end of file." },
  { name: "ExceptionGroup", base: "BaseExceptionGroup", extraBases: ["Exception"], doc: "" },
  { name: "ImportError", base: "Exception", doc: "Import can't find module, or can't find name in module.", cls: PyImportErrorObject,
    slots: { tp_init: ImportError_init, tp_str: ImportError_str },
    getsets: [memberGetSet("msg", "msg"), memberGetSet("name", "name"), memberGetSet("path", "path")] },
  { name: "ModuleNotFoundError", base: "ImportError", doc: "Module not found." },
  { name: "LookupError", base: "Exception", doc: "Base class for lookup errors." },
  { name: "IndexError", base: "LookupError", doc: "Sequence index out of range." },
  { name: "KeyError", base: "LookupError", doc: "Mapping key not found.", slots: { tp_str: KeyError_str } },
  { name: "MemoryError", base: "Exception", doc: "Out of memory." },
  { name: "NameError", base: "Exception", doc: "Name not found globally.", cls: PyNameErrorObject,
    slots: { tp_init: NameError_init }, getsets: [memberGetSet("name", "name")] },
  { name: "UnboundLocalError", base: "NameError", doc: "Local name referenced but not bound to a value." },
  { name: "OSError", base: "Exception", doc: "Base class for I/O related errors.", cls: PyOSErrorObject,
    slots: { tp_new: OSError_new, tp_init: OSError_init, tp_str: OSError_str },
    getsets: [
      { name: "errno", get: OSError_get_errno, set: (s: PyOSErrorObject, v) => { s.myerrno = v; }, doc: "POSIX exception code" },
      memberGetSet("strerror", "strerror"),
      memberGetSet("filename", "filename"),
      memberGetSet("filename2", "filename2"),
    ] },
  { name: "BlockingIOError", base: "OSError", doc: "I/O operation would block." },
  { name: "ChildProcessError", base: "OSError", doc: "Child process error." },
  { name: "ConnectionError", base: "OSError", doc: "Connection error." },
  { name: "BrokenPipeError", base: "ConnectionError", doc: "Broken pipe." },
  { name: "ConnectionAbortedError", base: "ConnectionError", doc: "Connection aborted." },
  { name: "ConnectionRefusedError", base: "ConnectionError", doc: "Connection refused." },
  { name: "ConnectionResetError", base: "ConnectionError", doc: "Connection reset." },
  { name: "FileExistsError", base: "OSError", doc: "File already exists." },
  { name: "FileNotFoundError", base: "OSError", doc: "File not found." },
  { name: "InterruptedError", base: "OSError", doc: "Interrupted by signal." },
  { name: "IsADirectoryError", base: "OSError", doc: "Operation doesn't work on directories." },
  { name: "NotADirectoryError", base: "OSError", doc: "Operation only works on directories." },
  { name: "PermissionError", base: "OSError", doc: "Not enough permissions." },
  { name: "ProcessLookupError", base: "OSError", doc: "Process not found." },
  { name: "TimeoutError", base: "OSError", doc: "Timeout expired." },
  { name: "ReferenceError", base: "Exception", doc: "Weak ref proxy used after referent went away." },
  { name: "RuntimeError", base: "Exception", doc: "Unspecified run-time error." },
  { name: "NotImplementedError", base: "RuntimeError", doc: "Method or function hasn't been implemented yet." },
  { name: "RecursionError", base: "RuntimeError", doc: "Recursion limit exceeded." },
  { name: "StopAsyncIteration", base: "Exception", doc: "Signal the end from iterator.__anext__()." },
  { name: "StopIteration", base: "Exception", doc: "Signal the end from iterator.__next__().", cls: PyStopIterationObject,
    slots: { tp_init: StopIteration_init },
    getsets: [{ name: "value", get: (s: PyStopIterationObject) => s.value, set: (s: PyStopIterationObject, v) => { s.value = v ?? Py_None; }, doc: "generator return value" }] },
  { name: "SyntaxError", base: "Exception", doc: "Invalid syntax.", cls: PySyntaxErrorObject,
    slots: { tp_init: SyntaxError_init, tp_str: SyntaxError_str },
    getsets: ["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"].map((n) => memberGetSet(n, n)) },
  { name: "IndentationError", base: "SyntaxError", doc: "Improper indentation." },
  { name: "TabError", base: "IndentationError", doc: "Improper mixture of spaces and tabs." },
  { name: "SystemError", base: "Exception", doc: "Internal error in the Python interpreter.\n\nPlease report this to the Python maintainer, along with the traceback,\nthe Python version, and the hardware/OS platform and version." },
  { name: "TypeError", base: "Exception", doc: "Inappropriate argument type." },
  { name: "ValueError", base: "Exception", doc: "Inappropriate argument value (of correct type)." },
  { name: "UnicodeError", base: "ValueError", doc: "Unicode related error." },
  { name: "UnicodeDecodeError", base: "UnicodeError", doc: "Unicode decoding error.", cls: PyUnicodeErrorObject,
    slots: { tp_init: (s, a, k) => UnicodeError_init_common(s, a, k, 5), tp_str: UnicodeDecodeError_str }, getsets: unicodeErrorGetsets },
  { name: "UnicodeEncodeError", base: "UnicodeError", doc: "Unicode encoding error.", cls: PyUnicodeErrorObject,
    slots: { tp_init: (s, a, k) => UnicodeError_init_common(s, a, k, 5), tp_str: UnicodeEncodeError_str }, getsets: unicodeErrorGetsets },
  { name: "UnicodeTranslateError", base: "UnicodeError", doc: "Unicode translation error.", cls: PyUnicodeErrorObject,
    slots: { tp_init: (s, a, k) => UnicodeError_init_common(s, a, k, 4), tp_str: UnicodeTranslateError_str }, getsets: unicodeErrorGetsets },
  { name: "Warning", base: "Exception", doc: "Base class for warning categories." },
  { name: "BytesWarning", base: "Warning", doc: "Base class for warnings about bytes and buffer related problems, mostly\nrelated to conversion from str or comparing to str." },
  { name: "DeprecationWarning", base: "Warning", doc: "Base class for warnings about deprecated features." },
  { name: "EncodingWarning", base: "Warning", doc: "Base class for warnings about encodings." },
  { name: "FutureWarning", base: "Warning", doc: "Base class for warnings about constructs that will change semantically\nin the future." },
  { name: "ImportWarning", base: "Warning", doc: "Base class for warnings about probable mistakes in module imports" },
  { name: "PendingDeprecationWarning", base: "Warning", doc: "Base class for warnings about features which will be deprecated\nin the future." },
  { name: "ResourceWarning", base: "Warning", doc: "Base class for warnings about resource usage." },
  { name: "RuntimeWarning", base: "Warning", doc: "Base class for warnings about dubious runtime behavior." },
  { name: "SyntaxWarning", base: "Warning", doc: "Base class for warnings about dubious syntax." },
  { name: "UnicodeWarning", base: "Warning", doc: "Base class for warnings about Unicode related problems, mostly\nrelated to conversion problems." },
  { name: "UserWarning", base: "Warning", doc: "Base class for warnings generated by user code." },
];

/** Every exception type by name (the builtins module adds them all, plus the OSError aliases). */
export const exceptionTypes = new Map<string, PyTypeObject>();

for (const row of EXCEPTION_TABLE) {
  const base = row.base === null ? PyBaseObject_Type : exceptionTypes.get(row.base)!;
  const isRoot = row.base === null;
  const spec: PyTypeSpec = {
    name: row.name,
    base,
    bases: row.extraBases ? [base, ...row.extraBases.map((b) => exceptionTypes.get(b)!)] : undefined,
    flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_BASE_EXC_SUBCLASS,
    doc: row.doc || null,
    instanceClass: row.cls ?? (isRoot ? PyBaseException : undefined),
    hasDict: true,
    weakrefable: isRoot,
    slots: isRoot
      ? { tp_new: BaseException_new, tp_init: BaseException_init, tp_str: BaseException_str, tp_repr: BaseException_repr, ...row.slots }
      : row.slots,
    methods: isRoot ? BaseException_methods : row.methods,
    getsets: isRoot ? BaseException_getsets : row.getsets,
  };
  exceptionTypes.set(row.name, PyType_FromSpec(spec));
}
for (const [name, errnos] of ERRNO_MAP) for (const n of errnos) errnoToType.set(n, exceptionTypes.get(name)!);

function T(name: string): PyTypeObject {
  return exceptionTypes.get(name)!;
}

export const PyExc_BaseException = T("BaseException");
export const PyExc_BaseExceptionGroup = T("BaseExceptionGroup");
export const PyExc_ExceptionGroup = T("ExceptionGroup");
export const PyExc_GeneratorExit = T("GeneratorExit");
export const PyExc_KeyboardInterrupt = T("KeyboardInterrupt");
export const PyExc_SystemExit = T("SystemExit");
export const PyExc_Exception = T("Exception");
export const PyExc_ArithmeticError = T("ArithmeticError");
export const PyExc_FloatingPointError = T("FloatingPointError");
export const PyExc_OverflowError = T("OverflowError");
export const PyExc_ZeroDivisionError = T("ZeroDivisionError");
export const PyExc_AssertionError = T("AssertionError");
export const PyExc_AttributeError = T("AttributeError");
export const PyExc_BufferError = T("BufferError");
export const PyExc_EOFError = T("EOFError");
export const PyExc_ImportError = T("ImportError");
export const PyExc_ModuleNotFoundError = T("ModuleNotFoundError");
export const PyExc_LookupError = T("LookupError");
export const PyExc_IndexError = T("IndexError");
export const PyExc_KeyError = T("KeyError");
export const PyExc_MemoryError = T("MemoryError");
export const PyExc_NameError = T("NameError");
export const PyExc_UnboundLocalError = T("UnboundLocalError");
export const PyExc_OSError = T("OSError");
export const PyExc_BlockingIOError = T("BlockingIOError");
export const PyExc_ChildProcessError = T("ChildProcessError");
export const PyExc_ConnectionError = T("ConnectionError");
export const PyExc_BrokenPipeError = T("BrokenPipeError");
export const PyExc_ConnectionAbortedError = T("ConnectionAbortedError");
export const PyExc_ConnectionRefusedError = T("ConnectionRefusedError");
export const PyExc_ConnectionResetError = T("ConnectionResetError");
export const PyExc_FileExistsError = T("FileExistsError");
export const PyExc_FileNotFoundError = T("FileNotFoundError");
export const PyExc_InterruptedError = T("InterruptedError");
export const PyExc_IsADirectoryError = T("IsADirectoryError");
export const PyExc_NotADirectoryError = T("NotADirectoryError");
export const PyExc_PermissionError = T("PermissionError");
export const PyExc_ProcessLookupError = T("ProcessLookupError");
export const PyExc_TimeoutError = T("TimeoutError");
export const PyExc_ReferenceError = T("ReferenceError");
export const PyExc_RuntimeError = T("RuntimeError");
export const PyExc_NotImplementedError = T("NotImplementedError");
export const PyExc_RecursionError = T("RecursionError");
export const PyExc_StopAsyncIteration = T("StopAsyncIteration");
export const PyExc_StopIteration = T("StopIteration");
export const PyExc_SyntaxError = T("SyntaxError");
export const PyExc_IndentationError = T("IndentationError");
export const PyExc_TabError = T("TabError");
export const PyExc_SystemError = T("SystemError");
export const PyExc_TypeError = T("TypeError");
export const PyExc_ValueError = T("ValueError");
export const PyExc_UnicodeError = T("UnicodeError");
export const PyExc_UnicodeDecodeError = T("UnicodeDecodeError");
export const PyExc_UnicodeEncodeError = T("UnicodeEncodeError");
export const PyExc_UnicodeTranslateError = T("UnicodeTranslateError");
export const PyExc_Warning = T("Warning");
export const PyExc_BytesWarning = T("BytesWarning");
export const PyExc_DeprecationWarning = T("DeprecationWarning");
export const PyExc_EncodingWarning = T("EncodingWarning");
export const PyExc_FutureWarning = T("FutureWarning");
export const PyExc_ImportWarning = T("ImportWarning");
export const PyExc_PendingDeprecationWarning = T("PendingDeprecationWarning");
export const PyExc_ResourceWarning = T("ResourceWarning");
export const PyExc_RuntimeWarning = T("RuntimeWarning");
export const PyExc_SyntaxWarning = T("SyntaxWarning");
export const PyExc_UnicodeWarning = T("UnicodeWarning");
export const PyExc_UserWarning = T("UserWarning");

/** Names the builtins module binds to these types besides their own (OSError's aliases). */
export const exceptionAliases: [string, PyTypeObject][] = [
  ["EnvironmentError", PyExc_OSError],
  ["IOError", PyExc_OSError],
];

/** Raise helper for StopIteration carrying a value (generators' return). */
export function newStopIteration(value: PyObject): PyStopIterationObject {
  const e = new PyStopIterationObject(PyExc_StopIteration);
  e.value = value;
  e.args = value === Py_None ? Py_EmptyTuple : PyTuple_FromArray([value]);
  return e;
}

/** Builds a Python SyntaxError (or subclass) from the front end's fields. */
export function newSyntaxError(
  type: PyTypeObject,
  msg: string,
  filename: string,
  lineno: number,
  offset: number,
  text: string | null,
  end_lineno: number,
  end_offset: number,
): PySyntaxErrorObject {
  const e = new PySyntaxErrorObject(type);
  const m = PyUnicode_FromString(msg);
  e.msg = m;
  e.filename = PyUnicode_FromString(filename);
  e.lineno = lineno;
  e.offset = offset;
  e.text = text === null ? Py_None : PyUnicode_FromString(text);
  e.end_lineno = end_lineno;
  e.end_offset = end_offset;
  e.args = PyTuple_FromArray([m, PyTuple_FromArray([e.filename, lineno, offset, e.text, end_lineno, end_offset])]);
  return e;
}

/** The leaf exceptions of an exception (group). */
function leaves(e: PyObject, out: Set<PyObject>): void {
  if (e instanceof PyBaseExceptionGroupObject) for (const x of e.excs.items) leaves(x, out);
  else out.add(e);
}

/** exception_group_projection: the part of eg whose leaves are in `keep`. */
function projection(eg: PyBaseException, keep: Set<PyObject>): PyBaseException | null {
  const [m] = egSplit(eg, (x) => keep.has(x), false);
  return m;
}

/** _PyExc_PrepReraiseStar: what an except* block re-raises, from the original exception and
 *  the exceptions raised or re-raised by its clauses (None where a clause raised nothing). */
export function prepReraiseStar(orig: PyObject, excs: PyObject[]): PyObject {
  const real = excs.filter((x) => x !== Py_None);
  if (real.length === 0) return Py_None;
  if (!(orig instanceof PyBaseExceptionGroupObject)) return real[0];
  const origLeaves = new Set<PyObject>();
  leaves(orig, origLeaves);
  const raised: PyObject[] = [];
  const reraisedLeaves = new Set<PyObject>();
  for (const e of real) {
    const ls = new Set<PyObject>();
    leaves(e, ls);
    let isReraise = ls.size > 0;
    for (const l of ls) if (!origLeaves.has(l)) isReraise = false;
    if (isReraise) for (const l of ls) reraisedLeaves.add(l);
    else raised.push(e);
  }
  const reraised = reraisedLeaves.size ? projection(orig, reraisedLeaves) : null;
  if (raised.length === 0) return reraised ?? Py_None;
  if (reraised) raised.push(reraised);
  if (raised.length === 1) return raised[0];
  return abstract.PyObject_Vectorcall(PyExc_ExceptionGroup, [PyUnicode_FromString(""), PyTuple_FromArray(raised)], null);
}
