# A failure inside a key function called by a builtin (sorted) shows the lambda frame below the call.
records = [
    {"name": "ann", "age": 31},
    {"name": "bob", "age": 27},
    {"name": "cy", "age": 45},
]
print([r["name"] for r in sorted(records, key=lambda r: r["age"])])
print(max(records, key=lambda r: len(r["name"]))["name"])
print(list(map(lambda r: r["name"].upper(), records)))
print(sorted(records, key=lambda r: (-r["age"], r["name"]))[0]["name"])
print(min(records, key=lambda r: r["age"] % 10)["name"])
print(sorted(r["age"] for r in records))
print({r["name"]: r["age"] > 30 for r in records})
print(sum(map(lambda r: r["age"], records)))
print(list(filter(lambda r: "n" in r["name"], records)))
ages = {r["name"]: r["age"] for r in records}
print(sorted(ages, key=ages.get, reverse=True))
records.append({"name": "dee"})
by_age = sorted(records, key=lambda r: r["age"])
print("never", by_age)
