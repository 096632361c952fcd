// The format-spec mini-language of format(), str.format() and f-strings for str, int, float and
// complex (CPython's Python/formatter_unicode.c): [[fill]align][sign][z][#][0][width][grouping]
// [.precision][type]. int.__format__ / float.__format__ / complex.__format__ / str.__format__
// call the exported functions below.
import { PyObject, PyStr, PyLong, PyFloat, Py_TYPE, PyUnicode_FromString } from "../Objects/object";
import { PyErr_SetString } from "./errors";
import * as exc from "../Objects/exceptions";
import * as abstract from "../Objects/abstract";
import { PyOS_double_to_string, DoubleFormatCode } from "./pystrtod";
import { _PyUnicode_ToDecimalDigit } from "../Objects/unicodectype";
import * as longobject from "../Objects/longobject";

/** InternalFormatSpec */
export interface InternalFormatSpec {
  fill: string;
  align: string;
  alternate: boolean;
  noNeg0: boolean;
  /** "" when not given, else "+", "-" or " ". */
  sign: string;
  width: number;
  /** 0 none, 1 ',', 2 '_', 3 '_' every four digits (bin/oct/hex). */
  thousands: number;
  precision: number;
  type: string;
}

const PY_SSIZE_T_MAX = 2 ** 63 - 1;

function valueError(msg: string): never {
  PyErr_SetString(exc.PyExc_ValueError, msg);
}

/** get_integer: decimal digits (any Unicode decimal) at cps[pos...]; [value, consumed, newpos]. */
function get_integer(cps: number[], pos: number): [number, number, number] {
  let acc = 0;
  let n = 0;
  for (; pos < cps.length; pos++, n++) {
    const d = _PyUnicode_ToDecimalDigit(cps[pos]);
    if (d < 0) break;
    if (acc > (PY_SSIZE_T_MAX - d) / 10) valueError("Too many decimal digits in format string");
    acc = acc * 10 + d;
  }
  return [acc, n, pos];
}

function isAlign(c: number | undefined): boolean {
  return c === 0x3c || c === 0x3e || c === 0x3d || c === 0x5e;
}

function formatCodeError(t: string, what: string): never {
  const c = t.codePointAt(0)!;
  if (c > 32 && c < 128) valueError(`Unknown format code '${t}' for object of type '${what}'`);
  valueError(`Unknown format code '\\x${c.toString(16)}' for object of type '${what}'`);
}

/** invalid_thousands_separator_type */
function invalidCommaType(sep: string, t: string): never {
  const c = t.codePointAt(0)!;
  valueError(c > 32 && c < 128 ? `Cannot specify '${sep}' with '${t}'.` : `Cannot specify '${sep}' with '\\x${c.toString(16)}'.`);
}

