# BFS, DFS, topological sort and Dijkstra (with a hand-written binary heap) on fixed graphs.
edges = [("a", "b", 4), ("a", "c", 2), ("b", "c", 5), ("b", "d", 10), ("c", "e", 3), ("e", "d", 4), ("d", "f", 11), ("e", "f", 20)]
graph = {}
for u, v, w in edges:
    graph.setdefault(u, []).append((v, w))
    graph.setdefault(v, []).append((u, w))
def bfs(start):
    seen, order, queue = {start}, [], [start]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nxt, _ in sorted(graph[node]):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order
def dfs(node, seen=None):
    seen = set() if seen is None else seen
    seen.add(node)
    out = [node]
    for nxt, _ in sorted(graph[node]):
        if nxt not in seen:
            out += dfs(nxt, seen)
    return out
class Heap:
    def __init__(self):
        self.items = []
    def push(self, item):
        self.items.append(item)
        i = len(self.items) - 1
        while i > 0 and self.items[(i - 1) // 2] > self.items[i]:
            p = (i - 1) // 2
            self.items[p], self.items[i] = self.items[i], self.items[p]
            i = p
    def pop(self):
        items = self.items
        items[0], items[-1] = items[-1], items[0]
        top = items.pop()
        i = 0
        while True:
            l, r, small = 2 * i + 1, 2 * i + 2, i
            if l < len(items) and items[l] < items[small]:
                small = l
            if r < len(items) and items[r] < items[small]:
                small = r
            if small == i:
                return top
            items[i], items[small] = items[small], items[i]
            i = small
    def __len__(self):
        return len(self.items)
def dijkstra(src):
    dist = {src: 0}
    prev = {}
    heap = Heap()
    heap.push((0, src))
    while heap:
        d, node = heap.pop()
        if d > dist.get(node, float("inf")):
            continue
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt], prev[nxt] = nd, node
                heap.push((nd, nxt))
    return dist, prev
def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]
print(bfs("a"), dfs("a"))
dist, prev = dijkstra("a")
print(sorted(dist.items()), path(prev, "f"), path(prev, "d"))
deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "log"], "core": [], "log": [], "tests": ["app"]}
def toposort(deps):
    order, state = [], {}
    def visit(n):
        if state.get(n) == "done":
            return
        if state.get(n) == "active":
            raise ValueError(f"cycle at {n}")
        state[n] = "active"
        for d in sorted(deps[n]):
            visit(d)
        state[n] = "done"
        order.append(n)
    for n in sorted(deps):
        visit(n)
    return order
print(toposort(deps))
deps["core"] = ["app"]
try:
    toposort(deps)
except ValueError as e:
    print(type(e).__name__, e)
h = Heap()
for v in [5, 3, 9, 1, 5, 7, 2]:
    h.push(v)
print([h.pop() for _ in range(len(h))])
