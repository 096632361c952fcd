# Method calls and attribute access on instances: a small particle system with properties,
# inheritance, super() and __slots__ classes.
class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vector(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Particle:
    def __init__(self, pos, vel, mass):
        self.pos = pos
        self.vel = vel
        self.mass = mass
        self.steps = 0

    @property
    def momentum(self):
        return self.vel.scale(self.mass)

    def step(self, dt):
        self.pos = self.pos.add(self.vel.scale(dt))
        self.steps += 1

    def energy(self):
        return 0.5 * self.mass * self.vel.dot(self.vel)


class Charged(Particle):
    def __init__(self, pos, vel, mass, charge):
        super().__init__(pos, vel, mass)
        self.charge = charge

    def step(self, dt):
        self.vel = self.vel.add(Vector(0, -self.charge * dt))
        super().step(dt)


class Counter:
    def __init__(self):
        self.count = 0

    def tick(self, n=1):
        self.count += n
        return self


particles = []
for i in range(200):
    cls = Charged if i % 3 == 0 else Particle
    if cls is Charged:
        particles.append(Charged(Vector(i, -i), Vector(1, 0.5), 1 + i % 7, 0.1))
    else:
        particles.append(Particle(Vector(i, i), Vector(-0.5, 1), 1 + i % 5))

c = Counter()
for t in range(2000):
    for p in particles:
        p.step(0.01)
        c.tick()
total = sum(p.energy() for p in particles)
mom = Vector(0, 0)
for p in particles:
    mom = mom.add(p.momentum)
print("%.6f %.6f %.6f %d" % (total, mom.x, mom.y, c.count))
