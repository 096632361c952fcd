// Traceback objects and printing uncaught exceptions (CPython's Python/traceback.c and the
// print_exception part of Python/pythonrun.c), byte for byte as CPython 3.11 prints them:
// "Traceback (most recent call last):", File lines, source lines with ^^^/~~~^^^ markers from
// co_positions(), "[Previous line repeated N more times]", chained exceptions, SyntaxError's
// own layout, __notes__, and exception groups.
import {
  PyObject,
  PyObjectBase,
  PyTypeObject,
  PyType_FromSpec,
  PyBaseObject_Type,
  PyStr,
  Py_None,
  Py_TYPE,
  PyUnicode_FromString,
  Py_TPFLAGS_HEAPTYPE,
} from "../Objects/object";
import * as A from "../Objects/abstract";
import * as exc from "../Objects/exceptions";
import { PyFrameObject, frameObjectOf } from "../Objects/frameobject";
import type { Frame } from "./ceval";
import { readFileSync } from "node:fs";
import { decodeLocations } from "../Objects/codeobject";
import { PyArg_NoKeywords } from "./getargs";
import { PyErr_SetString } from "./errors";

export { PyFrameObject };

export class PyTraceBackObject extends PyObjectBase {
  constructor(
    public tb_next: PyTraceBackObject | null,
    /** The frame record (its frame object is made when asked for). */
    readonly rec: Frame | null,
    /** Byte offset of the instruction (f_lasti). */
    readonly tb_lasti: number,
    readonly frameObj: PyFrameObject | null = null,
  ) {
    super();
    this.ob_type = PyTraceBack_Type;
  }
  get tb_frame(): PyFrameObject {
    return this.frameObj ?? frameObjectOf(this.rec!);
  }
  get tb_lineno(): number | null {
    const f = this.tb_frame.rec;
    return f.rt.code.addr2line(this.tb_lasti);
  }
}

function tb_new(_t: PyTypeObject, args: PyObject[], kw: string[] | null): PyObject {
  PyArg_NoKeywords("traceback", kw);
  if (args.length !== 4) PyErr_SetString(exc.PyExc_TypeError, `traceback() takes exactly 4 arguments (${args.length} given)`);
  const [next, frame, lasti] = args;
  if (next !== Py_None && !(next instanceof PyTraceBackObject)) PyErr_SetString(exc.PyExc_TypeError, "expected traceback object or None, got '" + Py_TYPE(next).ht_name + "'");
  if (!(frame instanceof PyFrameObject)) PyErr_SetString(exc.PyExc_TypeError, `TracebackType() argument 'tb_frame' must be frame, not ${Py_TYPE(frame).ht_name}`);
  return new PyTraceBackObject(next === Py_None ? null : (next as PyTraceBackObject), frame.rec, lasti as number, frame);
}

export const PyTraceBack_Type: PyTypeObject = PyType_FromSpec({
  name: "traceback",
  base: PyBaseObject_Type,
  instanceClass: PyTraceBackObject,
  slots: { tp_new: tb_new },
  getsets: [
    {
      name: "tb_next",
      get: (t: PyTraceBackObject) => t.tb_next ?? Py_None,
      set: (t: PyTraceBackObject, v: PyObject | null) => {
        if (v === null) PyErr_SetString(exc.PyExc_TypeError, "can't delete tb_next attribute");
        if (v !== Py_None && !(v instanceof PyTraceBackObject)) PyErr_SetString(exc.PyExc_TypeError, `expected traceback object or None, got '${Py_TYPE(v).ht_name}'`);
        for (let c: PyTraceBackObject | null = v === Py_None ? null : (v as PyTraceBackObject); c; c = c.tb_next) {
          if (c === t) PyErr_SetString(exc.PyExc_ValueError, "traceback loop detected");
        }
        t.tb_next = v === Py_None ? null : (v as PyTraceBackObject);
      },
    },
    { name: "tb_frame", get: (t: PyTraceBackObject) => t.tb_frame },
    { name: "tb_lasti", get: (t: PyTraceBackObject) => t.tb_lasti },
    { name: "tb_lineno", get: (t: PyTraceBackObject) => t.tb_lineno ?? Py_None },
  ],
});

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Source lines (a minimal linecache)

const sourceCache = new Map<string, string[] | null>();

/** Registers the text of a file name that is not on disk (the main script read from stdin...). */
export function registerSource(filename: string, text: string | null): void {
  sourceCache.set(filename, text === null ? null : splitLines(text));
}

