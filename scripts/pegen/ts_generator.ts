// Writes a TypeScript parser from a grammar: one method per rule, in the shape CPython's generated
// C parser has (the role of Tools/peg_generator/pegen/c_generator.py). The generated class extends
// the runtime `Parser` of src/Parser/pegen.ts, whose helpers (expect, memo, errors) it calls.
//
// What it follows from pegen:
// - an alternative is a chain of item matches; on failure the mark goes back to where the rule
//   started; a `~` (cut) that was passed makes the whole rule fail;
// - `(memo)` rules are memoized per token; left-recursive leaders grow a seed in a loop, with the
//   memo holding the best result so far; other members of a left-recursive cycle are not memoized;
// - groups, loops and gathers become auxiliary rules (`_tmp_N`, `_loop0_N`, `_loop1_N`,
//   `_gather_N`); an alternative that is a single `invalid_*` rule only runs in the second pass;
// - a rule whose actions use EXTRA reads the start token's position when it is entered, and the
//   end of the last non-whitespace token when an alternative matches;
// - an alternative without an action returns its single value, or a dummy name for several.
import { analyze } from "./analysis";
import { altToString, itemToString, type Alt, type Grammar, type Item, type NamedItem, type Rhs, type Rule } from "./grammar";

export interface TokenTables {
  /** Token name -> number (NAME -> 1, ...), CPython's numbering. */
  numbers: ReadonlyMap<string, number>;
  /** Operator text -> token name ("(" -> LPAR). */
  exact: ReadonlyMap<string, string>;
}

export interface GeneratorOptions {
  /** The name of the generated class. */
  className: string;
  /** The first line(s) of the file: what it is generated from. */
  header: string;
}

/** Token names that have a dedicated runtime helper returning something other than the Token. */
const SPECIAL_TOKENS: Record<string, { call: string; type: string }> = {
  NAME: { call: "this.name_token()", type: "NameNode" },
  NUMBER: { call: "this.number_token()", type: "NumberNode" },
  STRING: { call: "this.string_token()", type: "Token" },
  SOFT_KEYWORD: { call: "this.soft_keyword_token()", type: "NameNode" },
};

interface AuxRule {
  name: string;
  kind: "tmp" | "loop0" | "loop1" | "gather";
  /** For tmp rules. */
  rhs?: Rhs;
  /** For loops and gathers: the repeated element (and the separator). */
  node?: Item;
  sep?: Item;
  type: string;
}

interface ItemCode {
  code: string;
  type: string;
}

const KEYWORD_BASE = 500;

export class TsGenerator {
  private out: string[] = [];
  private aux: AuxRule[] = [];
  private auxCache = new Map<string, AuxRule>();
  private counter = 0;
  readonly keywords = new Map<string, number>();
  readonly softKeywords = new Set<string>();
  private memoIds = new Map<string, number>();

  constructor(
    private g: Grammar,
    private tokens: TokenTables,
    private opts: GeneratorOptions,
  ) {
    analyze(g, new Set(tokens.numbers.keys()));
    this.collectKeywords();
    let id = 0;
    for (const r of g.rules.values()) if ((r.memo && !r.leftRecursive) || r.leader) this.memoIds.set(r.name, id++);
  }

  private collectKeywords(): void {
    const names: string[] = [];
    const soft: string[] = [];
    const visit = (item: Item): void => {
      switch (item.kind) {
        case "string": {
          const text = item.value.slice(1, -1);
          if (/^[A-Za-z_]\w*$/.test(text)) {
            if (item.value[0] === "'") names.push(text);
            else soft.push(text);
          } else if (!this.tokens.exact.has(text)) {
            throw new Error(`unknown operator token ${item.value}`);
          }
          return;
        }
        case "group":
          for (const a of item.rhs.alts) for (const n of a.items) visit(n.item);
          return;
        case "opt":
        case "repeat0":
        case "repeat1":
        case "lookahead":
        case "forced":
          visit(item.node);
          return;
        case "gather":
          visit(item.sep);
          visit(item.node);
          return;
        default:
          return;
      }
    };
    for (const r of this.g.rules.values()) for (const a of r.rhs.alts) for (const n of a.items) visit(n.item);
    [...new Set(names)].sort().forEach((k, i) => this.keywords.set(k, KEYWORD_BASE + i));
    for (const s of [...new Set(soft)].sort()) this.softKeywords.add(s);
  }

