// npm test: the unit tests (jest) and every conformance suite, with one closing line
// `N passed, M failed` that counts them all.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(__dirname, "..");
const bin = (name: string) => join(root, "node_modules", ".bin", name);
let passed = 0;
let failed = 0;

// 1. jest, reading its counts from its JSON report.
const report = join(mkdtempSync(join(tmpdir(), "taipan-test-")), "jest.json");
const jest = spawnSync(bin("jest"), ["--json", `--outputFile=${report}`], { cwd: root, stdio: "inherit" });
try {
  const r = JSON.parse(readFileSync(report, "utf8")) as { numPassedTests: number; numFailedTests: number; numRuntimeErrorTestSuites: number };
  passed += r.numPassedTests;
  failed += r.numFailedTests + r.numRuntimeErrorTestSuites;
} catch {
  console.error(`jest wrote no report (exit ${jest.status})`);
  failed++;
}

// 2. The conformance suites: each ends with its own `N passed, M failed` line.
for (const suite of ["conformance", "conformance:syntax"]) {
  const script = join(root, "scripts", `${suite.replace(":", "_")}.ts`);
  if (!existsSync(script)) continue;
  const r = spawnSync(bin("tsx"), [script], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  process.stdout.write(r.stdout);
  const m = /^(\d+) passed, (\d+) failed$/m.exec(r.stdout);
  if (!m) {
    console.error(`${suite}: no closing line (exit ${r.status})`);
    failed++;
    continue;
  }
  passed += Number(m[1]);
  failed += Number(m[2]);
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed || jest.status ? 1 : 0;
