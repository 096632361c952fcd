// Character names: lookup by name for \N{...} escapes (and later unicodedata.lookup/name), as
// CPython's Modules/unicodedata.c (_getcode, _getucname, find_syllable) answers them, over the
// tables generated into unicodename_db.ts. Names are matched ignoring ASCII case, except the
// computed Hangul syllable and CJK unified ideograph names, which CPython matches exactly.
import { ALIASES, CJK_UNIFIED, HEX_RANGES, JAMO_L, JAMO_T, JAMO_V, NAMES_B64, WORDS } from "./unicodename_db";

const SBase = 0xac00;
const VCount = 21;
const TCount = 28;
const NCount = VCount * TCount;
const SCount = 19 * NCount;

let byName: Map<string, number> | null = null;
let byCode: Map<number, string> | null = null;

function load(): void {
  if (byName) return;
  const words = WORDS.split(" ");
  const bytes = Buffer.from(NAMES_B64, "base64");
  byName = new Map();
  byCode = new Map();
  let p = 0;
  const next = (): number => {
    let n = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[p++];
      n += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return n;
      shift += 7;
    }
  };
  let cp = -1;
  let prev: string[] = [];
  while (p < bytes.length) {
    cp += next() + 1;
    const shared = next();
    const count = next();
    const ws = prev.slice(0, shared);
    for (let k = 0; k < count; k++) ws.push(words[next()]);
    const name = ws.join(" ");
    byName.set(name, cp);
    byCode.set(cp, name);
    prev = ws;
  }
  for (const [name, code] of ALIASES) byName.set(name, code);
}

/** Longest jamo short name at `pos` in `name` (find_syllable); returns [index, length]. */
function find_syllable(name: string, pos: number, table: readonly string[]): [number, number] {
  let best = -1;
  let len = -1;
  for (let i = 0; i < table.length; i++) {
    const j = table[i];
    if (j.length > len && name.startsWith(j, pos)) {
      best = i;
      len = j.length;
    }
  }
  return [best, len];
}

function isUnifiedIdeograph(cp: number): boolean {
  for (const [a, b] of CJK_UNIFIED) if (cp >= a && cp <= b) return true;
  return false;
}

/** The code point named `name`, or -1 (CPython's _getcode without named sequences). */
export function _getcode(name: string): number {
  // Hangul syllables, matched exactly.
  if (name.startsWith("HANGUL SYLLABLE ")) {
    let pos = 16;
    const [L, ll] = find_syllable(name, pos, JAMO_L);
    pos += ll;
    const [V, vl] = find_syllable(name, pos, JAMO_V);
    pos += vl;
    const [T, tl] = find_syllable(name, pos, JAMO_T);
    pos += tl;
    if (L !== -1 && V !== -1 && T !== -1 && pos === name.length) return SBase + (L * VCount + V) * TCount + T;
  }
  // CJK unified ideographs: four or five upper-case hex digits, matched exactly.
  if (name.startsWith("CJK UNIFIED IDEOGRAPH-")) {
    const hex = name.slice(22);
    if ((hex.length !== 4 && hex.length !== 5) || !/^[0-9A-F]+$/.test(hex)) return -1;
    const v = parseInt(hex, 16);
    return isUnifiedIdeograph(v) ? v : -1;
  }
  // The rest ignores ASCII case.
  let upper = "";
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    upper += c >= 0x61 && c <= 0x7a ? String.fromCharCode(c - 32) : name[i];
  }
  load();
  const hit = byName!.get(upper);
  if (hit !== undefined) return hit;
  const dash = upper.lastIndexOf("-");
  if (dash > 0) {
    const prefix = upper.slice(0, dash);
    const hex = upper.slice(dash + 1);
    if (/^[0-9A-F]{4,6}$/.test(hex)) {
      const v = parseInt(hex, 16);
      for (const [pfx, a, b] of HEX_RANGES) {
        if (pfx === prefix && v >= a && v <= b && hex === v.toString(16).toUpperCase().padStart(4, "0")) return v;
      }
    }
  }
  return -1;
}

/** The name of code point `cp`, or null (CPython's _getucname without aliases). */
export function _getucname(cp: number): string | null {
  if (cp >= SBase && cp < SBase + SCount) {
    const s = cp - SBase;
    return "HANGUL SYLLABLE " + JAMO_L[Math.floor(s / NCount)] + JAMO_V[Math.floor((s % NCount) / TCount)] + JAMO_T[s % TCount];
  }
  if (isUnifiedIdeograph(cp)) return "CJK UNIFIED IDEOGRAPH-" + cp.toString(16).toUpperCase();
  load();
  const n = byCode!.get(cp);
  if (n !== undefined) return n;
  for (const [pfx, a, b] of HEX_RANGES) if (cp >= a && cp <= b) return `${pfx}-${cp.toString(16).toUpperCase().padStart(4, "0")}`;
  return null;
}
