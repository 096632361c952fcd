// The built-in codecs str.encode() and bytes.decode() use without the codec registry (CPython's
// fast paths in Objects/unicodeobject.c: PyUnicode_DecodeUTF8Stateful, unicode_encode_utf8,
// PyUnicode_DecodeUTF16Stateful, ..., and the standard error handlers of Python/codecs.c:
// strict, ignore, replace, backslashreplace, surrogateescape, surrogatepass, xmlcharrefreplace,
// namereplace), with CPython's UnicodeDecodeError / UnicodeEncodeError ranges and reasons.
import { PyObject, PyStr, PyBytes, PyUnicode_FromString } from "../Objects/object";
import { PyErr_SetString, PyErr_NewException } from "./errors";
import * as exc from "../Objects/exceptions";
import * as unicodename from "../Modules/unicodename";
import { charmapDecodingTables, codecAliases, knownCodecs, nonTextCodecs } from "../Parser/source_codecs";

type Codec = "utf-8" | "utf-8-sig" | "ascii" | "latin-1" | "utf-16" | "utf-16-le" | "utf-16-be" | "utf-32" | "utf-32-le" | "utf-32-be";

const ALIASES: Record<string, Codec> = {};
function alias(codec: Codec, names: string[]): void {
  for (const n of names) ALIASES[n] = codec;
}
alias("utf-8", ["utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001"]);
alias("utf-8-sig", ["utf_8_sig"]);
alias("ascii", ["ascii", "us_ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us"]);
alias("latin-1", ["latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "iso_ir_100", "csisolatin1", "ibm819", "iso_8859_1_1987"]);
alias("utf-16", ["utf_16", "utf16", "u16"]);
alias("utf-16-le", ["utf_16_le", "utf_16le", "unicodelittleunmarked"]);
alias("utf-16-be", ["utf_16_be", "utf_16be", "unicodebigunmarked"]);
alias("utf-32", ["utf_32", "utf32", "u32"]);
alias("utf-32-le", ["utf_32_le", "utf_32le"]);
alias("utf-32-be", ["utf_32_be", "utf_32be"]);

/** What a codec name resolves to: one of the built-in codecs, a charmap table (the single-byte
 *  codecs of the encodings package, tables generated from the reference CPython), or an escape codec. */
type ResolvedCodec = Codec | { charmap: string } | "unicode-escape" | "raw-unicode-escape";

const MODULE_CODECS: Record<string, ResolvedCodec> = {
  utf_8: "utf-8", utf_8_sig: "utf-8-sig", ascii: "ascii", latin_1: "latin-1", utf_16: "utf-16", utf_16_le: "utf-16-le",
  utf_16_be: "utf-16-be", utf_32: "utf-32", utf_32_le: "utf-32-le", utf_32_be: "utf-32-be",
  unicode_escape: "unicode-escape", raw_unicode_escape: "raw-unicode-escape",
};

const resolved = new Map<string, ResolvedCodec>();

/** codecs.lookup through encodings.search_function: normalize, follow aliases, find the codec;
 *  LookupError as CPython words it. `op` names the function for non-text codecs' message. */
export function lookupCodec(encoding: string, op: "encode" | "decode" = "encode"): ResolvedCodec {
  const fast = ALIASES[encoding] ?? resolved.get(encoding);
  if (fast) return fast;
  const norm = encoding.toLowerCase().replace(/[^a-z0-9.]+/g, "_").replace(/^_+|_+$/g, "");
  const mod = ALIASES[norm] ? null : codecAliases[norm] ?? codecAliases[norm.replace(/\./g, "_")] ?? norm;
  let r: ResolvedCodec | undefined = ALIASES[norm];
  if (r === undefined && mod !== null) {
    if (nonTextCodecs.has(mod)) {
      PyErr_SetString(exc.PyExc_LookupError, `'${encoding}' is not a text encoding; use codecs.${op}() to handle arbitrary codecs`);
    }
    r = MODULE_CODECS[mod] ?? (charmapDecodingTables[mod] !== undefined ? { charmap: mod } : undefined);
    if (r === undefined && knownCodecs.has(mod)) PyErr_SetString(exc.PyExc_LookupError, `codec '${mod}' is not supported by Taipan yet`);
  }
  if (r === undefined) PyErr_SetString(exc.PyExc_LookupError, `unknown encoding: ${encoding}`);
  resolved.set(encoding, r);
  return r;
}

function unknownHandler(errors: string): never {
  PyErr_SetString(exc.PyExc_LookupError, `unknown error handler name '${errors}'`);
}

function hex(n: number, w: number): string {
  return n.toString(16).padStart(w, "0");
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Decoding

class Decoder {
  out: string[] = [];
  cur = "";
  constructor(
    public codec: string,
    readonly errors: string,
    readonly data: Uint8Array,
    readonly obj: PyObject | null,
  ) {}

  push(s: string): void {
    this.cur += s;
    if (this.cur.length > 8192) {
      this.out.push(this.cur);
      this.cur = "";
    }
  }

  result(): string {
    this.out.push(this.cur);
    return this.out.join("");
  }

  /** The error handler for data[start:end]: returns where decoding resumes. */
  error(start: number, end: number, reason: string): number {
    switch (this.errors) {
      case "strict":
        throw this.exception(start, end, reason);
      case "ignore":
        return end;
      case "replace":
        this.push("\ufffd");
        return end;
      case "backslashreplace":
        for (let i = start; i < end; i++) this.push("\\x" + hex(this.data[i], 2));
        return end;
      case "surrogateescape": {
        let s = "";
        for (let i = start; i < end; i++) {
          const b = this.data[i];
          if (b < 128) throw this.exception(start, end, reason);
          s += String.fromCharCode(0xdc00 + b);
        }
        this.push(s);
        return end;
      }
      case "surrogatepass":
      case "xmlcharrefreplace":
      case "namereplace":
        throw this.exception(start, end, reason);
      default:
        unknownHandler(this.errors);
    }
  }

  exception(start: number, end: number, reason: string): exc.PyBaseException {
    const b = this.obj instanceof PyBytes ? this.obj : new PyBytes(this.data.slice());
    return PyErr_NewException(exc.PyExc_UnicodeDecodeError, [PyUnicode_FromString(this.codec), b, start, end, PyUnicode_FromString(reason)]);
  }
}

/** utf-8 decoding (PyUnicode_DecodeUTF8Stateful). */
function decodeUTF8(d: Decoder, start = 0): string {
  const b = d.data;
  const n = b.length;
  // Fast path: everything valid (TextDecoder with fatal) — the usual case.
  if (start === 0) {
    try {
      return utf8Fatal.decode(b);
    } catch {
      // fall through to the exact decoder
    }
  }
  let i = start;
  let run = i;
  const flush = (upto: number): void => {
    if (upto > run) d.push(utf8Lenient.decode(b.subarray(run, upto)));
  };
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else {
      flush(i);
      i = d.error(i, i + 1, "invalid start byte");
      run = i;
      continue;
    }
    // surrogatepass: ED A0..BF xx encodes a surrogate.
    if (c === 0xed && d.errors === "surrogatepass" && i + 2 < n && b[i + 1] >= 0xa0 && b[i + 1] <= 0xbf && (b[i + 2] & 0xc0) === 0x80) {
      flush(i);
      d.push(String.fromCharCode(((c & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f)));
      i += 3;
      run = i;
      continue;
    }
    let k = 1;
    let bad = false;
    for (; k <= need; k++) {
      if (i + k >= n) break;
      const x = b[i + k];
      if (k === 1 ? x < lo || x > hi : (x & 0xc0) !== 0x80) {
        bad = true;
        break;
      }
    }
    if (bad) {
      flush(i);
      i = d.error(i, i + k, "invalid continuation byte");
      run = i;
    } else if (k <= need) {
      flush(i);
      i = d.error(i, n, "unexpected end of data");
      run = i;
    } else i += need + 1;
  }
  flush(n);
  return d.result();
}

const utf8Encoder = new TextEncoder();
const utf8Fatal = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const utf8Lenient = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });

function decodeASCII(d: Decoder): string {
  const b = d.data;
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 128) {
      let j = i;
      let s = "";
      while (j < b.length && b[j] < 128) s += String.fromCharCode(b[j++]);
      d.push(s);
      i = j;
    } else i = d.error(i, i + 1, "ordinal not in range(128)");
  }
  return d.result();
}

