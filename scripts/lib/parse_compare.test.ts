// The comparison helpers, on real answers of the reference CPython.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { findCPython } from "../cpython";
import { CPythonParser } from "./cpython_parse";
import { indentDump, outcomeDiff, sameOutcome } from "./parse_compare";

describe("parse_compare", () => {
  const py = new CPythonParser();
  afterAll(() => py.close());
  const lib = findCPython().stdlib;

  test("indentDump only adds line breaks, and never inside a literal", async () => {
    for (const f of ["string.py", "test/test_fstring.py", "test/test_unicode.py"]) {
      const r = await py.parseFile(join(lib, f), { full: true });
      const dump = r.dump!;
      const text = indentDump(dump);
      expect(text.split("\n").length).toBeGreaterThan(100);
      const undone = text.slice(0, -1).replace(/,\n */g, ", ").replace(/([([])\n */g, "$1");
      expect(undone).toBe(dump);
    }
  });

  test("outcomes agree with themselves and differ from a changed copy", async () => {
    const src = readFileSync(join(lib, "textwrap.py"));
    const a = await py.parseSource(src, "textwrap.py");
    const b = await py.parseSource(Buffer.concat([src, Buffer.from("x = 1\n")]), "textwrap.py");
    const bad = await py.parseSource(Buffer.from("x = (1,\n"), "bad.py");
    expect(sameOutcome(a, a)).toBe(true);
    expect(sameOutcome(a, b)).toBe(false);
    expect(sameOutcome(bad, bad)).toBe(true);
    expect(sameOutcome(a, bad)).toBe(false);
    const offset = bad.error!.offset ?? 0;
    const moved = { ...bad, error: { ...bad.error!, offset: offset + 1 } };
    expect(sameOutcome(bad, moved)).toBe(false);
    expect(outcomeDiff("bad.py", bad, moved)).toContain(`-offset: ${offset}\n+offset: ${offset + 1}`);
    expect(sameOutcome(a, { crash: "boom" })).toBe(false);
  });
});
