// str.encode / bytes.decode with every standard error handler, compared live with CPython.
import { liveMismatches } from "../Objects/stringlib/livecompare";

const TEXT = ["'abc'", "'h\\xe9llo'", "'\\u20ac\\u20ac'", "'a\\U0001F600b'", "'x\\udc80y'", "'\\udcff\\udc41'", "'\\x00\\x7f\\x80'"];
const ENCODINGS = ["utf-8", "ascii", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be", "utf-8-sig"];
const HANDLERS = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass", "namereplace"];

const DATA = ["b'abc'", "b'h\\xc3\\xa9'", "b'\\xff\\xfe'", "b'\\xe2\\x82'", "b'a\\x80b'", "b'\\xed\\xb2\\x80'", "b'\\xf0\\x9f\\x98'", "b'\\x00\\xd8\\x00\\xdc'",
  "b'\\xf8\\x88\\x80\\x80\\x80'", "b'\\xc3'", "b'\\x00\\x00\\x00\\x00\\x00'"];
const DEC_HANDLERS = ["strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass"];

export const CODEC_CASES: string[] = [];
for (const t of TEXT) for (const e of ENCODINGS) for (const h of HANDLERS) CODEC_CASES.push(`${t}.encode('${e}', '${h}')`);
for (const d of DATA) for (const e of ENCODINGS) for (const h of DEC_HANDLERS) CODEC_CASES.push(`${d}.decode('${e}', '${h}')`);
CODEC_CASES.push("'abc'.encode('UTF-8')", "'abc'.encode('Latin_1')", "'abc'.encode('u8')", "'abc'.encode('utf 8')", "'abc'.encode('iso-8859-1')",
  "'\\xe9'.encode('us-ascii')", "b'a'.decode('UTF-16')", "'\\xe9'.encode('ascii', 'bogus')", "'a'.encode('ascii', 'bogus')");

test("codecs agree with CPython (live)", () => {
  expect(liveMismatches(CODEC_CASES)).toEqual([]);
});

export const CHARMAP_ESCAPE_CASES: string[] = [
  "'aé€'.encode('cp1252')", "'aé€\\u0100\\u0101'.encode('cp1252')", "'\\u0100'.encode('cp1252', 'replace')", "'\\u0100x'.encode('cp1252', 'xmlcharrefreplace')",
  "'\\u0100'.encode('cp1252', 'backslashreplace')", "b'\\x80\\x81'.decode('cp1252')", "b'\\x80\\x81'.decode('cp1252', 'replace')", "b'\\x81'.decode('windows-1252', 'ignore')",
  "'Ж'.encode('koi8-r')", "b'\\xf6'.decode('koi8_r')", "'é'.encode('mac-roman')", "'é'.encode('cp437')", "b'\\x82'.decode('IBM437')", "'€'.encode('iso8859-15')",
  "'€'.encode('latin-9')", "'x'.encode('hex')", "b'x'.decode('hex')", "'x'.encode('rot13')", "'x'.encode('nonexistent-codec')", "'x'.encode('iso8859_1')",
  "'\\u0100'.encode('iso-8859-1')", "'a\\tb\\\\c\\x7f\\xe9\\u20ac\\U0001F600\\'\"'.encode('unicode_escape')", "'a\\xe9\\u20ac\\U0001F600\\\\'.encode('raw_unicode_escape')",
  "b'a\\\\tb\\\\n\\\\x41\\\\u20ac\\\\U0001F600\\\\101\\\\\\\\'.decode('unicode_escape')", "b'\\\\N{BULLET}x'.decode('unicode_escape')", "b'\\\\x4'.decode('unicode_escape')",
  "b'\\\\u12'.decode('unicode_escape')", "b'\\\\U00110000'.decode('unicode_escape')", "b'abc\\\\'.decode('unicode_escape')", "b'\\\\N{NOPE}'.decode('unicode_escape')",
  "b'\\\\q\\xe9'.decode('unicode_escape')", "b'\\\\u20ac\\\\t\\\\\\\\u20ac'.decode('raw_unicode_escape')", "b'\\\\u12'.decode('raw_unicode_escape')",
  "b'\\\\x4'.decode('unicode_escape', 'replace')", "b'\\\\x4'.decode('unicode_escape', 'backslashreplace')",
];

test("charmap and escape codecs agree with CPython (live)", () => {
  expect(liveMismatches(CHARMAP_ESCAPE_CASES)).toEqual([]);
});
