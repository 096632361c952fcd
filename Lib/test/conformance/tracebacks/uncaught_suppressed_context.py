# raise ... from None hides the context in the printed traceback, while a third level shows chaining again.
class LookupFailed(Exception):
    pass


def find(mapping, key):
    try:
        return mapping[key]
    except KeyError:
        raise LookupFailed(f"no entry for {key}") from None


def report(mapping, key):
    try:
        return find(mapping, key)
    except LookupFailed as err:
        print("report saw:", err, "| suppress:", err.__suppress_context__)
        raise RuntimeError("report failed")


table = {"a": 1}
print(find(table, "a"))
report(table, "zzz")
