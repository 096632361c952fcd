// dict and its views, checked live against the reference CPython.
import { containerMismatches } from "./containers_live";

const EXPRS = [
  "{1: 'a', 1.0: 'b', True: 'c'}", "{'a': 1}['b']", "{(1, 2): 3}[(1, 2)]", "{[1]: 2}", "{}[[1]]", "dict(a=1, b=2)",
  "dict([(1, 2), (3, 4)])", "dict([(1, 2, 3)])", "dict([1])", "dict([[1, 2]], x=3)", "dict({1: 2}, **{'y': 3})", "dict(1, 2)",
  "{1: 2}.get(1)", "{1: 2}.get(3, 'd')", "{}.get()", "{}.get(1, 2, 3)", "{}.pop(1)", "{}.pop(1, 'x')", "{}.pop()",
  "{}.popitem()", "(lambda d={1: 2, 3: 4}: (d.popitem(), d)[::])()", "(lambda d={}: (d.setdefault('k', []).append(1), d)[1])()",
  "dict.fromkeys('ab')", "dict.fromkeys('ab', 0)", "dict.fromkeys()", "{1: 2} | {3: 4}", "{1: 2} | [(3, 4)]",
  "(lambda d={1: 2}: (d.__ior__([(3, 4)]), d)[1])()", "{1: 2} == {1: 2.0}", "{1: 2} == {1: 3}", "{1: 2} < {1: 2}",
  "list(reversed({1: 2, 3: 4}))", "list(reversed({1: 2, 3: 4}.items()))", "list(reversed({1: 2}.values()))",
  "{1: 2, 3: 4}.keys() & {1}", "{1: 2}.keys() | [5]", "{1: 2, 3: 4}.keys() - {1}", "{1: 2}.keys() ^ {1, 3}",
  "[1, 7] - {1: 2}.keys()", "{1: 2}.items() & {(1, 2)}", "{1: 2}.keys() == {1}", "{1: 2}.keys() < {1, 2}",
  "{1: 2}.values() == {1: 2}.values()", "{1: 2}.keys().isdisjoint([3])", "{1: 2}.keys().mapping",
  "type({}.keys().mapping).__name__", "repr({1: 2}.items())", "(1, 2) in {1: 2}.items()", "[1, 2] in {1: 2}.items()",
  "2 in {1: 2}.values()", "hash({}.keys())", "{}.keys()[0]", "len({1: 2, 3: 4}.items())",
  "[type(x).__name__ for x in (iter({}), iter({}.values()), iter({}.items()), reversed({}), reversed({}.values()), reversed({}.items()))]",
  "(lambda d={1: 1, 2: 2}: (d.__delitem__(1), d.__setitem__(3, 3), list(d))[2])()",
  "(lambda d={1: 1}: [d.__setitem__(k + 1, 0) for k in d])()",
  "(lambda it=iter({1: 2, 3: 4}): (next(it), it.__length_hint__())[1])()",
  "(lambda d={}: (d.__setitem__('s', d), repr(d))[1])()", "{'a': 1}.__class_getitem__ is not None",
  "(lambda d={1: 'x'}: (d.update({1: 'y'}, z=2), d)[1])()", "{}.update(1)", "{}.update([1, 2])", "{}.update({}, {})",
  "{-1: 'a', -2: 'b'}", "{2 ** 64: 1, 2 ** 64 + 0.0: 2}", "{0.5: 1, 1/2: 2}", "{float('nan'): 1}", "hash({})",
  "{'b': 1, 'a': 2}", "sorted({3: 1, 1: 2})", "list({'x': 1, 'y': 2}.items())", "{1: 2}.copy()", "dict.fromkeys([1, 1.0, True])",
];

test("dict expressions agree with CPython", () => {
  expect(containerMismatches(EXPRS)).toEqual([]);
});