function splitLines(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n" || c === "\r" || c === "\f" && false) {
      if (c === "\r" && text[i + 1] === "\n") i++;
      out.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

export function getSourceLine(filename: string, lineno: number): string | null {
  let lines = sourceCache.get(filename);
  if (lines === undefined) {
    if (filename.startsWith("<") && filename.endsWith(">")) lines = null;
    else {
      try {
        lines = splitLines(readFileSync(filename).toString("utf8"));
      } catch {
        lines = null;
      }
    }
    sourceCache.set(filename, lines);
  }
  if (lines === null || lineno < 1 || lineno > lines.length) return null;
  return lines[lineno - 1];
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Printing

function utf8Len(s: string): number {
  return Buffer.byteLength(s, "utf8");
}

/** _byte_offset_to_character_offset */
function byteToChar(line: string, off: number): number {
  const b = Buffer.from(line, "utf8");
  return b.subarray(0, off).toString("utf8").length;
}

/** Where the binary operator or subscript of a segment is (extract_anchors_from_line). */
function caretAnchors(segment: string): [number, number] | null {
  let tree: unknown;
  try {
    const parser = require("../Parser/parse") as { parse: (s: string, f: string, m: string) => unknown };
    tree = parser.parse(segment, "<string>", "exec");
  } catch {
    return null;
  }
  const body = (tree as { body: unknown[] }).body;
  if (body.length !== 1) return null;
  const st = body[0] as { constructor: { name: string }; value?: unknown };
  if (st.constructor.name !== "Expr") return null;
  const e = st.value as {
    constructor: { name: string };
    left?: { end_col_offset: number };
    right?: { col_offset: number };
    value?: { end_col_offset: number };
    slice?: { end_col_offset: number };
  };
  const norm = (o: number): number => byteToChar(segment, o);
  if (e.constructor.name === "BinOp") {
    const opStart = norm(e.left!.end_col_offset);
    const opEnd = norm(e.right!.col_offset);
    const opStr = segment.slice(opStart, opEnd);
    const opOffset = opStr.length - opStr.replace(/^\s+/, "").length;
    let left = e.left!.end_col_offset + opOffset;
    let right = left + 1;
    if (opOffset + 1 < opStr.length && !/\s/.test(opStr[opOffset + 1])) right++;
    while (left < segment.length && (/\s/.test(segment[left]) || segment[left] === ")" || segment[left] === "#")) {
      left++;
      right++;
    }
    return [norm(left), norm(right)];
  }
  if (e.constructor.name === "Subscript") {
    let left = norm(e.value!.end_col_offset);
    let right = norm(e.slice!.end_col_offset + 1);
    while (left < segment.length && (/\s/.test(segment[left]) || segment[left] !== "[")) left++;
    while (right < segment.length && (/\s/.test(segment[right]) || segment[right] !== "]")) right++;
    if (right < segment.length) right++;
    return [left, right];
  }
  return null;
}

interface FrameLine {
  filename: string;
  lineno: number | null;
  name: string;
  positions: [number | null, number | null, number | null, number | null] | null;
}

function positionsAt(rec: Frame, lasti: number): FrameLine["positions"] {
  const code = rec.rt.code;
  if (lasti < 0) return null;
  let pc = 0;
  for (const e of decodeLocations(code.co_linetable, code.co_firstlineno)) {
    pc += e.length * 2;
    if (lasti < pc) return [e.line, e.endLine, e.col, e.endCol];
  }
  return null;
}

function formatFrame(fl: FrameLine): string {
  let out = `  File "${fl.filename}", line ${fl.lineno ?? "None"}, in ${fl.name}\n`;
  if (fl.lineno === null) return out;
  const line = getSourceLine(fl.filename, fl.lineno);
  if (line === null) return out;
  const stripped = line.trim();
  if (!stripped) return out;
  out += `    ${stripped}\n`;
  const p = fl.positions;
  if (p && p[2] !== null && p[3] !== null && p[0] === fl.lineno) {
    const orig = line.replace(/[\r\n]+$/, "");
    const strippedChars = orig.length - orig.replace(/^\s+/, "").length;
    const start = byteToChar(orig, p[2]);
    let end = byteToChar(orig, p[3]);
    const segment = orig.slice(start, end);
    let anchors: [number, number] | null = null;
    if (p[0] === p[1]) anchors = caretAnchors(segment);
    else end = orig.replace(/\s+$/, "").length;
    if (end - start < stripped.length || (anchors && anchors[1] - anchors[0] > 0)) {
      let row = "    " + " ".repeat(start - strippedChars);
      if (anchors) {
        row += "~".repeat(anchors[0]) + "^".repeat(anchors[1] - anchors[0]) + "~".repeat(end - start - anchors[1]);
      } else row += "^".repeat(end - start);
      out += row + "\n";
    }
  }
  void utf8Len;
  return out;
}

const RECURSIVE_CUTOFF = 3;

/** The traceback entries of tb, formatted (StackSummary.format). */
export function formatTraceback(tb: PyTraceBackObject | null): string {
  const lines: FrameLine[] = [];
  for (let t = tb; t; t = t.tb_next) {
    const rec = t.tb_frame.rec;
    const code = rec.rt.code;
    lines.push({ filename: code.co_filename, lineno: code.addr2line(t.tb_lasti), name: code.co_name, positions: positionsAt(rec, t.tb_lasti) });
  }
  let out = "";
  let lastFile: string | null = null;
  let lastLine: number | null | undefined;
  let lastName: string | null = null;
  let count = 0;
  for (const fl of lines) {
    if (lastFile === null || lastFile !== fl.filename || lastLine === undefined || lastLine !== fl.lineno || lastName !== fl.name) {
      if (count > RECURSIVE_CUTOFF) {
        const n = count - RECURSIVE_CUTOFF;
        out += `  [Previous line repeated ${n} more time${n > 1 ? "s" : ""}]\n`;
      }
      lastFile = fl.filename;
      lastLine = fl.lineno;
      lastName = fl.name;
      count = 0;
    }
    count++;
    if (count > RECURSIVE_CUTOFF) continue;
    out += formatFrame(fl);
  }
  if (count > RECURSIVE_CUTOFF) {
    const n = count - RECURSIVE_CUTOFF;
    out += `  [Previous line repeated ${n} more time${n > 1 ? "s" : ""}]\n`;
  }
  return out;
}

function safeStr(v: PyObject): string | null {
  try {
    return A.PyObject_StrStr(v);
  } catch {
    return null;
  }
}

function typeNameForDisplay(t: PyTypeObject): string {
  const mod = t.tp_flags & Py_TPFLAGS_HEAPTYPE ? t.tp_dict.get("__module__") : null;
  const modname = mod instanceof PyStr ? mod.value : (t.tp_flags & Py_TPFLAGS_HEAPTYPE ? "<unknown>" : typeModuleOf(t));
  const qual = t.tp_flags & Py_TPFLAGS_HEAPTYPE ? t.ht_qualname : t.ht_name;
  if (modname === "builtins" || modname === "__main__") return qual;
  return `${modname}.${qual}`;
}

function typeModuleOf(t: PyTypeObject): string {
  const dot = t.tp_name.lastIndexOf(".");
  return dot >= 0 ? t.tp_name.slice(0, dot) : "builtins";
}

/** The final line(s) of an exception: "Type: message", SyntaxError's location block, notes. */
export function formatExceptionOnly(e: PyObject): string {
  const t = Py_TYPE(e);
  let out = "";
  const name = typeNameForDisplay(t);
  if (e instanceof exc.PySyntaxErrorObject && exc.PyType_IsSubtypeFast(t, exc.PyExc_SyntaxError)) {
    const filename = e.filename instanceof PyStr ? e.filename.value : "<string>";
    const lineno = typeof e.lineno === "number" ? e.lineno : null;
    out += `  File "${filename}", line ${lineno ?? "None"}\n`;
    const text = e.text instanceof PyStr ? e.text.value : null;
    if (text !== null) {
      const rtext = text.replace(/[\r\n]+$/, "");
      const ltext = rtext.replace(/^[ \t\f]+/, "");
      const spaces = rtext.length - ltext.length;
      out += `    ${ltext}\n`;
      const offset = typeof e.offset === "number" ? e.offset : null;
      if (offset !== null) {
        let endOffset = typeof e.end_offset === "number" && e.end_offset > 0 ? e.end_offset : offset;
        const endLine = typeof e.end_lineno === "number" ? e.end_lineno : lineno;
        if (endLine !== lineno) endOffset = rtext.length + 1;
        const colno = offset - 1 - spaces;
        const endColno = endOffset - 1 - spaces;
        if (colno >= 0) {
          const caretLen = Math.max(1, endColno - colno);
          out += `    ${" ".repeat(colno)}${"^".repeat(caretLen)}\n`;
        }
      }
    }
    const msg = e.msg !== null ? safeStr(e.msg) : null;
    out += `${name}: ${msg ?? "<exception str() failed>"}\n`;
  } else {
    const s = safeStr(e);
    if (s === null) out += `${name}: <exception str() failed>\n`;
    else if (s === "") out += `${name}\n`;
    else out += `${name}: ${s}\n`;
  }
  const notes = A.PyObject_LookupAttr(e, "__notes__");
  if (notes !== undefined) {
    if (A.PySequence_Check(notes) && !(notes instanceof PyStr)) {
      for (const n of A.iterate(notes)) {
        if (n instanceof PyStr) out += `${n.value}\n`;
        else out += `${safeStr(n) ?? "<note str() failed>"}\n`;
      }
    } else out += `${safeStr(A.PyObject_Repr(notes)) ?? "<__notes__ repr() failed>"}\n`;
  }
  return out;
}

const CAUSE_MESSAGE = "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_MESSAGE = "\nDuring handling of the above exception, another exception occurred:\n\n";

/** print_exception_recursive: the whole report for an uncaught exception. */
export function formatException(e: PyObject, seen: Set<PyObject> = new Set()): string {
  let out = "";
  seen.add(e);
  if (e instanceof exc.PyBaseException) {
    const cause = e.cause;
    const context = e.context;
    if (cause !== null && cause !== Py_None && !seen.has(cause)) {
      out += formatException(cause, seen) + CAUSE_MESSAGE;
    } else if (context !== null && context !== Py_None && !e.suppress_context && !seen.has(context)) {
      out += formatException(context, seen) + CONTEXT_MESSAGE;
    }
    if (e instanceof exc.PyBaseExceptionGroupObject) return out + formatExceptionGroup(e, seen, 0, "");
    if (e.traceback) out += "Traceback (most recent call last):\n" + formatTraceback(e.traceback as PyTraceBackObject);
  }
  out += formatExceptionOnly(e);
  return out;
}

const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

function indentLines(text: string, margin: string): string {
  return text
    .split("\n")
    .map((l, i, arr) => (i === arr.length - 1 && l === "" ? "" : margin + l))
    .join("\n");
}

/** The boxed layout of exception groups (traceback.TracebackException.format for groups). */
function formatExceptionGroup(e: exc.PyBaseExceptionGroupObject, seen: Set<PyObject>, depth: number, _prefix: string): string {
  let body = "";
  if (e.traceback) body += "Exception Group Traceback (most recent call last):\n" + formatTraceback(e.traceback as PyTraceBackObject);
  body += formatExceptionOnly(e);
  let out = depth === 0 ? indentLines(body, "  | ").replace(/^ {2}\| Exception Group/, "  + Exception Group") : body;
  if (depth === 0) {
    // first line gets "+ " instead of "| "
    out = out.replace(/^ {2}\| /, "  + ");
  }
  const excs = e.excs.items;
  const n = excs.length;
  const shown = Math.min(n, MAX_GROUP_WIDTH);
  let sub = "";
  for (let i = 0; i < shown; i++) {
    const last = i === shown - 1 && n <= MAX_GROUP_WIDTH;
    const header = `+---------------- ${i + 1} ----------------\n`;
    let inner: string;
    if (depth + 1 > MAX_GROUP_DEPTH) inner = `... (max_group_depth is ${MAX_GROUP_DEPTH})\n`;
    else inner = formatNested(excs[i], seen, depth + 1);
    sub += "    " + header + indentLines(inner, "    | ");
    if (last) sub += "    +------------------------------------\n";
  }
  if (n > MAX_GROUP_WIDTH) {
    const more = n - MAX_GROUP_WIDTH;
    sub += `    +---------------- ... ----------------\n    | and ${more} more exception${more > 1 ? "s" : ""}\n    +------------------------------------\n`;
  }
  return out + (depth === 0 ? indentLines(sub, "") : sub);
}

function formatNested(e: PyObject, seen: Set<PyObject>, depth: number): string {
  let out = "";
  if (e instanceof exc.PyBaseException) {
    const cause = e.cause;
    const context = e.context;
    if (cause !== null && cause !== Py_None && !seen.has(cause)) {
      seen.add(cause);
      out += formatNested(cause, seen, depth) + CAUSE_MESSAGE;
    } else if (context !== null && context !== Py_None && !e.suppress_context && !seen.has(context)) {
      seen.add(context);
      out += formatNested(context, seen, depth) + CONTEXT_MESSAGE;
    }
    if (e instanceof exc.PyBaseExceptionGroupObject) {
      let body = "";
      if (e.traceback) body += "Exception Group Traceback (most recent call last):\n" + formatTraceback(e.traceback as PyTraceBackObject);
      body += formatExceptionOnly(e);
      const excs = e.excs.items;
      const n = excs.length;
      const shown = Math.min(n, MAX_GROUP_WIDTH);
      for (let i = 0; i < shown; i++) {
        body += `+---------------- ${i + 1} ----------------\n`;
        const inner = depth + 1 > MAX_GROUP_DEPTH ? `... (max_group_depth is ${MAX_GROUP_DEPTH})\n` : formatNested(excs[i], seen, depth + 1);
        body += indentLines(inner, "| ");
        if (i === shown - 1 && n <= MAX_GROUP_WIDTH) body += "+------------------------------------\n";
      }
      if (n > MAX_GROUP_WIDTH) {
        const more = n - MAX_GROUP_WIDTH;
        body += `+---------------- ... ----------------\n| and ${more} more exception${more > 1 ? "s" : ""}\n+------------------------------------\n`;
      }
      return out + body;
    }
    if (e.traceback) out += "Traceback (most recent call last):\n" + formatTraceback(e.traceback as PyTraceBackObject);
  }
  return out + formatExceptionOnly(e);
}

void PyUnicode_FromString;
