"""The controlled vocabularies of the data model (``boardpapers.models`` names them too): kept apart from its
dataclasses, whose import (~17 ms: each class's methods written and compiled) ``boardpapers extract``'s parser
does not need."""
from __future__ import annotations

# site kinds (moderngov, cmis, listing, …) are registered by their adapters: boardpapers.sites.SOURCE_KINDS
BOARD_TYPES = ("hwb", "stp", "ics", "ccg", "icb", "other")
DOCUMENT_TYPES = ("agenda", "minutes", "report", "other")
ATTENDANCE_STATUSES = ("present", "apologies", "absent", "in_attendance", "substitute", "expected")
ATTENDED_STATUSES = ("present", "substitute", "in_attendance")  # the statuses that count as "attended"
NOT_ATTENDED_STATUSES = ("apologies", "absent")  # stated as not there (expected: not yet known)


def attendance_group(status: str | None) -> str:
    """How charts and trends group a status: attended (ATTENDED_STATUSES), apologies, absent, or other."""
    if status in ATTENDED_STATUSES:
        return "attended"
    return status if status in NOT_ATTENDED_STATUSES else "other"


MEETING_STATUSES = ("scheduled", "held", "cancelled", "postponed", "unknown")
DECISION_KINDS = ("approved", "agreed", "noted", "deferred", "rejected", "other")
