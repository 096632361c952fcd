# A CSV parser written as a character-level state machine: quotes, escaped quotes, newlines in fields.
def parse_csv(text, sep=","):
    rows, row, field = [], [], []
    state = "start"
    i = 0
    while i < len(text):
        ch = text[i]
        if state in ("start", "field"):
            if ch == '"' and state == "start":
                state = "quoted"
            elif ch == sep:
                row.append("".join(field)); field = []; state = "start"
            elif ch == "\n":
                row.append("".join(field)); rows.append(row); row, field = [], []; state = "start"
            elif ch == "\r":
                pass
            else:
                field.append(ch); state = "field"
        elif state == "quoted":
            if ch == '"':
                state = "quote_in_quoted"
            else:
                field.append(ch)
        elif state == "quote_in_quoted":
            if ch == '"':
                field.append('"'); state = "quoted"
            elif ch == sep:
                row.append("".join(field)); field = []; state = "start"
            elif ch == "\n":
                row.append("".join(field)); rows.append(row); row, field = [], []; state = "start"
            else:
                raise ValueError(f"unexpected {ch!r} after closing quote at {i}")
        i += 1
    if state == "quoted":
        raise ValueError("unterminated quoted field")
    if field or row or state == "start" and text and not text.endswith("\n"):
        row.append("".join(field))
        rows.append(row)
    return rows
def to_csv(rows, sep=","):
    def quote(f):
        if any(c in f for c in (sep, '"', "\n")) or f != f.strip():
            return '"' + f.replace('"', '""') + '"'
        return f
    return "\n".join(sep.join(quote(f) for f in row) for row in rows) + "\n"
samples = [
    'name,age,city\nann,31,"New York, NY"\nbob,27,"He said ""hi"""\n',
    'a,,c\n,,\n"multi\nline",x\n',
    "single",
    'x;y;"z;w"\n1;2;3\n',
    '"",""\n',
    "trailing,comma,\n",
]
for s in samples:
    sep = ";" if ";" in s else ","
    rows = parse_csv(s, sep)
    print(repr(s))
    print("  ->", rows)
    print("  roundtrip:", parse_csv(to_csv(rows, sep), sep) == rows)
for bad in ['"unterminated', '"closed"x,1\n']:
    try:
        parse_csv(bad)
    except ValueError as e:
        print(type(e).__name__, e)
table = parse_csv(samples[0])
header, *body = table
records = [dict(zip(header, r)) for r in body]
print(records)
print(max(records, key=lambda r: int(r["age"]))["name"], sorted(r["city"] for r in records))
widths = [max(len(r[i]) for r in table) for i in range(len(header))]
for r in table:
    print(" | ".join(f.replace("\n", "\\n").ljust(w) for f, w in zip(r, widths)))