/** parse_internal_render_format_spec */
export function parseFormatSpec(spec: string, defaultType: string, defaultAlign: string, typeName: string): InternalFormatSpec {
  const cps: number[] = [];
  for (const ch of spec) cps.push(ch.codePointAt(0)!);
  const end = cps.length;
  let pos = 0;
  const f: InternalFormatSpec = {
    fill: " ",
    align: defaultAlign,
    alternate: false,
    noNeg0: false,
    sign: "",
    width: -1,
    thousands: 0,
    precision: -1,
    type: defaultType,
  };
  let alignSpecified = false;
  let fillSpecified = false;
  if (end - pos >= 2 && isAlign(cps[pos + 1])) {
    f.align = String.fromCharCode(cps[pos + 1]);
    f.fill = String.fromCodePoint(cps[pos]);
    fillSpecified = alignSpecified = true;
    pos += 2;
  } else if (end - pos >= 1 && isAlign(cps[pos])) {
    f.align = String.fromCharCode(cps[pos]);
    alignSpecified = true;
    pos++;
  }
  if (end - pos >= 1 && (cps[pos] === 0x20 || cps[pos] === 0x2b || cps[pos] === 0x2d)) {
    f.sign = String.fromCharCode(cps[pos]);
    pos++;
  }
  if (end - pos >= 1 && cps[pos] === 0x7a) {
    f.noNeg0 = true;
    pos++;
  }
  if (end - pos >= 1 && cps[pos] === 0x23) {
    f.alternate = true;
    pos++;
  }
  if (!fillSpecified && end - pos >= 1 && cps[pos] === 0x30) {
    f.fill = "0";
    if (!alignSpecified && defaultAlign === ">") f.align = "=";
    pos++;
  }
  let consumed: number;
  [f.width, consumed, pos] = get_integer(cps, pos);
  if (consumed === 0) f.width = -1;
  if (end - pos && cps[pos] === 0x2c) {
    f.thousands = 1;
    pos++;
  }
  if (end - pos && cps[pos] === 0x5f) {
    if (f.thousands) valueError("Cannot specify both ',' and '_'.");
    f.thousands = 2;
    pos++;
  }
  if (end - pos && cps[pos] === 0x2c) valueError("Cannot specify both ',' and '_'.");
  if (end - pos && cps[pos] === 0x2e) {
    pos++;
    [f.precision, consumed, pos] = get_integer(cps, pos);
    if (consumed === 0) valueError("Format specifier missing precision");
  }
  if (end - pos > 1) valueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
  if (end - pos === 1) {
    f.type = String.fromCodePoint(cps[pos]);
    pos++;
  }
  if (f.thousands) {
    switch (f.type) {
      case "d": case "e": case "f": case "g": case "E": case "G": case "%": case "F": case "":
        break;
      case "b": case "o": case "x": case "X":
        if (f.thousands === 2) f.thousands = 3;
        else invalidCommaType(",", f.type);
        break;
      default:
        invalidCommaType(f.thousands === 1 ? "," : "_", f.type);
    }
  }
  return f;
}

/** calc_padding + fill_padding: content of `nchars` code points laid out in the field. */
function padField(content: string, nchars: number, f: InternalFormatSpec): string {
  const total = f.width >= 0 && f.width > nchars ? f.width : nchars;
  let left: number;
  if (f.align === ">") left = total - nchars;
  else if (f.align === "^") left = Math.floor((total - nchars) / 2);
  else left = 0;
  const right = total - nchars - left;
  if (left === 0 && right === 0) return content;
  return f.fill.repeat(left) + content + f.fill.repeat(right);
}

function cpLen(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n--;
      i++;
    }
  }
  return n;
}

// ─── str ───────────────────────────────────────────────────────────────────────────────────────

/** format_string_internal (str.__format__). */
export function format_string(value: PyStr, spec: string): string {
  if (spec.length === 0) return value.value;
  const f = parseFormatSpec(spec, "s", "<", "str");
  if (f.type !== "s") formatCodeError(f.type, "str");
  if (f.sign === " ") valueError("Space not allowed in string format specifier");
  if (f.sign) valueError("Sign not allowed in string format specifier");
  if (f.noNeg0) valueError("Negative zero coercion (z) not allowed in string format specifier");
  if (f.alternate) valueError("Alternate form (#) not allowed in string format specifier");
  if (f.align === "=") valueError("'=' alignment not allowed in string format specifier");
  let v = value.value;
  let len = cpLen(v);
  if (f.precision >= 0 && len > f.precision) {
    v = len === v.length ? v.slice(0, f.precision) : Array.from(v).slice(0, f.precision).join("");
    len = f.precision;
  }
  return padField(v, len, f);
}

// ─── numbers ───────────────────────────────────────────────────────────────────────────────────

/** _PyUnicode_InsertThousandsGrouping: digits grouped by `size` with `sep`, zero-filled on the
 *  left to at least minWidth characters. */
function groupDigits(digits: string, sep: string, size: number, minWidth: number): string {
  if (!sep) return digits.length >= minWidth ? digits : "0".repeat(minWidth - digits.length) + digits;
  const parts: string[] = [];
  let remaining = digits.length;
  let end = digits.length;
  let first = true;
  for (;;) {
    if (!first) minWidth -= sep.length;
    const l = Math.min(size, Math.max(remaining, minWidth, 1));
    const nChars = Math.max(0, Math.min(remaining, l));
    const nZeros = Math.max(0, l - remaining);
    parts.push("0".repeat(nZeros) + digits.slice(end - nChars, end));
    end -= nChars;
    remaining -= nChars;
    minWidth -= l;
    first = false;
    if (remaining <= 0 && minWidth <= 0) break;
  }
  return parts.reverse().join(sep);
}

