// range, slice, enumerate, zip, map, filter, reversed, checked live against the reference CPython.
import { containerMismatches } from "./containers_live";

const EXPRS = [
  "range(10)", "range(1, 10, 2)", "range(0)", "range(5)[1:3]", "range(10)[::-2]", "range(10)[-1]", "range(10)[10]",
  "range(0, 10, 3)[1::2]", "len(range(2 ** 100))", "range(2 ** 100)[2 ** 99]", "range(10)[2 ** 100]", "len(range(-5))",
  "range(1, 10, 0)", "range(1.5)", "range()", "range(1, 2, 3, 4)", "list(range(10, 0, -3))", "list(reversed(range(1, 10, 3)))",
  "5 in range(10)", "5.0 in range(10)", "10 in range(10)", "3 in range(0, 10, 2)", "range(10).index(3)", "range(10).index(11)",
  "range(10).count(3)", "range(0, 10, 2).count(4.0)", "range(0) == range(5, 1)", "range(0, 3, 2) == range(0, 4, 2)",
  "range(1) == range(1, 2)", "hash(range(0)) == hash(range(3, 1))", "hash(range(0, 3, 2)) == hash(range(0, 4, 2))",
  "range(10) < range(11)", "range(3).start", "range(1, 10, 2).stop", "range(1, 10, 2).step", "bool(range(0))",
  "list(range(2 ** 64, 2 ** 64 + 3))", "range(2 ** 64)[-1]", "iter(range(3)).__length_hint__()", "type(iter(range(3))).__name__",
  "type(iter(range(2 ** 64))).__name__", "type(reversed(range(3))).__name__", "range(True, 3)", "range(0, 10, 3)[-2]",
  "slice(1, 2)", "slice(3)", "slice(1, 2, 3).indices(10)", "slice(None, None, -1).indices(5)", "slice(1, 2).indices(-1)",
  "slice(None, None, 0).indices(3)", "hash(slice(1, 2))", "slice(1, 2) == slice(1, 2)", "slice(1, 2) < slice(1, 3)",
  "slice(2 ** 100, -2 ** 100, -1).indices(5)", "slice('a').indices(3)", "slice(1, 2, 3).start", "slice()",
  "list(enumerate('ab'))", "list(enumerate('ab', 5))", "list(enumerate('ab', 2 ** 70))", "list(enumerate('ab', start=-1))",
  "enumerate(1)", "enumerate('a', 'b')", "enumerate()", "list(enumerate(iterable='xy'))",
  "list(zip('ab', 'xyz'))", "list(zip())", "list(zip('ab', 'xy', strict=True))", "list(zip('ab', 'x', strict=True))",
  "list(zip('a', 'xy', strict=True))", "list(zip('ab', 'ab', 'a', strict=True))", "zip(1)", "list(zip('a', strict=False))",
  "list(map(abs, [-1, 2]))", "list(map(pow, [2, 3], [3, 2]))", "map(abs)", "list(map(abs, [1], [2]))", "map()",
  "list(filter(None, [0, 1, '', 'a']))", "list(filter(lambda x: x > 1, [1, 2, 3]))", "filter(None)", "filter(None, 1)",
  "list(reversed([1, 2]))", "list(reversed((1, 2)))", "list(reversed('abc'))", "reversed(1)", "reversed({1})",
  "(lambda it=reversed('abc'): (next(it), it.__length_hint__())[1])()", "type(reversed('ab')).__name__",
  "list(reversed(range(0)))", "reversed([], 1)", "type(zip()).__name__", "type(map(abs, [])).__name__",
];

test("range/slice/iterator expressions agree with CPython", () => {
  expect(containerMismatches(EXPRS)).toEqual([]);
});
