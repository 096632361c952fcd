# Date arithmetic implemented by hand: leap years, day of week (Zeller), day numbers and month calendars.
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def days_in_month(y, m):
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
def weekday(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7
def ordinal(y, m, d):
    y1 = y - 1
    return y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400 + sum(days_in_month(y, k) for k in range(1, m)) + d
def from_ordinal(n):
    y = 1
    while ordinal(y + 1, 1, 1) <= n:
        y += 400 if ordinal(y + 400, 1, 1) <= n else 1
    m = 1
    while m < 12 and ordinal(y, m + 1, 1) <= n:
        m += 1
    return y, m, n - ordinal(y, m, 1) + 1
for date in [(2000, 1, 1), (1970, 1, 1), (2024, 2, 29), (1999, 12, 31), (2026, 11, 24), (1600, 3, 1), (1, 1, 1)]:
    print(date, DAYS[weekday(*date)], ordinal(*date), from_ordinal(ordinal(*date)) == date)
print([y for y in range(1896, 1912) if is_leap(y)], sum(is_leap(y) for y in range(1, 2001)))
def calendar(y, m):
    lines = [f"{MONTHS[m - 1]} {y}".center(20).rstrip(), " ".join(d[:2] for d in DAYS)]
    first = weekday(y, m, 1)
    cells = ["  "] * first + [f"{d:2}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]).rstrip())
    return "\n".join(lines)
print(calendar(2024, 2))
print(calendar(2026, 11))
a, b = ordinal(2000, 1, 1), ordinal(2026, 11, 24)
print("days between", b - a, "weeks", divmod(b - a, 7), DAYS[(weekday(2000, 1, 1) + (b - a)) % 7])
fridays_13 = [(y, m) for y in range(2020, 2027) for m in range(1, 13) if weekday(y, m, 13) == 4]
print(len(fridays_13), fridays_13[:5])
