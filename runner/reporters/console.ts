// The console: regrtest's progress lines and closing summary, then the comparison with CPython,
// the per-module pass-rate table and the closing line "N passed, M failed".
import { createTwoFilesPatch } from "diff";
import { rate } from "../compare";
import { Logger } from "../logger";
import { State, describeResult, isFailedState, isPassing } from "../state";
import { formatDuration } from "../utils";
import { ModuleReport, Reporter, RunInfo, RunSummary } from "./reporter";

export interface ConsoleOptions {
  quiet: boolean;
  verbose: number;
  /** -W: show a module's output only when it failed. */
  outputOnFailure: boolean;
  printSlow: boolean;
  failEnvChanged: boolean;
  /** Tests currently running for 30 s or more, for the progress line. */
  running: () => string | null;
}

/** Regressions listed per module before "... and N more" (all of them with -v). */
const LIST_LIMIT = 10;

export class ConsoleReporter implements Reporter {
  private bad = 0;
  constructor(private readonly write: (s: string) => void, readonly logger: Logger, private readonly o: ConsoleOptions) {}

  start(info: RunInfo): void {
    this.logger.setTests(info.tests.length);
  }

  result(rep: ModuleReport): void {
    const r = rep.result;
    if (isFailedState(r.state, true)) this.bad++; // failed and env changed, as regrtest counts them
    let text = describeResult(r);
    if (r.duration >= 30 && r.state !== State.TIMEOUT) text += ` (${formatDuration(r.duration)})`;
    const running = this.o.running();
    if (running) text += ` -- ${running}`;
    this.logger.progress(rep.index, text, this.bad);
    const failed = r.state !== State.PASSED;
    const out = r.output.replace(/\s+$/, "");
    if (out && (!this.o.outputOnFailure || failed)) this.write(out + "\n");
    for (const n of r.envNotes) if (!out.includes(n)) this.write(`Warning -- ${n}\n`);
    if (r.garbage) this.write(`Warning -- ${r.name}: ${r.garbage} unreadable line(s) on the result channel were ignored\n`);
    if (this.o.verbose && rep.comparison && rep.baseline) {
      // For each regression: where its output parts from CPython's.
      for (const c of rep.comparison.regressions) {
        const mine = r.tests.find((t) => t.id === c.id);
        const theirs = rep.baseline.tests[c.id];
        if (!mine || !theirs) continue;
        const a = (theirs.out ?? "") + (theirs.tb ?? "");
        const b = (mine.out ?? "") + (mine.tb ?? "");
        if (a === b) continue;
        this.write(createTwoFilesPatch(`${c.id} (CPython: ${c.cpython})`, `${c.id} (here: ${c.impl})`, a, b, "", "", { context: 3 }));
      }
    }
  }

  finish(s: RunSummary): void {
    const w = (line = "") => this.write(line + "\n");
    const res = s.results;
    w();
    w(`== Tests result: ${s.state} ==`);
    const sections = res.displayResult(s.info.tests, this.o.quiet, this.o.printSlow);
    if (sections) w(sections);
    w();
    w(`Total duration: ${formatDuration(s.seconds)}`);
    w(res.displaySummary(s.info.tests.length, s.info.filtered));
    w(`Result: ${s.state}`);

    let passed = 0;
    let failed = 0;
    const reports = s.modules;
    for (const m of reports) {
      if (m.comparison) {
        passed += m.comparison.passed;
        failed += m.comparison.failed;
      } else {
        passed += m.result.tests.filter((t) => isPassing(t.o)).length;
        failed += m.result.tests.filter((t) => !isPassing(t.o) && t.o !== "skipped").length;
      }
    }
    if (s.info.compare) {
      w();
      const who = s.info.implementation.name ? `${s.info.implementation.name} ${s.info.implementation.version ?? ""}`.trim() : s.info.implementation.label;
      w(`== Comparison with CPython ${s.info.cpython.version}: ${who} (${s.info.implementation.command.join(" ")}) ==`);
      if (s.baselineSeconds) w(`CPython baseline run for this report: ${formatDuration(s.baselineSeconds)}`);
      let regressions = 0;
      let newly = 0;
      let differing = 0;
      let noBaseline = 0;
      for (const m of reports) {
        const c = m.comparison;
        if (!c) continue;
        if (!c.compared) noBaseline++;
        regressions += c.regressions.length;
        newly += c.newlyPassing.length;
        differing += c.differing.length;
      }
      const list = (title: string, pick: (m: ModuleReport) => { id: string; cpython: string; impl: string; reason?: string; expected?: string }[]) => {
        w();
        w(title);
        for (const m of reports) {
          const items = m.comparison ? pick(m) : [];
          if (!items.length) continue;
          if (!this.o.verbose && items.length > 1 && items.every((it) => it.impl === "not run" && it.reason === items[0].reason)) {
            // The module never got to its tests: one line says why.
            w(`  ${m.result.name} (${items.length}): none of them ran: ${items[0].reason}`);
            continue;
          }
          const shown = this.o.verbose ? items : items.slice(0, LIST_LIMIT);
          w(`  ${m.result.name} (${items.length}):`);
          for (const it of shown) {
            const why = it.reason ? `: ${it.reason}` : it.expected ? ` (expected to fail: ${it.expected})` : "";
            w(`    ${it.id}: CPython ${it.cpython}, here ${it.impl}${why}`);
          }
          if (shown.length < items.length) w(`    ... and ${items.length - shown.length} more (-v lists them all)`);
        }
      };
      if (regressions) list(`Regressions: ${regressions} test(s) expected to pass did not:`, (m) => m.comparison!.regressions);
      if (newly) list(`Newly passing: ${newly} test(s) expected to fail passed (run with --update-expectations):`, (m) => m.comparison!.newlyPassing);
      if (differing && this.o.verbose) list(`Other differences from CPython: ${differing}:`, (m) => m.comparison!.differing);
      w();
      w(
        `Agreement: ${regressions} regression(s), ${newly} newly passing, ${differing} other difference(s) from CPython` +
          (noBaseline ? `; ${noBaseline} test file(s) without a baseline` : ""),
      );
      w();
      w("Pass rates (tests passing here / tests passing under CPython):");
      const nameW = Math.max(20, ...reports.map((m) => m.result.name.length));
      w(`  ${"test file".padEnd(nameW)} ${"CPython".padStart(7)} ${"here".padStart(7)} ${"rate".padStart(7)}  state`);
      let tb = 0;
      let tp = 0;
      for (const m of [...reports].sort((a, b) => (a.result.name < b.result.name ? -1 : 1))) {
        const c = m.comparison;
        if (!c) continue;
        tb += c.cpythonPassing;
        tp += c.passing;
        w(`  ${m.result.name.padEnd(nameW)} ${String(c.cpythonPassing).padStart(7)} ${String(c.passing).padStart(7)} ${rate(c.passing, c.cpythonPassing).padStart(7)}  ${m.result.state}`);
      }
      w(`  ${"total".padEnd(nameW)} ${String(tb).padStart(7)} ${String(tp).padStart(7)} ${rate(tp, tb).padStart(7)}`);
    }
    w();
    w(`${passed} passed, ${failed} failed`);
  }
}