  private print(line: string): void {
    this.out.push(line);
  }

  generate(): string {
    this.print(this.opts.header);
    const sub = this.g.metas.get("subheader");
    if (sub !== undefined) this.print(sub.replace(/^\n/, ""));
    this.print("");
    this.print("/** Keyword text -> the token type the parser gives it (the tokenizer returns NAME). */");
    this.print("const KEYWORDS: ReadonlyMap<string, number> = new Map<string, number>([");
    for (const [k, v] of this.keywords) this.print(`  [${JSON.stringify(k)}, ${v}],`);
    this.print("]);");
    this.print("/** Soft keywords: NAMEs that are keywords only where the grammar says so. */");
    this.print(`const SOFT_KEYWORDS: readonly string[] = ${JSON.stringify([...this.softKeywords])};`);
    this.print("");
    this.print(`export class ${this.opts.className} extends Parser {`);
    // _get_keyword_or_name_type: by length first, then the spelling (no hashing of the NAME).
    this.print("  protected override keywordType(s: string): number {");
    const byLen = new Map<number, [string, number][]>();
    for (const [k, v] of this.keywords) {
      if (!byLen.has(k.length)) byLen.set(k.length, []);
      byLen.get(k.length)!.push([k, v]);
    }
    this.print("    switch (s.length) {");
    for (const [len, kws] of [...byLen].sort((a, b) => a[0] - b[0])) {
      this.print(`      case ${len}:`);
      for (const [k, v] of kws) this.print(`        if (s === ${JSON.stringify(k)}) return ${v};`);
      this.print(`        break;`);
    }
    this.print("    }");
    this.print("    return 1 /* NAME */;");
    this.print("  }");
    this.print("  protected override memoCount(): number {");
    this.print(`    return ${this.memoIds.size};`);
    this.print("  }");
    this.print("  protected override softKeywords(): readonly string[] {");
    this.print("    return SOFT_KEYWORDS;");
    this.print("  }");
    const starts = (this.g.metas.get("start_rules") ?? "exec=start").trim().split(/\s+/).map((kv) => kv.split("="));
    this.print("  protected override parse_start(): unknown {");
    this.print("    switch (this.start_rule) {");
    for (const [mode, rule] of starts) this.print(`      case ${JSON.stringify(mode)}: return this.${rule}();`);
    this.print("      default: return null;");
    this.print("    }");
    this.print("  }");
    for (const r of this.g.rules.values()) this.genRule(r);
    // Auxiliary rules are created while generating; generating one may create more.
    for (let i = 0; i < this.aux.length; i++) this.genAux(this.aux[i]);
    this.print("}");
    const trailer = this.g.metas.get("trailer");
    if (trailer !== undefined) this.print(trailer.replace(/^\n/, ""));
    return this.out.join("\n") + "\n";
  }

  // --- Items ------------------------------------------------------------------------------------

  private ruleType(name: string): string {
    const r = this.g.rules.get(name);
    return r?.type ?? "any";
  }

  private tokenCode(name: string): ItemCode {
    const special = SPECIAL_TOKENS[name];
    if (special) return { code: special.call, type: special.type };
    const n = this.tokens.numbers.get(name);
    if (n === undefined) throw new Error(`unknown token ${name}`);
    return { code: `this.expect(${n} /* ${name} */)`, type: "Token" };
  }

  private stringCode(value: string): ItemCode {
    const text = value.slice(1, -1);
    const kw = this.keywords.get(text);
    if (kw !== undefined && value[0] === "'") return { code: `this.expect(${kw} /* '${text}' */)`, type: "Token" };
    if (this.softKeywords.has(text) && value[0] === '"') return { code: `this.expect_soft_keyword(${JSON.stringify(text)})`, type: "NameNode" };
    const tok = this.tokens.exact.get(text)!;
    return { code: `this.expect(${this.tokens.numbers.get(tok)} /* '${text}' */)`, type: "Token" };
  }

