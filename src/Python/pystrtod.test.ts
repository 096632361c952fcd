// PyOS_double_to_string compared LIVE with the reference CPython over a few thousand doubles
// (random bit patterns, exact binary ties, subnormals, powers of ten and their neighbours, integers)
// and every format code at many precisions, in one CPython run.
import { execFileSync } from "node:child_process";
import { findCPython, cleanEnv } from "../../scripts/cpython";
import { PyOS_double_to_string, PyOS_string_to_double, float_repr, DoubleFormatCode } from "./pystrtod";

// A small deterministic PRNG (xorshift32), so failures reproduce.
let seed = 0x9e3779b9;
function rand32(): number {
  seed ^= seed << 13;
  seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  seed >>>= 0;
  return seed;
}

const F = new Float64Array(1);
const U = new Uint32Array(F.buffer);
function fromBits(hi: number, lo: number): number {
  U[1] = hi >>> 0;
  U[0] = lo >>> 0;
  return F[0];
}
function bitsHex(x: number): string {
  F[0] = x;
  return U[1].toString(16).padStart(8, "0") + U[0].toString(16).padStart(8, "0");
}

function values(): number[] {
  const v: number[] = [0, -0, Infinity, -Infinity, NaN, 1, -1, 0.1, 0.5, 1.5, 2.5, 0.125, 0.375, 1e16, 2e16 + 8, 1e22, 1e23];
  v.push(5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308, Number.MAX_SAFE_INTEGER);
  for (let i = 0; i < 1500; i++) {
    const x = fromBits(rand32(), rand32());
    if (Number.isFinite(x)) v.push(x);
  }
  // Exact binary ties at many decimal positions: k / 2**n and k + 0.5 etc.
  for (let i = 0; i < 400; i++) {
    const n = 1 + (rand32() % 30);
    const k = rand32() % 100000;
    v.push(k / 2 ** n, -(k + 0.5), (2 * k + 1) / 2 ** n);
  }
  for (let e = -325; e <= 308; e += 1) {
    const p = Number(`1e${e}`);
    v.push(p);
    if (p !== 0) v.push(p * (1 + Number.EPSILON), p * (1 - Number.EPSILON / 2));
  }
  for (let i = 0; i < 200; i++) v.push(fromBits(rand32() & 0x000fffff, rand32())); // subnormals
  for (let i = 0; i < 200; i++) v.push((rand32() % 1000000) * (rand32() % 2 ? 1 : -1));
  for (let i = 0; i < 100; i++) v.push(0.5 + (rand32() % 40), (rand32() % 1000) + 0.05, 9.995 + i / 100);
  return v;
}

// Each case: [spec as CPython sees it, how we format it]. Kinds: "%" printf-style, "fmt" format().
type Case = { py: string; ours: (x: number) => string };
function cases(): Case[] {
  const out: Case[] = [{ py: "repr", ours: float_repr }];
  const codes: DoubleFormatCode[] = ["e", "f", "g", "E", "F", "G"];
  const precs: Record<string, number[]> = {
    e: [0, 1, 2, 3, 5, 10, 16, 17, 20, 30, 120],
    f: [0, 1, 2, 3, 6, 17, 30, 110],
    g: [0, 1, 2, 5, 6, 10, 16, 17, 25, 105],
  };
  for (const code of codes) {
    for (const p of precs[code.toLowerCase()]) {
      out.push({ py: `%.${p}${code}`, ours: (x) => PyOS_double_to_string(x, code, p) });
    }
    for (const p of [0, 3, 17]) {
      out.push({ py: `%#.${p}${code}`, ours: (x) => PyOS_double_to_string(x, code, p, { alt: true }) });
      out.push({ py: `%+.${p}${code}`, ours: (x) => PyOS_double_to_string(x, code, p, { sign: true }) });
    }
  }
  for (const p of [1, 2, 3, 12, 17, 20]) {
    out.push({ py: `fmt:.${p}`, ours: (x) => PyOS_double_to_string(x, "g", p, { addDotZero: true }) });
  }
  for (const p of [0, 2, 5]) {
    out.push({ py: `fmt:.${p}%`, ours: (x) => PyOS_double_to_string(x, "%", p) });
    out.push({ py: `fmt:z.${p}f`, ours: (x) => PyOS_double_to_string(x, "f", p, { noNegZero: true }) });
    out.push({ py: `fmt:z.${p}e`, ours: (x) => PyOS_double_to_string(x, "e", p, { noNegZero: true }) });
    out.push({ py: `fmt:z.${p}g`, ours: (x) => PyOS_double_to_string(x, "g", p, { noNegZero: true }) });
  }
  return out;
}

