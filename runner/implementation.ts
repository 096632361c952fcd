// The implementation under test: Taipan (bin/taipan) by default, or the command given with
// --python. A command that is a Python we can ask is resolved once to its real executable
// (sys.executable), so that a shell shim in front of it (pyenv's costs 0.3 s a launch) is
// paid for once, not once per worker.
import { execFileSync } from "node:child_process";
import { closeSync, existsSync, openSync, readSync, realpathSync, statSync } from "node:fs";
import { delimiter, join } from "node:path";
import { cleanEnv } from "../scripts/cpython";
import { TAIPAN_BIN } from "./paths";

export interface Implementation {
  /** argv prefix of a worker. */
  command: string[];
  /** What the user asked for, for messages. */
  label: string;
  /** Name and version as the implementation reports them, when it could answer. */
  name?: string;
  version?: string;
  isTaipan: boolean;
  /** Runs on Node (its memory is capped with --max-old-space-size, not RLIMIT_AS). */
  nodeBased: boolean;
  env: NodeJS.ProcessEnv;
}

function which(cmd: string): string | undefined {
  if (cmd.includes("/")) return existsSync(cmd) ? cmd : undefined;
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    const p = join(dir, cmd);
    try {
      if (statSync(p).isFile()) return p;
    } catch {
      /* not here */
    }
  }
  return undefined;
}

function startsWithNodeShebang(path: string): boolean {
  try {
    const fd = openSync(path, "r");
    const buf = Buffer.alloc(128);
    const n = readSync(fd, buf, 0, 128, 0);
    closeSync(fd);
    const head = buf.toString("latin1", 0, n);
    return head.startsWith("#!") && /\bnode\b/.test(head.split("\n")[0]);
  } catch {
    return false;
  }
}

const PROBE = "import sys; print(sys.implementation.name, '%d.%d.%d' % sys.version_info[:3], sys.executable)";

export function resolveImplementation(python: string[] | undefined): Implementation {
  const env = cleanEnv();
  if (!python) {
    return { command: [TAIPAN_BIN], label: "taipan", isTaipan: true, nodeBased: true, env, name: "taipan" };
  }
  const first = which(python[0]);
  const isTaipan = first !== undefined && realpathSync(first) === realpathSync(TAIPAN_BIN);
  const nodeBased = /(^|\/)node$/.test(python[0]) || (first !== undefined && startsWithNodeShebang(first));
  const impl: Implementation = { command: python, label: python.join(" "), isTaipan, nodeBased, env };
  try {
    const out = execFileSync(python[0], [...python.slice(1), "-I", "-S", "-c", PROBE], {
      encoding: "utf8",
      env,
      timeout: 30000,
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
    const [name, version, ...exe] = out.split(" ");
    impl.name = name;
    impl.version = version;
    const executable = exe.join(" ");
    // A plain interpreter binary stands in for the command (shims and wrappers are skipped).
    if (python.length === 1 && executable && existsSync(executable) && !startsWithNodeShebang(executable)) {
      impl.command = [executable];
    }
  } catch {
    /* it cannot answer yet: run the command as given, and let the workers report why */
  }
  return impl;
}
