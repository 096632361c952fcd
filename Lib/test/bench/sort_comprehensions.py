# Sorting and comprehensions: list/dict/set comprehensions, sorted with keys, tuple comparison.
def lcg(seed):
    while True:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        yield seed >> 33

def take(gen, n):
    return [next(gen) for _ in range(n)]

g = lcg(42)
checksum = 0
for rnd in range(4):
    data = take(g, 50000)
    pairs = [(x % 1000, x) for x in data]
    pairs.sort()
    checksum += pairs[0][1] % 9973 + pairs[-1][1] % 9973
    by_key = sorted(data, key=lambda x: (x % 97, -x))
    checksum += by_key[123] % 10007
    squares = {x % 5000: x * x for x in data if x % 3}
    checksum += len(squares)
    evens = {x % 20011 for x in data if x % 2 == 0}
    checksum += len(evens)
    nested = [[i * j for j in range(20)] for i in range(500)]
    checksum += sum(sum(row) for row in nested) % 100003
    words = sorted((str(x) for x in data[:20000]), reverse=True)
    checksum += int(words[0][:5]) + len(words)
    checksum += sum(sorted(data[:30000], reverse=True)[:10]) % 1000003
print(checksum)
