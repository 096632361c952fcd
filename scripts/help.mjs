// npm run help: lists the npm scripts with one line each (kept in step with package.json).
import { readFileSync } from "node:fs";

const what = {
  help: "this list",
  build: "bundle src/ and runner/ into dist/ with esbuild (the `taipan` command runs dist/taipan.js)",
  typecheck: "tsc --noEmit over src/, runner/ and scripts/ (strict)",
  regen: "rebuild every generated file from its source (scripts/regen/generators.ts lists them)",
  "regen:check": "fail when a committed generated file is stale (CI runs it)",
  doctor: "show the reference CPython 3.11 everything compares against, or how to install it",
  test: "jest unit tests + every conformance suite; ends with `N passed, M failed`",
  "test:unit": "jest unit tests only",
  conformance: "run Lib/test/conformance/*.py under Taipan and CPython, compare output byte for byte",
  "conformance:parse": "parse every .py of CPython's Lib with Taipan and CPython, compare ast.dump/SyntaxError",
  "conformance:syntax": "our invalid-program corpus (Lib/test/conformance/syntax/) against CPython's SyntaxErrors",
  "conformance:compile": "compile our conformance programs and CPython's Lib with Taipan; compare code objects with CPython's compile()",
  parse: "print Taipan's ast.dump of a file (or its SyntaxError as CPython prints it)",
  regrtest: "run CPython's test suite against Taipan (or --python CMD), compare with CPython per test",
  "regrtest:merge": "join the --json results of --shard runs into one report",
  bench: "time our benchmark programs under Taipan and CPython in the same run; print ratios",
  "bench:parse": "parse CPython's Lib with Taipan and with CPython's ast.parse; print MB/s and the ratio",
};
const scripts = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).scripts;
const width = Math.max(...Object.keys(scripts).map((s) => s.length));
for (const name of Object.keys(scripts)) console.log(`npm run ${name.padEnd(width)}  ${what[name] ?? "(undocumented: add it to scripts/help.mjs)"}`);