/** fill_number over the parts: sign, prefix, digits (before the point), remainder (point, fraction,
 *  exponent, '%'), with grouping and padding as calc_number_widths lays them out. */
function layoutNumber(sign: string, prefix: string, digits: string, remainder: string, f: InternalFormatSpec, upper = false): string {
  const sep = f.thousands === 1 ? "," : f.thousands >= 2 ? "_" : "";
  const size = f.thousands === 3 ? 4 : 3;
  const nonDigit = sign.length + prefix.length + remainder.length;
  const minWidth = f.fill === "0" && f.align === "=" ? f.width - nonDigit : 0;
  let grouped = groupDigits(digits, sep, size, minWidth);
  if (upper) grouped = grouped.toUpperCase();
  const body = grouped + remainder;
  const nchars = nonDigit + grouped.length;
  const total = f.width > nchars ? f.width : nchars;
  const padding = total - nchars;
  if (padding <= 0) return sign + prefix + body;
  switch (f.align) {
    case "<":
      return sign + prefix + body + f.fill.repeat(padding);
    case "^": {
      const l = Math.floor(padding / 2);
      return f.fill.repeat(l) + sign + prefix + body + f.fill.repeat(padding - l);
    }
    case "=":
      return sign + prefix + f.fill.repeat(padding) + body;
    default:
      return f.fill.repeat(padding) + sign + prefix + body;
  }
}

function signFor(negative: boolean, f: InternalFormatSpec): string {
  if (negative) return "-";
  if (f.sign === "+") return "+";
  if (f.sign === " ") return " ";
  return "";
}

/** The value of an int object as a bigint. */
function bigOf(o: PyObject): bigint {
  if (typeof o === "number") return BigInt(o);
  return (o as PyLong).value;
}

/** format_long_internal (int.__format__ with a non-empty spec). */
export function format_long(value: PyObject, spec: string): string {
  const f = parseFormatSpec(spec, "d", ">", Py_TYPE(value).ht_name);
  switch (f.type) {
    case "b": case "c": case "d": case "o": case "x": case "X": case "n":
      break;
    case "e": case "E": case "f": case "F": case "g": case "G": case "%": {
      return format_float_spec(longobject.PyLong_AsDouble(typeof value === "number" ? value : new PyLong((value as PyLong).value)), f);
    }
    default:
      formatCodeError(f.type, Py_TYPE(value).ht_name);
  }
  if (f.precision !== -1) valueError("Precision not allowed in integer format specifier");
  if (f.noNeg0) valueError("Negative zero coercion (z) not allowed in integer format specifier");
  const v = bigOf(value);
  if (f.type === "c") {
    if (f.sign) valueError("Sign not allowed with integer format specifier 'c'");
    if (f.alternate) valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (v < 0n || v > 0x10ffffn) PyErr_SetString(exc.PyExc_OverflowError, "%c arg not in range(0x110000)");
    const ch = String.fromCodePoint(Number(v));
    return layoutNumber("", "", "", ch, { ...f, thousands: 0 });
  }
  const negative = v < 0n;
  const a = negative ? -v : v;
  let digits: string;
  let prefix = "";
  let upper = false;
  switch (f.type) {
    case "b":
      digits = a.toString(2);
      if (f.alternate) prefix = "0b";
      break;
    case "o":
      digits = a.toString(8);
      if (f.alternate) prefix = "0o";
      break;
    case "x":
      digits = a.toString(16);
      if (f.alternate) prefix = "0x";
      break;
    case "X":
      digits = a.toString(16);
      upper = true;
      if (f.alternate) prefix = "0X";
      break;
    default: {
      digits = longobject.long_repr_str(typeof value === "number" ? Math.abs(value) : a <= 9007199254740991n ? Number(a) : new PyLong(a));
    }
  }
  return layoutNumber(signFor(negative, f), prefix, digits, "", f, upper);
}

/** Splits a formatted |number| into its integer digits and the rest (parse_number). */
function splitNumber(s: string): [string, string] {
  let i = 0;
  while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  return [s.slice(0, i), s.slice(i)];
}

