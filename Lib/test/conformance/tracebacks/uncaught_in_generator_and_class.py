# An exception raised inside a generator that is driven from a method of a class.
def numbers(limit):
    for i in range(limit):
        yield 10 // (3 - i)


class Consumer:
    def __init__(self, source):
        self.source = source
        self.seen = []

    def run(self):
        for value in self.source:
            self.seen.append(value)
            print("consumed", value)
        return self.seen


print(Consumer(numbers(2)).run())
print(list(numbers(3)))
Consumer(numbers(5)).run()
