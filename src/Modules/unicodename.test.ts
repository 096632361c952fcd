// Character names checked LIVE against the reference CPython: the name of every code point, and
// \N{...} lookups of every name (upper and lower case), every alias, every Hangul syllable and a
// set of malformed names.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { findCPython, cleanEnv } from "../../scripts/cpython";
import { _getcode, _getucname } from "./unicodename";

const SCRIPT = `
import json, sys, unicodedata as u
queries = json.load(sys.stdin)
names = [u.name(chr(c), None) for c in range(0x110000)]
def esc(q):
    try:
        s = eval('"\\\\N{' + q + '}"')
        return ord(s) if len(s) == 1 else -2
    except SyntaxError:
        return -1
json.dump({"names": names, "lookups": [esc(q) for q in queries]}, sys.stdout)
`;

test("_getucname and _getcode agree with CPython's unicodedata and \\N{} escapes", () => {
  const aliases = readFileSync(resolve(__dirname, "unicodename_aliases.txt"), "utf8")
    .split("\n")
    .filter((l) => l && !l.startsWith("#"))
    .map((l) => l.split(";")[1]);
  const extra = [
    "hangul syllable ga",
    "HANGUL SYLLABLE ga",
    "HANGUL SYLLABLE GAX",
    "HANGUL SYLLABLE ",
    "CJK UNIFIED IDEOGRAPH-4e00",
    "CJK UNIFIED IDEOGRAPH-04E00",
    "CJK UNIFIED IDEOGRAPH-4E00",
    "CJK UNIFIED IDEOGRAPH-9FFF",
    "CJK UNIFIED IDEOGRAPH-20000",
    "CJK UNIFIED IDEOGRAPH-0020000",
    "cjk compatibility ideograph-f900",
    "CJK COMPATIBILITY IDEOGRAPH-0F900",
    "TANGUT IDEOGRAPH-17000",
    "NUSHU CHARACTER-1B170",
    "nushu character-1b170",
    "KHITAN SMALL SCRIPT CHARACTER-18B00",
    "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE",
    "latin small letter a ",
    "LATIN  SMALL LETTER A",
    "Latin Small Letter A",
    "NOPE",
    "zwj",
  ];
  // Ask CPython for every Hangul syllable name, all aliases and the extras; names of all code
  // points come back in the same run and are then looked up in both cases.
  const hangul: string[] = [];
  for (let c = 0xac00; c <= 0xd7a3; c++) hangul.push(_getucname(c) ?? "");
  const queries = [...aliases, ...extra, ...hangul];
  const py = findCPython();
  const want = JSON.parse(
    execFileSync(py.executable, ["-I", "-S", "-c", SCRIPT], { input: JSON.stringify(queries), encoding: "utf8", env: cleanEnv(), maxBuffer: 1 << 28 }),
  ) as { names: (string | null)[]; lookups: number[] };
  const fails: string[] = [];
  let named = 0;
  want.names.forEach((n, cp) => {
    if (fails.length > 20) return;
    const ours = _getucname(cp);
    if (ours !== n) fails.push(`name U+${cp.toString(16)}: CPython ${n}, ours ${ours}`);
    if (n !== null) {
      named++;
      // Every name CPython gives is found by \\N{} (3.11 names no Tangut ideographs, so all are).
      if (_getcode(n) !== cp) fails.push(`_getcode(${n}) = ${_getcode(n)}, want ${cp}`);
      if (!n.startsWith("HANGUL SYLLABLE") && !n.startsWith("CJK UNIFIED") && _getcode(n.toLowerCase()) !== cp) {
        fails.push(`_getcode(${n.toLowerCase()}) = ${_getcode(n.toLowerCase())}, want ${cp}`);
      }
    }
  });
  queries.forEach((q, i) => {
    const w = want.lookups[i] === -2 ? -1 : want.lookups[i];
    if (_getcode(q) !== w && fails.length < 40) fails.push(`\\N{${q}}: CPython ${w}, ours ${_getcode(q)}`);
  });
  expect(fails).toEqual([]);
  expect(named).toBeGreaterThan(100000);
}, 180_000);
