# A failing call on a very long line: the whole line is shown and the markers cover the failing call.
def compute_weighted_score(values, weights, normaliser, offset, label, verbose=False):
    if verbose:
        print("computing", label)
    return sum(v * w for v, w in zip(values, weights, strict=True)) / normaliser + offset


values = [1, 2, 3, 4]
weights = [0.5, 0.25, 0.125, 0.125]
print(compute_weighted_score(values, weights, 2, 0, "first"))
print(compute_weighted_score(values, weights, 4, 1, "second", verbose=True))
print(round(compute_weighted_score([10, 20], [0.5, 0.5], 3, 0.25, "third"), 6))
try:
    compute_weighted_score([1], [1, 2], 1, 0, "short")
except ValueError as e:
    print("caught first:", e)
print(compute_weighted_score([0], [1], 1, 0.5, "single"))
print(compute_weighted_score(values=[2], weights=[3], normaliser=6, offset=0, label="kw"))
very_long_variable_name_for_the_result = compute_weighted_score(values, weights, 1, 0, "ok") + compute_weighted_score(values, weights[:3], normaliser=3, offset=0, label="mismatched lengths", verbose=True) + compute_weighted_score(values, weights, 1, 0, "never")
print(very_long_variable_name_for_the_result)
