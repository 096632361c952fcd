# An LRU cache built on dict insertion order, with hit/miss statistics and a memoizing decorator.
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = 0
    def get(self, key, default=None):
        if key in self.data:
            value = self.data.pop(key)
            self.data[key] = value
            self.hits += 1
            return value
        self.misses += 1
        return default
    def put(self, key, value):
        if key in self.data:
            self.data.pop(key)
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            print(f"  evict {oldest!r}")
            del self.data[oldest]
        self.data[key] = value
    def __contains__(self, key):
        return key in self.data
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return f"LRU({list(self.data.items())}, hits={self.hits}, misses={self.misses})"
cache = LRU(3)
for k in "abc":
    cache.put(k, k.upper())
print(cache)
print(cache.get("a"), cache.get("z", "missing"))
cache.put("d", "D")
print(cache, "b" in cache, len(cache))
cache.put("c", "C2")
cache.put("e", "E")
print(cache)
def memoize(capacity):
    def deco(fn):
        store = LRU(capacity)
        sentinel = object()
        def wrapper(*args):
            result = store.get(args, sentinel)
            if result is sentinel:
                result = fn(*args)
                store.put(args, result)
            return result
        wrapper.store = store
        return wrapper
    return deco
@memoize(50)
def ways(n, coins):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(100, (50, 25, 10, 5, 1)), ways.store.hits, ways.store.misses, len(ways.store))
@memoize(2)
def square(x):
    print(f"  computing {x}")
    return x * x
print([square(v) for v in [1, 2, 1, 3, 1, 2]])
print(square.store)
