import asyncio

class Base:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Base.registry.append(cls.__name__)
    def __init__(self):
        print("Base init", type(self).__name__)

class A(Base):
    def __init__(self):
        print("A init")
        super().__init__()

class B(Base):
    def __init__(self):
        print("B init")
        super().__init__()

class C(A, B):
    __slots__ = ()
    def __init__(self):
        print("C init")
        super().__init__()

class Service:
    def __init__(self, name):
        self._name = name
        self.calls = 0
    @classmethod
    async def create(cls, name):
        await asyncio.sleep(0.01)
        return cls(name)
    @property
    def name(self):
        return self._name.upper()
    @name.setter
    def name(self, v):
        if not v:
            raise ValueError("empty name")
        self._name = v
    async def __call__(self, x):
        self.calls += 1
        await asyncio.sleep(0)
        return f"{self.name}({x})"
    def __len__(self):
        return self.calls
    def __bool__(self):
        return True
    def __contains__(self, item):
        return item in self._name
    def __getitem__(self, i):
        return self._name[i]
    def __iter__(self):
        return iter(self._name)

async def main():
    C()
    print([k.__name__ for k in C.__mro__], Base.registry)
    s = await Service.create("api")
    print(await s(1), await s(2), len(s), "p" in s, s[0], list(s), s.name)
    s.name = "db"
    print(s.name)
    try:
        s.name = ""
    except ValueError as e:
        print("ValueError:", e)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    class Notifier:
        def __call__(self, value):
            fut.set_result(value)
    loop.call_soon(Notifier(), "notified")
    print(await fut, callable(s), callable(Notifier), isinstance(s, Service))

asyncio.run(main())