function decodeLatin1(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.length).toString("latin1");
}

function decodeUTF16(d: Decoder, order: "le" | "be" | "bom"): string {
  const b = d.data;
  let i = 0;
  let le = order !== "be";
  if (order === "bom" && b.length >= 2) {
    if (b[0] === 0xff && b[1] === 0xfe) i = 2;
    else if (b[0] === 0xfe && b[1] === 0xff) {
      le = false;
      i = 2;
    }
  }
  if (order === "bom") (d as { codec: string }).codec = le ? "utf-16-le" : "utf-16-be";
  const n = b.length;
  const unit = (k: number): number => (le ? b[k] | (b[k + 1] << 8) : (b[k] << 8) | b[k + 1]);
  let s = "";
  while (i < n) {
    if (i + 1 >= n) {
      d.push(s);
      s = "";
      i = d.error(i, n, "truncated data");
      continue;
    }
    const u = unit(i);
    if (u < 0xd800 || u > 0xdfff) {
      s += String.fromCharCode(u);
      i += 2;
      continue;
    }
    if (u >= 0xdc00) {
      d.push(s);
      s = "";
      if (d.errors === "surrogatepass") {
        d.push(String.fromCharCode(u));
        i += 2;
      } else i = d.error(i, i + 2, "illegal encoding");
      continue;
    }
    if (i + 3 >= n) {
      d.push(s);
      s = "";
      if (d.errors === "surrogatepass" && i + 3 >= n && i + 2 <= n) {
        d.push(String.fromCharCode(u));
        i += 2;
      } else i = d.error(i, n, "unexpected end of data");
      continue;
    }
    const v = unit(i + 2);
    if (v >= 0xdc00 && v <= 0xdfff) {
      s += String.fromCharCode(u, v);
      i += 4;
    } else {
      d.push(s);
      s = "";
      if (d.errors === "surrogatepass") {
        d.push(String.fromCharCode(u));
        i += 2;
      } else i = d.error(i, i + 2, "illegal UTF-16 surrogate");
    }
  }
  d.push(s);
  return d.result();
}

