# Tuple assignment evaluates the whole right side first, then assigns targets left to right.
a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
l = [10, 20, 30]
i = 0
i, l[i] = 2, "x"
print(i, l)
l = [10, 20, 30]
i = 0
l[i], i = "y", 2
print(i, l)
class Tracer:
    def __setattr__(self, name, value):
        print("  set", name, "=", value)
        super().__setattr__(name, value)
    def __setitem__(self, k, v):
        print("  setitem", k, "=", v)
tr = Tracer()
tr.a, tr[0], tr.b = "first", "second", "third"
def rhs():
    print("  rhs evaluated")
    return 1, 2
def target(label):
    print("  target expr", label)
    return tr
target("L1").p, target("L2").q = rhs()
x = [1, 2, 3]
x[1:], y = ["a", "b", "c"], "last"
print(x, y)
d = {}
k = "k1"
k, d[k] = "k2", "value"
print(d, k)
fib = [0, 1]
a, b = 0, 1
for _ in range(10):
    a, b = b, a + b
    fib.append(b)
print(fib)
nums = [3, 1, 2]
nums[0], nums[nums[0] - 2] = nums[nums[0] - 2], nums[0]
print(nums)
v = [0, 0]
j = 0
j, v[j], j, v[j] = 1, "first", 0, "second"
print(j, v)
q = r = []
q.append("shared")
print(r, q is r)
q, r = [], []
q.append("separate")
print(r, q is r)
