# date ± timedelta (whole days), date - date, toordinal/isoweekday, the range's OverflowError.
import datetime
d = datetime.date(2024, 2, 29)
print(d + datetime.timedelta(days=1), datetime.timedelta(days=2) + d, d - datetime.timedelta(hours=36), d - datetime.date(2024, 1, 1))
print(d.toordinal(), datetime.date(1, 1, 1).toordinal(), datetime.date(1970, 1, 1).toordinal(), d.isoweekday(), d.weekday())
print(repr(d - d), (d - datetime.date(2025, 1, 1)).days, d + datetime.timedelta(seconds=86399))
try:
    datetime.date(9999, 12, 31) + datetime.timedelta(days=1)
except OverflowError as e:
    print("OverflowError", e)
try:
    datetime.date(1, 1, 1) - datetime.timedelta(days=1)
except OverflowError as e:
    print("OverflowError", e)
print(datetime.datetime(2024, 1, 1) + datetime.timedelta(days=1, hours=2), type(datetime.datetime(2024, 1, 1) - datetime.timedelta(1)).__name__)
