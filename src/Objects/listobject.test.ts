// list, checked live against the reference CPython (expressions evaluated by both).
import { containerMismatches } from "./containers_live";

const EXPRS = [
  "[1, 2, 3][::-1]", "[1, 2, 3][5:1:-1]", "list(range(10))[1:9:3]", "[1, 2][True]", "[1][1]", "[1]['a']", "[][0:0:0]",
  "[1, 2] + (3,)", "[1, 2] * 3", "[1] * -1", "3 * [0]", "[1, 2] == [1, 2]", "[1, 2] < [1, 3]", "[1, 2] < [1, 2, 0]",
  "[1, 'a'] < [1, 2]", "[float('nan')] == [float('nan')]", "(lambda n=float('nan'): [n] == [n])()",
  "(lambda l=[1, 2, 3]: (l.append(4), l)[1])()", "(lambda l=[1, 2, 3]: (l.insert(-10, 0), l.insert(100, 9), l)[2])()",
  "(lambda l=[1, 2, 3]: (l.pop(), l.pop(0), l)[::])()", "[].pop()", "[1].pop(5)", "[1].pop('a')",
  "[1, 2, 3].index(2)", "[1, 2, 3].index(4)", "[1, 2, 3, 2].index(2, 2)", "[1, 2, 3].index(1, -2)", "[1, 2].index(1, 'a')",
  "[1, 2, 3, 2].count(2)", "(lambda l=[3, 1, 2]: (l.sort(), l)[1])()", "sorted([3, 1, 2], reverse=True)",
  "sorted(['b', 'A', 'a'], key=str.lower)", "sorted([1, 'a'])", "sorted([(1, 'b'), (1, 'a'), (0, 'z')])",
  "sorted([3, 1], key=1)", "sorted([1, 2], reverse=None)", "sorted([1.5, 1, True, 0.5])",
  "(lambda l=[1, 2, 3, 4, 5]: (l.__setitem__(slice(None, None, 2), 'ab'), l)[1])()",
  "(lambda l=[1, 2, 3, 4, 5]: (l.__setitem__(slice(None, None, 2), 'abc'), l)[1])()",
  "(lambda l=[1, 2, 3, 4, 5]: (l.__setitem__(slice(1, 3), 'xyz'), l)[1])()",
  "(lambda l=[1, 2, 3, 4, 5]: (l.__setitem__(slice(1, 3), 5), l)[1])()",
  "(lambda l=[1, 2, 3, 4, 5]: (l.__setitem__(slice(None, None, 2), 5), l)[1])()",
  "(lambda l=[1, 2, 3, 4, 5]: (l.__delitem__(slice(None, None, 2)), l)[1])()",
  "(lambda l=[1, 2, 3, 4, 5]: (l.__delitem__(slice(None, None, -2)), l)[1])()",
  "(lambda l=[1, 2, 3]: (l.__setitem__(slice(3, 0), [9]), l)[1])()",
  "(lambda l=[1, 2, 3]: (l.__setitem__(slice(None), l), l)[1])()",
  "(lambda l=[]: (l.append(l), repr(l))[1])()", "(lambda l=[1]: (l.extend(l), l)[1])()",
  "(lambda l=[1]: (l.__iadd__((2, 3)), l)[1])()", "(lambda l=[1, 2]: (l.__imul__(2), l)[1])()",
  "[1] + 'a'", "[1, 2].remove(3)", "list(iter([1, 2, 3]).__length_hint__() for _ in [0])",
  "(lambda it=iter([1, 2, 3]): (next(it), it.__length_hint__())[1])()",
  "(lambda it=reversed([1, 2, 3]): (next(it), it.__length_hint__(), list(it))[1:])()",
  "(lambda it=iter([1, 2, 3]): (it.__setstate__(2), list(it))[1])()",
  "type(iter([])).__name__", "type(reversed([])).__name__", "list('abc')", "list(5)", "list(x=1)", "list([1], [2])",
  "[1, 2, 3].__reversed__().__length_hint__()", "[].__class_getitem__ is not None", "[0] * 2 ** 62",
  "[1, 2, 3][-4]", "[1, 2, 3][2 ** 100]", "[1, 2, 3][-2 ** 100:2 ** 100]", "[1, 2, 3][::2 ** 100]",
  "(lambda l=[5, 4, 3]: (l.reverse(), l)[1])()", "(lambda l=[1, 2]: (l.clear(), l)[1])()",
  "(lambda l=[1, 2]: l.copy() is l)()", "[1, 2].__sizeof__() > 0", "repr([[], [[]], ()])",
  "[i for i in range(5)] == list(range(5))", "hash([])",
  "sorted([(1, 'b'), (0, 'c'), (1, 'a'), (0, 'a')])", "sorted([(1.5, 2), (0.5, 1), (1.5, 1)], reverse=True)",
  "sorted(['b', 'a', '\U0001f600', '\uffff', 'ab', ''])", "sorted([2.5, float('nan'), 1.0])", "sorted([(1,), (1, 0), ()])",
  "sorted([('a', 2), ('a', 1), ('b', 0)], key=lambda t: t[0])", "sorted([[2], [1, 5], [1]])", "sorted([-2 ** 70, 5, 2 ** 70, -1])",
  "sorted(range(20), key=lambda x: x % 3)", "sorted([3, 1, 2], key=lambda x: 1 / (x - 2))", "sorted([(1, 2), (1, 'a')])",
  "(lambda l=[3, 1, 2]: l.sort(key=lambda x: l.append(x)))()", "(lambda l=[3, 1, 2]: (l.sort(key=lambda x: l.clear() or x)))()",
  "(lambda l=[3, 1, 2]: (l.sort(key=lambda x: (l.append(0), l.clear()) and x)))()",
  "(lambda l=[3, 1, 2]: (l.sort(key=lambda x: 1 / 0)))()", "(lambda l=[3, 1, 2]: (l.sort(key=lambda x: l.append(x) or 1 / 0)))()",
  "(lambda l=[3, 1, 2]: ([l.sort(key=lambda x: 1 / (x - 2)) for _ in 'a'] if 0 else (lambda: l.sort(key=lambda x: 1 / (x - 3)))(), l))()",
];

test("list expressions agree with CPython", () => {
  expect(containerMismatches(EXPRS)).toEqual([]);
});
