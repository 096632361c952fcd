# A tiny deterministic scheduler running several coroutines round-robin with a custom sleep awaitable.
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield ("sleep", self.ticks)
class Spawn:
    def __init__(self, coro):
        self.coro = coro
    def __await__(self):
        yield ("spawn", self.coro)
class Scheduler:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.sleeping = []
        self.log = []
        self.results = {}
    def add(self, name, coro):
        self.ready.append((name, coro))
    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort(key=lambda item: (item[0], item[1]))
                wake, _, name, coro = self.sleeping.pop(0)
                self.now = wake
                self.ready.append((name, coro))
                continue
            name, coro = self.ready.pop(0)
            try:
                cmd, arg = coro.send(None)
            except StopIteration as e:
                self.results[name] = e.value
                self.log.append(f"t={self.now} {name} finished -> {e.value}")
                continue
            if cmd == "sleep":
                self.sleeping.append((self.now + arg, len(self.log), name, coro))
                self.log.append(f"t={self.now} {name} sleeps {arg}")
            elif cmd == "spawn":
                child_name = f"{name}.child"
                self.add(child_name, arg)
                self.ready.append((name, coro))
                self.log.append(f"t={self.now} {name} spawned {child_name}")
async def task(name, delays):
    total = 0
    for d in delays:
        await Sleep(d)
        total += d
    return f"{name}:{total}"
async def parent():
    await Spawn(task("kid", [1, 1]))
    await Sleep(5)
    return "parent done"
s = Scheduler()
s.add("A", task("A", [3, 1]))
s.add("B", task("B", [1, 1, 1]))
s.add("P", parent())
s.run()
print("\n".join(s.log))
print(sorted(s.results.items()))
async def failing():
    await Sleep(1)
    raise ValueError("task failed")
s2 = Scheduler()
s2.add("F", failing())
try:
    s2.run()
except ValueError as e:
    print("scheduler saw", type(e).__name__, e, s2.now)
