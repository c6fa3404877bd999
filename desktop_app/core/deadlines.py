"""When a data-subject request must be answered (GDPR Art. 12(3)).

One month from receipt, extendable by two further months. Following the EDPB
guidelines on the right of access (and Regulation 1182/71 on time limits): a
period in months ends on the same day of the month as the day of receipt, or
on the last day of the month when that day does not exist; a period that ends
on a Saturday, Sunday or public holiday ends on the next working day instead.
Public holidays are France's by default (the `holidays` package).
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

import holidays
from dateutil.relativedelta import relativedelta

ANSWER_MONTHS = 1
MAX_EXTENSION_MONTHS = 2


@cache
def _public_holidays(country: str, year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays(country, years=year).keys())


def is_working_day(day: date, country: str = "FR") -> bool:
    return day.weekday() < 5 and day not in _public_holidays(country, day.year)


def next_working_day(day: date, country: str = "FR") -> date:
    while not is_working_day(day, country):
        day += timedelta(days=1)
    return day


def add_months(start: date, months: int) -> date:
    """Same day of the month, or the month's last day when that day does not exist."""
    result: date = start + relativedelta(months=months)
    return result


def due_date(received: date, extension_months: int = 0, country: str = "FR") -> date:
    """The last day to answer a request received on ``received``."""
    if not 0 <= extension_months <= MAX_EXTENSION_MONTHS:
        raise ValueError("an extension is 0 to 2 months")
    return next_working_day(add_months(received, ANSWER_MONTHS + extension_months), country)
