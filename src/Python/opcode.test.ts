// Compares every stack effect of our opcode table with CPython's dis.stack_effect, live.
import { execFileSync } from "node:child_process";
import { findCPython, cleanEnv } from "../../scripts/cpython";
import { opinfo, stackEffect, hasArg } from "./opcode";
import { opname } from "./opcode_ids";

const OPARGS = [0, 1, 2, 3, 4, 5, 7, 8, 15, 0x103, 0x1ff, 255, 256, 1000];

test("stack effects agree with dis.stack_effect for every real opcode", () => {
  const py = findCPython();
  const script = `
import dis, json, sys
out = {}
for op in range(256):
    name = dis.opname[op]
    if name.startswith('<') or name == 'CACHE': continue
    for oparg in ${JSON.stringify(OPARGS)} if op >= dis.HAVE_ARGUMENT else [None]:
        for jump in (None, True, False):
            try:
                out[f"{op},{oparg},{jump}"] = dis.stack_effect(op, oparg, jump=jump)
            except ValueError:
                out[f"{op},{oparg},{jump}"] = None
print(json.dumps(out))
`;
  const expected = JSON.parse(execFileSync(py.executable, ["-I", "-S", "-c", script], { encoding: "utf8", env: cleanEnv() })) as Record<string, number | null>;
  const mismatches: string[] = [];
  let checked = 0;
  for (const [key, want] of Object.entries(expected)) {
    const [opS, opargS, jumpS] = key.split(",");
    const op = Number(opS);
    const oparg = opargS === "None" ? 0 : Number(opargS);
    if (!opinfo[op]) {
      if (want !== null) mismatches.push(`${opname[op]} missing from table`);
      continue;
    }
    if (want === null) continue; // CPython rejects; we need not
    // jump=None means the maximum of both variants
    const got =
      jumpS === "None" ? Math.max(stackEffect(op, oparg, true), stackEffect(op, oparg, false)) : stackEffect(op, oparg, jumpS === "True");
    checked++;
    if (got !== want) mismatches.push(`${opname[op]}(${oparg}, jump=${jumpS}): ours ${got}, CPython ${want}`);
    expect(hasArg(op)).toBe(opargS !== "None");
  }
  expect(mismatches).toEqual([]);
  expect(checked).toBeGreaterThan(1000);
});
