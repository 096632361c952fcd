// set and frozenset, checked live against the reference CPython.
import { containerMismatches } from "./containers_live";

const EXPRS = [
  "set()", "frozenset()", "{1}", "frozenset({1})", "set([[1]])", "{[1]}", "{1, 2} | {3}", "{1, 2} | [3]", "{1, 2}.union([3], (4,))",
  "{1, 2} & {2, 3}", "{1, 2} & [2]", "{1, 2}.intersection([2], {2, 5})", "{1, 2}.intersection()", "{1, 2} - {2}", "{1, 2} - [2]",
  "{1, 2}.difference([2])", "{1, 2} ^ [2]", "{1} < {1, 2}", "{1} <= {1}",
  "{1, 2} > {1}", "{1} >= {2}", "{1} == frozenset({1})", "{1} < [1, 2]", "{1}.issubset([1, 2])", "{1, 2}.issuperset([1])",
  "{1}.isdisjoint([2])", "{1}.isdisjoint({1})", "hash(frozenset())", "hash(frozenset({1}))", "hash(frozenset({1, 2, 3}))",
  "hash(frozenset({(1, 2), 3.5, 'x' == 'x'}))", "hash(frozenset({frozenset({1}), -1}))", "hash({1})", "{1}.remove(2)", "{1}.pop()",
  "set().pop()", "(lambda s={1, 2}: (s.discard(3), s.remove(1), s)[2])()", "frozenset({1}) | {2}",
  "type(frozenset({1}) & {1}).__name__", "type({1} & frozenset({1})).__name__", "frozenset({1}).copy()", "{frozenset({1}): 2}",
  "{1} in {frozenset({1})}", "(lambda s={frozenset({1})}: (s.remove({1}), s)[1])()", "set(1)", "set(x=1)", "set([1], [2])",
  "frozenset([1], [2])", "(lambda s={1, 2}: (s.__ior__({3}), s)[1])()", "(lambda s={1, 2}: s.__ior__([3]))()",
  "(lambda s={1, 2}: (s.__iand__({2}), s)[1])()", "(lambda s={1, 2}: (s.__isub__({2}), s)[1])()",
  "(lambda s={1, 2}: (s.__ixor__({2, 3}), s)[1])()", "(lambda s={1, 2}: (s.intersection_update([2], [2, 3]), s)[1])()",
  "(lambda s={1, 2, 3}: (s.difference_update([2], [3]), s)[1])()", "(lambda s={1}: (s.symmetric_difference_update([1, 2]), s)[1])()",
  "(lambda s={1, 2}: (s.update([3], [4]), s)[1])()", "(lambda s={1}: [s.add(9) for _ in s])()",
  "(lambda it=iter({1, 2, 3}): (next(it), it.__length_hint__())[1])()", "type(iter(set())).__name__", "{1, 1.0, True}",
  "(lambda s=set(): (s.add(s) if False else s.add(frozenset(s)), s)[1])()", "{1} + {2}", "{1, 2}.copy()", "len({1, 2, 2})",
  "set('aab') == {'a', 'b'}", "{1}.__class_getitem__ is not None", "{1} == {1.0}", "frozenset({1, 2}) == {2, 1}",
];

test("set expressions agree with CPython", () => {
  expect(containerMismatches(EXPRS)).toEqual([]);
});

// Known gap: iteration order follows insertion, not CPython's hash-table layout; these compare
// contents only until the table is emulated.
test("set results whose order differs from CPython still hold the same elements", () => {
  expect(containerMismatches([
    "sorted({1, 2} ^ {2, 3})", "sorted({1, 2}.symmetric_difference([2, 3]))", "sorted({2} | frozenset({1}))",
  ])).toEqual([]);
});
