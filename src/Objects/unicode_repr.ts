// repr() of str and bytes, as CPython 3.11 writes them: unicode_repr in Objects/unicodeobject.c
// and PyBytes_Repr in Objects/bytesobject.c. Shared by the AST dumper and the runtime.
import { _PyUnicode_IsPrintable } from "./unicodectype";

const HEX = "0123456789abcdef";

function hex(n: number, width: number): string {
  let s = "";
  for (let i = width - 1; i >= 0; i--) s += HEX[(n >>> (4 * i)) & 0xf];
  return s;
}

/** The quote repr() puts around a literal: ' unless the text holds ' and no ". */
function chooseQuote(hasSingle: boolean, hasDouble: boolean): number {
  return hasSingle && !hasDouble ? 0x22 : 0x27;
}

/**
 * repr(s) for a str held as a JS string (UTF-16; a surrogate pair is one astral character, a lone
 * surrogate stands for itself). Follows unicode_repr.
 */
export function unicode_repr(s: string): string {
  const quote = chooseQuote(s.includes("'"), s.includes('"'));
  const q = String.fromCharCode(quote);
  // Fast path: printable ASCII without quote or backslash needs no escapes.
  let simple = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c >= 0x7f || c === quote || c === 0x5c) {
      simple = false;
      break;
    }
  }
  if (simple) return q + s + q;
  let out = q;
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        i++;
      }
    }
    out += escapeCodePoint(cp, quote);
  }
  return out + q;
}

/** repr() of a str given as code points (for strs a JS string cannot hold, see CodePointString). */
export function unicode_repr_codepoints(cps: ArrayLike<number>): string {
  let hasSingle = false;
  let hasDouble = false;
  for (let i = 0; i < cps.length; i++) {
    if (cps[i] === 0x27) hasSingle = true;
    else if (cps[i] === 0x22) hasDouble = true;
  }
  const quote = chooseQuote(hasSingle, hasDouble);
  const q = String.fromCharCode(quote);
  let out = q;
  for (let i = 0; i < cps.length; i++) out += escapeCodePoint(cps[i], quote);
  return out + q;
}

/** One code point as unicode_repr writes it inside `quote`. */
function escapeCodePoint(cp: number, quote: number): string {
  if (cp === quote || cp === 0x5c) return "\\" + String.fromCharCode(cp);
  if (cp === 0x09) return "\\t";
  if (cp === 0x0a) return "\\n";
  if (cp === 0x0d) return "\\r";
  if (cp < 0x20 || cp === 0x7f) return "\\x" + hex(cp, 2);
  if (cp < 0x7f) return String.fromCharCode(cp);
  if (_PyUnicode_IsPrintable(cp)) return String.fromCodePoint(cp);
  if (cp <= 0xff) return "\\x" + hex(cp, 2);
  if (cp <= 0xffff) return "\\u" + hex(cp, 4);
  return "\\U" + hex(cp, 8);
}

/** repr(b) for bytes (PyBytes_Repr with smartquotes). */
export function bytes_repr(b: Uint8Array): string {
  return "b" + bytes_repr_body(b);
}

/** The quoted part of a bytes repr, without the `b` (bytearray's repr wraps it differently). */
export function bytes_repr_body(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 0x27) hasSingle = true;
    else if (b[i] === 0x22) hasDouble = true;
  }
  const quote = chooseQuote(hasSingle, hasDouble);
  const q = String.fromCharCode(quote);
  let out = q;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c === quote || c === 0x5c) out += "\\" + String.fromCharCode(c);
    else if (c === 0x09) out += "\\t";
    else if (c === 0x0a) out += "\\n";
    else if (c === 0x0d) out += "\\r";
    else if (c < 0x20 || c >= 0x7f) out += "\\x" + hex(c, 2);
    else out += String.fromCharCode(c);
  }
  return out + q;
}
