# An uncaught ExceptionGroup containing a chained exception and a nested group with notes.
def task(n):
    if n % 3 == 0:
        try:
            {}["missing"]
        except KeyError as e:
            raise RuntimeError(f"task {n} lookup failed") from e
    if n % 3 == 1:
        err = ValueError(f"task {n} bad value")
        err.add_note(f"note for task {n}")
        raise err
    return n * 10


def run_all(ns):
    results, errors = [], []
    for n in ns:
        try:
            results.append(task(n))
        except Exception as e:
            errors.append(e)
    print("results:", results)
    if errors:
        raise ExceptionGroup("some tasks failed", errors)


run_all([2, 5])
try:
    run_all([0, 2])
except* RuntimeError as eg:
    print("handled", [str(e) for e in eg.exceptions])
run_all([1, 3, 4])
