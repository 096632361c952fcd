// tuple, checked live against the reference CPython.
import { containerMismatches } from "./containers_live";

const EXPRS = [
  "(1,)", "()", "(1, 2) + (3,)", "(1, 2) + [3]", "(1, 2) * 2", "(1,) * 0", "(1, 2, 3)[::-1]", "(1, 2, 3)[1:]", "(1, 2)[5]",
  "(1, 2)['a']", "(1, 2, 3).index(3)", "(1, 2, 3).index(4)", "(1, 2, 3).index(1, 1)", "(1, 2, 2).count(2)",
  "hash(())", "hash((1,))", "hash((1, 2))", "hash((1, (2, 3), 'a' == 'a', None is None))", "hash((-1,))", "hash((2 ** 100, -2 ** 70))",
  "hash((1.5, 0.0, -0.0))", "hash(([],))", "hash((1, 2)) == hash((1.0, 2.0))", "(1, 2) < (1, 2, 3)", "(1, 'a') < (1, 2)",
  "(1, 2) == (1, 2)", "(1, [2]) == (1, [2])", "((1, 2),) > ((1, 1),)", "tuple('abc')", "tuple(x=1)", "tuple(5)",
  "(1, 2).__getnewargs__()", "type(iter(())).__name__", "(lambda it=iter((1, 2, 3)): (next(it), it.__length_hint__())[1])()",
  "(lambda it=iter((1, 2, 3)): (it.__setstate__(1), list(it))[1])()", "(lambda t=([],): (t[0].append(t), repr(t))[1])()",
  "(1, 2)[-2 ** 100:]", "(1, 2, 3)[True]", "() is ()", "(1, 2)[0:2] == (1, 2)", "len((1, 2, 3))", "3 in (1, 2, 3)",
];

test("tuple expressions agree with CPython", () => {
  expect(containerMismatches(EXPRS)).toEqual([]);
});
