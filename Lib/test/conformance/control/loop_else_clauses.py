# for/else and while/else run the else only when the loop was not broken.
def search(items, target):
    for i, v in enumerate(items):
        if v == target:
            print("found", target, "at", i)
            break
    else:
        print("not found", target)
search([1, 2, 3], 2)
search([1, 2, 3], 5)
search([], 1)
n = 0
while n < 3:
    n += 1
else:
    print("while finished with n =", n)
n = 0
while True:
    n += 1
    if n == 4:
        break
else:
    print("never printed")
print("after break n =", n)
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if i + j == 3:
            print("inner break", i, j)
            break
    else:
        print("inner else for i =", i)
        continue
    print("outer continues after inner break, i =", i)
for x in range(0):
    pass
else:
    print("empty loop else")
i = "unchanged"
for i in []:
    pass
print(i)
for i in range(5):
    pass
print(i)
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
else:
    print("else after continue-in-try")
count = 0
while count < 10:
    count += 1
    if count % 2:
        continue
    if count > 6:
        break
    print("even", count)
else:
    print("not reached")
print("count", count)
