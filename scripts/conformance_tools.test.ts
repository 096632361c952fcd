// The parse conformance tools run end to end and end with their closing line (scripts/test.ts
// reads it): a tool that exits early, or prints no summary, fails here.
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const root = join(__dirname, "..");
const tsx = join(root, "node_modules", ".bin", "tsx");

function run(script: string, args: string[]): { stdout: string; status: number | null } {
  const r = spawnSync(tsx, [join(root, "scripts", script), ...args], { cwd: root, encoding: "utf8", timeout: 170000 });
  return { stdout: r.stdout, status: r.status };
}

describe("parse conformance tools", () => {
  test("conformance:syntax counts the selected corpus files and ends with `N passed, M failed`", () => {
    const r = run("conformance_syntax.ts", ["colon_missing_", "block_after_if"]);
    const m = /^(\d+) passed, (\d+) failed$/m.exec(r.stdout);
    expect(m).not.toBeNull();
    expect(Number(m![1]) + Number(m![2])).toBe(19);
    expect(r.status).toBe(Number(m![2]) > 0 ? 1 : 0);
    expect(r.stdout.trimEnd().split("\n").pop()).toBe(m![0]);
  }, 180000);

  test("conformance:parse compares the selected stdlib files and ends with `N identical, M different`", () => {
    const r = run("conformance_parse.ts", ["json/decoder.py", "tokenizedata/badsyntax_3131.py"]);
    const m = /^(\d+) identical, (\d+) different$/m.exec(r.stdout);
    expect(m).not.toBeNull();
    expect(Number(m![1]) + Number(m![2])).toBe(2);
    expect(r.stdout.trimEnd().split("\n").pop()).toBe(m![0]);
  }, 180000);
});
