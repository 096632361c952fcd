// print_exception() is checked against the reference CPython, live: for each snippet CPython
// raises the exception and prints it (sys.__excepthook__), and our printer, given the same fields,
// must print the same text.
import { CPythonParser } from "./cpython_parse";
import { print_exception } from "./print_exception";

const SNIPPETS: string[] = [
  "x = (1,\n",
  "  \tfoo(a b)\n",
  "\u00e9 = 1 +\n",
  "f(**x, *y)\n",
  "x = '\u00e9' + $\n",
  "if x\n  pass\n",
  "f(a for a in b, c)\n",
  "1 = x\n",
  "x = (1 +\n2 + )\n",
  "  x = [a for a in b if\n    c d]\n",
  "print 'hi'\n",
  "a\tb = 1 + \u00e9 \u00e9 \u00e9\n",
  "def f(:\n",
  "x = '''abc\n\ndef\n",
  "x = 'abc\n",
  "if True:\n\tx = 1\n        y = 2\n",
  "if True:\n  x = 1\n y = 2\n",
  "def f():\nreturn 1\n",
  "x = 0777\n",
  "x = 1_000_\n",
  "x = $\n",
  "\u20ac = 1\n",
  "f(x=1, y)\n",
  "def f(a=1, b): pass\n",
  "x = {1: 2, 3}\n",
  "for x in range(10):\n    pass\nelse\n",
  "class C(x for x in y): pass\n",
  "a, b += 1\n",
  "f'{x!z}'\n",
  "f'{'\n",
  "match x:\n    case 1 + 1:\n        pass\n",
  "try:\n    pass\nexcept* (A, B):\n    pass\nexcept C:\n    pass\n",
  "(x := 1) = 2\n",
  "[x for x in range(3)] = 1\n",
  "x = (\n  1,\n  2\n",
  "    \t  \f  x = 1 +\n",
  "# coding: latin-9\nx = 1\n",
  "x = 1\x00\n",
  "x = 1 if y\n",
  "lambda x=1, y: x\n",
  "def f(*): pass\n",
  "x = [1, 2\ny = 3\n",
  "with (open(f) as g, open(h) as i:\n    pass\n",
  "del f()\n",
  "import a.b as c.d\n",
  "'\\N{foo}'\n",
  "b'\u00e9'\n",
  "1 +\\\n 2 +\n",
  "x = 1 +    \n",
];

describe("print_exception prints a SyntaxError as CPython does", () => {
  const py = new CPythonParser();
  afterAll(() => py.close());

  test.each(SNIPPETS.map((s) => [JSON.stringify(s), s]))("%s", async (_label, src) => {
    const r = await py.parseSource(new TextEncoder().encode(src), "snippet.py");
    expect(r.error).toBeDefined();
    expect(print_exception(r.error!, "snippet.py")).toBe(r.formatted);
  });

  test("it also follows CPython for locations the parser never produces", async () => {
    // Offsets past the line, inside the indentation, ranges spanning lines: set on a SyntaxError
    // by hand in CPython and printed there.
    const cases: [number, number, number, number, string][] = [
      [1, 40, 1, 45, "  abc\n"],
      [1, 1, 1, 3, "    abc\n"],
      [1, 2, 1, 3, "    x\n"],
      [1, 3, 2, 2, "abcdef\n"],
      [1, 2, 1, 99, "abc\n"],
      [1, 0, 1, 0, "abc"],
      [1, 5, 1, 2, "abc def\n"],
      [1, 6, 1, 8, "ab\ncdefgh\n"],
    ];
    for (const [lineno, offset, endLineno, endOffset, text] of cases) {
      const src = `raise SyntaxError("m", ("f.py", ${lineno}, ${offset}, ${JSON.stringify(text)}, ${endLineno}, ${endOffset}))\n`;
      const r = await py.request({ op: "raise", source: src });
      const err = { type: "SyntaxError", msg: "m", lineno, offset, end_lineno: endLineno, end_offset: endOffset, text };
      expect(print_exception(err, "f.py")).toBe(r.formatted);
    }
  });
});