  private auxRule(key: string, make: (name: string) => AuxRule): AuxRule {
    const cached = this.auxCache.get(key);
    if (cached) return cached;
    const rule = make("");
    this.auxCache.set(key, rule);
    this.aux.push(rule);
    return rule;
  }

  /** The code that tries an item and evaluates to its value, or null when it does not match. */
  private itemCode(item: Item): ItemCode {
    switch (item.kind) {
      case "name":
        if (this.g.rules.has(item.value)) return { code: `this.${item.value}()`, type: this.ruleType(item.value) };
        return this.tokenCode(item.value);
      case "string":
        return this.stringCode(item.value);
      case "group": {
        const alts = item.rhs.alts;
        if (alts.length === 1 && alts[0].items.length === 1 && alts[0].action === null && alts[0].items[0].name === null) {
          const inner = alts[0].items[0].item;
          if (inner.kind !== "lookahead" && inner.kind !== "cut" && inner.kind !== "opt" && inner.kind !== "forced")
            return this.itemCode(inner);
        }
        const key = `tmp:${itemToString(item)}`;
        const r = this.auxRule(key, () => ({ name: `_tmp_${++this.counter}`, kind: "tmp", rhs: item.rhs, type: "any" }));
        return { code: `this.${r.name}()`, type: r.type };
      }
      case "repeat0":
      case "repeat1": {
        const elem = this.itemCode(item.node);
        const key = `${item.kind}:${itemToString(item.node)}`;
        const kind = item.kind === "repeat0" ? "loop0" : "loop1";
        const r = this.auxRule(key, () => ({ name: `_${kind}_${++this.counter}`, kind, node: item.node, type: `${wrapArrayElem(elem.type)}[]` }));
        return { code: `this.${r.name}()`, type: r.type };
      }
      case "gather": {
        const elem = this.itemCode(item.node);
        const key = `gather:${itemToString(item)}`;
        const r = this.auxRule(key, () => ({ name: `_gather_${++this.counter}`, kind: "gather", node: item.node, sep: item.sep, type: `${wrapArrayElem(elem.type)}[]` }));
        return { code: `this.${r.name}()`, type: r.type };
      }
      case "opt":
        return this.itemCode(item.node);
      case "forced": {
        const node = item.node;
        if (node.kind === "string" && !this.keywords.has(node.value.slice(1, -1))) {
          const text = node.value.slice(1, -1);
          const tok = this.tokens.exact.get(text)!;
          return { code: `this.expect_forced_token(${this.tokens.numbers.get(tok)}, ${JSON.stringify(text)})`, type: "Token" };
        }
        const inner = this.itemCode(node);
        return { code: `this.expect_forced_result(${inner.code}, ${JSON.stringify(itemToString(node))})`, type: inner.type };
      }
      case "lookahead":
      case "cut":
        throw new Error("lookahead and cut have no value");
    }
  }

  // --- Rules ------------------------------------------------------------------------------------

  private usesExtra(rhs: Rhs): boolean {
    return rhs.alts.some((a) => a.action !== null && /\bEXTRA\b/.test(a.action));
  }

  private enter(): void {
    this.print("    if (this.level++ === MAXSTACK) this.stack_overflow();");
    this.print("    if (this.error_indicator) { this.level--; return null; }");
  }

