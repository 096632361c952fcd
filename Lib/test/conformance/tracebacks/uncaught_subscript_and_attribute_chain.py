# Position markers on a failing subscript inside a chain of attribute accesses and calls.
class Node:
    def __init__(self, name, children=None):
        self.name = name
        self.children = children or {}

    def child(self, key):
        return self.children[key]


root = Node("root", {"a": Node("a", {"b": Node("b")})})
print(root.child("a").child("b").name)
print(root.children["a"].children["b"].name)
try:
    root.child("a").children["missing"]
except KeyError as e:
    print("caught", e)
print(sorted(root.children), sorted(root.child("a").children))
print(getattr(root.child("a").child("b"), "children"))
depth = root.children["a"].children["b"].children["c"].name
print("never", depth)
