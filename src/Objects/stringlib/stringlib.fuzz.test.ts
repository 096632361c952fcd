// Randomized differential test of the shared string algorithms: seeded random strings (ASCII,
// whitespace of every kind, cased and astral characters) and random method calls on str and
// bytes, each compared with the reference CPython in one launch.
import { liveMismatches } from "./livecompare";

/** A small seeded PRNG (mulberry32), so a failure reproduces. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STR_ALPHABET = ["a", "b", "A", " ", "\\t", "\\n", "\\r", "\\x1c", "\\x85", "\\u3000", "Σ", "ß", "é", "\\U0001F600", "-", "ab", "\\u2028"];
const BYTES_ALPHABET = ["a", "b", "A", " ", "\\t", "\\n", "\\r", "\\x0b", "\\x85", "\\xff", "-", "ab", "\\x00"];

function makeCases(seed: number, n: number): string[] {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const int = (lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
  const text = (alpha: string[], max: number): string => {
    let s = "";
    for (let i = int(0, max); i > 0; i--) s += pick(alpha);
    return s;
  };
  const out: string[] = [];
  for (let k = 0; k < n; k++) {
    const bytes = r() < 0.35;
    const alpha = bytes ? BYTES_ALPHABET : STR_ALPHABET;
    const q = (s: string): string => (bytes ? `b'${s}'` : `'${s}'`);
    const s = q(text(alpha, 12));
    const sub = q(text(alpha, 2));
    const i = int(-15, 15);
    const j = int(-15, 15);
    const calls = [
      `${s}.split()`, `${s}.split(None, ${int(-1, 3)})`, `${s}.rsplit(None, ${int(-1, 3)})`, `${s}.split(${sub})`, `${s}.rsplit(${sub}, ${int(-1, 3)})`,
      `${s}.split(${sub}, ${int(-1, 3)})`, `${s}.find(${sub}, ${i}, ${j})`, `${s}.rfind(${sub}, ${i})`, `${s}.count(${sub}, ${i}, ${j})`,
      `${s}.replace(${sub}, ${q(text(alpha, 2))}, ${int(-1, 3)})`, `${s}.strip()`, `${s}.strip(${sub})`, `${s}.lstrip(${sub})`, `${s}.rstrip()`,
      `${s}.partition(${sub})`, `${s}.rpartition(${sub})`, `${s}.splitlines(${pick(["True", "False"])})`, `${s}[${i}:${j}:${pick([1, 2, -1, -3])}]`,
      `${s}.startswith(${sub}, ${i}, ${j})`, `${s}.endswith((${sub}, ${q(text(alpha, 1))}), ${i})`, `${s}.center(${int(0, 20)}, ${q("*")})`,
      `${s}.expandtabs(${int(0, 6)})`, `${s}.title()`, `${s}.swapcase()`, `${s}.lower()`, `${s}.upper()`, `${s}.capitalize()`, `${s}.istitle()`,
      `${s}.zfill(${int(0, 15)})`, `${s}.index(${sub})`, `${sub}.join([${s}, ${s}])`, `${s}.removeprefix(${sub})`, `len(${s})`, `${s}[${i}]`,
    ];
    out.push(pick(calls));
  }
  return out;
}

test("stringlib on random str and bytes agrees with CPython (seed 1, 1500 calls)", () => {
  expect(liveMismatches(makeCases(1, 1500))).toEqual([]);
});

test("stringlib on random str and bytes agrees with CPython (seed 2, 1500 calls)", () => {
  expect(liveMismatches(makeCases(2, 1500))).toEqual([]);
});
