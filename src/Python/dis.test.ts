// Our disassembler against CPython's dis.dis, live, on code objects compiled from the same source
// (code object addresses aside).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { findCPython, cleanEnv } from "../../scripts/cpython";
import { parse } from "../Parser/parse";
import { compileAST } from "./compile";
import { dis } from "./dis";

const PY = findCPython();
const SOURCES: [string, string][] = [
  ["<a>", "x = 1.5 + 2j\ny = (1, 'a', b'b', None, ..., -0.0, 1e100, 10**30)\nif x in {1, 2}:\n    print(f'{x!r:>{y}}')\n"],
  ["<b>", "def f(a, *b, c=1, **d):\n    try:\n        return [i for i in a if i]\n    except E as e:\n        raise X from e\n    finally:\n        del a\nclass C(B):\n    def m(self): return super().m()\n"],
  ["<c>", "match p:\n    case [1, *r]: pass\n    case {'k': v}: pass\nasync def g():\n    async with a as b:\n        await b\n" + Array.from({ length: 300 }, (_, i) => `v${i} = ${i}`).join("\n") + "\n"],
  ["functools.py", readFileSync(join(PY.stdlib, "functools.py"), "utf8")],
];

const DIS_PY = `
import dis, io, json, sys, re
out = []
for name, src in json.loads(sys.stdin.read()):
    f = io.StringIO()
    dis.dis(compile(src, name, "exec", dont_inherit=True), file=f)
    out.append(f.getvalue())
print(json.dumps(out))
`;

test("dis output matches CPython's dis.dis", () => {
  const expected = JSON.parse(
    execFileSync(PY.executable, ["-I", "-S", "-c", DIS_PY], { input: JSON.stringify(SOURCES), encoding: "utf8", env: cleanEnv(), maxBuffer: 1 << 28 }),
  ) as string[];
  const norm = (s: string) => s.replace(/ at 0x[0-9a-f]+/g, " at 0x?");
  SOURCES.forEach(([name, src], i) => {
    const got = dis(compileAST(parse(src, name, "exec"), name));
    expect(norm(got)).toBe(norm(expected[i]));
  });
});
