# An exception escaping from __init__ via an operator dunder, shown with all intermediate frames.
class Money:
    def __init__(self, amount, currency):
        if not isinstance(amount, int):
            raise TypeError(f"amount must be int, not {type(amount).__name__}")
        self.amount = amount
        self.currency = currency

    def __add__(self, other):
        if other.currency != self.currency:
            raise ValueError(f"cannot add {other.currency} to {self.currency}")
        return Money(self.amount + other.amount, self.currency)

    def __repr__(self):
        return f"Money({self.amount}, {self.currency!r})"


wallet = Money(5, "EUR") + Money(7, "EUR")
print(wallet)
try:
    Money(1, "EUR") + Money(1, "USD")
except ValueError as e:
    print("caught:", e)
print("total:", sum([Money(1, "EUR"), Money(2, "EUR")], Money(0, "EUR")))
broken = wallet + Money(2.5, "EUR")
