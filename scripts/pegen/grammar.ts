// The grammar model of our parser generator and the reader of pegen's grammar notation
// (the roles of CPython's Tools/peg_generator/pegen/grammar.py and its metagrammar parser).
//
// Notation read here:
//   @name '''text'''   or  @name "text"        metas (@subheader, @trailer, ...)
//   rule[type] (memo): alt | alt ...           a rule; `[type]` and `(memo)` are optional;
//                                              alternatives may start on the next lines with `|`
//   alt:      item* { action }                 the action is a TypeScript expression
//   item:     name=x | name[type]=x | x
//   x:        &x  !x  &&x  ~  [rhs]  x?  x*  x+  s.x+  (rhs)  NAME  'keyword'  "soft"  '+'

export type Item =
  | { kind: "name"; value: string }
  | { kind: "string"; value: string }
  | { kind: "group"; rhs: Rhs }
  | { kind: "opt"; node: Item }
  | { kind: "repeat0"; node: Item }
  | { kind: "repeat1"; node: Item }
  | { kind: "gather"; sep: Item; node: Item }
  | { kind: "lookahead"; positive: boolean; node: Item }
  | { kind: "forced"; node: Item }
  | { kind: "cut" };

export interface NamedItem {
  name: string | null;
  type: string | null;
  item: Item;
}

export interface Alt {
  items: NamedItem[];
  action: string | null;
}

export interface Rhs {
  alts: Alt[];
}

export interface Rule {
  name: string;
  type: string | null;
  memo: boolean;
  rhs: Rhs;
  // Filled in by the analysis (scripts/pegen/analysis.ts).
  nullable: boolean;
  leftRecursive: boolean;
  leader: boolean;
}

export interface Grammar {
  rules: Map<string, Rule>;
  metas: Map<string, string>;
}

/** A grammar error, with the line of the .gram file it is on. */
export class GrammarError extends Error {}

// --- Reading ------------------------------------------------------------------------------------

type Tok =
  | { t: "name"; v: string; line: number }
  | { t: "string"; v: string; line: number }
  | { t: "action"; v: string; line: number }
  | { t: "op"; v: string; line: number };

const OPS = ["&&", "&", "!", "~", "[", "]", "(", ")", "?", "*", "+", ".", "|", "=", ":"];

/** Splits a rule body into tokens; newlines are plain whitespace inside a rule. */
function lexBody(text: string, firstLine: number): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  let line = firstLine;
  while (i < text.length) {
    const c = text[i];
    if (c === "\n") {
      line++;
      i++;
    } else if (c === " " || c === "\t" || c === "\r") {
      i++;
    } else if (c === "#") {
      while (i < text.length && text[i] !== "\n") i++;
    } else if (/[A-Za-z_]/.test(c)) {
      let j = i + 1;
      while (j < text.length && /[A-Za-z0-9_]/.test(text[j])) j++;
      out.push({ t: "name", v: text.slice(i, j), line });
      i = j;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== c) {
        if (text[j] === "\\") j++;
        j++;
      }
      if (j >= text.length) throw new GrammarError(`line ${line}: unterminated string`);
      out.push({ t: "string", v: text.slice(i, j + 1), line });
      i = j + 1;
    } else if (c === "{") {
      // An action: balanced braces, skipping over quoted strings and template literals.
      let depth = 0;
      let j = i;
      const startLine = line;
      for (; j < text.length; j++) {
        const d = text[j];
        if (d === "\n") line++;
        if (d === "'" || d === '"' || d === "`") {
          j++;
          while (j < text.length && text[j] !== d) {
            if (text[j] === "\\") j++;
            j++;
          }
          continue;
        }
        if (d === "{") depth++;
        else if (d === "}") {
          depth--;
          if (depth === 0) break;
        }
      }
      if (j >= text.length) throw new GrammarError(`line ${startLine}: unterminated action`);
      out.push({ t: "action", v: text.slice(i + 1, j).trim(), line: startLine });
      i = j + 1;
    } else {
      const op = OPS.find((o) => text.startsWith(o, i));
      if (!op) throw new GrammarError(`line ${line}: unexpected character ${JSON.stringify(c)}`);
      out.push({ t: "op", v: op, line });
      i += op.length;
    }
  }
  return out;
}

