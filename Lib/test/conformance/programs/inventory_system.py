# An inventory system mixing classes, match-based command handling, sorting and formatted reports.
class Item:
    __match_args__ = ("sku", "name", "qty", "price")
    def __init__(self, sku, name, qty, price):
        self.sku, self.name, self.qty, self.price = sku, name, qty, price
    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, {self.qty}, {self.price})"
class Inventory:
    def __init__(self):
        self.items = {}
        self.events = []
    def handle(self, command):
        match command:
            case ("add", str(sku), str(name), int(qty), (int() | float()) as price) if qty > 0 and price >= 0:
                if sku in self.items:
                    return f"duplicate sku {sku}"
                self.items[sku] = Item(sku, name, qty, price)
                return f"added {name}"
            case ("add", *_):
                return f"invalid add {command[1:]!r}"
            case ("restock", sku, int(n)) if sku in self.items:
                self.items[sku].qty += n
                return f"{sku} now {self.items[sku].qty}"
            case ("sell", sku, int(n)):
                match self.items.get(sku):
                    case None:
                        return f"unknown sku {sku}"
                    case Item(qty=q) if q < n:
                        return f"only {q} of {sku} left"
                    case Item(_, name, _, price) as it:
                        it.qty -= n
                        self.events.append((sku, n, n * price))
                        return f"sold {n} {name} for {n * price:.2f}"
            case ("remove", sku):
                removed = self.items.pop(sku, None)
                return f"removed {removed!r}" if removed else f"nothing to remove for {sku}"
            case {"report": "low", "threshold": int(t)}:
                low = sorted((i for i in self.items.values() if i.qty <= t), key=lambda i: (i.qty, i.sku))
                return [f"{i.sku}:{i.qty}" for i in low]
            case {"report": "value"}:
                return f"{sum(i.qty * i.price for i in self.items.values()):,.2f}"
            case _:
                return f"unknown command {command!r}"
inv = Inventory()
commands = [
    ("add", "A1", "bolt", 100, 0.25), ("add", "B2", "nut", 250, 0.1), ("add", "C3", "gear", 5, 12.5), ("add", "A1", "dup", 1, 1),
    ("add", "D4", "bad", 0, 1.0), ("add", "E5", "free", 3, 0), ("restock", "C3", 10), ("restock", "ZZ", 1), ("sell", "A1", 40),
    ("sell", "C3", 20), ("sell", "C3", 15), ("sell", "QQ", 1), ("remove", "E5"), ("remove", "E5"), {"report": "low", "threshold": 60},
    {"report": "value"}, ("explode",), ["sell", "B2", 50],
]
for cmd in commands:
    print(f"{cmd!r:45} -> {inv.handle(cmd)}")
print(sorted(inv.items.values(), key=lambda i: -i.qty * i.price))
revenue = {}
for sku, n, amount in inv.events:
    revenue[sku] = revenue.get(sku, 0) + amount
print(revenue, f"{sum(revenue.values()):.2f}")
