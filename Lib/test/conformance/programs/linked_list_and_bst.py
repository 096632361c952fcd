# A linked list with sequence protocols and a binary search tree with in-order iteration and deletion.
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value, self.next = value, next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in reversed(list(items)):
            self.push(item)
    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __len__(self):
        return self.size
    def __getitem__(self, index):
        if isinstance(index, slice):
            return LinkedList(list(self)[index])
        if index < 0:
            index += self.size
        if not 0 <= index < self.size:
            raise IndexError("linked list index out of range")
        for i, v in enumerate(self):
            if i == index:
                return v
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll), ll[0], ll[-1], ll[1:4], 4 in ll, 9 in ll, list(reversed(list(ll))), sorted(ll))
ll.reverse()
print(ll, ll == LinkedList([5, 1, 4, 1, 3]), ll == [5, 1, 4, 1, 3])
try:
    ll[10]
except IndexError as e:
    print(type(e).__name__, e)
class BST:
    def __init__(self):
        self.root = None
    def insert(self, key):
        def ins(node):
            if node is None:
                return [key, None, None]
            if key < node[0]:
                node[1] = ins(node[1])
            elif key > node[0]:
                node[2] = ins(node[2])
            return node
        self.root = ins(self.root)
    def delete(self, key):
        def dele(node, key):
            if node is None:
                raise KeyError(key)
            if key < node[0]:
                node[1] = dele(node[1], key)
            elif key > node[0]:
                node[2] = dele(node[2], key)
            else:
                if node[1] is None:
                    return node[2]
                if node[2] is None:
                    return node[1]
                succ = node[2]
                while succ[1]:
                    succ = succ[1]
                node[0] = succ[0]
                node[2] = dele(node[2], succ[0])
            return node
        self.root = dele(self.root, key)
    def __iter__(self):
        def walk(node):
            if node:
                yield from walk(node[1])
                yield node[0]
                yield from walk(node[2])
        return walk(self.root)
    def height(self):
        def h(node):
            return 0 if node is None else 1 + max(h(node[1]), h(node[2]))
        return h(self.root)
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k)
print(list(t), t.height())
for k in (20, 30, 50, 99):
    try:
        t.delete(k)
        print("deleted", k, list(t))
    except KeyError as e:
        print("missing", e)
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(list(words), words.height())