function decodeUTF32(d: Decoder, order: "le" | "be" | "bom"): string {
  const b = d.data;
  let i = 0;
  let le = order !== "be";
  if (order === "bom" && b.length >= 4) {
    if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) i = 4;
    else if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) {
      le = false;
      i = 4;
    }
  }
  if (order === "bom") (d as { codec: string }).codec = le ? "utf-32-le" : "utf-32-be";
  const n = b.length;
  while (i < n) {
    if (i + 3 >= n) {
      i = d.error(i, n, "truncated data");
      continue;
    }
    const cp = le ? (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0 : ((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0;
    if (cp > 0x10ffff) i = d.error(i, i + 4, "code point not in range(0x110000)");
    else if (cp >= 0xd800 && cp < 0xe000 && d.errors !== "surrogatepass") i = d.error(i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)");
    else {
      d.push(String.fromCodePoint(cp));
      i += 4;
    }
  }
  return d.result();
}

/** charmap_decode over a generated decoding table (U+FFFE marks an undefined byte). */
function decodeCharmap(d: Decoder, table: string): string {
  const b = d.data;
  let i = 0;
  let s = "";
  while (i < b.length) {
    const ch = table[b[i]];
    if (ch === "\ufffe") {
      d.push(s);
      s = "";
      i = d.error(i, i + 1, "character maps to <undefined>");
    } else {
      s += ch;
      i++;
    }
  }
  d.push(s);
  return d.result();
}

/** unicode_escape / raw_unicode_escape decoding (_PyUnicode_DecodeUnicodeEscapeInternal,
 *  PyUnicode_DecodeRawUnicodeEscape). */
function decodeEscape(d: Decoder, raw: boolean): string {
  const b = d.data;
  const n = b.length;
  let i = 0;
  const hexAt = (k: number): number => {
    const c = b[k];
    return c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1;
  };
  while (i < n) {
    const c = b[i];
    if (c !== 0x5c || i + 1 >= n) {
      if (c === 0x5c && !raw) {
        i = d.error(i, n, "\\ at end of string");
        continue;
      }
      d.push(String.fromCharCode(c));
      i++;
      continue;
    }
    if (raw) {
      // Only \uXXXX and \UXXXXXXXX after an odd number of backslashes are escapes.
      let j = i;
      while (j < n && b[j] === 0x5c) j++;
      const run = j - i;
      const next = j < n ? b[j] : -1;
      if ((run & 1) === 0 || (next !== 0x75 && next !== 0x55)) {
        d.push("\\".repeat(run));
        i = j;
        continue;
      }
      d.push("\\".repeat(run - 1));
      i = j - 1;
    }
    const e = b[i + 1];
    const simple: Record<number, string> = { 0x0a: "", 0x5c: "\\", 0x27: "'", 0x22: '"', 0x62: "\b", 0x66: "\f", 0x74: "\t", 0x6e: "\n", 0x72: "\r", 0x76: "\v", 0x61: "\x07" };
    if (!raw && simple[e] !== undefined) {
      d.push(simple[e]);
      i += 2;
      continue;
    }
    if (!raw && e >= 0x30 && e <= 0x37) {
      let v = e - 0x30;
      let k = i + 2;
      for (let m = 0; m < 2 && k < n && b[k] >= 0x30 && b[k] <= 0x37; m++, k++) v = v * 8 + (b[k] - 0x30);
      d.push(String.fromCharCode(v));
      i = k;
      continue;
    }
    const digits = e === 0x78 && !raw ? 2 : e === 0x75 ? 4 : e === 0x55 ? 8 : 0;
    if (digits) {
      const what = digits === 2 ? "\\xXX" : digits === 4 ? "\\uXXXX" : "\\UXXXXXXXX";
      let v = 0;
      let k = i + 2;
      for (; k < i + 2 + digits; k++) {
        const h = k < n ? hexAt(k) : -1;
        if (h < 0) break;
        v = v * 16 + h;
      }
      if (k < i + 2 + digits) {
        i = d.error(i, k, `truncated ${what} escape`);
        continue;
      }
      if (v > 0x10ffff) {
        i = d.error(i, k, raw ? "\\Uxxxxxxxx out of range" : "illegal Unicode character");
        continue;
      }
      d.push(String.fromCodePoint(v));
      i = k;
      continue;
    }
    if (!raw && e === 0x4e) {
      // \N{name}
      let k = i + 2;
      if (k < n && b[k] === 0x7b) {
        const close = b.indexOf(0x7d, k + 1);
        if (close > k + 1) {
          const name = String.fromCharCode(...b.subarray(k + 1, close));
          const cp = unicodename._getcode(name);
          if (cp >= 0) {
            d.push(String.fromCodePoint(cp));
            i = close + 1;
            continue;
          }
          i = d.error(i, close + 1, "unknown Unicode character name");
          continue;
        } else k = n;
      }
      i = d.error(i, Math.min(k, n), "malformed \\N character escape");
      continue;
    }
    // An unknown escape stays as it is (with a DeprecationWarning in CPython).
    d.push("\\" + String.fromCharCode(e));
    i += 2;
  }
  return d.result();
}

/** bytes.decode / str(bytes, encoding, errors): the decoded text. `obj` is the bytes object
 *  for the exception (made from `data` when not a bytes object). */
export function decode(data: Uint8Array, encoding: string, errors: string, obj: PyObject | null = null): string {
  const codec = lookupCodec(encoding, "decode");
  if (typeof codec === "object") return decodeCharmap(new Decoder("charmap", errors, data, obj), charmapDecodingTables[codec.charmap]);
  const name = codec === "utf-8-sig" ? "utf-8" : codec;
  const d = new Decoder(name, errors, data, obj);
  switch (codec) {
    case "unicode-escape":
      return decodeEscape(new Decoder("unicodeescape", errors, data, obj), false);
    case "raw-unicode-escape":
      return decodeEscape(new Decoder("rawunicodeescape", errors, data, obj), true);
    case "utf-8":
      return decodeUTF8(d);
    case "utf-8-sig":
      return decodeUTF8(d, data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0);
    case "ascii":
      return decodeASCII(d);
    case "latin-1":
      return decodeLatin1(data);
    case "utf-16":
      return decodeUTF16(d, "bom");
    case "utf-16-le":
      return decodeUTF16(d, "le");
    case "utf-16-be":
      return decodeUTF16(d, "be");
    case "utf-32":
      return decodeUTF32(d, "bom");
    case "utf-32-le":
      return decodeUTF32(d, "le");
    case "utf-32-be":
      return decodeUTF32(d, "be");
  }
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Encoding

/** The code points of s with their UTF-16 positions folded to code-point indices. */
function toCodePoints(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out.push(0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00));
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

class Encoder {
  bytes: number[] = [];
  constructor(
    readonly codec: string,
    readonly errors: string,
    readonly cps: number[],
    readonly obj: PyStr | null,
    readonly text: string,
  ) {}

  exception(start: number, end: number, reason: string): exc.PyBaseException {
    const o = this.obj ?? PyUnicode_FromString(this.text);
    return PyErr_NewException(exc.PyExc_UnicodeEncodeError, [PyUnicode_FromString(this.codec), o, start, end, PyUnicode_FromString(reason)]);
  }

  /** The replacement text for cps[start:end] (ASCII), or raises; `put` encodes a code point
   *  the handler passes through (surrogatepass / surrogateescape). */
  error(start: number, end: number, reason: string, limit: number, put: (cp: number) => boolean): void {
    const cps = this.cps;
    let s = "";
    switch (this.errors) {
      case "strict":
        throw this.exception(start, end, reason);
      case "ignore":
        return;
      case "replace":
        s = "?".repeat(end - start);
        break;
      case "backslashreplace":
        for (let i = start; i < end; i++) {
          const c = cps[i];
          s += c < 0x100 ? "\\x" + hex(c, 2) : c < 0x10000 ? "\\u" + hex(c, 4) : "\\U" + hex(c, 8);
        }
        break;
      case "xmlcharrefreplace":
        for (let i = start; i < end; i++) s += `&#${cps[i]};`;
        break;
      case "namereplace": {
        for (let i = start; i < end; i++) {
          const c = cps[i];
          const nm = unicodename._getucname(c);
          s += nm ? `\\N{${nm}}` : c < 0x100 ? "\\x" + hex(c, 2) : c < 0x10000 ? "\\u" + hex(c, 4) : "\\U" + hex(c, 8);
        }
        break;
      }
      case "surrogateescape":
        // Escapes what it can; the first character it cannot starts the error that is raised.
        for (let i = start; i < end; i++) {
          const c = cps[i];
          if (c < 0xdc80 || c > 0xdcff) throw this.exception(i, end, reason);
          this.bytes.push(c - 0xdc00);
        }
        return;
      case "surrogatepass":
        for (let i = start; i < end; i++) {
          const c = cps[i];
          if (c < 0xd800 || c > 0xdfff || !put(c)) throw this.exception(i, end, reason);
        }
        return;
      default:
        unknownHandler(this.errors);
    }
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= limit) throw this.exception(start, end, reason);
      this.bytes.push(c);
    }
  }
}

function isSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdfff;
}

