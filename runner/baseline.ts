// CPython's own results, test by test: the same harness run under the reference CPython in an
// isolated environment, cached outside git per CPython version (and per test directory when it
// is not CPython's), refreshed by --baseline or when missing or run with other resources.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, realpathSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { HARNESS } from "./paths";
import { ModuleResult, Outcome, State, isPassing } from "./state";

export interface BaselineTest {
  o: Outcome;
  tb?: string;
  out?: string;
  r?: string;
}

export interface BaselineEntry {
  module: string;
  cpython: string;
  /** Hash of the harness that produced it: a changed harness makes the cache stale. */
  harness?: string;
  resources: string[];
  created: string;
  state: State;
  message?: string;
  duration: number;
  tests: Record<string, BaselineTest>;
}

export class BaselineCache {
  readonly dir: string;
  readonly harness = createHash("sha1").update(readFileSync(HARNESS)).digest("hex").slice(0, 12);
  constructor(cacheRoot: string, version: string, testdir?: string) {
    let dir = join(cacheRoot, "baseline", version);
    if (testdir) dir = join(dir, "testdir-" + createHash("sha1").update(realpathSync(testdir)).digest("hex").slice(0, 12));
    this.dir = dir;
  }

  private file(module: string): string {
    return join(this.dir, `${module}.json`);
  }

  /** The cached entry, if there is one for these resources. */
  load(module: string, resources: string[]): BaselineEntry | undefined {
    try {
      const e = JSON.parse(readFileSync(this.file(module), "utf8")) as BaselineEntry;
      if ([...e.resources].sort().join(",") !== [...resources].sort().join(",")) return undefined;
      if (e.harness !== this.harness) return undefined;
      return e;
    } catch {
      return undefined;
    }
  }

  save(entry: BaselineEntry): void {
    mkdirSync(this.dir, { recursive: true });
    entry.harness = this.harness;
    const f = this.file(entry.module);
    writeFileSync(f + ".tmp", JSON.stringify(entry));
    renameSync(f + ".tmp", f);
  }
}

const KEEP = 4000;

export function baselineFromResult(r: ModuleResult, cpython: string, resources: string[]): BaselineEntry {
  const tests: Record<string, BaselineTest> = {};
  for (const t of r.tests) {
    const b: BaselineTest = { o: t.o };
    if (t.tb && !isPassing(t.o)) b.tb = t.tb.slice(0, KEEP);
    if (t.out) b.out = t.out.slice(0, KEEP);
    if (t.r) b.r = t.r;
    tests[t.id] = b;
  }
  return {
    module: r.name,
    cpython,
    resources,
    created: new Date().toISOString(),
    state: r.state,
    message: r.message,
    duration: r.duration,
    tests,
  };
}
