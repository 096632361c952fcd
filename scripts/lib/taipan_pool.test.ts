// The worker pool's time limit: a parse that never ends is stopped, reported, and the pool goes
// on with a fresh worker; a worker that dies is reported too.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TaipanPool } from "./taipan_pool";

// A stand-in worker: loops forever on paths containing "hang", exits on "die", else answers.
const WORKER = `
const { parentPort } = require("node:worker_threads");
parentPort.on("message", (req) => {
  if (req.path.includes("hang")) for (;;) {}
  if (req.path.includes("die")) throw new Error("worker blew up");
  parentPort.postMessage({ id: req.id, hash: "h:" + req.path, ms: 1 });
});
parentPort.postMessage({ ready: true });
`;

describe("TaipanPool", () => {
  const dir = mkdtempSync(join(tmpdir(), "taipan-pool-"));
  const file = join(dir, "worker.js");
  writeFileSync(file, WORKER);

  test("stops a parse past its time limit and keeps serving", async () => {
    const pool = TaipanPool.withWorker(file, 1, 300);
    try {
      const [a, b, c] = await Promise.all([pool.parseFile("a.py"), pool.parseFile("hang.py"), pool.parseFile("c.py")]);
      expect(a.hash).toBe("h:a.py");
      expect(b.crash).toMatch(/^TIMEOUT/);
      expect(c.hash).toBe("h:c.py");
    } finally {
      await pool.close();
    }
  });

  test("reports a worker that dies, and replaces it", async () => {
    const pool = TaipanPool.withWorker(file, 1, 5000);
    try {
      const d = await pool.parseFile("die.py");
      expect(d.crash).toMatch(/worker died: .*worker blew up/s);
      expect((await pool.parseFile("e.py")).hash).toBe("h:e.py");
    } finally {
      await pool.close();
    }
  });

  test("fails every request when the worker cannot load", async () => {
    const bad = join(dir, "bad.js");
    writeFileSync(bad, "throw new Error('cannot load');\n");
    const pool = TaipanPool.withWorker(bad, 1, 5000);
    try {
      const [a, b] = await Promise.all([pool.parseFile("a.py"), pool.parseFile("b.py")]);
      expect(a.crash).toMatch(/cannot load/);
      expect(b.crash).toMatch(/cannot load/);
    } finally {
      await pool.close();
    }
  });
});
