class Base:
    greeting = 'hi'
    def who(self):
        return ['Base']
    def hello(self):
        return f"{self.greeting} from {type(self).__name__}"

class Left(Base):
    def who(self):
        return ['Left'] + super().who()

class Right(Base):
    greeting = 'yo'
    def who(self):
        return ['Right'] + super().who()

class Diamond(Left, Right):
    def who(self):
        return ['Diamond'] + super().who()

d = Diamond()
print(d.who(), d.hello(), [c.__name__ for c in Diamond.__mro__])
print(Diamond.greeting, Left.greeting, issubclass(Diamond, Base), isinstance(d, (int, Right)))

class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError('too cold')
        self._c = v
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print('AttributeError:', e)
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError:', e)

class Shape:
    count = 0
    def __init__(self):
        Shape.count += 1
        type(self).made = True
    @classmethod
    def create(cls):
        return cls()
    @staticmethod
    def info():
        return 'shapes'

class Sq(Shape):
    pass

s = Sq.create()
print(type(s).__name__, Shape.count, Sq.made, Shape.info(), s.info(), hasattr(Shape, 'made'))

class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print('TypeError:', e)

class Slots:
    def __init__(self, a, b=2, *rest, key=None, **kw):
        self.vals = (a, b, rest, key, kw)
print(Slots(1).vals, Slots(1, 3, 4, 5, key='k', z=9).vals)
try:
    Slots()
except TypeError as e:
    print('TypeError:', e)
print(Diamond.mro_missing)
