import datetime
for call in (lambda: datetime.datetime.date(), lambda: datetime.date.weekday(), lambda: datetime.timedelta.total_seconds()):
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
