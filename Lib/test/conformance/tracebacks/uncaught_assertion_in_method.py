# An AssertionError with a message, raised in a method called through a property.
class Matrix:
    def __init__(self, rows):
        self.rows = rows

    @property
    def size(self):
        return self._check()

    def _check(self):
        widths = {len(r) for r in self.rows}
        assert len(widths) == 1, f"ragged rows: widths {sorted(widths)}"
        return len(self.rows), widths.pop()


square = Matrix([[1, 2], [3, 4]])
print("size:", square.size)
try:
    assert False
except AssertionError as e:
    print("bare assert message:", repr(str(e)))
ragged = Matrix([[1, 2, 3], [4], [5, 6]])
print("ragged size:", ragged.size)
