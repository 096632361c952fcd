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