function encodeUTF8(text: string, errors: string, obj: PyStr | null): Uint8Array {
  // Fast path: no lone surrogate (TextEncoder would replace one with U+FFFD silently).
  if (!/[\ud800-\udfff]/.test(text) || isWellFormed(text)) return utf8Encoder.encode(text);
  const cps = toCodePoints(text);
  const e = new Encoder("utf-8", errors, cps, obj, text);
  const put3 = (c: number): boolean => {
    e.bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    return true;
  };
  for (let i = 0; i < cps.length; ) {
    const c = cps[i];
    if (isSurrogate(c)) {
      let j = i + 1;
      while (j < cps.length && isSurrogate(cps[j])) j++;
      e.error(i, j, "surrogates not allowed", 128, put3);
      i = j;
      continue;
    }
    if (c < 0x80) e.bytes.push(c);
    else if (c < 0x800) e.bytes.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    else if (c < 0x10000) put3(c);
    else e.bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    i++;
  }
  return Uint8Array.from(e.bytes);
}

function isWellFormed(s: string): boolean {
  const f = (s as unknown as { isWellFormed?: () => boolean }).isWellFormed;
  if (typeof f === "function") return f.call(s);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (!(d >= 0xdc00 && d <= 0xdfff)) return false;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return false;
  }
  return true;
}

