# Building an aligned text report: str methods, format specs, unicode widths left as len(), totals.
rows = [("Widget", 4, 3.5), ("Gadget extra long name", 12, 0.99), ("Doohickey", 1, 120.0), ("Thingamajig", 0, 7.25), ("Café crème", 3, 2.4)]
headers = ("Item", "Qty", "Unit", "Total")
table = [(name, str(qty), f"{price:.2f}", f"{qty * price:,.2f}") for name, qty, price in rows]
widths = [max(len(h), *(len(r[i]) for r in table)) for i, h in enumerate(headers)]
def line(cells, aligns):
    return "| " + " | ".join(c.ljust(w) if a == "<" else c.rjust(w) if a == ">" else c.center(w) for c, w, a in zip(cells, widths, aligns)) + " |"
sep = "+-" + "-+-".join("-" * w for w in widths) + "-+"
print(sep)
print(line(headers, "^^^^"))
print(sep.replace("-", "="))
for r in table:
    print(line(r, "<>>>"))
print(sep)
total = sum(q * p for _, q, p in rows)
print(line(("TOTAL", str(sum(q for _, q, _ in rows)), "", f"{total:,.2f}"), "<>>>"))
print(sep)
print()
for name, qty, price in rows:
    label = (name[:10] + "…") if len(name) > 11 else name
    bar = "#" * round(qty * price / 10)
    print(f"{label:<11} {bar:<15} {qty * price:>8.2f}")
print()
print("%-12s%8s%10s" % ("name", "qty", "price"))
for name, qty, price in rows[:3]:
    print("%-12.12s%8d%10.3f" % (name, qty, price))
print("{:*^40}".format(" Summary "))
print("{0:<20}{1:>20}".format("items", len(rows)))
print("{0:<20}{1:>20.2%}".format("share of widgets", rows[0][1] * rows[0][2] / total))
print("{:<20}{:>20}".format("longest name", max((r[0] for r in rows), key=len)))
print("-".join(word.capitalize() for word in "final report done".split()).center(40, "~"))
