// Live comparison of container expressions with the reference CPython: each expression is
// evaluated by Taipan's own builtins.eval (the real compiler and eval loop, in this process) and
// by CPython (scripts/lib/cpython_eval.ts, one launch per batch); results are repr strings or
// "Type: message". Used by the jest tests beside listobject.ts, dictobject.ts, setobject.ts, ...
import { evalInCPython } from "../../scripts/lib/cpython_eval";
import { Py_TYPE, PyUnicode_FromString } from "./object";
import { Py_Initialize } from "../Python/pylifecycle";
import { builtinsModule } from "../Python/bltinmodule";
import { PyDict } from "./dictobject";
import { PyBaseException } from "./exceptions";
import * as A from "./abstract";

/** repr(eval(src)) under Taipan, or "Type: message". */
export function evalInTaipanInterp(src: string): string {
  Py_Initialize();
  const b = builtinsModule().md_dict;
  const g = new PyDict();
  g.setStr("__builtins__", builtinsModule());
  try {
    const v = A.PyObject_Vectorcall(b.getStr("eval")!, [PyUnicode_FromString(src), g], null);
    return A.PyObject_ReprStr(v);
  } catch (e) {
    if (e instanceof PyBaseException) return `${Py_TYPE(e).ht_name}: ${A.PyObject_StrStr(e)}`;
    throw e;
  }
}

/** The expressions whose results differ, as "expr / taipan / cpython" blocks. */
export function containerMismatches(exprs: string[]): string[] {
  const expected = evalInCPython(exprs);
  const out: string[] = [];
  exprs.forEach((src, i) => {
    const got = evalInTaipanInterp(src);
    if (got !== expected[i]) out.push(`${src}\n  taipan:  ${got}\n  cpython: ${expected[i]}`);
  });
  return out;
}
