// Frame objects (CPython's Objects/frameobject.c), made lazily from the eval loop's frame
// records (ceval.ts Frame) when Python asks: sys._getframe(), tracebacks, generators' gi_frame.
import {
  PyObject,
  PyObjectBase,
  PyTypeObject,
  PyType_FromSpec,
  PyBaseObject_Type,
  Py_None,
  PyUnicode_FromString,
} from "./object";
import * as abstract from "./abstract";
import { PyDict } from "./dictobject";
import type { Frame } from "../Python/ceval";

export class PyFrameObject extends PyObjectBase {
  /** A snapshot of the line when the frame finished (the record's pc may be reused). */
  constructor(readonly rec: Frame) {
    super();
    this.ob_type = PyFrame_Type;
  }
}

/** The frame object of a frame record (one per record). */
export function frameObjectOf(rec: Frame): PyFrameObject {
  if (rec.frameObj === null) rec.frameObj = new PyFrameObject(rec);
  return rec.frameObj;
}

/** f_locals: the locals mapping (module/class bodies) or a snapshot dict of fast locals. */
export function frameLocals(rec: Frame): PyObject {
  if (rec.locals !== null) return rec.locals;
  const d = new PyDict();
  const code = rec.rt.code;
  const names = code.co_localsplusnames;
  const kinds = code.co_localspluskinds;
  for (let i = 0; i < names.length; i++) {
    let v = rec.stack[rec.base + i] as PyObject | null;
    if (v === null || v === undefined) continue;
    if (kinds[i] & 0xc0) {
      const cell = v as unknown as { ob_ref?: PyObject | null };
      if (cell.ob_ref === undefined) continue;
      if (cell.ob_ref === null) continue;
      v = cell.ob_ref;
      if (kinds[i] & 0x80 && !(code.co_flags & 0x0001)) continue;
    }
    d.setStr(names[i], v);
  }
  return d;
}

export const PyFrame_Type: PyTypeObject = PyType_FromSpec({
  name: "frame",
  base: PyBaseObject_Type,
  instanceClass: PyFrameObject,
  slots: {
    tp_repr: (o) => {
      const f = (o as PyFrameObject).rec;
      const code = f.rt.code;
      return PyUnicode_FromString(`<frame at ${abstract.addressOf(o)}, file '${code.co_filename}', line ${f.f_lineno}, code ${code.co_name}>`);
    },
  },
  getsets: [
    { name: "f_back", get: (o: PyFrameObject) => (o.rec.f_back ? frameObjectOf(o.rec.f_back) : Py_None) },
    { name: "f_code", get: (o: PyFrameObject) => o.rec.rt.code as unknown as PyObject },
    { name: "f_globals", get: (o: PyFrameObject) => o.rec.f_globals },
    { name: "f_builtins", get: (o: PyFrameObject) => o.rec.builtins },
    { name: "f_locals", get: (o: PyFrameObject) => frameLocals(o.rec) },
    { name: "f_lineno", get: (o: PyFrameObject) => o.rec.f_lineno ?? Py_None },
    { name: "f_lasti", get: (o: PyFrameObject) => o.rec.f_lasti },
    { name: "f_trace", get: () => Py_None, set: () => undefined },
  ],
});
