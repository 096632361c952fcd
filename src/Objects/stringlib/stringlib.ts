// The algorithms shared by str, bytes and bytearray (CPython's Objects/stringlib/: fastsearch.h,
// find.h, count.h, split.h, partition.h, transmogrify.h, and the strip/replace/join parts of
// unicodeobject.c and bytes_methods.c), written ONCE over JS strings:
//   - a str is its own JS string (UTF-16);
//   - bytes and bytearray are viewed as a "binary string" (one JS char per byte, 0..255), made
//     with latin1() below and turned back with fromLatin1(); V8's native indexOf/split/
//     replaceAll then do the searching for all three types.
// Indices here are JS string (UTF-16 unit) indices; str's methods convert code-point indices at
// their boundary (only for strings that hold astral characters: all-BMP strings index 1:1).
// What differs between the types is passed in: the whitespace and line-break predicates.

/** A predicate over one UTF-16 unit / byte value. */
export type CharPred = (c: number) => boolean;

// ─── bytes <-> binary strings ─────────────────────────────────────────────────────────────────

/** The binary string of a byte array (one char per byte). */
export function latin1(b: Uint8Array): string {
  if (b.length < 64) {
    let s = "";
    for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
    return s;
  }
  return Buffer.from(b.buffer, b.byteOffset, b.length).toString("latin1");
}

/** The byte array of a binary string (chars must be < 256). */
export function fromLatin1(s: string): Uint8Array {
  if (s.length < 64) {
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  }
  const buf = Buffer.from(s, "latin1");
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
}

// ─── indices ──────────────────────────────────────────────────────────────────────────────────

/** ADJUST_INDICES: clamp start/end (already Python ints, possibly negative) to [0, len]. */
export function adjustIndices(start: number, end: number, len: number): [number, number] {
  if (end > len) end = len;
  else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
  return [start, end];
}

// ─── find / count (fastsearch.h, find.h, count.h) ─────────────────────────────────────────────

/** stringlib_find over s[start:end]: the index in s, or -1. */
export function find(s: string, sub: string, start: number, end: number): number {
  if (end - start < sub.length) return -1;
  if (sub.length === 0) return start;
  const i = s.indexOf(sub, start);
  return i < 0 || i + sub.length > end ? -1 : i;
}

/** stringlib_rfind over s[start:end]. */
export function rfind(s: string, sub: string, start: number, end: number): number {
  if (end - start < sub.length) return -1;
  if (sub.length === 0) return end;
  const i = s.lastIndexOf(sub, end - sub.length);
  return i < start ? -1 : i;
}

/** stringlib_count over s[start:end], at most maxcount. */
export function count(s: string, sub: string, start: number, end: number, maxcount = Infinity): number {
  if (end - start < sub.length || start > s.length) return 0;
  if (sub.length === 0) return Math.min(end - start + 1, maxcount);
  let n = 0;
  let i = start;
  const last = end - sub.length;
  while (n < maxcount) {
    i = s.indexOf(sub, i);
    if (i < 0 || i > last) break;
    n++;
    i += sub.length;
  }
  return n;
}

// ─── split (split.h) ──────────────────────────────────────────────────────────────────────────

/** STRINGLIB_ISSPACE for ASCII/bytes: the six ASCII whitespace characters of bytes.split(). */
export function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** A regex matching runs of the characters (UTF-16 units below 0x10000) that satisfy isSpace,
 *  built once per predicate: V8's native split then does the work of split() with no maxsplit. */
export function whitespaceRunRegex(isSpace: CharPred): RegExp {
  let cls = "";
  for (let c = 0; c < 0x10000; c++) {
    if (!isSpace(c)) continue;
    let e = c;
    while (e + 1 < 0x10000 && isSpace(e + 1)) e++;
    const hex = (n: number): string => "\\u" + n.toString(16).padStart(4, "0");
    cls += e === c ? hex(c) : hex(c) + "-" + hex(e);
    c = e;
  }
  return new RegExp(`[${cls}]+`);
}

