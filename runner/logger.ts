// Progress lines: "0:00:01 load avg: 0.50 [ 1/40] test_grammar passed" (libregrtest's logger.py).
import { loadavg } from "node:os";

export class Logger {
  readonly startTime = Date.now();
  private countText = "";
  private width = 3;
  constructor(private readonly write: (s: string) => void, private readonly quiet: boolean) {}

  setTests(n: number): void {
    this.countText = `/${n}`;
    this.width = this.countText.length - 1;
  }

  log(line = ""): void {
    const secs = Math.floor((Date.now() - this.startTime) / 1000);
    const h = Math.floor(secs / 3600);
    const m = Math.floor((secs % 3600) / 60);
    const s = secs % 60;
    const stamp = `${h}:${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")}`;
    const text = `${stamp} load avg: ${loadavg()[0].toFixed(2)} ${line}`;
    this.write((line ? text : text.slice(0, -1)) + "\n");
  }

  progress(index: number, text: string, fails: number): void {
    if (this.quiet) return;
    let line = `${String(index).padStart(this.width)}${this.countText}`;
    if (fails) line += `/${fails}`;
    this.log(`[${line}] ${text}`);
  }
}
