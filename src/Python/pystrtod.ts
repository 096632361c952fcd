// Conversions between doubles and their decimal text, as CPython's Python/pystrtod.c does them
// (PyOS_double_to_string, PyOS_string_to_double), with the digit generation of Python/dtoa.c
// (_Py_dg_dtoa) done here by two exact means:
//  - mode 0 (shortest round-trip digits, for repr): Number.prototype.toExponential() with no
//    argument, which ECMAScript defines as the shortest digit string that reads back as the same
//    double, the closest such one when several qualify — what dtoa's mode 0 yields;
//  - modes 2 and 3 (so many significant digits / so many digits after the point): exact BigInt
//    arithmetic on the double's binary value, rounding half to even on exact ties, any precision.

export interface DoubleToStringFlags {
  /** Py_DTSF_SIGN: a '+' before non-negative numbers (inf and nan included). */
  sign?: boolean;
  /** Py_DTSF_ADD_DOT_0: numbers written without exponent always get a fractional part ('1.0'). */
  addDotZero?: boolean;
  /** Py_DTSF_ALT: the '#' flag (keep the point and, for 'g', trailing zeros). */
  alt?: boolean;
  /** Py_DTSF_NO_NEG_0: a negative number that rounds to zero loses its sign (the 'z' option). */
  noNegZero?: boolean;
}

export type DoubleFormatCode = "r" | "e" | "E" | "f" | "F" | "g" | "G" | "%";

/** What kind of double was formatted (CPython's Py_DTST_*). */
export const enum DoubleType {
  FINITE = 0,
  INFINITE = 1,
  NAN = 2,
}

/** The decimal digits of |x| without trailing zeros ("" when rounded to nothing) and decpt:
 *  |x| ~= 0.<digits> * 10**decpt. Follows _Py_dg_dtoa. */