/** ascii / latin-1 (unicode_encode_ucs1): runs of unencodable characters form one error. */
function encodeUCS1(text: string, errors: string, obj: PyStr | null, limit: number): Uint8Array {
  let ok = true;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) >= limit) {
      ok = false;
      break;
    }
  }
  if (ok) {
    const out = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
    return out;
  }
  const cps = toCodePoints(text);
  const e = new Encoder(limit === 128 ? "ascii" : "latin-1", errors, cps, obj, text);
  const reason = limit === 128 ? "ordinal not in range(128)" : "ordinal not in range(256)";
  for (let i = 0; i < cps.length; ) {
    const c = cps[i];
    if (c < limit) {
      e.bytes.push(c);
      i++;
      continue;
    }
    let j = i + 1;
    while (j < cps.length && cps[j] >= limit) j++;
    e.error(i, j, reason, limit, () => false);
    i = j;
  }
  return Uint8Array.from(e.bytes);
}

/** The error handling of the UTF-16/32 encoders: one character at a time; replacement text is
 *  written as units, replacement bytes (surrogateescape) must fill whole units. */
function unitError(e: Encoder, i: number, unitSize: number, put: (u: number) => boolean): void {
  const before = e.bytes.length;
  if (e.errors === "surrogatepass") {
    e.error(i, i + 1, "surrogates not allowed", 128, put);
    return;
  }
  e.error(i, i + 1, "surrogates not allowed", 128, put);
  const added = e.bytes.splice(before);
  if (e.errors === "surrogateescape") {
    if (added.length % unitSize) throw e.exception(i, i + 1, "surrogates not allowed");
    e.bytes.push(...added);
    return;
  }
  for (const b of added) put(b);
}