/** Reads the bracketed type after a rule or item name: `[expr[]]` -> `expr[]`. */
function readType(toks: Tok[], pos: number): [string, number] {
  // toks[pos] is '['; the type is everything up to the matching ']' (types may hold brackets).
  let depth = 0;
  let s = "";
  let i = pos;
  for (; i < toks.length; i++) {
    const t = toks[i];
    if (t.t === "op" && t.v === "[") {
      depth++;
      if (depth === 1) continue;
    } else if (t.t === "op" && t.v === "]") {
      depth--;
      if (depth === 0) return [s, i + 1];
    }
    s += t.t === "action" ? `{${t.v}}` : t.v;
    if (t.t === "name" && toks[i + 1]?.t === "name") s += " ";
  }
  throw new GrammarError(`line ${toks[pos].line}: unclosed type`);
}

class BodyReader {
  pos = 0;
  constructor(private toks: Tok[], private ruleName: string) {}

  private peek(): Tok | undefined {
    return this.toks[this.pos];
  }
  private isOp(v: string, at = this.pos): boolean {
    const t = this.toks[at];
    return t !== undefined && t.t === "op" && t.v === v;
  }
  private fail(msg: string): never {
    const t = this.peek();
    throw new GrammarError(`rule ${this.ruleName}, line ${t?.line ?? "?"}: ${msg}`);
  }

  rhs(stop: string | null): Rhs {
    const alts: Alt[] = [];
    if (this.isOp("|")) this.pos++;
    for (;;) {
      alts.push(this.alt());
      if (this.isOp("|")) {
        this.pos++;
        continue;
      }
      break;
    }
    if (stop !== null) {
      if (!this.isOp(stop)) this.fail(`expected '${stop}'`);
      this.pos++;
    }
    return { alts };
  }

  private alt(): Alt {
    const items: NamedItem[] = [];
    let action: string | null = null;
    for (;;) {
      const t = this.peek();
      if (t === undefined) break;
      if (t.t === "action") {
        action = t.v;
        this.pos++;
        break;
      }
      if (t.t === "op" && (t.v === "|" || t.v === ")" || t.v === "]")) break;
      items.push(this.namedItem());
    }
    if (items.length === 0) this.fail("empty alternative");
    return { items, action };
  }

  private namedItem(): NamedItem {
    const t = this.peek()!;
    if (t.t === "name") {
      if (this.isOp("=", this.pos + 1)) {
        this.pos += 2;
        return { name: t.v, type: null, item: this.item() };
      }
      if (this.isOp("[", this.pos + 1)) {
        // name[type]=item, unless this is an item followed by an optional group: look for ']='.
        const save = this.pos;
        try {
          const [type, after] = readType(this.toks, this.pos + 1);
          if (this.isOp("=", after)) {
            this.pos = after + 1;
            return { name: t.v, type, item: this.item() };
          }
        } catch {
          // not a typed name
        }
        this.pos = save;
      }
    }
    return { name: null, type: null, item: this.item() };
  }

  private item(): Item {
    if (this.isOp("&&")) {
      this.pos++;
      return { kind: "forced", node: this.atom() };
    }
    if (this.isOp("&")) {
      this.pos++;
      return { kind: "lookahead", positive: true, node: this.atom() };
    }
    if (this.isOp("!")) {
      this.pos++;
      return { kind: "lookahead", positive: false, node: this.atom() };
    }
    if (this.isOp("~")) {
      this.pos++;
      return { kind: "cut" };
    }
    if (this.isOp("[")) {
      this.pos++;
      const rhs = this.rhs("]");
      return { kind: "opt", node: { kind: "group", rhs } };
    }
    const atom = this.atom();
    if (this.isOp("?")) {
      this.pos++;
      return { kind: "opt", node: atom };
    }
    if (this.isOp("*")) {
      this.pos++;
      return { kind: "repeat0", node: atom };
    }
    if (this.isOp("+")) {
      this.pos++;
      return { kind: "repeat1", node: atom };
    }
    if (this.isOp(".") && this.toks[this.pos + 1] !== undefined && !this.isOp("|", this.pos + 1)) {
      this.pos++;
      const node = this.atom();
      if (!this.isOp("+")) this.fail("expected '+' after a gather");
      this.pos++;
      return { kind: "gather", sep: atom, node };
    }
    return atom;
  }

