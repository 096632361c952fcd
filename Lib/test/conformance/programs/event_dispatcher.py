# An event system with closures, bound methods as handlers, priorities, one-shot handlers and error isolation.
class Dispatcher:
    def __init__(self):
        self.handlers = {}
        self.seq = 0
    def on(self, event, priority=0, once=False):
        def register(fn):
            self.seq += 1
            self.handlers.setdefault(event, []).append((-priority, self.seq, fn, once))
            self.handlers[event].sort(key=lambda h: (h[0], h[1]))
            return fn
        return register
    def emit(self, event, *args, **kwargs):
        results = []
        for entry in list(self.handlers.get(event, [])):
            _, _, fn, once = entry
            if once:
                self.handlers[event].remove(entry)
            try:
                results.append(fn(*args, **kwargs))
            except Exception as e:
                results.append(f"error in {getattr(fn, '__qualname__', fn)}: {type(e).__name__}: {e}")
        return results
bus = Dispatcher()
log = []
@bus.on("save")
def audit(doc):
    log.append(f"audit {doc}")
    return "audited"
@bus.on("save", priority=10)
def validate(doc):
    if not doc:
        raise ValueError("empty document")
    return "valid"
@bus.on("save", once=True)
def first_save_only(doc):
    return f"first save of {doc}"
class Counter:
    def __init__(self):
        self.count = 0
    def bump(self, *args, **kwargs):
        self.count += 1
        return self.count
counter = Counter()
bus.on("save", priority=-5)(counter.bump)
bus.on("load")(lambda name, *, cached=False: f"loaded {name} cached={cached}")
def make_tagger(tag):
    def tagger(doc):
        return f"{tag}:{doc}"
    tagger.__qualname__ = f"tagger[{tag}]"
    return tagger
for t in ("a", "b"):
    bus.on("tag")(make_tagger(t))
print(bus.emit("save", "report.txt"))
print(bus.emit("save", ""))
print(bus.emit("save", "notes.md"))
print(bus.emit("load", "config", cached=True), bus.emit("load", "x"))
print(bus.emit("tag", "doc"), bus.emit("nothing"))
print(log, counter.count)
print({event: [h[2].__name__ for h in hs] for event, hs in bus.handlers.items()})
def broken(*a):
    return 1 / 0
bus.on("tag", priority=100)(broken)
print(bus.emit("tag", "again"))