  private genRule(r: Rule): void {
    const type = r.type ?? "any";
    const comment = `  // ${r.name}: ${r.rhs.alts.map(altToString).join(" | ")}`;
    this.print("");
    this.print(comment.length > 200 ? comment.slice(0, 197) + "..." : comment);
    if (r.leader) {
      const id = this.memoIds.get(r.name)!;
      this.print(`  ${r.name}(): ${type} | null {`);
      this.enter();
      this.print(`    const _mark = this.mark;`);
      this.print(`    const _m = this.memo_get(${id});`);
      this.print(`    if (_m !== NO_MEMO) { this.level--; return _m as ${type} | null; }`);
      this.print(`    let _res: ${type} | null = null;`);
      this.print(`    let _resmark = this.mark;`);
      this.print(`    for (;;) {`);
      this.print(`      this.memo_update(_mark, ${id}, _res);`);
      this.print(`      this.mark = _mark;`);
      this.print(`      const _raw = this.${r.name}_raw();`);
      this.print(`      if (this.error_indicator) { this.level--; return null; }`);
      this.print(`      if (_raw === null || this.mark <= _resmark) break;`);
      this.print(`      _resmark = this.mark;`);
      this.print(`      _res = _raw;`);
      this.print(`    }`);
      this.print(`    this.mark = _resmark;`);
      this.print(`    this.level--;`);
      this.print(`    return _res;`);
      this.print(`  }`);
      this.genBody(`${r.name}_raw`, type, r.rhs, null);
    } else if (r.name.endsWith("without_invalid")) {
      // A *_without_invalid rule runs with the invalid_ rules switched off, even in the second pass.
      this.print(`  ${r.name}(): ${type} | null {`);
      this.print(`    const _prev = this.call_invalid_rules;`);
      this.print(`    this.call_invalid_rules = false;`);
      this.print(`    const _res = this.${r.name}_body();`);
      this.print(`    this.call_invalid_rules = _prev;`);
      this.print(`    return _res;`);
      this.print(`  }`);
      const memoId = r.memo && !r.leftRecursive ? this.memoIds.get(r.name)! : null;
      this.genBody(`${r.name}_body`, type, r.rhs, memoId);
    } else {
      const memoId = r.memo && !r.leftRecursive ? this.memoIds.get(r.name)! : null;
      this.genBody(r.name, type, r.rhs, memoId);
    }
  }

  private genBody(method: string, type: string, rhs: Rhs, memoId: number | null): void {
    this.print(`  ${method}(): ${type} | null {`);
    this.enter();
    if (memoId !== null) {
      this.print(`    const _m = this.memo_get(${memoId});`);
      this.print(`    if (_m !== NO_MEMO) { this.level--; return _m as ${type} | null; }`);
    }
    this.print(`    const _mark = this.mark;`);
    if (this.usesExtra(rhs)) {
      this.print(`    if (this.mark === this.fill && !this.fill_token()) { this.level--; return null; }`);
      this.print(`    const _sl = this.tokens[_mark].lineno, _sc = this.tokens[_mark].col_offset;`);
    }
    if (rhs.alts.some((a) => a.action !== null && /\bp\b/.test(a.action))) this.print(`    const p = this;`);
    this.print(`    let _res: ${type} | null = null;`);
    this.print(`    done: {`);
    for (const alt of rhs.alts) this.genAlt(alt, type);
    this.print(`      _res = null;`);
    this.print(`    }`);
    if (memoId !== null) this.print(`    this.memo_insert(_mark, ${memoId}, _res);`);
    this.print(`    this.level--;`);
    this.print(`    return _res;`);
    this.print(`  }`);
  }

