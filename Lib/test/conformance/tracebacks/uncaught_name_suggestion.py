# NameError tracebacks suggest similarly named locals/globals/builtins.
def summarize(numbers):
    total_sum = sum(numbers)
    count = len(numbers)
    print("count:", count)
    try:
        totl_sum
    except NameError as e:
        print("str(e):", e)
    average = total_summ / count
    return average


maximum_value = 10
print(maximum_value, max([maximum_value, 3]))
try:
    maximum_valeu
except NameError as e:
    print("str(e):", e)
print("begin")
print(summarize([1, 2, 3]))
