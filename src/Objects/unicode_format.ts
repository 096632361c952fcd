// printf-style formatting of str and bytes (CPython's PyUnicode_Format in Objects/unicodeobject.c
// and _PyBytes_FormatEx in Objects/bytesobject.c: one engine here, the bytes flavour selected by a
// flag) and str.format / str.format_map (Objects/stringlib/unicode_format.h: markup iteration,
// field names with attribute and index lookup, conversions, nested format specs).
import {
  PyObject,
  PyStr,
  PyBytes,
  PyTuple,
  PyLong,
  PyFloat,
  Py_TYPE,
  PyUnicode_Type,
  PyUnicode_FromString,
  PyTuple_FromArray,
  PyLong_Type,
  PyFloat_Type,
} from "./object";
import { PyErr_SetString, PyErr_NewException } from "../Python/errors";
import * as exc from "./exceptions";
import * as abstract from "./abstract";
import { PyOS_double_to_string, DoubleFormatCode } from "../Python/pystrtod";
import { _PyUnicode_ToDecimalDigit } from "./unicodectype";
import { latin1 } from "./stringlib/stringlib";
import { PyDict } from "./dictobject";
import * as longobject from "./longobject";
import * as bytesobject from "./bytesobject";
import * as floatobject from "./floatobject";
import * as formatter_unicode from "../Python/formatter_unicode";

function typeError(msg: string): never {
  PyErr_SetString(exc.PyExc_TypeError, msg);
}
function valueError(msg: string): never {
  PyErr_SetString(exc.PyExc_ValueError, msg);
}
function tname(o: PyObject): string {
  return Py_TYPE(o).ht_name;
}

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

/** Whether o counts as a number for %d (PyNumber_Check). */
function PyNumber_Check(o: PyObject): boolean {
  if (typeof o === "number") return true;
  const t = Py_TYPE(o);
  return t.nb_index !== null || t.nb_int !== null || t.nb_float !== null || t.tp_name === "complex";
}

/** The int for %d/%x/%o/%c (mainformatlong's conversions), as a bigint. */
function formatLongArg(v: PyObject, type: string): bigint {
  if (typeof v === "number") return BigInt(v);
  if (v instanceof PyLong) return v.value;
  if (!PyNumber_Check(v)) {
    if (type === "o" || type === "x" || type === "X") typeError(`%${type} format: an integer is required, not ${tname(v)}`);
    typeError(`%${type} format: a real number is required, not ${tname(v)}`);
  }
  if (type === "o" || type === "x" || type === "X") {
    if (Py_TYPE(v).nb_index === null) typeError(`%${type} format: an integer is required, not ${tname(v)}`);
    return longobject.PyLong_AsBigInt(abstract.PyNumber_Index(v));
  }
  return longobject.PyLong_AsBigInt(longobject.PyNumber_Long(v));
}

/** o[key], with exact dicts looked up directly. */
function getItem(o: PyObject, key: PyObject): PyObject {
  if (o instanceof PyDict && Py_TYPE(o).tp_name === "dict") {
    const v = o.getItem(key);
    if (v === undefined) throw PyErr_NewException(exc.PyExc_KeyError, [key]);
    return v;
  }
  return abstract.PyObject_GetItem(o, key);
}

/** Lays out sign + prefix + body in `width` per the flags (unicode_format_arg_output). */
function padNumber(sign: string, prefix: string, body: string, width: number, flags: number, zeroOk = true): string {
  const len = sign.length + prefix.length + body.length;
  if (width <= len) return sign + prefix + body;
  const n = width - len;
  if (flags & F_LJUST) return sign + prefix + body + " ".repeat(n);
  if (flags & F_ZERO && zeroOk) return sign + prefix + "0".repeat(n) + body;
  return " ".repeat(n) + sign + prefix + body;
}

function padText(s: string, len: number, width: number, flags: number): string {
  if (width <= len) return s;
  return flags & F_LJUST ? s + " ".repeat(width - len) : " ".repeat(width - len) + s;
}

function cpLen(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    n++;
  }
  return n;
}

