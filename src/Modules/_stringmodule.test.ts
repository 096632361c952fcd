// _string.formatter_parser / formatter_field_name_split, compared live with CPython.
import { liveMismatches } from "../Objects/stringlib/livecompare";

const FORMATS = ["''", "'abc'", "'a{0}b'", "'{}'", "'{x!r:>{w}}'", "'a{{b}}c'", "'{0.attr[key]}'", "'{'", "'}'", "'x{0!}'", "'{0!r'", "'{0:'",
  "'{a[}'", "'{!s}'", "'{:}'", "'{{'", "'}}x'", "'{0[1]:{2}}'", "'\\U0001F600{0}\\U0001F600'"];
const NAMES = ["''", "'a'", "'0'", "'a.b'", "'a[0]'", "'a[x].y'", "'12[3][k]'", "'a.'", "'a[]'", "'a[0'", "'a[0]x'", "'a..b'", "'٣'", "'a[٣]'"];

export const STRING_MODULE_CASES: string[] = [
  ...FORMATS.map((f) => `list(__import__('_string').formatter_parser(${f}))`),
  ...NAMES.map((n) => `(lambda t: (t[0], list(t[1])))(__import__('_string').formatter_field_name_split(${n}))`.replace(/^\(lambda t: \(t\[0\], list\(t\[1\]\)\)\)\((.*)\)$/, "[t := $1, t[0], list(t[1])][1:]")),
  "__import__('_string').formatter_parser(1)", "__import__('_string').formatter_field_name_split(1)",
  "type(__import__('_string').formatter_parser('')).__name__", "type(__import__('_string').formatter_field_name_split('a')[1]).__name__",
];

test("_string agrees with CPython (live)", () => {
  expect(liveMismatches(STRING_MODULE_CASES)).toEqual([]);
});
