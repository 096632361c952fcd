// --json FILE: every module's result, the baseline it was compared with and the comparison, in
// one JSON document (what --merge joins).
import { writeFileSync } from "node:fs";
import { ModuleReport, Reporter, RunInfo, RunSummary } from "./reporter";

export const JSON_FORMAT = "taipan-regrtest/1";

export interface JsonReport {
  format: typeof JSON_FORMAT;
  info: RunInfo;
  seconds: number;
  modules: ModuleReport[];
}

export class JsonReporter implements Reporter {
  constructor(private readonly path: string) {}
  start(): void {}
  result(): void {}
  finish(s: RunSummary): void {
    const doc: JsonReport = { format: JSON_FORMAT, info: s.info, seconds: s.seconds, modules: s.modules };
    writeFileSync(this.path, JSON.stringify(doc));
  }
}
