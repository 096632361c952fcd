# Notes added with add_note() are printed after the exception message.
def process(item):
    try:
        return 100 // item["divisor"]
    except ZeroDivisionError as e:
        e.add_note(f"while processing item {item['id']}")
        e.add_note("hint: divisor must be non-zero")
        raise


items = [
    {"id": 1, "divisor": 4},
    {"id": 2, "divisor": 5},
    {"id": 3, "divisor": 0},
]
e = ValueError("standalone")
e.add_note("note on a caught exception")
try:
    raise e
except ValueError as caught:
    print(caught, caught.__notes__)
for it in items:
    print("result", process(it))
print("not reached")
