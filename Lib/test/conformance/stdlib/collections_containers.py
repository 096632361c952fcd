# collections: Counter, deque, OrderedDict, defaultdict, namedtuple, ChainMap.
from collections import Counter, deque, OrderedDict, defaultdict, namedtuple, ChainMap
c = Counter("abracadabra")
print(c.most_common(3), c["a"], c["z"], sorted(c.elements())[:6], c.total())
c.update("aaz")
c.subtract({"b": 5})
print(sorted(c.items()), +c == Counter({k: v for k, v in c.items() if v > 0}), sorted((-c).items()))
print(Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3) - Counter(a=5), Counter(a=2, b=1) & Counter(a=1, b=3), Counter(a=1) | Counter(a=4))
d = deque([1, 2, 3], maxlen=5)
d.appendleft(0)
d.extend([4, 5, 6])
print(d, d.maxlen, len(d))
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d.popleft(), d.pop(), d, d.count(3), d.index(4))
try:
    deque().pop()
except IndexError as e:
    print(type(e).__name__, e)
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False), list(od))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
dd = defaultdict(list)
for word in "the quick brown fox jumps over the lazy dog".split():
    dd[len(word)].append(word)
print(sorted(dd.items()), dd.default_factory.__name__)
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(dict(counts), repr(defaultdict(int, {"k": 1})))
Point = namedtuple("Point", "x y", defaults=[0])
p = Point(1)
print(p, p.x, p.y, p._asdict(), p._replace(x=5), Point._fields, Point._field_defaults, p == (1, 0))
print(Point._make([7, 8]), tuple(Point(3, 4)), Point(x=1, y=2)._fields)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    namedtuple("Bad", "x x")
except ValueError as e:
    print(type(e).__name__, e)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], sorted(cm), len(cm), cm.maps, cm.new_child({"c": 4})["c"], dict(cm.parents))
cm["z"] = 26
print(cm.maps[0])