function encodeUTF16(text: string, errors: string, obj: PyStr | null, order: "le" | "be" | "bom"): Uint8Array {
  const cps = toCodePoints(text);
  const name = order === "bom" ? "utf-16" : `utf-16-${order}`;
  const e = new Encoder(name, errors, cps, obj, text);
  const le = order !== "be";
  const put = (u: number): boolean => {
    if (le) e.bytes.push(u & 0xff, u >> 8);
    else e.bytes.push(u >> 8, u & 0xff);
    return true;
  };
  if (order === "bom") put(0xfeff);
  for (let i = 0; i < cps.length; ) {
    const c = cps[i];
    if (isSurrogate(c)) {
      unitError(e, i, 2, put);
      i++;
      continue;
    }
    if (c < 0x10000) put(c);
    else {
      const v = c - 0x10000;
      put(0xd800 | (v >> 10));
      put(0xdc00 | (v & 0x3ff));
    }
    i++;
  }
  return Uint8Array.from(e.bytes);
}

function encodeUTF32(text: string, errors: string, obj: PyStr | null, order: "le" | "be" | "bom"): Uint8Array {
  const cps = toCodePoints(text);
  const name = order === "bom" ? "utf-32" : `utf-32-${order}`;
  const e = new Encoder(name, errors, cps, obj, text);
  const le = order !== "be";
  const put = (c: number): boolean => {
    if (le) e.bytes.push(c & 0xff, (c >> 8) & 0xff, (c >> 16) & 0xff, 0);
    else e.bytes.push(0, (c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff);
    return true;
  };
  if (order === "bom") put(0xfeff);
  for (let i = 0; i < cps.length; ) {
    const c = cps[i];
    if (isSurrogate(c)) {
      unitError(e, i, 4, put);
      i++;
      continue;
    }
    put(c);
    i++;
  }
  return Uint8Array.from(e.bytes);
}

/** charmap_encode: the inverse of a decoding table; runs of unencodable characters form one error. */
const charmapEncodingMaps = new Map<string, Map<number, number>>();
function encodeCharmap(text: string, errors: string, obj: PyStr | null, name: string): Uint8Array {
  let map = charmapEncodingMaps.get(name);
  if (map === undefined) {
    map = new Map();
    const table = charmapDecodingTables[name];
    for (let b = 0; b < 256; b++) if (table[b] !== "\ufffe" && !map.has(table.charCodeAt(b))) map.set(table.charCodeAt(b), b);
    charmapEncodingMaps.set(name, map);
  }
  const cps = toCodePoints(text);
  const e = new Encoder("charmap", errors, cps, obj, text);
  for (let i = 0; i < cps.length; ) {
    const b = map.get(cps[i]);
    if (b !== undefined) {
      e.bytes.push(b);
      i++;
      continue;
    }
    let j = i + 1;
    while (j < cps.length && !map.has(cps[j])) j++;
    const before = e.bytes.length;
    e.error(i, j, "character maps to <undefined>", 256, () => false);
    // Replacement text is itself encoded through the map.
    const added = e.bytes.splice(before);
    for (const c of added) {
      const m = map.get(c);
      if (m === undefined) throw e.exception(i, j, "character maps to <undefined>");
      e.bytes.push(m);
    }
    i = j;
  }
  return Uint8Array.from(e.bytes);
}

/** unicode_escape / raw_unicode_escape encoding. */
function encodeEscape(text: string, raw: boolean): Uint8Array {
  let out = "";
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (raw) {
      out += c < 0x100 ? ch : c < 0x10000 ? "\\u" + hex(c, 4) : "\\U" + hex(c, 8);
      continue;
    }
    if (c === 0x5c) out += "\\\\";
    else if (c === 0x09) out += "\\t";
    else if (c === 0x0a) out += "\\n";
    else if (c === 0x0d) out += "\\r";
    else if (c < 0x20 || (c >= 0x7f && c < 0x100)) out += "\\x" + hex(c, 2);
    else if (c < 0x7f) out += ch;
    else if (c < 0x10000) out += "\\u" + hex(c, 4);
    else out += "\\U" + hex(c, 8);
  }
  const bytes = new Uint8Array(out.length);
  for (let i = 0; i < out.length; i++) bytes[i] = out.charCodeAt(i);
  return bytes;
}

