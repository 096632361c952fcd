// Argument parsing for native functions (CPython's Python/getargs.c, _PyArg_UnpackKeywords and
// the checks Argument Clinic generates). Native functions are called vectorcall-style:
// (args, kwnames) with the keyword values at the end of args.
import { PyObject } from "../Objects/object";
import { PyErr_SetString } from "./errors";
import { MSG } from "./messages";
import * as exc from "../Objects/exceptions";

export interface ArgSpec {
  /** Name used in messages, e.g. "int" or "str.split". */
  fname: string;
  /** Parameter names in order: positional-only, then positional-or-keyword, then keyword-only. */
  names: string[];
  /** How many of `names` are positional-only. */
  posonly?: number;
  /** How many of `names` are required (a prefix of the positional ones). */
  required: number;
  /** How many of `names` may be given positionally (default: all). */
  maxpos?: number;
}

/** _PyArg_UnpackKeywords: the parameters in order, null where not given. */
export function PyArg_UnpackKeywords(spec: ArgSpec, args: PyObject[], kwnames: string[] | null): (PyObject | null)[] {
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - nkw;
  const n = spec.names.length;
  const maxpos = spec.maxpos ?? n;
  const out: (PyObject | null)[] = new Array(n).fill(null);
  if (npos > maxpos) {
    if (maxpos === 0) PyErr_SetString(exc.PyExc_TypeError, MSG.takes_no_arguments_given(spec.fname, npos));
    PyErr_SetString(
      exc.PyExc_TypeError,
      spec.required === maxpos && maxpos === n
        ? MSG.takes_exactly_args(spec.fname, maxpos, npos)
        : `${spec.fname}() takes at most ${maxpos} ${maxpos < n ? "positional " : ""}argument${maxpos === 1 ? "" : "s"} (${npos} given)`,
    );
  }
  for (let i = 0; i < npos; i++) out[i] = args[i];
  if (nkw) {
    const posonly = spec.posonly ?? 0;
    for (let j = 0; j < nkw; j++) {
      const k = kwnames![j];
      const idx = spec.names.indexOf(k);
      if (idx < posonly || idx < 0) {
        if (idx >= 0 && idx < posonly) {
          PyErr_SetString(exc.PyExc_TypeError, MSG.invalid_keyword_for(k, spec.fname));
        }
        PyErr_SetString(exc.PyExc_TypeError, MSG.invalid_keyword_for(k, spec.fname));
      }
      if (idx < npos) PyErr_SetString(exc.PyExc_TypeError, MSG.arg_given_by_name_and_position(spec.fname, k, idx + 1));
      out[idx] = args[npos + j];
    }
  }
  for (let i = 0; i < spec.required; i++) {
    if (out[i] === null) {
      if (nkw === 0 && i >= npos && spec.required === maxpos && maxpos === n && (spec.posonly ?? 0) === n) {
        PyErr_SetString(exc.PyExc_TypeError, MSG.takes_exactly_args(spec.fname, n, npos));
      }
      PyErr_SetString(exc.PyExc_TypeError, MSG.missing_required_positional(spec.fname, spec.names[i], i + 1));
    }
  }
  return out;
}

/** _PyArg_NoKeywords */
export function PyArg_NoKeywords(fname: string, kwnames: string[] | null): void {
  if (kwnames && kwnames.length) PyErr_SetString(exc.PyExc_TypeError, MSG.takes_no_keyword_arguments(fname));
}

/** _PyArg_CheckPositional: min <= nargs <= max (messages as CPython's). */
export function PyArg_CheckPositional(fname: string, nargs: number, min: number, max: number): void {
  if (nargs < min) {
    PyErr_SetString(
      exc.PyExc_TypeError,
      min === max ? `${fname} expected ${min} argument${min === 1 ? "" : "s"}, got ${nargs}` : MSG.takes_at_least(fname, min, nargs),
    );
  }
  if (nargs > max) {
    PyErr_SetString(
      exc.PyExc_TypeError,
      min === max ? `${fname} expected ${max} argument${max === 1 ? "" : "s"}, got ${nargs}` : MSG.takes_at_most(fname, max, nargs),
    );
  }
}
