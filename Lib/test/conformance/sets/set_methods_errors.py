# add/remove/discard/pop/clear/copy and their errors; repr of single-element sets.
s = {42}
print(s, repr(frozenset({42})), repr({"x"}), repr({(1, 2)}))
s.add(42)
s.add(7)
s.discard(999)
s.remove(42)
print(s)
try:
    s.remove(1000)
except KeyError as e:
    print(type(e).__name__, e, repr(e))
try:
    s.remove([1])
except TypeError as e:
    print(type(e).__name__, e)
print(s.discard([1]) if False else "", [1] in s if False else "")
try:
    [1] in s
except TypeError as e:
    print(type(e).__name__, e)
print({1, 2} in {frozenset({1, 2})}, set() in {frozenset()})
print(s.pop(), s)
try:
    s.pop()
except KeyError as e:
    print(type(e).__name__, e)
t = {1, 2, 3}
u = t.copy()
u.add(4)
print(sorted(t), sorted(u), u is t)
t.clear()
print(t, len(t), bool(t))
try:
    {[]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    set([[1]])
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset().add(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    set(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    set(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1}.update(5)
except TypeError as e:
    print(type(e).__name__, e)
print(set("aab") == {"a", "b"}, sorted(set({"k": 1, "j": 2})), sorted(frozenset("xyx")))
class S(set):
    pass
x = S([1, 2])
print(type(x | {3}).__name__, type(x.copy()).__name__, sorted(x), repr(S()), repr(S([5])))
class F(frozenset):
    pass
f = F([1])
print(repr(f), type(f | {2}).__name__, repr(F()), frozenset(f) is f, type(frozenset(f)).__name__)
e = frozenset()
print(frozenset(e) is e, frozenset() == set(), hash(frozenset()) == hash(frozenset([])))
