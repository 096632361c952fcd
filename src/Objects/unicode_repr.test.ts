// repr of str and bytes compared LIVE with the reference CPython: every code point (in chunks of
// 256 consecutive ones), quote choices, surrogates, and random bytes, in one CPython run.
import { execFileSync } from "node:child_process";
import { findCPython, cleanEnv } from "../../scripts/cpython";
import { unicode_repr, unicode_repr_codepoints, bytes_repr } from "./unicode_repr";

let seed = 12345;
function rand(n: number): number {
  seed = (seed * 1103515245 + 12345) >>> 0;
  return (seed >>> 8) % n;
}

const SCRIPT = `
import json, sys
data = json.load(sys.stdin)
chunks = [repr("".join(chr(c) for c in range(a, min(a + 256, 0x110000)))) for a in range(0, 0x110000, 256)]
strs = [repr(s) for s in data["strs"]]
byts = [repr(bytes(b)) for b in data["bytes"]]
json.dump({"chunks": chunks, "strs": strs, "bytes": byts}, sys.stdout)
`;

test("unicode_repr and bytes_repr match CPython", () => {
  const strs = [
    "",
    "abc",
    "it's",
    'say "hi"',
    `both ' and "`,
    "back\\slash",
    "\t\n\r\x00\x7f\x80\xa0\xad\xff",
    "\u0100\u2028\ufeff\uffff",
    "\ud800",
    "x\udfffy",
    "\ud83d\ude00",
    "\u{10ffff}\u{e0001}\u{1f600}",
  ];
  for (let i = 0; i < 300; i++) {
    let s = "";
    const n = rand(12);
    for (let j = 0; j < n; j++) {
      const r = rand(6);
      const cp = r === 0 ? rand(128) : r === 1 ? rand(0x300) : r === 2 ? rand(0x10000) : r === 3 ? rand(0x110000) : r === 4 ? 0x27 : 0x22;
      s += String.fromCodePoint(cp);
    }
    strs.push(s);
  }
  const bytes: number[][] = [[], [0x27], [0x22], [0x27, 0x22], [0x5c, 0x09, 0x0a, 0x0d, 0x00, 0x7f, 0x80, 0xff]];
  for (let i = 0; i < 300; i++) bytes.push(Array.from({ length: rand(10) }, () => (rand(3) === 0 ? [0x27, 0x22, 0x5c][rand(3)] : rand(256))));
  const py = findCPython();
  const want = JSON.parse(
    execFileSync(py.executable, ["-I", "-S", "-c", SCRIPT], {
      input: JSON.stringify({ strs, bytes }),
      env: cleanEnv(),
      maxBuffer: 1 << 30,
      encoding: "utf8",
    }),
  ) as { chunks: string[]; strs: string[]; bytes: string[] };
  const fails: string[] = [];
  want.chunks.forEach((w, i) => {
    let s = "";
    for (let c = i * 256; c < Math.min(i * 256 + 256, 0x110000); c++) s += String.fromCodePoint(c);
    if (unicode_repr(s) !== w && fails.length < 10) fails.push(`chunk U+${(i * 256).toString(16)}`);
  });
  want.strs.forEach((w, i) => {
    if (unicode_repr(strs[i]) !== w && fails.length < 20) fails.push(`${JSON.stringify(strs[i])}: CPython ${w}, ours ${unicode_repr(strs[i])}`);
  });
  want.strs.forEach((w, i) => {
    const cps = Array.from(strs[i], (c) => c.codePointAt(0)!);
    if (unicode_repr_codepoints(cps) !== w && fails.length < 25) fails.push(`codepoints ${JSON.stringify(strs[i])}: CPython ${w}`);
  });
  want.bytes.forEach((w, i) => {
    const got = bytes_repr(Uint8Array.from(bytes[i]));
    if (got !== w && fails.length < 30) fails.push(`bytes ${bytes[i]}: CPython ${w}, ours ${got}`);
  });
  expect(fails).toEqual([]);
  expect(want.chunks.length).toBe(0x1100);
});
