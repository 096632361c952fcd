# 3.11 adds "Did you mean" suggestions to AttributeError tracebacks (not to str(e)).
class Inventory:
    def __init__(self):
        self.items = {}
        self.capacity = 10

    def add_item(self, name, count=1):
        self.items[name] = self.items.get(name, 0) + count
        return self.items[name]


inv = Inventory()
print(inv.add_item("apple"), inv.add_item("apple", 2))
try:
    inv.capasity
except AttributeError as e:
    print("str(e) has no suggestion:", e)
print("capacity:", inv.capacity)
print(sorted(inv.items.items()), hasattr(inv, "add_itme"))
print(getattr(inv, "capasity", "default used"))
inv.add_itme("pear")
