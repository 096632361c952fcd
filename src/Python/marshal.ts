// marshal.dumps of code objects and compile-time constants, format version 4 (CPython's
// Python/marshal.c, w_object), so that CPython itself can load what Taipan compiled.
import { CodeObject } from "../Objects/codeobject";
import { ConstValue, ConstFrozenset, ComplexValue, EllipsisValue, CodePointString } from "./constants";

const TYPE_NONE = 0x4e; // 'N'
const TYPE_FALSE = 0x46; // 'F'
const TYPE_TRUE = 0x54; // 'T'
const TYPE_ELLIPSIS = 0x2e; // '.'
const TYPE_INT = 0x69; // 'i'
const TYPE_LONG = 0x6c; // 'l'
const TYPE_BINARY_FLOAT = 0x67; // 'g'
const TYPE_BINARY_COMPLEX = 0x79; // 'y'
const TYPE_STRING = 0x73; // 's' (bytes)
const TYPE_TUPLE = 0x28; // '('
const TYPE_SMALL_TUPLE = 0x29; // ')'
const TYPE_FROZENSET = 0x3e; // '>'
const TYPE_UNICODE = 0x75; // 'u'
const TYPE_SHORT_ASCII = 0x7a; // 'z'
const TYPE_CODE = 0x63; // 'c'

/** UTF-8 with lone surrogates encoded as themselves ("surrogatepass"), as marshal writes str. */
export function utf8Surrogatepass(s: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}

class Writer {
  buf: number[] = [];
  byte(b: number) {
    this.buf.push(b & 0xff);
  }
  long(x: number) {
    this.byte(x);
    this.byte(x >> 8);
    this.byte(x >> 16);
    this.byte(x >> 24);
  }
  bytes(b: Uint8Array) {
    for (const x of b) this.buf.push(x);
  }
  pstring(b: Uint8Array) {
    this.long(b.length);
    this.bytes(b);
  }
  double(x: number) {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setFloat64(0, x, true);
    this.bytes(b);
  }
  str(s: string) {
    // eslint-disable-next-line no-control-regex
    if (s.length < 256 && /^[\x00-\x7f]*$/.test(s)) {
      this.byte(TYPE_SHORT_ASCII);
      this.byte(s.length);
      for (let i = 0; i < s.length; i++) this.byte(s.charCodeAt(i));
    } else {
      this.byte(TYPE_UNICODE);
      this.pstring(utf8Surrogatepass(s));
    }
  }
  tuple(items: readonly unknown[]) {
    if (items.length < 256) {
      this.byte(TYPE_SMALL_TUPLE);
      this.byte(items.length);
    } else {
      this.byte(TYPE_TUPLE);
      this.long(items.length);
    }
    for (const x of items) this.object(x as ConstValue);
  }
  int(v: bigint) {
    if (v >= -(2n ** 31n) && v < 2n ** 31n) {
      this.byte(TYPE_INT);
      this.long(Number(v));
      return;
    }
    // w_PyLong: base 2**15 digits, least significant first; the count carries the sign
    const digits: number[] = [];
    let a = v < 0n ? -v : v;
    while (a > 0n) {
      digits.push(Number(a & 0x7fffn));
      a >>= 15n;
    }
    this.byte(TYPE_LONG);
    this.long(v < 0n ? -digits.length : digits.length);
    for (const d of digits) {
      this.byte(d);
      this.byte(d >> 8);
    }
  }
  object(v: ConstValue | CodeObject) {
    if (v === null) this.byte(TYPE_NONE);
    else if (v === false) this.byte(TYPE_FALSE);
    else if (v === true) this.byte(TYPE_TRUE);
    else if (v === EllipsisValue) this.byte(TYPE_ELLIPSIS);
    else if (typeof v === "bigint") this.int(v);
    else if (typeof v === "number") {
      this.byte(TYPE_BINARY_FLOAT);
      this.double(v);
    } else if (typeof v === "string") this.str(v);
    else if (v instanceof CodePointString) {
      // code points one by one: a surrogate pair stays two code points
      const parts = v.codePoints.map((c) => utf8Surrogatepass(String.fromCodePoint(c)));
      this.byte(TYPE_UNICODE);
      this.long(parts.reduce((n, p) => n + p.length, 0));
      for (const p of parts) this.bytes(p);
    }
    else if (v instanceof Uint8Array) {
      this.byte(TYPE_STRING);
      this.pstring(v);
    } else if (v instanceof ComplexValue) {
      this.byte(TYPE_BINARY_COMPLEX);
      this.double(v.real);
      this.double(v.imag);
    } else if (Array.isArray(v)) this.tuple(v);
    else if (v instanceof ConstFrozenset) {
      this.byte(TYPE_FROZENSET);
      this.long(v.items.length);
      for (const x of v.items) this.object(x);
    } else if (v instanceof CodeObject) this.code(v);
    else throw new Error("marshal: unmarshallable object");
  }
  code(co: CodeObject) {
    this.byte(TYPE_CODE);
    this.long(co.co_argcount);
    this.long(co.co_posonlyargcount);
    this.long(co.co_kwonlyargcount);
    this.long(co.co_stacksize);
    this.long(co.co_flags);
    this.byte(TYPE_STRING);
    this.pstring(co.co_code);
    this.tuple(co.co_consts);
    this.tuple(co.co_names);
    this.tuple(co.co_localsplusnames);
    this.byte(TYPE_STRING);
    this.pstring(co.co_localspluskinds);
    this.str(co.co_filename);
    this.str(co.co_name);
    this.str(co.co_qualname);
    this.long(co.co_firstlineno);
    this.byte(TYPE_STRING);
    this.pstring(co.co_linetable);
    this.byte(TYPE_STRING);
    this.pstring(co.co_exceptiontable);
  }
}

/** marshal.dumps(value, 4) */
export function marshalDumps(v: ConstValue | CodeObject): Uint8Array {
  const w = new Writer();
  w.object(v);
  return Uint8Array.from(w.buf);
}
