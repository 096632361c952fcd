// The Taipan side of `npm run bench:parse`, run as its own process from an esbuild bundle (code
// loaded through tsx ran about 10 times slower than the same code bundled). Reads one JSON line
// with the file list, reads the files, then answers each further line with the time of one pass
// of parse() over all of them: {"wall": s, "cpu": s, "raised": n}.
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { parse } from "../../src/Parser/parse";

let files: string[] | null = null;
let sources: Buffer[] = [];

createInterface({ input: process.stdin }).on("line", (line) => {
  if (files === null) {
    files = JSON.parse(line) as string[];
    sources = files.map((f) => readFileSync(f));
    process.stdout.write(JSON.stringify({ ready: true }) + "\n");
    return;
  }
  let raised = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (let i = 0; i < sources.length; i++) {
    try {
      parse(sources[i], files[i], "exec");
    } catch {
      raised++;
    }
  }
  const c = process.cpuUsage(c0);
  process.stdout.write(JSON.stringify({ wall: (performance.now() - t0) / 1000, cpu: (c.user + c.system) / 1e6, raised }) + "\n");
});