function truncate(s: string, prec: number, bytes: boolean): string {
  if (prec < 0) return s;
  if (bytes || s.length === cpLen(s)) return s.length > prec ? s.slice(0, prec) : s;
  return Array.from(s).slice(0, prec).join("");
}

/** The bytes of %b / %s in bytes formatting (format_obj). */
function bytesArg(v: PyObject): string {
  const buf = bytesobject.PyObject_GetBufferBytes(v);
  if (buf !== null) return latin1(buf);
  const f = abstract.PyObject_LookupAttr(Py_TYPE(v), "__bytes__");
  if (f !== undefined) {
    const r = abstract.PyObject_CallMethod(v, "__bytes__", []);
    if (!(r instanceof PyBytes)) typeError(`__bytes__ returned non-bytes (type ${tname(r)})`);
    return latin1(r.value);
  }
  typeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${tname(v)}'`);
}

/** One conversion of printf-style formatting. */
function formatOne(c: string, v: PyObject, flags: number, width: number, prec: number, bytes: boolean): string {
  switch (c) {
    case "s":
    case "r":
    case "a": {
      let s: string;
      if (bytes) {
        if (c === "s") s = bytesArg(v);
        else s = abstract.PyObject_ASCII(v).value;
      } else s = c === "s" ? abstract.PyObject_Str(v).value : c === "r" ? abstract.PyObject_Repr(v).value : abstract.PyObject_ASCII(v).value;
      s = truncate(s, prec, bytes);
      return padText(s, bytes ? s.length : cpLen(s), width, flags);
    }
    case "b":
      if (!bytes) break;
      {
        const s = truncate(bytesArg(v), prec, true);
        return padText(s, s.length, width, flags);
      }
    case "d":
    case "i":
    case "u":
    case "o":
    case "x":
    case "X": {
      const n = formatLongArg(v, c);
      const neg = n < 0n;
      const a = neg ? -n : n;
      let digits = c === "o" ? a.toString(8) : c === "x" ? a.toString(16) : c === "X" ? a.toString(16).toUpperCase() : a.toString();
      if (prec > digits.length) digits = "0".repeat(prec - digits.length) + digits;
      const sign = neg ? "-" : flags & F_SIGN ? "+" : flags & F_BLANK ? " " : "";
      const prefix = flags & F_ALT ? (c === "o" ? "0o" : c === "x" ? "0x" : c === "X" ? "0X" : "") : "";
      return padNumber(sign, prefix, digits, width, flags);
    }
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G": {
      const x = v instanceof PyFloat ? v.value : floatobject.PyFloat_AsDouble(v);
      const s = PyOS_double_to_string(x, c as DoubleFormatCode, prec < 0 ? 6 : prec, { alt: (flags & F_ALT) !== 0 });
      const neg = s.charCodeAt(0) === 45;
      const body = neg ? s.slice(1) : s;
      const sign = neg ? "-" : flags & F_SIGN ? "+" : flags & F_BLANK ? " " : "";
      return padNumber(sign, "", body, width, flags);
    }
    case "c": {
      let ch: string;
      if (bytes) {
        if (v instanceof PyBytes && v.value.length === 1) ch = String.fromCharCode(v.value[0]);
        else if (v instanceof PyStr || !(typeof v === "number" || v instanceof PyLong || Py_TYPE(v).nb_index !== null)) {
          const buf = v instanceof PyStr ? null : bytesobject.PyObject_GetBufferBytes(v);
          if (buf !== null && buf.length === 1 && Py_TYPE(v).tp_name === "bytearray") ch = String.fromCharCode(buf[0]);
          else typeError("%c requires an integer in range(256) or a single byte");
        } else {
          const n = longobject.PyLong_AsBigInt(abstract.PyNumber_Index(v));
          if (n < 0n || n > 255n) PyErr_SetString(exc.PyExc_OverflowError, "%c arg not in range(256)");
          ch = String.fromCharCode(Number(n));
        }
        return padText(ch, 1, width, flags);
      }
      if (v instanceof PyStr) {
        if (cpLen(v.value) !== 1) typeError("%c requires int or char");
        ch = v.value;
      } else {
        if (!(typeof v === "number" || v instanceof PyLong || Py_TYPE(v).nb_index !== null)) typeError("%c requires int or char");
        const n = longobject.PyLong_AsBigInt(abstract.PyNumber_Index(v));
        if (n < 0n || n > 0x10ffffn) PyErr_SetString(exc.PyExc_OverflowError, "%c arg not in range(0x110000)");
        ch = String.fromCodePoint(Number(n));
      }
      return padText(ch, 1, width, flags);
    }
  }
  return "\0unsupported";
}

