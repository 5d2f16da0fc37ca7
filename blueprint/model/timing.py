"""Durations and the working calendar: how a promise in working days meets minutes on a card.

A :class:`Duration` is an amount with a unit (minutes, hours, days, working days, weeks).
The concept's :class:`WorkingCalendar` says how long a working day is and how many working
days a week has; with it every duration becomes *working minutes*, the one scale on which
a journey's lead time is compared with a deadline (the rule is in ``docs/metrics.md``):

- minutes and hours are working time as they are (the clock of a contact or a queue);
- a working day is ``hours_per_day`` hours of working time;
- a calendar day is ``days_per_week / 7`` of a working day (two weeks pass = ten working
  days in a five-day week), a week is ``days_per_week`` working days.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from blueprint.model.base import ModelBase


class TimeUnit(StrEnum):
    """The unit of a duration."""

    MINUTES = "minutes"
    HOURS = "hours"
    WORKING_DAYS = "working-days"
    DAYS = "days"  # calendar days: weekends included
    WEEKS = "weeks"


class WorkingCalendar(ModelBase):
    """When the organisation works: hours in a working day, working days in a week."""

    hours_per_day: float = Field(default=8.0, gt=0, le=24, allow_inf_nan=False)
    days_per_week: float = Field(default=5.0, gt=0, le=7, allow_inf_nan=False)

    @property
    def minutes_per_day(self) -> float:
        """Working minutes in one working day."""
        return self.hours_per_day * 60

    def working_minutes(self, amount: float, unit: TimeUnit) -> float:
        """``amount`` of ``unit`` in working minutes under this calendar."""
        match TimeUnit(unit):
            case TimeUnit.MINUTES:
                return amount
            case TimeUnit.HOURS:
                return amount * 60
            case TimeUnit.WORKING_DAYS:
                return amount * self.minutes_per_day
            case TimeUnit.DAYS:
                return amount * self.minutes_per_day * self.days_per_week / 7
            case TimeUnit.WEEKS:
                return amount * self.minutes_per_day * self.days_per_week
        raise ValueError(f"unknown time unit {unit!r}")

    def in_unit(self, minutes: float, unit: TimeUnit) -> float:
        """Working minutes expressed in ``unit`` (the inverse of :meth:`working_minutes`)."""
        return minutes / self.working_minutes(1.0, unit)


class Duration(ModelBase):
    """An amount of time with its unit, e.g. ``{"amount": 5, "unit": "working-days"}``."""

    amount: float = Field(ge=0, le=1_000_000, allow_inf_nan=False)
    unit: TimeUnit = TimeUnit.MINUTES

    def working_minutes(self, calendar: WorkingCalendar) -> float:
        """This duration in working minutes under ``calendar``."""
        return calendar.working_minutes(self.amount, self.unit)
