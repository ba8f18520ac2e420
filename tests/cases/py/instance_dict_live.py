# An instance's __dict__ is its attribute storage: update/[]=/del/pop/setdefault/clear on it
# change the attributes, vars(obj) is the same dict, and it sees attributes set later.
class Config:
    def __init__(self, **kw):
        self.__dict__.update(kw)
        self.extra = 1
c = Config(host="h", port=80)
print(c.host, c.port, c.__dict__, vars(c) is c.__dict__)
c.__dict__["added"] = True
print(c.added, "port" in c.__dict__, len(c.__dict__))
del c.__dict__["extra"]
print(hasattr(c, "extra"), list(vars(c)), sorted(c.__dict__.items()))
d = c.__dict__
c.late = 5
print(d["late"], d.get("nope", "dflt"), d.pop("late"), hasattr(c, "late"))
vars(c).setdefault("sd", [])
c.sd.append(1)
print(c.sd, {**c.__dict__}, dict(c.__dict__) == c.__dict__)
c.__dict__.clear()
print(c.__dict__, hasattr(c, "host"))
class P:
    pass
p = P()
p.__dict__[1] = "int key"
print(p.__dict__, getattr(p, "x", None))
for k, v in Config(a=1).__dict__.items():
    print(k, v)
