// Checks the generated character-type tables against the reference CPython, live: a sample of
// code points spread over the whole range (plus every ASCII and Latin-1 one) is asked of CPython
// and of unicodectype.ts, property by property.
import { execFileSync } from "node:child_process";
import { findCPython, cleanEnv } from "../../scripts/cpython";
import * as U from "./unicodectype";

const sample: number[] = [];
for (let cp = 0; cp < 0x300; cp++) sample.push(cp);
for (let cp = 0x300; cp < 0x110000; cp += 37) sample.push(cp);
// a few known troublemakers: final sigma, dotted I, ligatures, titlecase digraphs, U+1E030 (new after 14.0)
sample.push(0x3a3, 0x130, 0xfb00, 0x1c5, 0x1e030, 0x20ac, 0x200b, 0x2028, 0x1f600, 0xdc80, 0x10ffff, 0x2160, 0x3405, 0xbc, 0x1d7ce);

const PY = `
import sys, json, unicodedata, _sre
out = []
for cp in json.loads(sys.stdin.read()):
    c = chr(cp)
    out.append([c.isprintable(), c != '_' and c.isidentifier(), ('a' + c).isidentifier(), c.isalpha(),
                c.isdecimal(), c.isdigit(), c.isnumeric(), c.isspace(), c.islower(), c.isupper(),
                unicodedata.category(c) == 'Lt', len(('a' + c + 'b').splitlines()) == 2,
                unicodedata.decimal(c, -1), unicodedata.digit(c, -1), unicodedata.numeric(c, -1.0),
                [ord(x) for x in c.lower()], [ord(x) for x in c.upper()], [ord(x) for x in c.title()],
                [ord(x) for x in c.casefold()], _sre.unicode_tolower(cp)])
print(json.dumps(out))
`;

const cps = (s: string) => Array.from(s, (x) => x.codePointAt(0)!);

test("character types agree with the reference CPython on a sample of code points", () => {
  const py = findCPython();
  const expected = JSON.parse(
    execFileSync(py.executable, ["-I", "-S", "-c", PY], { input: JSON.stringify(sample), encoding: "utf8", env: cleanEnv(), maxBuffer: 1 << 26 }),
  ) as unknown[][];
  const mismatches: string[] = [];
  sample.forEach((cp, i) => {
    const got = [
      U._PyUnicode_IsPrintable(cp), U._PyUnicode_IsXidStart(cp), U._PyUnicode_IsXidContinue(cp), U._PyUnicode_IsAlpha(cp),
      U._PyUnicode_IsDecimalDigit(cp), U._PyUnicode_IsDigit(cp), U._PyUnicode_IsNumeric(cp), U._PyUnicode_IsWhitespace(cp),
      U._PyUnicode_IsLowercase(cp), U._PyUnicode_IsUppercase(cp), U._PyUnicode_IsTitlecase(cp), U._PyUnicode_IsLinebreak(cp),
      U._PyUnicode_ToDecimalDigit(cp), U._PyUnicode_ToDigit(cp), U._PyUnicode_ToNumeric(cp),
      cps(U._PyUnicode_ToLowerFull(cp)), cps(U._PyUnicode_ToUpperFull(cp)), cps(U._PyUnicode_ToTitleFull(cp)),
      cps(U._PyUnicode_ToFoldedFull(cp)), U._PyUnicode_ToLowercase(cp),
    ];
    if (JSON.stringify(got) !== JSON.stringify(expected[i])) {
      mismatches.push(`U+${cp.toString(16)}: got ${JSON.stringify(got)} expected ${JSON.stringify(expected[i])}`);
    }
  });
  expect(mismatches.slice(0, 10)).toEqual([]);
});

test("U+1E030 is not a letter in Unicode 14 (Node's ICU says it is)", () => {
  expect(U._PyUnicode_IsAlpha(0x1e030)).toBe(false);
  expect(U._PyUnicode_IsXidStart(0x1e030)).toBe(false);
  expect(U._PyUnicode_IsXidStart(0x41)).toBe(true);
});

test("Node's NFKC agrees with CPython's unicodedata (Unicode 14) on every identifier character", () => {
  // Identifiers are NFKC-normalized with Node's String.prototype.normalize; that is sound because
  // every character an identifier may hold (XID_Continue in Unicode 14) normalizes the same way.
  const py = findCPython();
  const expected = JSON.parse(
    execFileSync(py.executable, ["-I", "-S", "-c", `
import json, unicodedata
out = {}
for cp in range(0x110000):
    c = chr(cp)
    if ("a" + c).isidentifier():
        n = unicodedata.normalize("NFKC", c)
        if n != c:
            out[cp] = [ord(x) for x in n]
print(json.dumps(out))
`], { encoding: "utf8", env: cleanEnv(), maxBuffer: 1 << 26 }),
  ) as Record<string, number[]>;
  const mismatches: string[] = [];
  let changed = 0;
  for (let cp = 0; cp < 0x110000; cp++) {
    if (!U._PyUnicode_IsXidContinue(cp)) continue;
    const c = String.fromCodePoint(cp);
    const n = c.normalize("NFKC");
    const want = expected[cp] ? String.fromCodePoint(...expected[cp]) : c;
    if (n !== c) changed++;
    if (n !== want) mismatches.push(`U+${cp.toString(16)}`);
  }
  expect(mismatches.slice(0, 20)).toEqual([]);
  expect(changed).toBe(Object.keys(expected).length);
});