const SCRIPT = `
import json, struct, sys
data = json.load(sys.stdin)
out = []
for h in data["values"]:
    x = struct.unpack(">d", bytes.fromhex(h))[0]
    row = []
    for spec in data["specs"]:
        if spec == "repr":
            row.append(repr(x))
        elif spec.startswith("fmt:"):
            row.append(format(x, spec[4:]))
        else:
            row.append(spec % x)
    out.append(row)
json.dump(out, sys.stdout)
`;

test("PyOS_double_to_string matches CPython (repr, %e %f %g at many precisions, #, +, z, %, ADD_DOT_0)", () => {
  const vs = values();
  const cs = cases();
  const py = findCPython();
  const input = JSON.stringify({ values: vs.map(bitsHex), specs: cs.map((c) => c.py) });
  const expected = JSON.parse(
    execFileSync(py.executable, ["-I", "-S", "-c", SCRIPT], { input, env: cleanEnv(), maxBuffer: 1 << 30, encoding: "utf8" }),
  ) as string[][];
  const failures: string[] = [];
  let compared = 0;
  vs.forEach((x, i) => {
    cs.forEach((c, j) => {
      compared++;
      const got = c.ours(x);
      if (got !== expected[i][j] && failures.length < 20) failures.push(`${c.py} of ${bitsHex(x)} (${x}): CPython ${expected[i][j]}, ours ${got}`);
    });
  });
  expect(failures).toEqual([]);
  expect(compared).toBeGreaterThan(100000);
}, 180_000);

test("repr and %.17g of 40,000 random doubles match CPython", () => {
  const vs: number[] = [];
  while (vs.length < 40000) {
    const x = fromBits(rand32(), rand32());
    if (Number.isFinite(x)) vs.push(x);
  }
  const SWEEP = `
import json, struct, sys
out = []
for h in json.load(sys.stdin):
    x = struct.unpack(">d", bytes.fromhex(h))[0]
    out.append([repr(x), "%.17g" % x])
json.dump(out, sys.stdout)
`;
  const want = JSON.parse(
    execFileSync(findCPython().executable, ["-I", "-S", "-c", SWEEP], {
      input: JSON.stringify(vs.map(bitsHex)),
      env: cleanEnv(),
      maxBuffer: 1 << 30,
      encoding: "utf8",
    }),
  ) as [string, string][];
  const fails: string[] = [];
  vs.forEach((x, i) => {
    const r = float_repr(x);
    const g = PyOS_double_to_string(x, "g", 17);
    if ((r !== want[i][0] || g !== want[i][1]) && fails.length < 10) fails.push(`${bitsHex(x)}: CPython ${want[i]}, ours ${[r, g]}`);
  });
  expect(fails).toEqual([]);
}, 180_000);

test("PyOS_string_to_double", () => {
  expect(PyOS_string_to_double("1.5")).toBe(1.5);
  expect(PyOS_string_to_double("-.5e-3")).toBe(-0.0005);
  expect(PyOS_string_to_double("1.")).toBe(1);
  expect(PyOS_string_to_double("1e400")).toBe(Infinity);
  expect(PyOS_string_to_double("-Infinity")).toBe(-Infinity);
  expect(Number.isNaN(PyOS_string_to_double("nAn"))).toBe(true);
  for (const bad of ["", ".", "e5", "1e", "1_0", " 1", "0x10", "infinit", "1.5.2"]) {
    expect(PyOS_string_to_double(bad)).toBeUndefined();
  }
  expect(() => PyOS_double_to_string(1, "r", 3)).toThrow(RangeError);
});
