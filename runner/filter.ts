// -m/-i/--matchfile/--ignorefile: which test ids are selected, by CPython's rules (libregrtest's
// filter.py). The harness applies the same rules inside the worker; this copy decides which of
// CPython's baseline tests a filtered run is compared with.

/** fnmatch's glob (*, ?, [seq], [!seq]) as an anchored, case-sensitive RegExp. */
export function globToRegExp(pattern: string): RegExp {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "*") re += "[\\s\\S]*";
    else if (c === "?") re += "[\\s\\S]";
    else if (c === "[") {
      let j = i + 1;
      if (pattern[j] === "!") j++;
      if (pattern[j] === "]") j++;
      while (j < pattern.length && pattern[j] !== "]") j++;
      if (j >= pattern.length) {
        re += "\\[";
        continue;
      }
      let body = pattern.slice(i + 1, j);
      const neg = body.startsWith("!");
      if (neg) body = body.slice(1);
      re += `[${neg ? "^" : ""}${body.replace(/[\\\]^]/g, (x) => "\\" + x)}]`;
      i = j;
    } else re += c.replace(/[.*+?^${}()|[\]\\/]/g, (x) => "\\" + x);
  }
  return new RegExp(`^(?:${re})$`);
}

function isFullId(p: string): boolean {
  return p.includes(".") && !/[?*[\]]/.test(p);
}

function matcher(patterns: string[]): (id: string) => boolean {
  if (patterns.every(isFullId)) {
    const set = new Set(patterns);
    return (id) => set.has(id);
  }
  const res = patterns.map(globToRegExp);
  return (id) => res.some((r) => r.test(id)) || id.split(".").some((part) => res.some((r) => r.test(part)));
}

/** A predicate over test ids, or undefined when nothing is filtered. */
export function makeFilter(matchTests: [string, boolean][]): ((id: string) => boolean) | undefined {
  if (!matchTests.length) return undefined;
  const groups: [string[], boolean][] = [];
  for (const [p, inc] of matchTests) {
    if (groups.length && groups[groups.length - 1][1] === inc) groups[groups.length - 1][0].push(p);
    else groups.push([[p], inc]);
  }
  const ms = groups.map(([ps, inc]) => [matcher(ps), inc] as const);
  return (id) => {
    let result = false;
    for (let i = ms.length - 1; i >= 0; i--) {
      const [m, inc] = ms[i];
      result = inc;
      if (m(id)) return inc;
    }
    return !result;
  };
}
