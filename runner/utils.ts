// Small formatting helpers shared by the runner (after libregrtest's utils.py).

/** Durations as regrtest prints them: "850 ms", "1.2 sec", "2 min 1 sec", "1 hour 5 min". */
export function formatDuration(seconds: number): string {
  let ms = Math.ceil(seconds * 1e3);
  let secs = Math.floor(ms / 1000);
  ms -= secs * 1000;
  let minutes = Math.floor(secs / 60);
  secs -= minutes * 60;
  const hours = Math.floor(minutes / 60);
  minutes -= hours * 60;
  const parts: string[] = [];
  if (hours) parts.push(`${hours} hour`);
  if (minutes) parts.push(`${minutes} min`);
  if (secs) parts.push(parts.length ? `${secs} sec` : `${(secs + ms / 1000).toFixed(1)} sec`);
  if (!parts.length) return `${ms} ms`;
  return parts.slice(0, 2).join(" ");
}

/** "1 test", "2 tests". */
export function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** Names sorted and wrapped at 70 columns with a 4-space indent (regrtest's printlist). */
export function printList(names: Iterable<string>, width = 70, indent = 4): string {
  const words = [...names].sort();
  const pad = " ".repeat(indent);
  const lines: string[] = [];
  let line = "";
  for (const w of words) {
    if (line && pad.length + line.length + 1 + w.length > width) {
      lines.push(pad + line);
      line = w;
    } else {
      line = line ? `${line} ${w}` : w;
    }
  }
  if (line) lines.push(pad + line);
  return lines.join("\n");
}

/** Thousands separators, as Python's f"{n:,}". */
export function commas(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** The last line of a traceback that names the exception: the error's first line. */
export function errorLine(tb: string | undefined): string {
  if (!tb) return "";
  const lines = tb.replace(/\s+$/, "").split("\n");
  // unittest appends captured output after the traceback; stop before it.
  const cut = lines.findIndex((l) => l === "Stdout:" || l === "Stderr:");
  const body = cut >= 0 ? lines.slice(0, cut) : lines;
  let lastFrame = -1;
  body.forEach((l, i) => {
    if (/^\s+File "/.test(l)) lastFrame = i;
  });
  for (let i = lastFrame + 1; i < body.length; i++) {
    const l = body[i];
    if (l && !/^\s/.test(l) && !l.startsWith("Traceback")) return l.slice(0, 200);
  }
  return (body.find((l) => l.trim()) ?? "").trim().slice(0, 200);
}

/** Splits a command line the way a POSIX shell would (quotes and backslashes; no expansions). */
export function shlexSplit(s: string): string[] {
  const out: string[] = [];
  let cur = "";
  let inWord = false;
  let quote: string | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === quote) quote = null;
      else if (c === "\\" && quote === '"' && i + 1 < s.length && '"\\$`'.includes(s[i + 1])) cur += s[++i];
      else cur += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      inWord = true;
    } else if (c === "\\" && i + 1 < s.length) {
      cur += s[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) out.push(cur);
      cur = "";
      inWord = false;
    } else {
      cur += c;
      inWord = true;
    }
  }
  if (quote) throw new Error(`unterminated quote in ${JSON.stringify(s)}`);
  if (inWord) out.push(cur);
  return out;
}