interface Digits {
  digits: string;
  decpt: number;
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** |x| = mant * 2**exp exactly, for finite nonzero x. */
function decompose(x: number): { mant: bigint; exp: number } {
  F64[0] = x;
  const hi = U32[LITTLE ? 1 : 0];
  const lo = U32[LITTLE ? 0 : 1];
  const biased = (hi >>> 20) & 0x7ff;
  const top = hi & 0xfffff;
  let mant = (BigInt(top) << 32n) | BigInt(lo);
  let exp: number;
  if (biased === 0) {
    exp = -1074; // subnormal
  } else {
    mant |= 1n << 52n;
    exp = biased - 1075;
  }
  return { mant, exp };
}

const POW10_CACHE: bigint[] = [];
function pow10(n: number): bigint {
  if (n < 64) {
    let p = POW10_CACHE[n];
    if (p === undefined) POW10_CACHE[n] = p = 10n ** BigInt(n);
    return p;
  }
  return 10n ** BigInt(n);
}

/** round-half-even(|x| * 10**s) as a BigInt, exactly. */
function scaledRound(mant: bigint, exp: number, s: number): bigint {
  let num = mant;
  let den = 1n;
  if (exp >= 0) num <<= BigInt(exp);
  else den <<= BigInt(-exp);
  if (s >= 0) num *= pow10(s);
  else den *= pow10(-s);
  const q = num / den;
  const r2 = (num - q * den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** k with 10**k <= |x| < 10**(k+1), exactly. */
function decimalExponent(x: number, mant: bigint, exp: number): number {
  let k = Math.floor(Math.log10(Math.abs(x)));
  // Math.log10 may be off by one near powers of ten: check against exact arithmetic.
  const atLeast = (kk: number): boolean => {
    // |x| >= 10**kk ?
    let num = mant;
    let den = 1n;
    if (exp >= 0) num <<= BigInt(exp);
    else den <<= BigInt(-exp);
    if (kk >= 0) den *= pow10(kk);
    else num *= pow10(-kk);
    return num >= den;
  };
  while (!atLeast(k)) k--;
  while (atLeast(k + 1)) k++;
  return k;
}

function stripZeros(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 48) end--;
  return s.slice(0, end);
}

/** Shortest round-trip digits (dtoa mode 0). */
function shortestDigits(ax: number): Digits {
  if (ax === 0) return { digits: "0", decpt: 1 };
  const t = ax.toExponential();
  const e = t.indexOf("e");
  const digits = stripZeros(t.slice(0, e).replace(".", ""));
  return { digits, decpt: Number(t.slice(e + 1)) + 1 };
}

/** `ndigits` significant digits, correctly rounded (dtoa mode 2; ndigits >= 1). */
function significantDigits(ax: number, ndigits: number): Digits {
  if (ax === 0) return { digits: "0", decpt: 1 };
  const { mant, exp } = decompose(ax);
  const k = decimalExponent(ax, mant, exp);
  const s = ndigits - 1 - k;
  const n = scaledRound(mant, exp, s).toString();
  return { digits: stripZeros(n), decpt: n.length - s };
}

/** Digits up to `ndigits` places after the point, correctly rounded (dtoa mode 3). */
function fixedDigits(ax: number, ndigits: number): Digits {
  if (ax === 0) return { digits: "0", decpt: 1 };
  const { mant, exp } = decompose(ax);
  const n = scaledRound(mant, exp, ndigits);
  if (n === 0n) return { digits: "", decpt: -ndigits };
  const t = n.toString();
  return { digits: stripZeros(t), decpt: t.length - ndigits };
}

/**
 * Formats a double as CPython's PyOS_double_to_string does. `code` 'r' is repr (precision must
 * be 0); 'e' 'f' 'g' and their capitals as printf's; '%' is format()'s percent type (x*100 as 'f',
 * then '%'). Returns the text; `typeOut`, when given, receives the kind of number.
 */
export function PyOS_double_to_string(
  x: number,
  code: DoubleFormatCode,
  precision: number,
  flags: DoubleToStringFlags = {},
  typeOut?: { type: DoubleType },
): string {
  let upper = false;
  let pct = false;
  let c: "r" | "e" | "f" | "g";
  switch (code) {
    case "e":
    case "E":
      upper = code === "E";
      c = "e";
      break;
    case "f":
    case "F":
      upper = code === "F";
      c = "f";
      break;
    case "g":
    case "G":
      upper = code === "G";
      c = "g";
      if (precision === 0) precision = 1;
      break;
    case "%":
      c = "f";
      pct = true;
      x *= 100;
      break;
    case "r":
      if (precision !== 0) throw new RangeError("PyOS_double_to_string: precision must be 0 for 'r'");
      c = "r";
      break;
    default:
      throw new RangeError(`PyOS_double_to_string: bad format code ${JSON.stringify(code)}`);
  }
  const out = format_float_short(x, c, precision, flags, upper, typeOut);
  return pct ? out + "%" : out;
}

// Follows format_float_short in Python/pystrtod.c: lays out dtoa's digits.
function format_float_short(
  x: number,
  code: "r" | "e" | "f" | "g",
  precision: number,
  flags: DoubleToStringFlags,
  upper: boolean,
  typeOut?: { type: DoubleType },
): string {
  if (Number.isNaN(x)) {
    if (typeOut) typeOut.type = DoubleType.NAN;
    return (flags.sign ? "+" : "") + (upper ? "NAN" : "nan");
  }
  let negative = x < 0 || Object.is(x, -0);
  if (!Number.isFinite(x)) {
    if (typeOut) typeOut.type = DoubleType.INFINITE;
    return (negative ? "-" : flags.sign ? "+" : "") + (upper ? "INF" : "inf");
  }
  if (typeOut) typeOut.type = DoubleType.FINITE;
  const ax = Math.abs(x);
  const addDot0 = !!flags.addDotZero;
  const alt = !!flags.alt;
  let d: Digits;
  switch (code) {
    case "r":
      d = shortestDigits(ax);
      break;
    case "e":
      d = significantDigits(ax, precision + 1);
      break;
    case "f":
      d = fixedDigits(ax, precision);
      break;
    case "g":
      d = significantDigits(ax, precision);
      break;
  }
  const digits = d.digits;
  let decpt = d.decpt;
  if (flags.noNegZero && negative && (digits === "" || digits === "0")) negative = false;

  // The output is a window [start, end) onto the digits padded with zeros on both sides; the
  // point goes before position decpt.
  let end = digits.length;
  let useExp = false;
  switch (code) {
    case "e":
      useExp = true;
      end = precision + 1;
      break;
    case "f":
      end = decpt + precision;
      break;
    case "g":
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) end = precision;
      break;
    case "r":
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  let exponent = 0;
  if (useExp) {
    exponent = decpt - 1;
    decpt = 1;
  }
  const start = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) end = Math.max(end, decpt + 1);
  else end = Math.max(end, decpt);

  let s = negative ? "-" : flags.sign ? "+" : "";
  // Integer part, the point, fractional part: slices of the zero-padded digit string.
  const at = (i: number, j: number): string => {
    // digits in [i, j) of the infinite zero-padded string
    let r = "";
    if (i < 0) r += "0".repeat(Math.min(j, 0) - i);
    const a = Math.max(i, 0);
    const b = Math.min(j, digits.length);
    if (b > a) r += digits.slice(a, b);
    const z = j - Math.max(i, digits.length);
    if (z > 0) r += "0".repeat(z);
    return r;
  };
  s += at(start, decpt);
  const frac = at(decpt, end);
  if (frac.length > 0 || alt) s += "." + frac;
  if (useExp) {
    const ae = Math.abs(exponent);
    s += (upper ? "E" : "e") + (exponent < 0 ? "-" : "+") + (ae < 10 ? "0" : "") + ae;
  }
  return s;
}

/** repr(float) (float_repr in Objects/floatobject.c). */
export function float_repr(x: number): string {
  return PyOS_double_to_string(x, "r", 0, { addDotZero: true });
}

const FLOAT_RE = /^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;
const INF_NAN_RE = /^([+-]?)(inf|infinity|nan)$/i;

/**
 * The double a decimal string denotes, as PyOS_string_to_double reads it (no surrounding
 * whitespace, no underscores: callers remove those), or undefined when the whole string is not
 * a float. Overflow gives ±Infinity (CPython's float() does the same). JS's Number() rounds
 * correctly, like dtoa's strtod.
 */
export function PyOS_string_to_double(s: string): number | undefined {
  if (FLOAT_RE.test(s)) return Number(s);
  const m = INF_NAN_RE.exec(s);
  if (m) {
    const v = m[2].toLowerCase() === "nan" ? NaN : Infinity;
    return m[1] === "-" ? -v : v;
  }
  return undefined;
}
