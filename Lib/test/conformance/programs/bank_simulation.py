# A bank simulation: classes with properties, class-level counters, custom exceptions, and a transaction log.
class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount} (balance {account.balance})")
        self.account = account
        self.amount = amount
class Account:
    _next_id = 1000
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise BankError(f"invalid deposit {amount}")
        self._balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return f"<{type(self).__name__} {self.id} {self.owner}: {self._balance}>"
class Savings(Account):
    rate = 3
    def add_interest(self):
        interest = self._balance * self.rate // 100
        self.deposit(interest) if interest else None
        return interest
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, owner, balance=0):
        acct = cls(owner, balance)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount)
        try:
            b.deposit(amount)
        except BankError:
            a.deposit(amount)
            raise
    def total(self):
        return sum(a.balance for a in self.accounts.values())
bank = Bank()
alice = bank.open(Account, "alice", 100)
bob = bank.open(Savings, "bob", 1000)
carol = bank.open(Savings, "carol")
print(alice, bob, carol, bank.total())
operations = [
    (bank.transfer, alice.id, bob.id, 30), (bank.transfer, alice.id, carol.id, 100), (bank.transfer, bob.id, carol.id, 500),
    (bank.transfer, carol.id, alice.id, 0), (bank.transfer, 9999, alice.id, 1), (alice.deposit, -5), (bob.add_interest,),
    (carol.add_interest,), (bank.transfer, carol.id, alice.id, 515),
]
for op in operations:
    fn, args = op[0], op[1:]
    try:
        result = fn(*args)
        print(f"{fn.__name__}{args} ok -> {result}")
    except InsufficientFunds as e:
        print(f"{fn.__name__}{args} insufficient: {e} [{e.account.owner}, {e.amount}]")
    except BankError as e:
        print(f"{fn.__name__}{args} bank error: {e}")
    except KeyError as e:
        print(f"{fn.__name__}{args} no such account {e}")
for acct in bank.accounts.values():
    print(acct, acct.history)
print("total", bank.total(), "savings rate", Savings.rate, isinstance(bob, Account), type(bob).__mro__[1].__name__)
try:
    alice.balance = 10**6
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(bank.accounts.values(), key=lambda a: (-a.balance, a.owner)))
