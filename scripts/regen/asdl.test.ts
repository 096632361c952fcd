// The ASDL parser, and src/Parser/python.asdl checked LIVE against the reference CPython's ast module.
import { readFileSync } from "node:fs";
import { parseAsdl, AsdlSyntaxError, signature } from "./asdl";
import { ASDL_PATH, classesOf, compareWithCPython, liveClasses, emitAstTs } from "./asdl_ts";

const text = readFileSync(ASDL_PATH, "utf8");
const live = liveClasses();

test("python.asdl agrees with CPython's ast module (classes, bases, _fields, _attributes, ?/*, None defaults)", () => {
  expect(compareWithCPython(parseAsdl(text), live)).toEqual([]);
  expect(classesOf(parseAsdl(text)).length).toBe(live.length);
});

test("the live check notices a field made required, a missing constructor and a wrong attribute", () => {
  const bad1 = text.replace("| Return(expr? value)", "| Return(expr value)");
  expect(compareWithCPython(parseAsdl(bad1), live).join("\n")).toMatch(/Return\.doc/);
  const bad2 = text.replace("| Pass | Break | Continue", "| Pass | Break");
  expect(compareWithCPython(parseAsdl(bad2), live)).toContain("Continue: in CPython's ast, missing from the ASDL");
  const bad3 = text.replace(
    "attributes (int lineno, int col_offset, int end_lineno, int end_col_offset)",
    "attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)",
  );
  expect(compareWithCPython(parseAsdl(bad3), live).join("\n")).toMatch(/MatchValue\.none/);
});

test("ASDL syntax", () => {
  const m = parseAsdl("module M { t = A(int x, string? y, t* z) | B attributes (int lineno) p = (t a) -- c\n }");
  expect(m.name).toBe("M");
  expect(m.definitions).toEqual([
    {
      kind: "sum",
      name: "t",
      constructors: [
        {
          name: "A",
          fields: [
            { type: "int", name: "x", opt: false, seq: false },
            { type: "string", name: "y", opt: true, seq: false },
            { type: "t", name: "z", opt: false, seq: true },
          ],
        },
        { name: "B", fields: [] },
      ],
      attributes: [{ type: "int", name: "lineno", opt: false, seq: false }],
    },
    { kind: "product", name: "p", fields: [{ type: "t", name: "a", opt: false, seq: false }], attributes: [] },
  ]);
  const t = m.definitions[0];
  expect(signature("A", t.kind === "sum" ? t.constructors[0].fields : [])).toBe(
    "A(int x, string? y, t* z)",
  );
  expect(() => parseAsdl("module M { t = A(int x }")).toThrow(AsdlSyntaxError);
  expect(() => parseAsdl("module M { t = A(nosuch x) }")).toThrow(/unknown type nosuch/);
  expect(() => parseAsdl("module M { t = A t = B }")).toThrow(/defined twice/);
});

test("the generated src/Parser/ast.ts is what the emitter writes now", () => {
  const generated = readFileSync(ASDL_PATH.replace(/python\.asdl$/, "ast.ts"), "utf8");
  expect(generated).toBe(emitAstTs(parseAsdl(text)));
});
