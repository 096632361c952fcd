// Compares a batch of expressions between Taipan (stringlib/testeval.ts) and the reference
// CPython (one launch for the whole batch): the str/bytes tests' one assertion helper.
import { evalInCPython } from "../../../scripts/lib/cpython_eval";
import { evalInTaipan } from "./testeval";

/** The expressions whose results differ, as "expr\n  taipan: ...\n  cpython: ..." lines. */
export function liveMismatches(exprs: string[]): string[] {
  const expected = evalInCPython(exprs);
  const out: string[] = [];
  exprs.forEach((src, i) => {
    const got = evalInTaipan(src);
    if (got !== expected[i]) out.push(`${src}\n  taipan:  ${got}\n  cpython: ${expected[i]}`);
  });
  return out;
}
