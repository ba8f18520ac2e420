import asyncio

class Field:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        print(f"set {self.name[1:]} = {value!r}")
        setattr(obj, self.name, value)

class Plugin:
    plugins = {}
    def __init_subclass__(cls, /, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.plugins[cls.__name__.lower()] = cls

class Model(Plugin):
    status = Field()
    retries = Field()

class Other(Plugin):
    pass

async def main():
    m = Model()
    print(m.status)
    m.status = "ready"
    await asyncio.sleep(0)
    print(m.status, m.retries, sorted(Plugin.plugins), type(Model.__dict__["status"]).__name__)

asyncio.run(main())
