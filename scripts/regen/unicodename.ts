// Generates src/Modules/unicodename_db.ts: the character names of the reference CPython's
// `unicodedata` (Unicode 14.0) as \N{...} and unicodedata.lookup() accept them — the role of
// CPython's Modules/unicodename_db.h, encoded our own way:
//  - names stored explicitly: the code points in order, each name as words shared with the
//    previous name plus new words, words numbered by frequency, all as varints in base64;
//  - runs of "PREFIX-<hex of the code point>" names stored as ranges;
//  - Hangul syllables and CJK unified ideographs computed, as CPython does, from the jamo short
//    names and the ideograph ranges (both taken from the live unicodedata here);
//  - the aliases of src/Modules/unicodename_aliases.txt, each checked against the live lookup().
// The generator checks that every name it stores is found by the live `unicodedata.lookup` in
// upper and lower case, and drops (and counts) those that are not (3.11 names Tangut ideographs
// nowhere, for instance).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { findCPython, cleanEnv } from "../cpython";

const ALIASES = resolve(__dirname, "..", "..", "src", "Modules", "unicodename_aliases.txt");

const DUMP = `
import json, sys, unicodedata as u
aliases = json.load(sys.stdin)
names = []
cjk = []
for cp in range(0x110000):
    n = u.name(chr(cp), None)
    if n is None:
        continue
    if n.startswith("CJK UNIFIED IDEOGRAPH-"):
        if cjk and cjk[-1][1] == cp - 1:
            cjk[-1][1] = cp
        else:
            cjk.append([cp, cp])
        continue
    if n.startswith("HANGUL SYLLABLE "):
        continue
    def ok(s):
        try:
            return u.lookup(s) == chr(cp)
        except KeyError:
            return False
    names.append([cp, n, ok(n) and ok(n.lower())])
# Jamo short names, read back from the syllables' own names: syllable(l, v, t) = L[l] + V[v] + T[t],
# with V[0] = "A" and T[0] = "", L[0] = "G".
base = 0xAC00
pre = "HANGUL SYLLABLE "
def sy(i): return u.name(chr(base + i))[len(pre):]
L = [sy(l * 588)[:-1] for l in range(19)]
V = [sy(v * 28)[1:] for v in range(21)]
T = [sy(t)[2:] for t in range(28)]
checked = []
for name, cp in aliases:
    try:
        checked.append([name, cp, u.lookup(name) == chr(cp)])
    except KeyError:
        checked.append([name, cp, False])
json.dump({"version": u.unidata_version, "names": names, "cjk": cjk, "L": L, "V": V, "T": T, "aliases": checked}, sys.stdout)
`;

interface Dump {
  version: string;
  names: [number, string, boolean][];
  cjk: [number, number][];
  L: string[];
  V: string[];
  T: string[];
  aliases: [string, number, boolean][];
}

function readAliases(): [string, number][] {
  const out: [string, number][] = [];
  for (const line of readFileSync(ALIASES, "utf8").split("\n")) {
    if (!line || line.startsWith("#")) continue;
    const [cp, name] = line.split(";");
    out.push([name, parseInt(cp, 16)]);
  }
  return out;
}

function varint(out: number[], n: number): void {
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n);
}

