// --junit-xml FILE: one <testsuite> per test file, one <testcase> per test.
import { writeFileSync } from "node:fs";
import { Reporter, RunSummary } from "./reporter";
import { errorLine } from "../utils";

function esc(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/g, "\ufffd")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

export class JunitReporter implements Reporter {
  constructor(private readonly path: string) {}
  start(): void {}
  result(): void {}
  finish(s: RunSummary): void {
    const suites: string[] = [];
    let tests = 0;
    let errors = 0;
    let failures = 0;
    for (const { result: r } of s.modules) {
      const cases: string[] = [];
      let e = 0;
      let f = 0;
      let sk = 0;
      for (const t of r.tests) {
        const dot = t.id.lastIndexOf(".");
        const cls = /^\w+ \(/.test(t.id) || dot < 0 ? r.name : t.id.slice(0, dot);
        const name = /^\w+ \(/.test(t.id) || dot < 0 ? t.id : t.id.slice(dot + 1);
        let body = "";
        const msg = esc(errorLine(t.tb) || t.o);
        const text = esc([t.tb ?? "", t.out ? `\n${t.out}` : ""].join(""));
        if (t.o === "failed" || t.o === "xpass") {
          f++;
          body = `<failure type="${t.o}" message="${msg}">${text}</failure>`;
        } else if (t.o === "error" || t.o === "crashed" || t.o === "timeout") {
          e++;
          body = `<error type="${t.o}" message="${msg}">${text}</error>`;
        } else if (t.o === "skipped") {
          sk++;
          body = `<skipped message="${esc(t.r ?? "")}"/>`;
        }
        cases.push(`<testcase classname="${esc(cls)}" name="${esc(name)}" time="${t.dt.toFixed(6)}" status="${t.o}">${body}</testcase>`);
      }
      const n = r.tests.filter((t) => t.started).length;
      tests += n;
      errors += e;
      failures += f;
      suites.push(
        `<testsuite name="${esc(r.name)}" tests="${n}" errors="${e}" failures="${f}" skipped="${sk}" time="${r.duration.toFixed(3)}" state="${r.state}">${cases.join("")}</testsuite>`,
      );
    }
    writeFileSync(this.path, `<?xml version="1.0" encoding="utf-8"?>\n<testsuites tests="${tests}" errors="${errors}" failures="${failures}">${suites.join("")}</testsuites>\n`);
  }
}
