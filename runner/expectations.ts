// Lib/test/expectations/<module>.yaml: the tests of one module expected to fail under Taipan,
// each with a one-line reason, and the tests not run because they crash or hang; and
// Lib/test/status.yaml, the per-module pass rates (its `git log -p` is the history).
import { existsSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import YAML from "yaml";

export interface Expectations {
  module: string;
  /** Every test of the module is expected to fail, for this reason (it cannot even be loaded). */
  failingModule?: string;
  /** The module is not run at all: it hangs or crashes before any test can be charged. */
  skipModule?: string;
  /** Test id -> reason (the error's first line). */
  failing: Map<string, string>;
  /** Test id -> reason: not run at all, because it crashes or hangs the worker. */
  skip: Map<string, string>;
}

export function emptyExpectations(module: string): Expectations {
  return { module, failing: new Map(), skip: new Map() };
}

function fileOf(dir: string, module: string): string {
  return join(dir, `${module}.yaml`);
}

export function loadExpectations(dir: string, module: string): Expectations {
  const f = fileOf(dir, module);
  if (!existsSync(f)) return emptyExpectations(module);
  const doc = (YAML.parse(readFileSync(f, "utf8")) ?? {}) as {
    failing_module?: string;
    skip_module?: string;
    failing?: Record<string, string>;
    skip?: Record<string, string>;
  };
  return {
    module,
    failingModule: doc.failing_module ?? undefined,
    skipModule: doc.skip_module ?? undefined,
    failing: new Map(Object.entries(doc.failing ?? {}).map(([k, v]) => [k, String(v ?? "")])),
    skip: new Map(Object.entries(doc.skip ?? {}).map(([k, v]) => [k, String(v ?? "")])),
  };
}

function sorted(m: Map<string, string>): Record<string, string> {
  const o: Record<string, string> = {};
  for (const k of [...m.keys()].sort()) o[k] = m.get(k)!;
  return o;
}

/** Writes the file, or removes it when nothing is expected to fail any more. */
export function saveExpectations(dir: string, e: Expectations): void {
  const f = fileOf(dir, e.module);
  if (!e.failingModule && !e.skipModule && !e.failing.size && !e.skip.size) {
    if (existsSync(f)) unlinkSync(f);
    return;
  }
  const doc: Record<string, unknown> = { module: e.module };
  if (e.skipModule) doc.skip_module = e.skipModule;
  if (e.failingModule) doc.failing_module = e.failingModule;
  if (e.failing.size) doc.failing = sorted(e.failing);
  if (e.skip.size) doc.skip = sorted(e.skip);
  const header = [
    `# Tests of ${e.module} expected to fail under Taipan, with the first line of their error.`,
    "# Written by `npm run regrtest -- --update-expectations`; reasons may be edited by hand.",
    "# failing_module: no test of the module can run yet. skip_module: the module is not run (it hangs",
    "# or crashes before its first test). skip: tests not run, they crash or hang the worker.",
  ].join("\n");
  mkdirSync(dir, { recursive: true });
  writeFileSync(f, header + "\n" + YAML.stringify(doc, { lineWidth: 0 }));
}

export interface ModuleStatus {
  cpython: number;
  passing: number;
  rate: number;
  state: string;
}

export interface StatusFile {
  cpython: string;
  modules: Map<string, ModuleStatus>;
}

export function loadStatus(path: string): StatusFile {
  if (!existsSync(path)) return { cpython: "", modules: new Map() };
  const doc = (YAML.parse(readFileSync(path, "utf8")) ?? {}) as { cpython?: string; modules?: Record<string, ModuleStatus> };
  return { cpython: doc.cpython ?? "", modules: new Map(Object.entries(doc.modules ?? {})) };
}

export function saveStatus(path: string, s: StatusFile): void {
  let base = 0;
  let pass = 0;
  const lines: string[] = [];
  for (const name of [...s.modules.keys()].sort()) {
    const m = s.modules.get(name)!;
    base += m.cpython;
    pass += m.passing;
    lines.push(`  ${name}: {cpython: ${m.cpython}, passing: ${m.passing}, rate: ${m.rate}, state: ${m.state}}`);
  }
  const rate = base ? Math.round((pass / base) * 1000) / 10 : 0;
  const text = [
    "# Pass rates of Taipan: per module, tests passing under Taipan / tests passing under CPython,",
    "# both run by `npm run regrtest` on the same machine. Rewritten by --update-expectations;",
    "# `git log -p Lib/test/status.yaml` is the history.",
    `cpython: ${JSON.stringify(s.cpython)}`,
    `totals: {cpython: ${base}, passing: ${pass}, rate: ${rate}}`,
    "modules:",
    ...lines,
    "",
  ].join("\n");
  writeFileSync(path, text);
}