export function generateUnicodeNameDb(): string {
  const py = findCPython();
  const aliases = readAliases();
  const d = JSON.parse(
    execFileSync(py.executable, ["-I", "-S", "-c", DUMP], {
      input: JSON.stringify(aliases),
      encoding: "utf8",
      env: cleanEnv(),
      maxBuffer: 1 << 28,
    }),
  ) as Dump;
  const badAliases = d.aliases.filter((a) => !a[2]);
  if (badAliases.length) throw new Error(`unicodename_aliases.txt: CPython does not accept ${badAliases.map((a) => a[0]).join(", ")}`);

  // Split names into ranges of PREFIX-HEX and explicit names.
  const ranges: [string, number, number][] = [];
  const explicit: [number, string][] = [];
  let dropped = 0;
  for (const [cp, name, ok] of d.names) {
    if (!ok) {
      dropped++;
      continue;
    }
    const m = /^(.*)-([0-9A-F]{4,6})$/.exec(name);
    if (m && parseInt(m[2], 16) === cp && m[2] === cp.toString(16).toUpperCase().padStart(4, "0")) {
      const last = ranges[ranges.length - 1];
      if (last && last[0] === m[1] && last[2] === cp - 1) last[2] = cp;
      else ranges.push([m[1], cp, cp]);
      continue;
    }
    explicit.push([cp, name]);
  }

  // Words by frequency.
  const freq = new Map<string, number>();
  for (const [, name] of explicit) for (const w of name.split(" ")) freq.set(w, (freq.get(w) ?? 0) + 1);
  const words = [...freq.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map((e) => e[0]);
  const index = new Map(words.map((w, i) => [w, i]));

  const bytes: number[] = [];
  let prevCp = -1;
  let prevWords: string[] = [];
  for (const [cp, name] of explicit) {
    const ws = name.split(" ");
    let shared = 0;
    while (shared < ws.length && shared < prevWords.length && ws[shared] === prevWords[shared]) shared++;
    varint(bytes, cp - prevCp - 1);
    varint(bytes, shared);
    varint(bytes, ws.length - shared);
    for (let k = shared; k < ws.length; k++) varint(bytes, index.get(ws[k])!);
    prevCp = cp;
    prevWords = ws;
  }
  const b64 = Buffer.from(bytes).toString("base64");

  const lines: string[] = [];
  lines.push(`// GENERATED by \`npm run regen\` from the reference CPython's unicodedata (Unicode ${d.version}) and`);
  lines.push("// src/Modules/unicodename_aliases.txt (scripts/regen/unicodename.ts). Do not edit by hand.");
  lines.push(`// ${explicit.length} names stored as words, ${ranges.length} ranges of PREFIX-HEX names, ${d.aliases.length} aliases;`);
  lines.push(`// ${dropped} names that 3.11's lookup does not find are left out. Read by src/Modules/unicodename.ts.`);
  lines.push("");
  lines.push(`export const UNIDATA_VERSION = ${JSON.stringify(d.version)};`);
  lines.push("");
  lines.push("/** Words of the explicit names, most frequent first, separated by spaces. */");
  lines.push(`export const WORDS = ${JSON.stringify(words.join(" "))};`);
  lines.push("");
  lines.push("/** Per named code point in order, varints: code point gap - 1, words kept from the previous name, new word count, new word numbers. */");
  lines.push(`export const NAMES_B64 = ${JSON.stringify(b64)};`);
  lines.push("");
  lines.push("/** [prefix, first, last]: code points named prefix + '-' + the code point in upper-case hex (at least 4 digits). */");
  lines.push(`export const HEX_RANGES: readonly (readonly [string, number, number])[] = ${JSON.stringify(ranges)};`);
  lines.push("");
  lines.push("/** Ranges of CJK UNIFIED IDEOGRAPH-XXXX (CPython's is_unified_ideograph). */");
  lines.push(`export const CJK_UNIFIED: readonly (readonly [number, number])[] = ${JSON.stringify(d.cjk)};`);
  lines.push("");
  lines.push("/** Jamo short names of Hangul syllable names: leading consonants, vowels, trailing consonants. */");
  lines.push(`export const JAMO_L: readonly string[] = ${JSON.stringify(d.L)};`);
  lines.push(`export const JAMO_V: readonly string[] = ${JSON.stringify(d.V)};`);
  lines.push(`export const JAMO_T: readonly string[] = ${JSON.stringify(d.T)};`);
  lines.push("");
  lines.push("/** Name aliases: [alias, code point]. */");
  lines.push(`export const ALIASES: readonly (readonly [string, number])[] = ${JSON.stringify(aliases)};`);
  lines.push("");
  return lines.join("\n");
}
