// A worker thread that parses files with Taipan on request (see taipan_pool.ts), so that the main
// thread can stop a parse that takes too long. It says it is ready once Taipan's front end is loaded.
import { readFileSync } from "node:fs";
import { parentPort } from "node:worker_threads";
import type { Mode } from "./cpython_parse";
import { crashText, taipanOutcome } from "./taipan_parse";

export interface WorkerRequest {
  id: number;
  path: string;
  filename: string;
  mode: Mode;
  full: boolean;
  op: "ast" | "compile";
}

parentPort?.on("message", (req: WorkerRequest) => {
  let source: Uint8Array;
  try {
    source = readFileSync(req.path);
  } catch (e) {
    parentPort!.postMessage({ id: req.id, crash: `cannot read ${req.path}: ${crashText(e)}` });
    return;
  }
  parentPort!.postMessage({ id: req.id, ...taipanOutcome(source, req.filename, { mode: req.mode, full: req.full, op: req.op }) });
});
parentPort?.postMessage({ ready: true });
