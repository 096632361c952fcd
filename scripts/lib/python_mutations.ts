// Generators of broken Python source for property-based tests of the front end: windows of
// CPython's standard library with tokens and bytes deleted, duplicated or inserted, and random
// bytes biased towards Python's tokens. Used by src/Parser/parse.fuzz.test.ts (robustness) and
// scripts/fuzz_parse.ts (differential, against CPython).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { findCPython } from "../cpython";

/** Stdlib files that between them use most of the grammar; read from the reference CPython. */
const SEED_FILES = [
  "ast.py",
  "dataclasses.py",
  "enum.py",
  "string.py",
  "textwrap.py",
  "test/test_patma.py",
  "test/test_fstring.py",
  "test/test_grammar.py",
  "test/test_except_star.py",
  "asyncio/tasks.py",
];

let texts: string[] | null = null;

/** The seed files' text, each byte one char (Latin-1), so that bytes survive the round trip. */
export function seedTexts(): string[] {
  if (!texts) {
    const lib = findCPython().stdlib;
    texts = SEED_FILES.map((f) => readFileSync(join(lib, f), "latin1"));
  }
  return texts;
}

/** Splits source into tokens roughly as Python does: names, numbers, strings' quotes, operators, blanks. */
function roughTokens(s: string): string[] {
  return s.match(/[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*|\d[\w.]*|\r?\n|[ \t]+|"""|'''|\*\*=?|\/\/=?|[-+*/%&|^@<>=!:]=|->|<<|>>|\.\.\.|[^\s]/g) ?? [];
}

/** What may be inserted: tokens that matter to the grammar and to the tokenizer. */
const INSERTS = [
  "(", ")", "[", "]", "{", "}", ":", ",", ";", ".", "=", ":=", "*", "**", "->", "@", "\\", "\n", "\r\n", "\r",
  "    ", "\t", "\f", "'", '"', "'''", '"""', "f'", 'f"{', "}", "!r", "b'", "rb'", "#", "0", "0x", "1_", "1e",
  "1j", "0o8", "if", "else", "elif", "for", "in", "while", "def", "class", "lambda", "return", "yield",
  "await", "async", "match", "case", "_", "try", "except", "except*", "finally", "with", "as", "del",
  "global", "nonlocal", "import", "from", "not", "is", "and", "or", "None", "True", "pass", "\u00e9",
  "\u20ac", "\u200b", "\u00a0", "\ufeff", "$", "?", "`", "\x00", "\x7f", "\xff",
];

type Mutation =
  | { kind: "delete"; at: number; len: number }
  | { kind: "duplicate"; at: number; len: number }
  | { kind: "insert"; at: number; token: string }
  | { kind: "byte"; at: number; byte: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), len: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat(), len: fc.integer({ min: 1, max: 6 }) }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), token: fc.constantFrom(...INSERTS) }),
  fc.record({ kind: fc.constant("byte" as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
);

/** A window of up to `maxLines` lines of one seed file, mutated; as bytes. */
export function mutatedSource(maxLines = 60): fc.Arbitrary<Uint8Array> {
  return fc
    .record({
      file: fc.nat({ max: SEED_FILES.length - 1 }),
      start: fc.nat(),
      lines: fc.integer({ min: 1, max: maxLines }),
      mutations: fc.array(mutation, { minLength: 1, maxLength: 6 }),
    })
    .map(({ file, start, lines, mutations }) => {
      const all = seedTexts()[file].split("\n");
      const from = start % all.length;
      const toks = roughTokens(all.slice(from, from + lines).join("\n") + "\n");
      let bytes: number[] | null = null;
      for (const m of mutations) {
        const at = toks.length === 0 ? 0 : m.at % (toks.length + 1);
        if (m.kind === "delete") toks.splice(at, m.len);
        else if (m.kind === "duplicate") toks.splice(at, 0, ...toks.slice(at, at + m.len));
        else if (m.kind === "insert") toks.splice(at, 0, m.token);
        else {
          bytes ??= [];
          bytes.push(at, m.byte);
        }
      }
      const out = Buffer.from(toks.join(""), "latin1");
      // Raw byte overwrites, at token-proportional places.
      for (let i = 0; bytes && i < bytes.length; i += 2) {
        if (out.length > 0) out[Math.floor((bytes[i] / (toks.length + 1)) * out.length) % out.length] = bytes[i + 1];
      }
      return new Uint8Array(out);
    });
}

/** Random bytes, biased towards Python-looking ones. */
export const randomSource: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 200 }),
  fc
    .array(fc.constantFrom(...INSERTS, "x", "y", "1", " ", "f(", "a.b"), { maxLength: 60 })
    .map((ts) => new Uint8Array(Buffer.from(ts.join(""), "latin1"))),
);

