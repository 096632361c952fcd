// Comparing Taipan's answer for one file with CPython's (both as ParseOutcome), and showing the
// difference as a unified diff that a reader can act on.
import type { ErrorInfo, ParseOutcome } from "./cpython_parse";
import { unifiedDiff } from "./compare";

/** The fields of an exception that must agree: class, message, location, source line. */
const ERROR_FIELDS = ["type", "msg", "lineno", "offset", "end_lineno", "end_offset", "text"] as const;

/** One field as compared: None and 0 print alike (CompileError cannot tell them apart). */
function norm(e: ErrorInfo, k: (typeof ERROR_FIELDS)[number]): string | number | null {
  const v = e[k];
  if (k === "lineno" || k === "offset" || k === "end_lineno" || k === "end_offset") return v ?? 0;
  return v;
}

/** The kind of the outcome, for messages. */
export function outcomeKind(o: ParseOutcome): "crash" | "error" | "ast" | "compiled" | "none" {
  if (o.crash !== undefined) return "crash";
  if (o.error) return "error";
  if (o.hash !== undefined) return "ast";
  if (o.ok) return "compiled";
  return "none";
}

/** True when Taipan's outcome is the same as CPython's. */
export function sameOutcome(ref: ParseOutcome, got: ParseOutcome): boolean {
  if (got.crash !== undefined || ref.crash !== undefined) return false;
  if (ref.error && got.error) {
    if (!ERROR_FIELDS.every((k) => norm(ref.error!, k) === norm(got.error!, k))) return false;
    return ref.formatted === undefined || got.formatted === undefined || ref.formatted === got.formatted;
  }
  if (ref.error || got.error) return false;
  if (ref.ok && got.ok) return true;
  return ref.hash !== undefined && ref.hash === got.hash;
}

/** An exception as lines, one field a line, then as the interpreter prints it. */
export function describeError(e: ErrorInfo, formatted?: string): string {
  const lines = ERROR_FIELDS.map((k) => `${k}: ${JSON.stringify(e[k])}`);
  return lines.join("\n") + "\n" + (formatted ? "--- printed:\n" + formatted : "");
}

/** A text for one side of a diff. */
export function describeOutcome(o: ParseOutcome): string {
  if (o.crash !== undefined) return `JS EXCEPTION (a bug in Taipan):\n${o.crash}\n`;
  if (o.error) return describeError(o.error, o.formatted);
  if (o.dump !== undefined) return indentDump(o.dump);
  if (o.hash !== undefined) return `parsed (dump sha1 ${o.hash})\n`;
  if (o.ok) return "compiled without error\n";
  return "no answer\n";
}

/**
 * Breaks a one-line `ast.dump()` into one field or element a line, so that a unified diff of two
 * dumps points at the node that differs. String and bytes literals are left intact.
 */
export function indentDump(dump: string): string {
  let out = "";
  let depth = 0;
  let i = 0;
  const n = dump.length;
  while (i < n) {
    const c = dump[i];
    if (c === "'" || c === '"') {
      // A repr()'d literal: copy it through its closing quote, honouring backslash escapes.
      let j = i + 1;
      while (j < n && dump[j] !== c) j += dump[j] === "\\" ? 2 : 1;
      out += dump.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (c === "(" || c === "[") {
      const close = c === "(" ? ")" : "]";
      if (dump[i + 1] === close) {
        out += c + close;
        i += 2;
        continue;
      }
      depth++;
      out += c + "\n" + " ".repeat(depth);
      i++;
      continue;
    }
    if (c === ")" || c === "]") {
      depth--;
      out += c;
      i++;
      continue;
    }
    if (c === "," && dump[i + 1] === " ") {
      out += ",\n" + " ".repeat(depth);
      i += 2;
      continue;
    }
    out += c;
    i++;
  }
  return out + "\n";
}

/** A unified diff of CPython's and Taipan's outcomes for `label`. */
export function outcomeDiff(label: string, ref: ParseOutcome, got: ParseOutcome): string {
  const d = unifiedDiff(label, describeOutcome(ref), describeOutcome(got));
  return d || `${label}: the outcomes differ but print alike (CPython ${outcomeKind(ref)}, Taipan ${outcomeKind(got)})\n`;
}
