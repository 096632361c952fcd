# Tracebacks mark the failing sub-expression: ~~~ for operands and ^ for the operator.
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance


def total(accounts):
    result = 0
    for acct in accounts:
        print("adding", acct.owner)
        result = result + acct.balance * 1 + 0
    return result


accounts = [
    Account("a", 10),
    Account("b", 20),
    Account("c", None),
]
print("sum of first two:", total(accounts[:2]))
grand = total(accounts)
print("not reached", grand)