  private genAlt(alt: Alt, type: string): void {
    const first = alt.items[0];
    const gated = alt.items.length === 1 && first.name === null && first.item.kind === "name" && first.item.value.startsWith("invalid_");
    this.print(`      ${gated ? "if (this.call_invalid_rules) " : ""}{ // ${altToString(alt).replace(/\n/g, " ")}`);
    this.print(`        if (this.error_indicator) { this.level--; return null; }`);
    const decls: string[] = [];
    const conds: string[] = [];
    const values: string[] = [];
    let usesLookahead = false;
    let usesCut = false;
    const used = new Set<string>();
    const varName = (n: NamedItem, i: number): string => {
      let name = n.name ?? `_${i}`;
      while (used.has(name)) name += "_";
      used.add(name);
      return name;
    };
    alt.items.forEach((n, i) => {
      const item = n.item;
      if (item.kind === "cut") {
        usesCut = true;
        conds.push("(_cut = true)");
        return;
      }
      if (item.kind === "lookahead") {
        usesLookahead = true;
        const c = this.itemCode(item.node);
        conds.push(`(_p = this.mark, _v = ${c.code}, this.mark = _p, _v ${item.positive ? "!==" : "==="} null)`);
        return;
      }
      const c = this.itemCode(item);
      const v = varName(n, i);
      values.push(v);
      const declType = n.type ?? c.type;
      decls.push(`${v}: ${declType} | null = null`);
      const cast = n.type !== null ? ` as any` : "";
      if (item.kind === "opt") conds.push(`(${v} = ${c.code}${cast}, !this.error_indicator)`);
      else conds.push(`(${v} = ${c.code}${cast}) !== null`);
    });
    if (usesLookahead) this.print(`        let _p = 0, _v: any;`);
    if (usesCut) this.print(`        let _cut = false;`);
    if (decls.length) this.print(`        let ${decls.join(", ")};`);
    this.print(`        if (`);
    this.print(conds.map((c) => `          ${c}`).join(" &&\n"));
    this.print(`        ) {`);
    let action: string;
    if (alt.action !== null) action = alt.action;
    else if (values.length === 1) action = values[0];
    else action = "this.dummy_name()";
    if (/\bEXTRA\b/.test(action)) {
      this.print(`          const _t = this.last_nonwhitespace_token();`);
      this.print(`          if (_t === null) { this.level--; return null; }`);
      this.print(`          const _el = _t.end_lineno, _ec = _t.end_col_offset;`);
      action = action.replace(/\bEXTRA\b/g, "_sl, _sc, _el, _ec");
    }
    this.print(`          _res = ${indentAction(action)};`);
    this.print(`          if (_res === null && this.error_indicator) { this.level--; return null; }`);
    this.print(`          break done;`);
    this.print(`        }`);
    this.print(`        this.mark = _mark;`);
    if (usesCut) this.print(`        if (_cut) { this.level--; return null; }`);
    this.print(`      }`);
    void type;
  }

  private genAux(r: AuxRule): void {
    this.print("");
    if (r.kind === "tmp") {
      this.print(`  // ${r.name}: ${r.rhs!.alts.map(altToString).join(" | ")}`);
      this.genBody(r.name, r.type, r.rhs!, null);
      return;
    }
    const elem = this.itemCode(r.node!);
    if (r.kind === "gather") {
      const sep = this.itemCode(r.sep!);
      this.print(`  // ${r.name}: ${itemToString(r.sep!)}.${itemToString(r.node!)}+`);
      this.print(`  ${r.name}(): ${r.type} | null {`);
      this.enter();
      this.print(`    const _mark = this.mark;`);
      this.print(`    let _elem: ${elem.type} | null = ${elem.code};`);
      this.print(`    if (_elem === null) { this.mark = _mark; this.level--; return null; }`);
      this.print(`    const _seq: ${r.type} = [_elem];`);
      this.print(`    let _end = this.mark;`);
      this.print(`    while (${sep.code} !== null && (_elem = ${elem.code}) !== null) {`);
      this.print(`      _seq.push(_elem);`);
      this.print(`      _end = this.mark;`);
      this.print(`    }`);
      this.print(`    this.mark = _end;`);
      this.print(`    this.level--;`);
      this.print(`    return _seq;`);
      this.print(`  }`);
      return;
    }
    this.print(`  // ${r.name}: ${itemToString(r.node!)}${r.kind === "loop0" ? "*" : "+"}`);
    this.print(`  ${r.name}(): ${r.type} | null {`);
    this.enter();
    this.print(`    let _mark = this.mark;`);
    this.print(`    const _children: ${r.type} = [];`);
    this.print(`    let _elem: ${elem.type} | null;`);
    this.print(`    while ((_elem = ${elem.code}) !== null) {`);
    this.print(`      _children.push(_elem);`);
    this.print(`      _mark = this.mark;`);
    this.print(`    }`);
    this.print(`    this.mark = _mark;`);
    if (r.kind === "loop1") this.print(`    if (_children.length === 0 || this.error_indicator) { this.level--; return null; }`);
    this.print(`    this.level--;`);
    this.print(`    return _children;`);
    this.print(`  }`);
  }
}

function wrapArrayElem(t: string): string {
  return /^[\w.]+(\[\])*$/.test(t) ? t : `(${t})`;
}

function indentAction(action: string): string {
  return action.replace(/\n\s*/g, "\n            ");
}

/** Generates the parser source for a grammar text. */
export function generateParserSource(g: Grammar, tokens: TokenTables, opts: GeneratorOptions): string {
  return new TsGenerator(g, tokens, opts).generate();
}
