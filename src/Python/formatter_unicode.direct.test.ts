// The complex presentation of the format-spec mini-language, called directly (complex is not a
// runtime type yet) and compared with CPython's format(complex(re, im), spec), live.
import { evalInCPython } from "../../scripts/lib/cpython_eval";
import { format_complex } from "./formatter_unicode";
import { PyBaseException } from "../Objects/exceptions";
import * as A from "../Objects/abstract";
import { Py_TYPE } from "../Objects/object";
import "../Objects/stringlib/testeval";

const CASES: [number, number, string][] = [
  [1, 2, ""], [0, 2, ""], [-0, 2, ""], [1.5, -2.25, ""], [1, 2, ".2f"], [1, 2, "10"], [1, 2, "<20.3e"], [1, 2, "^20"], [1, -2, "+"],
  [1, 2, " "], [0, -0, ""], [1e20, 1e-5, ""], [1, 2, "g"], [1, 2, "#g"], [1, 2, "010"], [1, 2, "=10"], [1, 2, "*>15.1f"], [1, 2, "d"],
  [1, 2, "%"], [1, 2, ",.2f"], [1234.5, -6789.25, "_.1f"], [Infinity, NaN, ""], [1, 2, "z.1f"], [-0.0001, 0, "z.2f"], [1, 2, "n"], [1, 2, ".3"],
];

function pyFloat(x: number): string {
  if (Number.isNaN(x)) return "float('nan')";
  if (!Number.isFinite(x)) return x > 0 ? "float('inf')" : "-float('inf')";
  return Object.is(x, -0) ? "-0.0" : String(x);
}

test("complex __format__ is CPython's (live)", () => {
  const exprs = CASES.map(([re, im, spec]) => `format(complex(${pyFloat(re)}, ${pyFloat(im)}), ${JSON.stringify(spec)})`);
  const want = evalInCPython(exprs);
  const bad: string[] = [];
  CASES.forEach(([re, im, spec], i) => {
    let got: string;
    try {
      got = JSON.stringify(format_complex(re, im, spec)).replace(/^"|"$/g, "'");
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      got = `${Py_TYPE(e).ht_name}: ${A.PyObject_StrStr(e)}`;
    }
    if (got !== want[i]) bad.push(`${exprs[i]}: taipan ${got} cpython ${want[i]}`);
  });
  expect(bad).toEqual([]);
});
