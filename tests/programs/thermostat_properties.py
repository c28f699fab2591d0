"""A thermostat model with validated properties, abstract sensors and mixed numbers."""
from abc import ABC, abstractmethod


class Sensor(ABC):
    def __init__(self, name):
        self.name = name

    @abstractmethod
    def read(self):
        ...

    def describe(self):
        return f"{type(self).__name__}({self.name}) = {self.read()}"


class FixedSensor(Sensor):
    def __init__(self, name, value):
        super().__init__(name)
        self.value = value

    def read(self):
        return self.value


class AveragingSensor(Sensor):
    def __init__(self, name, samples):
        super().__init__(name)
        self.samples = samples

    def read(self):
        if not self.samples:
            return 0
        return sum(self.samples) / len(self.samples)


class Thermostat:
    def __init__(self, target):
        self.target = target

    @property
    def target(self):
        return self._target

    @target.setter
    def target(self, value):
        if not 5 <= value <= 30:
            raise ValueError(f"target {value} out of range 5..30")
        self._target = value

    def decide(self, sensor):
        reading = sensor.read()
        if reading < self.target - 1:
            return "heat"
        if reading > self.target + 1:
            return "cool"
        return "idle"


sensors = [FixedSensor("hall", 18), AveragingSensor("kitchen", [21.5, 22.0, 23.5]),
           AveragingSensor("attic", []), FixedSensor("cellar", 12.5)]
t = Thermostat(20)
for s in sensors:
    print(s.describe(), "->", t.decide(s))
t.target = 22.5
print("new target:", t.target, [t.decide(s) for s in sensors])
for bad in (40, 2):
    try:
        t.target = bad
    except ValueError as e:
        print("rejected:", e)
print("still:", t.target)
try:
    Sensor("ghost")
except TypeError as e:
    print("TypeError:", e)
warmest = max(sensors, key=lambda s: s.read())
print("warmest:", warmest.name, warmest.read(), round(warmest.read()), f"{warmest.read():.1f}")
