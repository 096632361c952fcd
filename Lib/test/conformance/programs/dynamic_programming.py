# Classic dynamic programming: LCS with reconstruction, edit distance, knapsack, coin change, LIS.
def lcs(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            dp[i][j] = dp[i + 1][j + 1] + 1 if a[i] == b[j] else max(dp[i + 1][j], dp[i][j + 1])
    i = j = 0
    out = []
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            out.append(a[i]); i += 1; j += 1
        elif dp[i + 1][j] >= dp[i][j + 1]:
            i += 1
        else:
            j += 1
    return "".join(out)
def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
pairs = [("ABCBDAB", "BDCABA"), ("kitten", "sitting"), ("", "abc"), ("intention", "execution"), ("héllo", "hello")]
for a, b in pairs:
    print(repr(a), repr(b), repr(lcs(a, b)), edit_distance(a, b))
def knapsack(items, capacity):
    best = [(0, ())] * (capacity + 1)
    for name, weight, value in items:
        for c in range(capacity, weight - 1, -1):
            cand = (best[c - weight][0] + value, best[c - weight][1] + (name,))
            if cand[0] > best[c][0]:
                best[c] = cand
    return best[capacity]
items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160), ("glucose", 15, 60),
         ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40), ("cheese", 23, 30), ("beer", 52, 10)]
print(knapsack(items, 200), knapsack(items, 50), knapsack([], 10))
def coin_change(coins, amount):
    ways = [1] + [0] * amount
    fewest = [0] + [float("inf")] * amount
    for c in coins:
        for v in range(c, amount + 1):
            ways[v] += ways[v - c]
    for v in range(1, amount + 1):
        for c in coins:
            if c <= v and fewest[v - c] + 1 < fewest[v]:
                fewest[v] = fewest[v - c] + 1
    return ways[amount], fewest[amount]
print(coin_change([1, 5, 10, 25], 100), coin_change([2], 3), coin_change([3, 7], 20))
def lis(seq):
    tails, prev, idx = [], [None] * len(seq), []
    for i, v in enumerate(seq):
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if seq[tails[mid]] < v:
                lo = mid + 1
            else:
                hi = mid
        prev[i] = tails[lo - 1] if lo else None
        if lo == len(tails):
            tails.append(i)
        else:
            tails[lo] = i
    out, k = [], tails[-1] if tails else None
    while k is not None:
        out.append(seq[k])
        k = prev[k]
    return out[::-1]
print(lis([10, 9, 2, 5, 3, 7, 101, 18, 4, 19]), lis([]), lis([5, 4, 3]), lis(list(range(10))))
memo = {}
def partitions(n, k=None):
    k = n if k is None else k
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    key = (n, k)
    if key not in memo:
        memo[key] = partitions(n - k, k) + partitions(n, k - 1)
    return memo[key]
print([partitions(n) for n in range(15)], partitions(100))
