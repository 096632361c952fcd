# Exception-heavy loops: raise/except, custom exception classes, finally, re-raise with context,
# and EAFP dictionary access.
class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code

class Retry(AppError):
    pass

def risky(i):
    if i % 3 == 0:
        raise Retry(i)
    if i % 5 == 0:
        raise AppError(i)
    return i

def wrapped(i):
    try:
        return risky(i)
    except Retry as e:
        try:
            raise ValueError("retry %d" % e.code) from e
        except ValueError as v:
            return len(v.args[0])
    finally:
        pass

table = {i: i * 2 for i in range(0, 1000, 2)}
checksum = 0
for i in range(250000):
    try:
        checksum += wrapped(i)
    except AppError as e:
        checksum += e.code % 7
    try:
        checksum += table[i % 1000]
    except KeyError:
        checksum -= 1
    try:
        int("x%d" % (i % 10)) if i % 4 == 0 else None
    except ValueError:
        checksum += 2
print(checksum)