/** PyUnicode_Format / _PyBytes_FormatEx over a JS string (a binary string for bytes). */
export function formatPercent(fmt: string, args: PyObject, bytes: boolean): string {
  let argItems: PyObject[];
  let argidx = 0;
  let dict: PyObject | null = null;
  if (args instanceof PyTuple) argItems = args.items;
  else argItems = [args];
  const arglen = argItems.length;
  if (!(args instanceof PyTuple) && (args instanceof PyDict || abstract.PyMapping_Check(args)) && !(args instanceof PyStr) && !(bytes && args instanceof PyBytes)) {
    dict = args;
  }
  const what = bytes ? "bytes" : "string";
  const nextArg = (): PyObject => {
    if (argidx >= 0 && argidx < arglen) return argItems[argidx++];
    typeError(`not enough arguments for format string`);
  };
  let out = "";
  let i = 0;
  const n = fmt.length;
  let usedDict = false;
  while (i < n) {
    const j = fmt.indexOf("%", i);
    if (j < 0) {
      out += fmt.slice(i);
      break;
    }
    out += fmt.slice(i, j);
    i = j + 1;
    if (i >= n) valueError("incomplete format");
    let v: PyObject | null = null;
    if (fmt[i] === "(") {
      if (dict === null) typeError("format requires a mapping");
      let depth = 1;
      const ks = ++i;
      while (depth > 0 && i < n) {
        if (fmt[i] === ")") depth--;
        else if (fmt[i] === "(") depth++;
        i++;
      }
      if (depth > 0) valueError("incomplete format key");
      const keyText = fmt.slice(ks, i - 1);
      const key = bytes ? new PyBytes(Uint8Array.from(keyText, (ch) => ch.charCodeAt(0))) : PyUnicode_FromString(keyText);
      v = getItem(dict, key);
      usedDict = true;
      argidx = -2;
    }
    let flags = 0;
    for (; i < n; i++) {
      const c = fmt[i];
      if (c === "-") flags |= F_LJUST;
      else if (c === "+") flags |= F_SIGN;
      else if (c === " ") flags |= F_BLANK;
      else if (c === "#") flags |= F_ALT;
      else if (c === "0") flags |= F_ZERO;
      else break;
    }
    let width = -1;
    if (fmt[i] === "*") {
      const w = nextArgStar();
      if (!(typeof w === "number" || w instanceof PyLong)) typeError("* wants int");
      width = Number(typeof w === "number" ? w : w.value);
      if (width < 0) {
        flags |= F_LJUST;
        width = -width;
      }
      i++;
    } else {
      let w = 0;
      let any = false;
      while (i < n && fmt.charCodeAt(i) >= 48 && fmt.charCodeAt(i) <= 57) {
        w = w * 10 + (fmt.charCodeAt(i) - 48);
        if (w > 2147483647) valueError("width too big");
        any = true;
        i++;
      }
      if (any) width = w;
    }
    let prec = -1;
    if (fmt[i] === ".") {
      i++;
      if (fmt[i] === "*") {
        const p = nextArgStar();
        if (!(typeof p === "number" || p instanceof PyLong)) typeError("* wants int");
        prec = Number(typeof p === "number" ? p : p.value);
        if (prec < 0) prec = 0;
        i++;
      } else {
        prec = 0;
        while (i < n && fmt.charCodeAt(i) >= 48 && fmt.charCodeAt(i) <= 57) {
          prec = prec * 10 + (fmt.charCodeAt(i) - 48);
          if (prec > 2147483647) valueError("precision too big");
          i++;
        }
      }
    }
    while (i < n && (fmt[i] === "h" || fmt[i] === "l" || fmt[i] === "L")) i++;
    if (i >= n) valueError("incomplete format");
    const c = fmt[i];
    const cIndex = i;
    i++;
    if (c === "%") {
      out += "%";
      continue;
    }
    if (v === null) v = nextArg();
    const r = formatOne(c, v, flags, width, prec, bytes);
    if (r === "\0unsupported") {
      const cp = fmt.codePointAt(cIndex)!;
      const shown = cp >= 32 && cp < 127 ? String.fromCharCode(cp) : "?";
      valueError(`unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${cpIndexOf(fmt, cIndex, bytes)}`);
    }
    out += r;
  }
  if (argidx >= 0 && argidx < arglen && dict === null) typeError(`not all arguments converted during ${what} formatting`);
  void usedDict;
  return out;

  function nextArgStar(): PyObject {
    if (argidx < 0) typeError("not enough arguments for format string");
    return nextArg();
  }
}