/** stringlib_split_whitespace */
export function splitWhitespace(s: string, maxsplit: number, isSpace: CharPred, runs?: RegExp): string[] {
  if (maxsplit < 0 && runs !== undefined) {
    const parts = s.split(runs);
    if (parts.length && parts[0] === "") parts.shift();
    if (parts.length && parts[parts.length - 1] === "") parts.pop();
    return parts;
  }
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  if (maxsplit < 0) maxsplit = Number.MAX_SAFE_INTEGER;
  while (maxsplit-- > 0) {
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    if (i === n) return out;
    const j = i;
    i++;
    while (i < n && !isSpace(s.charCodeAt(i))) i++;
    out.push(s.slice(j, i));
  }
  if (i < n) {
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    if (i !== n) out.push(s.slice(i));
  }
  return out;
}

/** stringlib_rsplit_whitespace */
export function rsplitWhitespace(s: string, maxsplit: number, isSpace: CharPred): string[] {
  const out: string[] = [];
  let i = s.length - 1;
  if (maxsplit < 0) maxsplit = Number.MAX_SAFE_INTEGER;
  while (maxsplit-- > 0) {
    while (i >= 0 && isSpace(s.charCodeAt(i))) i--;
    if (i < 0) return out.reverse();
    const j = i;
    i--;
    while (i >= 0 && !isSpace(s.charCodeAt(i))) i--;
    out.push(s.slice(i + 1, j + 1));
  }
  if (i >= 0) {
    while (i >= 0 && isSpace(s.charCodeAt(i))) i--;
    if (i >= 0) out.push(s.slice(0, i + 1));
  }
  return out.reverse();
}

/** stringlib_split with a non-empty separator. */
export function split(s: string, sep: string, maxsplit: number): string[] {
  if (maxsplit < 0) return s.split(sep);
  const out: string[] = [];
  let i = 0;
  while (maxsplit-- > 0) {
    const j = s.indexOf(sep, i);
    if (j < 0) break;
    out.push(s.slice(i, j));
    i = j + sep.length;
  }
  out.push(s.slice(i));
  return out;
}

/** stringlib_rsplit with a non-empty separator. */
export function rsplit(s: string, sep: string, maxsplit: number): string[] {
  if (maxsplit < 0) return s.split(sep);
  const out: string[] = [];
  let j = s.length;
  while (maxsplit-- > 0) {
    const i = j - sep.length < 0 ? -1 : s.lastIndexOf(sep, j - sep.length);
    if (i < 0) break;
    out.push(s.slice(i + sep.length, j));
    j = i;
  }
  out.push(s.slice(0, j));
  return out.reverse();
}

/** stringlib_splitlines: breaks at \n, \r, \r\n and whatever else isLinebreak accepts. */
export function splitlines(s: string, keepends: boolean, isLinebreak: CharPred): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const j = i;
    while (i < n && !isLinebreak(s.charCodeAt(i))) i++;
    let eol = i;
    if (i < n) {
      if (s.charCodeAt(i) === 13 && i + 1 < n && s.charCodeAt(i + 1) === 10) i += 2;
      else i++;
      if (keepends) eol = i;
    }
    out.push(s.slice(j, eol));
  }
  return out;
}

/** Line breaks of bytes.splitlines: \n and \r only. */
export function isBytesLinebreak(c: number): boolean {
  return c === 10 || c === 13;
}

// ─── partition (partition.h) ──────────────────────────────────────────────────────────────────

/** stringlib_partition: [head, sep, tail] (sep non-empty). */
export function partition(s: string, sep: string): [string, string, string] {
  const i = s.indexOf(sep);
  if (i < 0) return [s, "", ""];
  return [s.slice(0, i), sep, s.slice(i + sep.length)];
}

/** stringlib_rpartition */
export function rpartition(s: string, sep: string): [string, string, string] {
  const i = s.lastIndexOf(sep);
  if (i < 0) return ["", "", s];
  return [s.slice(0, i), sep, s.slice(i + sep.length)];
}

