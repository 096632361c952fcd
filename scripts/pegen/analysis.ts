// Grammar analysis: which rules can match the empty string, and which are left-recursive with
// which rule leading each left-recursive cycle (the roles of pegen's compute_nullables and
// compute_left_recursives, in Tools/peg_generator/pegen/parser_generator.py).
import { GrammarError, type Alt, type Grammar, type Item, type Rhs } from "./grammar";

/** Marks every rule's `nullable` flag (a fixed point over the rules). */
export function computeNullables(g: Grammar): void {
  const itemNullable = (item: Item): boolean => {
    switch (item.kind) {
      case "name": {
        const r = g.rules.get(item.value);
        return r ? r.nullable : false; // tokens are never empty
      }
      case "string":
        return false;
      case "group":
        return rhsNullable(item.rhs);
      case "opt":
      case "repeat0":
      case "lookahead":
      case "cut":
        return true;
      case "repeat1":
      case "forced":
        return itemNullable(item.node);
      case "gather":
        return itemNullable(item.node);
    }
  };
  const altNullable = (alt: Alt): boolean => alt.items.every((n) => itemNullable(n.item));
  const rhsNullable = (rhs: Rhs): boolean => rhs.alts.some(altNullable);
  for (let changed = true; changed; ) {
    changed = false;
    for (const r of g.rules.values()) {
      if (!r.nullable && rhsNullable(r.rhs)) {
        r.nullable = true;
        changed = true;
      }
    }
  }
}

/** The rules an item may call at its starting position (without consuming input first). */
function initialNames(g: Grammar, item: Item, out: Set<string>): void {
  switch (item.kind) {
    case "name":
      if (g.rules.has(item.value)) out.add(item.value);
      return;
    case "string":
    case "cut":
      return;
    case "group":
      for (const alt of item.rhs.alts) altInitialNames(g, alt, out);
      return;
    case "opt":
    case "repeat0":
    case "repeat1":
    case "lookahead":
    case "forced":
      initialNames(g, item.node, out);
      return;
    case "gather":
      initialNames(g, item.node, out);
      return;
  }
}

function isNullableItem(g: Grammar, item: Item): boolean {
  switch (item.kind) {
    case "name":
      return g.rules.get(item.value)?.nullable ?? false;
    case "string":
      return false;
    case "group":
      return item.rhs.alts.some((a) => a.items.every((n) => isNullableItem(g, n.item)));
    case "opt":
    case "repeat0":
    case "lookahead":
    case "cut":
      return true;
    case "repeat1":
    case "forced":
    case "gather":
      return isNullableItem(g, item.node);
  }
}

function altInitialNames(g: Grammar, alt: Alt, out: Set<string>): void {
  for (const n of alt.items) {
    initialNames(g, n.item, out);
    if (!isNullableItem(g, n.item)) break;
  }
}

/** The graph of left invocations: an edge A -> B when A may call B at its starting position. */
export function makeFirstGraph(g: Grammar): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const r of g.rules.values()) {
    const names = new Set<string>();
    for (const alt of r.rhs.alts) altInitialNames(g, alt, names);
    graph.set(r.name, names);
  }
  return graph;
}

/** Tarjan's strongly connected components, in a deterministic order. */
export function stronglyConnectedComponents(graph: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const out: string[][] = [];
  let counter = 0;
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of [...(graph.get(v) ?? [])].sort()) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      out.push(scc.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return out;
}

/** Every simple cycle inside an SCC that starts (and ends) at `start`. */
function cyclesFrom(graph: Map<string, Set<string>>, scc: Set<string>, start: string): string[][] {
  const cycles: string[][] = [];
  const path: string[] = [start];
  const walk = (v: string): void => {
    for (const w of graph.get(v) ?? []) {
      if (!scc.has(w)) continue;
      if (w === start) cycles.push([...path]);
      else if (!path.includes(w)) {
        path.push(w);
        walk(w);
        path.pop();
      }
    }
  };
  walk(start);
  return cycles;
}

/**
 * Marks left-recursive rules, and in each left-recursive SCC one leader through which every
 * cycle passes (the smallest name among the candidates, as pegen picks).
 */
export function computeLeftRecursives(g: Grammar): void {
  const graph = makeFirstGraph(g);
  for (const scc of stronglyConnectedComponents(graph)) {
    if (scc.length > 1) {
      const members = new Set(scc);
      for (const name of scc) g.rules.get(name)!.leftRecursive = true;
      let leaders = new Set(scc);
      for (const start of scc) {
        for (const cycle of cyclesFrom(graph, members, start)) {
          const inCycle = new Set(cycle);
          leaders = new Set([...leaders].filter((x) => inCycle.has(x)));
          if (leaders.size === 0) throw new GrammarError(`SCC {${scc.join(", ")}} has no leadership candidate`);
        }
      }
      const leader = [...leaders].sort()[0];
      g.rules.get(leader)!.leader = true;
    } else {
      const name = scc[0];
      if (graph.get(name)?.has(name)) {
        const r = g.rules.get(name)!;
        r.leftRecursive = true;
        r.leader = true;
      }
    }
  }
}

/** Checks that every name used is a rule or a token, and runs the analyses. */
export function analyze(g: Grammar, tokenNames: ReadonlySet<string>): void {
  const check = (item: Item, rule: string): void => {
    switch (item.kind) {
      case "name":
        if (!g.rules.has(item.value) && !tokenNames.has(item.value))
          throw new GrammarError(`rule ${rule}: unknown name ${item.value}`);
        return;
      case "group":
        for (const a of item.rhs.alts) for (const n of a.items) check(n.item, rule);
        return;
      case "opt":
      case "repeat0":
      case "repeat1":
      case "lookahead":
      case "forced":
        check(item.node, rule);
        return;
      case "gather":
        check(item.sep, rule);
        check(item.node, rule);
        return;
      default:
        return;
    }
  };
  for (const r of g.rules.values()) for (const a of r.rhs.alts) for (const n of a.items) check(n.item, r.name);
  computeNullables(g);
  computeLeftRecursives(g);
}
