import sys
# Deep recursion raises RecursionError (caught here); the interpreter keeps working afterwards.
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(100) % 10**12, fact(500) == fact(499) * 500)
def even(n):
    return True if n == 0 else odd(n - 1)
def odd(n):
    return False if n == 0 else even(n - 1)
print(even(300), odd(301))
class Rec:
    def __repr__(self):
        return repr(self)
try:
    repr(Rec())
except RecursionError as e:
    print("repr", type(e).__name__)
class GetAttrLoop:
    def __getattr__(self, name):
        return self.missing
try:
    GetAttrLoop().x
except RecursionError as e:
    print("getattr", type(e).__name__)
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(100 < d < 200)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys.setrecursionlimit(-5)
except ValueError as e:
    print(type(e).__name__, e)
def deep_list(n):
    l = []
    for _ in range(n):
        l = [l]
    return l
nested = deep_list(100)
print(len(repr(nested)))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(3, 3))
def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10, "A", "B", "C", [])), hanoi(2, "A", "B", "C", []))
def gen_rec(n):
    if n:
        yield n
        yield from gen_rec(n - 1)
print(list(gen_rec(50))[-3:])