// ─── strip (do_strip / do_argstrip) ───────────────────────────────────────────────────────────

export const LEFTSTRIP = 1;
export const RIGHTSTRIP = 2;
export const BOTHSTRIP = 3;

/** do_strip: strips characters for which isSpace holds. */
export function stripPred(s: string, which: number, isSpace: CharPred): string {
  let i = 0;
  let j = s.length;
  if (which & LEFTSTRIP) while (i < j && isSpace(s.charCodeAt(i))) i++;
  if (which & RIGHTSTRIP) while (j > i && isSpace(s.charCodeAt(j - 1))) j--;
  return i === 0 && j === s.length ? s : s.slice(i, j);
}

/** _PyUnicode_XStrip over units: strips characters that occur in `chars` (no astral ones). */
export function stripChars(s: string, which: number, chars: string): string {
  if (chars.length === 1) {
    const c = chars.charCodeAt(0);
    return stripPred(s, which, (x) => x === c);
  }
  return stripPred(s, which, (x) => chars.indexOf(String.fromCharCode(x)) >= 0);
}

// ─── replace (transmogrify.h / replace()) ─────────────────────────────────────────────────────

/** replace() with a non-empty `old`; count < 0 means all. */
export function replace(s: string, old: string, repl: string, maxcount: number): string {
  if (maxcount < 0) return s.replaceAll(old, () => repl);
  if (maxcount === 0) return s;
  let out = "";
  let i = 0;
  while (maxcount-- > 0) {
    const j = s.indexOf(old, i);
    if (j < 0) break;
    out += s.slice(i, j) + repl;
    i = j + old.length;
  }
  return i === 0 ? s : out + s.slice(i);
}

/** replace() with an empty `old` over a list of characters (code points for str, bytes for
 *  bytes): `repl` goes before each character and at the end, at most maxcount times. */
export function replaceEmpty(chars: string[], repl: string, maxcount: number): string {
  const n = chars.length;
  if (maxcount < 0 || maxcount > n + 1) maxcount = n + 1;
  let out = "";
  let k = 0;
  for (; k < maxcount && k < n; k++) out += repl + chars[k];
  if (k < maxcount) out += repl;
  for (; k < n; k++) out += chars[k];
  return out;
}

// ─── padding (transmogrify.h: pad, center, zfill, expandtabs) ─────────────────────────────────

/** pad(): `left` fill characters, s, then `right` ones. */
export function pad(s: string, left: number, right: number, fill: string): string {
  if (left <= 0 && right <= 0) return s;
  return (left > 0 ? fill.repeat(left) : "") + s + (right > 0 ? fill.repeat(right) : "");
}

/** stringlib_center's split of the margin. */
export function centerMargins(len: number, width: number): [number, number] {
  const marg = width - len;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return [left, marg - left];
}

/** stringlib_zfill: `fill` zeros after a leading sign (s has `len` characters). */
export function zfill(s: string, len: number, width: number): string {
  if (len >= width) return s;
  const fill = width - len;
  const c = s.charCodeAt(0);
  if (s.length > 0 && (c === 43 || c === 45)) return s[0] + "0".repeat(fill) + s.slice(1);
  return "0".repeat(fill) + s;
}

/** stringlib_expandtabs: columns count characters; `isAstralLow` skips the second half of a pair. */
export function expandtabs(s: string, tabsize: number, countsAsColumn: CharPred): string {
  let out = "";
  let col = 0;
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 9) {
      out += s.slice(last, i);
      last = i + 1;
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        out += " ".repeat(n);
        col += n;
      }
    } else {
      if (countsAsColumn(c)) col++;
      if (c === 10 || c === 13) col = 0;
    }
  }
  return last === 0 ? s : out + s.slice(last);
}

// ─── bytes-like predicates and case (bytes_methods.c / pyctype.h) ─────────────────────────────

export function isAsciiAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
export function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
export function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}
export function isAsciiUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