/** str.encode(encoding, errors). `obj` is the str object for the exception. */
export function encode(text: string, encoding: string, errors: string, obj: PyStr | null = null): Uint8Array {
  const codec = lookupCodec(encoding, "encode");
  if (typeof codec === "object") return encodeCharmap(text, errors, obj, codec.charmap);
  switch (codec) {
    case "unicode-escape":
      return encodeEscape(text, false);
    case "raw-unicode-escape":
      return encodeEscape(text, true);
    case "utf-8":
      return encodeUTF8(text, errors, obj);
    case "utf-8-sig": {
      const body = encodeUTF8(text, errors, obj);
      const out = new Uint8Array(body.length + 3);
      out.set([0xef, 0xbb, 0xbf]);
      out.set(body, 3);
      return out;
    }
    case "ascii":
      return encodeUCS1(text, errors, obj, 128);
    case "latin-1":
      return encodeUCS1(text, errors, obj, 256);
    case "utf-16":
      return encodeUTF16(text, errors, obj, "bom");
    case "utf-16-le":
      return encodeUTF16(text, errors, obj, "le");
    case "utf-16-be":
      return encodeUTF16(text, errors, obj, "be");
    case "utf-32":
      return encodeUTF32(text, errors, obj, "bom");
    case "utf-32-le":
      return encodeUTF32(text, errors, obj, "le");
    case "utf-32-be":
      return encodeUTF32(text, errors, obj, "be");
  }
}
