"""URL helpers every layer shares: the host a URL belongs to, and the file name a URL ends in.

Pure functions; canonical URL spelling stays with the adapters' parsing (``sites/parsing.canonical_url``).
"""
from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit


def host_of(url: str) -> str:
    """host[:port], lower-cased: the unit of politeness, of ``Source.allowed_hosts`` and of Airflow pools."""
    return urlsplit(url).netloc.lower()


def file_name(url: str | None) -> str:
    """The last path segment, percent-decoded ("…/Printed%20minutes.pdf?T=1" → "Printed minutes.pdf");
    a trailing slash is ignored; "" when the path has none."""
    if not url:
        return ""
    return unquote(urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1])


def file_stem(url: str | None) -> str:
    """``file_name`` without a short extension ("GB-minutes-2019-03-18.pdf" → "GB-minutes-2019-03-18")."""
    return re.sub(r"\.[A-Za-z0-9]{2,4}$", "", file_name(url))
