// The interpreter's thread state (CPython's Python/pystate.c, PyThreadState): the running frame,
// the exception being handled, recursion accounting. One green thread for now.
import type { PyObject } from "../Objects/object";

/** The part of a running frame the runtime outside ceval needs (ceval's Frame implements it). */
export interface FrameState {
  /** The frame's globals (a PyDict). */
  readonly f_globals: PyObject;
  readonly f_back: FrameState | null;
}

export const tstate = {
  /** The innermost running Python frame, or null at top level. */
  frame: null as FrameState | null,
  /** sys.getrecursionlimit() */
  recursion_limit: 1000,
  /** Python frames currently on the stack (the limit counts these, as CPython 3.11 does). */
  recursion_depth: 0,
  /** Native re-entries (repr of nested containers, comparisons...) guarded by Py_EnterRecursiveCall. */
  c_recursion_depth: 0,
  /** sys.exc_info(): the exception being handled (innermost except block), or null. */
  exc_info: null as PyObject | null,
  /** Where the running frame's region of the shared value stack ends (entry frames start there). */
  stackTop: 0,
};