function cpIndexOf(s: string, u: number, bytes: boolean): number {
  return bytes ? u : cpLen(s.slice(0, u));
}

/** PyUnicode_Format: str % args. */
export function PyUnicode_Format(format: PyStr, args: PyObject): PyStr {
  return PyUnicode_FromString(formatPercent(format.value, args, false));
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// str.format (unicode_format.h)

interface AutoNumber {
  state: 0 | 1 | 2; // init, auto, manual
  next: number;
}

/** get_integer of a field name part: -1 when not all decimal digits (or empty). */
function fieldInteger(s: string): number {
  if (s.length === 0) return -1;
  let acc = 0;
  for (const ch of s) {
    const d = _PyUnicode_ToDecimalDigit(ch.codePointAt(0)!);
    if (d < 0) return -1;
    if (acc > (2 ** 63 - 1 - d) / 10) valueError("Too many decimal digits in format string");
    acc = acc * 10 + d;
  }
  return acc;
}

/** get_field_object */
function getFieldObject(name: string, args: PyObject[] | null, kwargs: PyObject | null, auto: AutoNumber | null): PyObject {
  let i = 0;
  while (i < name.length && name[i] !== "." && name[i] !== "[") i++;
  const first = name.slice(0, i);
  let index = fieldInteger(first);
  const empty = first.length === 0;
  const numeric = empty || index !== -1;
  if (auto) {
    if (auto.state === 0 && numeric) auto.state = empty ? 1 : 2;
    if (numeric) {
      if (auto.state === 2 && empty) valueError("cannot switch from manual field specification to automatic field numbering");
      if (auto.state === 1 && !empty) valueError("cannot switch from automatic field numbering to manual field specification");
    }
    if (empty) index = auto.next++;
  }
  let obj: PyObject;
  if (index === -1) {
    const key = PyUnicode_FromString(first);
    if (kwargs === null) throw PyErr_NewException(exc.PyExc_KeyError, [key]);
    obj = getItem(kwargs, key);
  } else {
    if (args === null) valueError("Format string contains positional fields");
    if (index >= args.length) {
      PyErr_SetString(exc.PyExc_IndexError, `Replacement index ${index} out of range for positional args tuple`);
    }
    obj = args[index];
  }
  // The rest: .attr and [key] parts.
  while (i < name.length) {
    const c = name[i++];
    let part: string;
    if (c === ".") {
      const s = i;
      while (i < name.length && name[i] !== "." && name[i] !== "[") i++;
      part = name.slice(s, i);
      if (part.length === 0) valueError("Empty attribute in format string");
      obj = abstract.PyObject_GetAttr(obj, part);
    } else if (c === "[") {
      const s = i;
      while (i < name.length && name[i] !== "]") i++;
      if (i >= name.length) valueError("Missing ']' in format string");
      part = name.slice(s, i);
      i++;
      if (part.length === 0) valueError("Empty attribute in format string");
      const idx = fieldInteger(part);
      if (idx === -1) obj = getItem(obj, PyUnicode_FromString(part));
      else if (abstract.PySequence_Check(obj)) {
        const t = Py_TYPE(obj);
        let k = idx;
        if (k < 0 && t.sq_length) k += t.sq_length(obj);
        obj = t.sq_item!(obj, k);
      } else obj = getItem(obj, idx);
    } else valueError("Only '.' or '[' may follow ']' in format field specifier");
  }
  return obj;
}

function doConversion(obj: PyObject, conv: string): PyObject {
  switch (conv) {
    case "r":
      return abstract.PyObject_Repr(obj);
    case "s":
      return abstract.PyObject_Str(obj);
    case "a":
      return abstract.PyObject_ASCII(obj);
  }
  const c = conv.codePointAt(0)!;
  if (c > 32 && c < 127) valueError(`Unknown conversion specifier ${conv}`);
  valueError(`Unknown conversion specifier \\x${c.toString(16)}`);
}

/** render_field: format(obj, spec), with the exact int/float/str fast paths. */
function renderField(obj: PyObject, spec: string): string {
  if (spec.length === 0) {
    if (obj instanceof PyStr && obj.ob_type === PyUnicode_Type) return obj.value;
    if (typeof obj === "number") return String(obj);
  }
  if (obj instanceof PyStr && obj.ob_type === PyUnicode_Type) return formatter_unicode.format_string(obj, spec);
  if (typeof obj === "number" || (obj instanceof PyLong && obj.ob_type === PyLong_Type)) return formatter_unicode.format_long(obj, spec);
  if (obj instanceof PyFloat && obj.ob_type === PyFloat_Type) return spec.length ? formatter_unicode.format_float(obj.value, spec) : abstract.PyObject_Str(obj).value;
  return abstract.PyObject_Format(obj, PyUnicode_FromString(spec)).value;
}

/** build_string / do_markup */
function buildString(s: string, args: PyObject[] | null, kwargs: PyObject | null, depth: number, auto: AutoNumber): string {
  if (depth <= 0) valueError("Max string recursion exceeded");
  let out = "";
  let pos = 0;
  const end = s.length;
  const braces = /[{}]/g;
  while (pos < end) {
    // Literal text up to a brace.
    braces.lastIndex = pos;
    const m = braces.exec(s);
    const i = m === null ? end : m.index;
    out += s.slice(pos, i);
    if (i >= end) break;
    const c = s[i];
    if (i + 1 < end && s[i + 1] === c) {
      out += c;
      pos = i + 2;
      continue;
    }
    if (c === "}") valueError("Single '}' encountered in format string");
    if (i + 1 >= end) valueError("Single '{' encountered in format string");
    // parse_field
    let k = scanFieldName(s, i + 1, end);
    let ch = fieldNameEnd;
    const fieldName = s.slice(i + 1, k - 1);
    let conversion = "";
    let spec = "";
    let needsExpanding = false;
    if (ch === "!" || ch === ":") {
      let done = false;
      if (ch === "!") {
        if (k >= end) valueError("end of string while looking for conversion specifier");
        const cp = s.codePointAt(k)!;
        conversion = String.fromCodePoint(cp);
        k += cp > 0xffff ? 2 : 1;
        if (k < end) {
          const c2 = s[k++];
          if (c2 === "}") done = true;
          else if (c2 !== ":") valueError("expected ':' after conversion specifier");
        }
      }
      if (!done) {
        const specStart = k;
        let count = 1;
        let closed = false;
        while (k < end) {
          const c3 = s[k++];
          if (c3 === "{") {
            needsExpanding = true;
            count++;
          } else if (c3 === "}") {
            count--;
            if (count === 0) {
              spec = s.slice(specStart, k - 1);
              closed = true;
              break;
            }
          }
        }
        if (!closed) valueError("unmatched '{' in format spec");
      }
    } else if (ch !== "}") valueError("expected '}' before end of string");
    let obj = getFieldObject(fieldName, args, kwargs, auto);
    if (conversion) obj = doConversion(obj, conversion);
    if (needsExpanding) spec = buildString(spec, args, kwargs, depth - 1, auto);
    out += renderField(obj, spec);
    pos = k;
  }
  return out;
}

/** str.format(*args, **kwargs) */
export function str_format(self: PyStr, args: PyObject[], kwnames: string[] | null): PyObject {
  const nkw = kwnames ? kwnames.length : 0;
  const pos = nkw ? args.slice(0, args.length - nkw) : args;
  let kwargs: PyDict | null = null;
  if (nkw) {
    kwargs = new PyDict();
    for (let i = 0; i < nkw; i++) kwargs.setItem(PyUnicode_FromString(kwnames![i]), args[args.length - nkw + i]);
  }
  return PyUnicode_FromString(buildString(self.value, pos, kwargs, 2, { state: 0, next: 0 }));
}

/** str.format_map(mapping) */
export function str_format_map(self: PyStr, mapping: PyObject): PyObject {
  return PyUnicode_FromString(buildString(self.value, null, mapping, 2, { state: 0, next: 0 }));
}

/** The markup pieces of a format string (the _string.formatter_parser iterator's items):
 *  [literal, field_name | null, format_spec | null, conversion | null]. */
export function formatterParser(s: string): [string, string | null, string | null, string | null][] {
  const out: [string, string | null, string | null, string | null][] = [];
  let pos = 0;
  const end = s.length;
  while (pos < end) {
    let i = pos;
    while (i < end && s[i] !== "{" && s[i] !== "}") i++;
    const literal = s.slice(pos, i);
    if (i >= end) {
      out.push([literal, null, null, null]);
      break;
    }
    const c = s[i];
    if (i + 1 < end && s[i + 1] === c) {
      out.push([literal + c, null, null, null]);
      pos = i + 2;
      continue;
    }
    if (c === "}") valueError("Single '}' encountered in format string");
    if (i + 1 >= end) valueError("Single '{' encountered in format string");
    let k = scanFieldName(s, i + 1, end);
    let ch = fieldNameEnd;
    const fieldName = s.slice(i + 1, k - 1);
    let conversion: string | null = null;
    let spec = "";
    if (ch === "!" || ch === ":") {
      let done = false;
      if (ch === "!") {
        if (k >= end) valueError("end of string while looking for conversion specifier");
        conversion = s[k++];
        if (k < end) {
          const c2 = s[k++];
          if (c2 === "}") done = true;
          else if (c2 !== ":") valueError("expected ':' after conversion specifier");
        }
      }
      if (!done) {
        const specStart = k;
        let count = 1;
        let closed = false;
        while (k < end) {
          const c3 = s[k++];
          if (c3 === "{") count++;
          else if (c3 === "}" && --count === 0) {
            spec = s.slice(specStart, k - 1);
            closed = true;
            break;
          }
        }
        if (!closed) valueError("unmatched '{' in format spec");
      }
    } else if (ch !== "}") valueError("expected '}' before end of string");
    out.push([literal, fieldName, spec, conversion]);
    pos = k;
  }
  return out;
}

void PyTuple_FromArray;

/** What stopped the last scanFieldName: "}", ":", "!", "[" when an index ran to the end, or "". */
let fieldNameEnd = "";

/**
 * parse_field's scan of a replacement field's name (MarkupIterator_next in CPython): from `k`,
 * past `[...]` indexes, to the "}", ":" or "!" that ends it. Returns the index after that
 * character and leaves the character in fieldNameEnd. Shared by str.format and formatter_parser.
 */
function scanFieldName(s: string, k: number, end: number): number {
  let ch = "";
  while (k < end) {
    ch = s[k++];
    if (ch === "{") valueError("unexpected '{' in field name");
    if (ch === "[") {
      while (k < end && s[k] !== "]") k++;
      continue;
    }
    if (ch === "}" || ch === ":" || ch === "!") break;
    ch = "";
  }
  fieldNameEnd = ch;
  return k;
}
