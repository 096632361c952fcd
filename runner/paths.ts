// Where regrtest's own files live. Valid both from runner/*.ts (jest, tsx) and from the bundle
// dist/regrtest.js: in both cases the parent of __dirname is the repository root.
import { join, resolve } from "node:path";

export const ROOT = resolve(__dirname, "..");
/** The Python harness run inside every worker. */
export const HARNESS = join(ROOT, "runner", "harness", "taipan_regrtest_worker.py");
/** The `taipan` command: the implementation under test unless --python says otherwise. */
export const TAIPAN_BIN = join(ROOT, "bin", "taipan");
/** Cached CPython baselines (outside git): <cache>/baseline/<cpython version>/<module>.json */
export const CACHE_ROOT = join(ROOT, "node_modules", ".cache", "taipan");
/** Taipan's expectations and pass-rate history (committed). */
export const EXPECTATIONS_DIR = join(ROOT, "Lib", "test", "expectations");
export const STATUS_FILE = join(ROOT, "Lib", "test", "status.yaml");