/** format_float_internal over a parsed spec. */
function format_float_spec(val: number, f: InternalFormatSpec): string {
  let type = f.type;
  let precision = f.precision;
  let defaultPrecision = 6;
  let addDot0 = false;
  if (f.alternate && type === "") {
    // '#' with no type behaves as 'r' with the alternate flag.
  }
  if (type === "") {
    addDot0 = true;
    type = "r";
    defaultPrecision = 0;
  }
  if (type === "n") type = "g";
  if (precision < 0) precision = defaultPrecision;
  else if (type === "r") type = "g";
  const s = PyOS_double_to_string(val, type as DoubleFormatCode, precision, { addDotZero: addDot0, alt: f.alternate, noNegZero: f.noNeg0 });
  const negative = s.charCodeAt(0) === 45;
  const body = negative ? s.slice(1) : s;
  const [digits, rest] = splitNumber(body);
  return layoutNumber(signFor(negative, f), "", digits, rest, f);
}

/** format_float_internal (float.__format__ with a non-empty spec). */
export function format_float(value: number, spec: string, typeName = "float"): string {
  const f = parseFormatSpec(spec, "", ">", typeName);
  switch (f.type) {
    case "": case "e": case "E": case "f": case "F": case "g": case "G": case "n": case "%":
      break;
    default:
      formatCodeError(f.type, typeName);
  }
  return format_float_spec(value, f);
}

/** format_complex_internal (complex.__format__ with a non-empty spec). */
export function format_complex(re: number, im: number, spec: string, typeName = "complex"): string {
  const f = parseFormatSpec(spec, "", ">", typeName);
  switch (f.type) {
    case "": case "e": case "E": case "f": case "F": case "g": case "G": case "n":
      break;
    default:
      formatCodeError(f.type, typeName);
  }
  if (f.fill === "0" && f.align === "=" && !spec.match(/^.?[<>^]/)) valueError("Zero padding is not allowed in complex format specifier");
  if (f.align === "=") valueError("'=' alignment flag is not allowed in complex format specifier");
  let type: string = f.type;
  let precision = f.precision;
  let defaultPrecision = 6;
  const addDot0 = false;
  let skipRe = false;
  let addParens = false;
  if (type === "") {
    type = "r";
    defaultPrecision = 0;
    if (re === 0 && Object.is(re, 0)) skipRe = true;
    else addParens = true;
  }
  if (type === "n") type = "g";
  if (precision < 0) precision = defaultPrecision;
  else if (type === "r") type = "g";
  const flags = { addDotZero: addDot0, alt: f.alternate, noNegZero: f.noNeg0 };
  const reStr = PyOS_double_to_string(re, type as DoubleFormatCode, precision, flags);
  const imStr = PyOS_double_to_string(im, type as DoubleFormatCode, precision, flags);
  const part = (s: string, forceSign: boolean): string => {
    const neg = s.charCodeAt(0) === 45;
    const body = neg ? s.slice(1) : s;
    const [digits, rest] = splitNumber(body);
    const sign = neg ? "-" : forceSign ? "+" : f.sign === "+" ? "+" : f.sign === " " ? " " : "";
    const sepF = { ...f, width: -1 };
    return sign + layoutNumber("", "", digits, rest, sepF).trimStart();
  };
  let out = "";
  if (!skipRe) out += part(reStr, false);
  out += part(imStr, !skipRe) + "j";
  if (addParens) out = "(" + out + ")";
  return padField(out, out.length, { ...f, align: f.align === "=" ? ">" : f.align });
}

// ─── __format__ methods (wired into int, float and complex by their files) ────────────────────

function specArg(spec: PyObject): string {
  if (!(spec instanceof PyStr)) PyErr_SetString(exc.PyExc_TypeError, `format() argument 2 must be str, not ${Py_TYPE(spec).ht_name}`);
  return spec.value;
}

/** int.__format__ */
export function long__format__(self: PyObject, spec: PyObject): PyObject {
  const s = specArg(spec);
  if (s.length === 0) return abstract.PyObject_Str(self);
  return PyUnicode_FromString(format_long(self, s));
}

/** float.__format__ */
export function float__format__(self: PyObject, spec: PyObject): PyObject {
  const s = specArg(spec);
  if (s.length === 0) return abstract.PyObject_Str(self);
  return PyUnicode_FromString(format_float((self as PyFloat).value, s, Py_TYPE(self).ht_name));
}
