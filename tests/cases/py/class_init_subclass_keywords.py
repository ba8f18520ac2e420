# A class statement's keywords go to __init_subclass__ (a plugin registry); unclaimed ones are object.__init_subclass__'s TypeError.
class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry[name or cls.__name__.lower()] = cls

class CsvPlugin(Plugin, name="csv"):
    pass

class JsonPlugin(Plugin):
    pass

print(sorted(Plugin.registry), Plugin.registry["csv"].__name__)
try:
    class Bad(Plugin, name="x", extra=1):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class Bad2(flag=True):
        pass
except TypeError as e:
    print("TypeError", e)
opts = {"name": "from-dict"}
class Dyn(Plugin, **opts):
    pass
print("from-dict" in Plugin.registry)