  private atom(): Item {
    const t = this.peek();
    if (t === undefined) this.fail("unexpected end of rule");
    if (t.t === "op" && t.v === "(") {
      this.pos++;
      return { kind: "group", rhs: this.rhs(")") };
    }
    if (t.t === "name") {
      this.pos++;
      return { kind: "name", value: t.v };
    }
    if (t.t === "string") {
      this.pos++;
      return { kind: "string", value: t.v };
    }
    this.fail(`unexpected ${JSON.stringify(t.v)}`);
  }

  done(): boolean {
    return this.pos >= this.toks.length;
  }
}

const RULE_HEAD = /^([A-Za-z_][A-Za-z0-9_]*)/;

/** Reads a grammar in pegen's notation. */
export function parseGrammar(text: string): Grammar {
  const rules = new Map<string, Rule>();
  const metas = new Map<string, string>();
  const lines = text.split("\n");
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.startsWith("@")) {
      const m = /^@([A-Za-z_]+)\s*(.*)$/.exec(line);
      if (!m) throw new GrammarError(`line ${i + 1}: bad meta`);
      let value = m[2];
      let lineNo = i;
      for (const q of ["'''", '"""']) {
        if (value.startsWith(q)) {
          let body = value.slice(3);
          while (!body.includes(q)) {
            lineNo++;
            if (lineNo >= lines.length) throw new GrammarError(`line ${i + 1}: unterminated meta`);
            body += "\n" + lines[lineNo];
          }
          value = body.slice(0, body.indexOf(q));
          break;
        }
      }
      if (value.startsWith("'") || value.startsWith('"')) value = value.slice(1, -1);
      metas.set(m[1], value);
      i = lineNo + 1;
      continue;
    }
    const head = RULE_HEAD.exec(line);
    if (!head) {
      if (line.trim() !== "" && !line.trim().startsWith("#") && line[0] !== " ")
        throw new GrammarError(`line ${i + 1}: expected a rule`);
      i++;
      continue;
    }
    // The rule runs until the next line that starts in column 0 with a name or '@'.
    let j = i + 1;
    while (j < lines.length && !/^[A-Za-z_@]/.test(lines[j])) j++;
    const body = lines.slice(i, j).join("\n");
    const toks = lexBody(body, i + 1);
    // name [type] (memo)? ':'
    let p = 1;
    let type: string | null = null;
    let memo = false;
    const name = head[1];
    if (toks[p]?.t === "op" && toks[p].v === "[") [type, p] = readType(toks, p);
    if (toks[p]?.t === "op" && toks[p].v === "(" && toks[p + 1]?.v === "memo" && toks[p + 2]?.v === ")") {
      memo = true;
      p += 3;
    }
    if (!(toks[p]?.t === "op" && toks[p].v === ":")) throw new GrammarError(`line ${i + 1}: expected ':' after rule name ${name}`);
    const reader = new BodyReader(toks.slice(p + 1), name);
    const rhs = reader.rhs(null);
    if (!reader.done()) throw new GrammarError(`rule ${name}: unexpected text after the alternatives`);
    if (rules.has(name)) throw new GrammarError(`rule ${name} defined twice`);
    rules.set(name, { name, type, memo, rhs, nullable: false, leftRecursive: false, leader: false });
    i = j;
  }
  return { rules, metas };
}

/** The grammar text of an item, for comments in generated code. */
export function itemToString(item: Item): string {
  switch (item.kind) {
    case "name":
    case "string":
      return item.value;
    case "group":
      return `(${rhsToString(item.rhs)})`;
    case "opt":
      return item.node.kind === "group" ? `[${rhsToString(item.node.rhs)}]` : `${itemToString(item.node)}?`;
    case "repeat0":
      return `${itemToString(item.node)}*`;
    case "repeat1":
      return `${itemToString(item.node)}+`;
    case "gather":
      return `${itemToString(item.sep)}.${itemToString(item.node)}+`;
    case "lookahead":
      return `${item.positive ? "&" : "!"}${itemToString(item.node)}`;
    case "forced":
      return `&&${itemToString(item.node)}`;
    case "cut":
      return "~";
  }
}

export function altToString(alt: Alt): string {
  return alt.items.map((n) => (n.name ? `${n.name}=` : "") + itemToString(n.item)).join(" ");
}

export function rhsToString(rhs: Rhs): string {
  return rhs.alts.map(altToString).join(" | ");
}
