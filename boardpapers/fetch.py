# Over 400 lines on purpose: one Fetcher whose politeness, robots.txt, redirect and size rules share state per host.
"""Polite, safe HTTP fetching: the only place boardpapers talks to the network.

Every request goes through ``Fetcher.get``, which
- identifies itself (User-Agent with a contact URL) and obeys robots.txt;
- waits a per-host delay between requests (one host may serve several sources) and honours Retry-After;
- retries 5xx, 429, timeouts and connection resets with exponential backoff;
- sends conditional requests (ETag / Last-Modified) when validators are known;
- never leaves the hosts a source allows, not even through a redirect;
- streams bodies with a size cap and a whole-request deadline, so a huge, endless or decompression-bomb
  response costs bounded memory and time.
"""
from __future__ import annotations

import email.utils
import logging
import re
import socket
import threading
import time
from dataclasses import dataclass, field
from typing import Callable, Iterable
from urllib.parse import unquote, urljoin, urlsplit

import requests
import requests.adapters
import urllib3.connection
import urllib3.connectionpool
import urllib3.exceptions

from boardpapers import __version__
from boardpapers.errors import FetchError
from boardpapers.urls import host_of

log = logging.getLogger(__name__)

DEFAULT_CONTACT = "https://github.com/boardpapers/boardpapers"
DEFAULT_MAX_BYTES = 100 * 1024 * 1024  # council "public reports packs" reach tens of MB; nothing sane is 100 MB
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_REDIRECTS = 5
MAX_RETRY_AFTER = 120.0  # a site asking us to wait longer than this is treated as failing for this run
ROBOTS_MAX_BYTES = 512 * 1024  # RFC 9309: parse at least 500 KiB
READ_CHUNK = 64 * 1024


class _Transient(FetchError):
    """A body read that failed in a way worth retrying (connection cut, read stalled)."""


def _allowed_set(url: str, allowed_hosts: Iterable[str] | str | None) -> set[str]:
    if isinstance(allowed_hosts, str):  # one host, not an iterable of its characters
        allowed_hosts = [allowed_hosts]
    return {h.lower() for h in (allowed_hosts or ())} or {host_of(url)}


@dataclass
class FetchResult:
    url: str  # the final URL, after redirects
    status: int
    content: bytes
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False  # 304: the validators matched and no body was sent

    @property
    def text(self) -> str:
        charset = "utf-8"
        if self.content_type and "charset=" in self.content_type:
            charset = self.content_type.split("charset=")[-1].split(";")[0].strip() or "utf-8"
        try:
            return self.content.decode(charset, errors="replace")
        except LookupError:
            return self.content.decode("utf-8", errors="replace")


@dataclass
class FetchStats:
    requests: int = 0  # every HTTP request sent, robots.txt and retries included
    conditional: int = 0  # requests carrying If-None-Match / If-Modified-Since
    not_modified: int = 0
    bytes: int = 0
    urls: list[str] = field(default_factory=list)  # URLs requested, in order (for tests and run reports)


class RobotsRules:
    """robots.txt rules for one product token, matched as RFC 9309 says (not as ``urllib.robotparser`` does):
    the groups naming our product token (else the ``*`` groups) apply; ``*`` and ``$`` wildcards; the longest
    matching rule wins and ``allow`` wins a tie; no matching rule means allowed."""

    def __init__(self, rules: list[tuple[bool, str]] | None = None, *, allow_all=False, disallow_all=False,
                 reason: str = "robots.txt forbids it"):
        self.allow_all, self.disallow_all, self.reason = allow_all, disallow_all, reason
        self._rules = [(allow, len(path), _robots_pattern(path)) for allow, path in rules or ()]

    @classmethod
    def parse(cls, text: str, agent: str) -> "RobotsRules":
        token = agent.split("/")[0].strip().lower()
        groups: list[tuple[list[str], list[tuple[bool, str]]]] = []
        agents: list[str] | None = None  # the user-agent lines of the group being read
        for line in text.splitlines():
            line = line.split("#", 1)[0].strip()
            if ":" not in line:
                continue
            key, value = (part.strip() for part in line.split(":", 1))
            key = key.lower()
            if key == "user-agent":
                if agents is None or groups[-1][1]:  # a new group starts after rules
                    agents = []
                    groups.append((agents, []))
                agents.append(value.split("/")[0].strip().lower())
            elif key in ("allow", "disallow") and agents is not None:
                if value:  # an empty rule matches nothing
                    groups[-1][1].append((key == "allow", value))
        mine = [rule for names, rules in groups if token in names for rule in rules]
        if not any(token in names for names, _ in groups):
            mine = [rule for names, rules in groups if "*" in names for rule in rules]
        return cls(mine)

    def can_fetch(self, url: str) -> bool:
        if self.disallow_all:
            return False
        if self.allow_all:
            return True
        parts = urlsplit(url)
        target = unquote(parts.path or "/") + (f"?{unquote(parts.query)}" if parts.query else "")
        if target == "/robots.txt":
            return True
        best: tuple[int, bool] | None = None  # (length, allow): allow sorts after disallow on a tie
        for allow, length, pattern in self._rules:
            if pattern.match(target) and (best is None or (length, allow) > best):
                best = (length, allow)
        return best is None or best[1]


def _robots_pattern(path: str) -> re.Pattern:
    path = unquote(path)
    anchored = path.endswith("$")
    body = ".*".join(re.escape(piece) for piece in (path[:-1] if anchored else path).split("*"))
    return re.compile(body + (r"\Z" if anchored else ""), re.DOTALL)


class _HostClock:
    """Per-host spacing of requests, shared by threads of one process."""

    def __init__(self, sleep: Callable[[float], None], now: Callable[[], float]):
        self._sleep, self._now = sleep, now
        self._next_allowed: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait_turn(self, host: str, delay: float) -> None:
        with self._lock:
            now = self._now()
            start = max(now, self._next_allowed.get(host, 0.0))
            self._next_allowed[host] = start + delay
        if start > now:
            self._sleep(start - now)

    def push_back(self, host: str, seconds: float) -> None:
        with self._lock:
            self._next_allowed[host] = max(self._next_allowed.get(host, 0.0), self._now() + seconds)


class _RequestDeadline:
    """The whole-request deadline of one attempt: status line, headers and body. A server that drips its
    response a line at a time never trips the per-read timeout, so a timer shuts the socket when time is up;
    the blocked read then ends and the attempt is reported as a timeout."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.expired = False
        self._sock: socket.socket | None = None
        self._finished = False
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()

    def attach(self, sock: socket.socket | None) -> None:
        """Called when the request is on the wire and its response is about to be read."""
        with self._lock:
            self._sock = sock
            if self.expired:
                _shut(sock)

    def _expire(self) -> None:
        with self._lock:
            if self._finished:
                return
            self.expired = True
            _shut(self._sock)

    def finish(self) -> bool:
        """Stop the clock; True if it ran out first (whatever was read may be cut short)."""
        self._timer.cancel()
        with self._lock:
            self._finished = True
            return self.expired


def _shut(sock: socket.socket | None) -> None:
    if sock is not None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


_attempt = threading.local()  # the _RequestDeadline of the request this thread is sending, if any


class _HandsSocketToDeadline:
    """Mixed into urllib3's connections: the request is on the wire, its response about to be read."""

    def getresponse(self, *args, **kwargs):
        deadline = getattr(_attempt, "deadline", None)
        if deadline is not None:
            deadline.attach(self.sock)
        return super().getresponse(*args, **kwargs)


class _DeadlineHTTPConnection(_HandsSocketToDeadline, urllib3.connection.HTTPConnection):
    pass


class _DeadlineHTTPSConnection(_HandsSocketToDeadline, urllib3.connection.HTTPSConnection):
    pass


class _DeadlineHTTPPool(urllib3.connectionpool.HTTPConnectionPool):
    ConnectionCls = _DeadlineHTTPConnection


class _DeadlineHTTPSPool(urllib3.connectionpool.HTTPSConnectionPool):
    ConnectionCls = _DeadlineHTTPSConnection


class _DeadlineAdapter(requests.adapters.HTTPAdapter):
    """requests' adapter, with connections that hand their socket to the current attempt's deadline."""

    def init_poolmanager(self, *args, **kwargs):
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {"http": _DeadlineHTTPPool, "https": _DeadlineHTTPSPool}


class Fetcher:
    def __init__(
        self,
        *,
        contact: str | None = None,
        user_agent: str | None = None,
        timeout: float = 30.0,
        deadline: float = 300.0,
        max_bytes: int = DEFAULT_MAX_BYTES,
        retries: int = 3,
        backoff: float = 1.0,
        robots_ttl: float = 3600.0,
        default_delay: float = 1.0,
        sleep: Callable[[float], None] = time.sleep,
        now: Callable[[], float] = time.monotonic,
        session: requests.Session | None = None,
    ):
        contact = contact or DEFAULT_CONTACT
        self.user_agent = user_agent or f"boardpapers/{__version__} (+{contact})"
        self.timeout, self.deadline, self.max_bytes = timeout, deadline, max_bytes
        self.retries, self.backoff, self.robots_ttl = retries, backoff, robots_ttl
        self.default_delay = default_delay
        self._sleep, self._now = sleep, now
        self._clock = _HostClock(sleep, now)
        self._session = session or requests.Session()
        self._session.headers["User-Agent"] = self.user_agent
        for prefix in ("http://", "https://"):
            self._session.mount(prefix, _DeadlineAdapter())
        self._robots: dict[str, tuple[float, RobotsRules]] = {}
        self._robots_lock = threading.Lock()
        self.stats = FetchStats()

    # --- public ---------------------------------------------------------------------------------------------

    def get(
        self,
        url: str,
        *,
        allowed_hosts: Iterable[str] | None = None,
        delay: float | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        max_bytes: int | None = None,
        accept: str | None = None,
        retries: int | None = None,
        timeout: float | None = None,
    ) -> FetchResult:
        """GET ``url`` politely. Raises ``FetchError`` with a reason code when it cannot be had.

        ``allowed_hosts``: netlocs the request and its redirects may reach (default: the URL's own host).
        ``retries``: this request's retries, instead of the fetcher's (0 for a probe whose refusal is an answer).
        ``timeout``: how long this request may wait for the server to start answering, instead of the fetcher's
        (a source whose pages are slow to build, e.g. a CMIS month view, sets ``timeout_seconds``).
        """
        allowed = _allowed_set(url, allowed_hosts)
        delay = self.default_delay if delay is None else delay
        limit = self.max_bytes if max_bytes is None else max_bytes
        headers = {"Accept": accept} if accept else {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        seen: list[str] = []
        current = url
        while True:
            self._check_allowed(url, current, allowed)
            if current in seen:
                raise FetchError(url, "redirect_loop", " → ".join(seen + [current]))
            if len(seen) > MAX_REDIRECTS:
                raise FetchError(url, "too_many_redirects", f"more than {MAX_REDIRECTS}")
            seen.append(current)
            self._check_robots(current, delay, allowed)
            result = self._request_with_retries(
                current, headers, delay, lambda response: self._redirect_or_read(url, current, response, limit),
                retries=retries, timeout=timeout,
            )
            if isinstance(result, str):
                current = result
                continue
            return result

    def _redirect_or_read(self, original: str, url: str, response: requests.Response, limit: int):
        """The absolute Location of a redirect, or the FetchResult of reading the response."""
        if response.status_code in (301, 302, 303, 307, 308):
            location = response.headers.get("Location")
            response.close()
            if not location:
                raise FetchError(original, "bad_redirect", f"HTTP {response.status_code} without Location")
            return urljoin(url, location)
        return self._read(original, url, response, limit)

    # --- politeness ------------------------------------------------------------------------------------------

    def refusal(self, url: str, *, allowed_hosts: Iterable[str] | None = None,
                delay: float | None = None) -> FetchError | None:
        """Why ``url`` may not be requested for a source, or None: it is off the source's hosts
        (``off_site``: decided without any request, so a host outside ``allowed_hosts`` is never contacted, not
        even for its robots.txt), or that host's robots.txt forbids it (``robots_disallowed``)."""
        allowed = _allowed_set(url, allowed_hosts)
        try:
            self._check_allowed(url, url, allowed)
            self._check_robots(url, self.default_delay if delay is None else delay, allowed)
        except FetchError as err:
            return err
        return None

    def _check_allowed(self, original: str, url: str, allowed: set[str]) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise FetchError(original, "off_site", f"scheme {parts.scheme!r} in {url}")
        if parts.netloc.lower() not in allowed:
            raise FetchError(original, "off_site", f"{url} is outside the source's hosts ({', '.join(sorted(allowed))})")

    def _robots_for(self, url: str, delay: float, allowed: set[str]) -> RobotsRules:
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc.lower()}"
        with self._robots_lock:
            cached = self._robots.get(key)
            if cached and self._now() - cached[0] < self.robots_ttl:
                return cached[1]
        robots_url = key + "/robots.txt"
        try:
            result = self._fetch_robots(robots_url, delay, allowed)
        except FetchError as err:
            # RFC 9309: an unreachable robots.txt (5xx, timeout, no connection) means "assume complete disallow".
            log.warning("robots.txt unreachable at %s: %s", robots_url, err)
            detail = f"robots.txt unreachable: {err.reason}" + (f" ({err.detail})" if err.detail else "")
            rules = RobotsRules(disallow_all=True, reason=detail)
        else:
            if result.status >= 500:
                rules = RobotsRules(disallow_all=True, reason=f"robots.txt unreachable: http_{result.status}")
            elif result.status >= 400:
                rules = RobotsRules(allow_all=True)  # no robots.txt: everything allowed
            elif result.status >= 300:  # a redirect chain too long or without Location: treat as unavailable
                rules = RobotsRules(allow_all=True)
            else:
                rules = RobotsRules.parse(result.content.decode("utf-8", errors="replace"), self.user_agent)
        with self._robots_lock:
            self._robots[key] = (self._now(), rules)
        return rules

    def _fetch_robots(self, robots_url: str, delay: float, allowed: set[str]) -> FetchResult:
        """GET robots.txt, following up to five redirects (RFC 9309 2.3.1.2) within the source's hosts; errors are
        results, not raised. A redirect to another host is not followed: robots.txt is then "unavailable"."""
        current = robots_url
        for _ in range(MAX_REDIRECTS + 1):
            if host_of(current) not in allowed:
                log.warning("robots.txt at %s redirects off the source's hosts to %s: not followed", robots_url,
                            current)
                return FetchResult(current, 404, b"")
            at = current

            def handle(response: requests.Response):
                if response.status_code in (301, 302, 303, 307, 308) and response.headers.get("Location"):
                    response.close()
                    return urljoin(at, response.headers["Location"])
                return self._read(robots_url, at, response, ROBOTS_MAX_BYTES, allow_error=True, truncate=True)

            result = self._request_with_retries(current, {}, delay, handle)
            if not isinstance(result, str):
                return result
            current = result
            if urlsplit(current).scheme not in ("http", "https"):
                break
        return FetchResult(current, 310, b"")

    def _check_robots(self, url: str, delay: float, allowed: set[str]) -> None:
        if urlsplit(url).path == "/robots.txt":
            return
        rules = self._robots_for(url, delay, allowed)
        if not rules.can_fetch(url):
            raise FetchError(url, "robots_disallowed", rules.reason)

    def forget_robots(self) -> None:
        """Drop cached robots.txt rules, so the next request reads them again."""
        with self._robots_lock:
            self._robots.clear()

    # --- the request -----------------------------------------------------------------------------------------

    def _request_with_retries(self, url: str, headers: dict, delay: float, handle: Callable[[requests.Response], object],
                              retries: int | None = None, timeout: float | None = None):
        """Send the request, retrying 429/5xx, timeouts and connection failures (before or during the body);
        returns whatever ``handle(response)`` returns for the first response worth handling."""
        host = host_of(url)
        attempt = 0
        while True:
            attempt += 1
            self._clock.wait_turn(host, delay)
            self.stats.requests += 1
            self.stats.urls.append(url)
            if "If-None-Match" in headers or "If-Modified-Since" in headers:
                self.stats.conditional += 1
            deadline = _attempt.deadline = _RequestDeadline(self.deadline)
            try:
                response = self._session.get(
                    url, headers=headers, timeout=timeout or self.timeout, stream=True, allow_redirects=False
                )
            except requests.Timeout as err:
                reason, detail, wait = "timeout", _short(err), None
            except requests.ConnectionError as err:
                reason, detail, wait = "connection", _short(err), None
            except requests.RequestException as err:
                self._end_attempt(url, deadline)
                raise FetchError(url, "request_failed", _short(err)) from err
            else:
                if response.status_code not in RETRY_STATUSES:
                    try:
                        outcome = handle(response)
                    except _Transient as err:
                        reason, detail, wait = err.reason, err.detail, None
                    except BaseException:
                        self._end_attempt(url, deadline)
                        raise
                    else:
                        self._end_attempt(url, deadline)
                        return outcome
                else:
                    reason, detail = f"http_{response.status_code}", response.reason or ""
                    wait = _retry_after(response.headers.get("Retry-After"))
                    response.close()
                    if wait is not None and wait > MAX_RETRY_AFTER:
                        self._end_attempt(url, deadline)
                        raise FetchError(url, reason, f"Retry-After {wait:.0f}s is too long", response.status_code)
            self._end_attempt(url, deadline)  # a failure that came from the deadline is final, not retried
            if attempt > (self.retries if retries is None else retries):
                status = int(reason[5:]) if reason.startswith("http_") else None
                raise FetchError(url, reason, f"{detail}; gave up after {attempt} attempts".strip("; "), status)
            pause = wait if wait is not None else self.backoff * (2 ** (attempt - 1))
            log.info("retrying %s after %s (%.1fs)", url, reason, pause)
            self._clock.push_back(host, pause)

    def _end_attempt(self, url: str, deadline: _RequestDeadline) -> None:
        """Stop the attempt's clock; raise the timeout if it ran out (what was read may be cut short)."""
        _attempt.deadline = None
        if deadline.finish():
            raise FetchError(url, "timeout", f"the response took longer than the {self.deadline:g}s deadline")

    def _read(self, original: str, url: str, response: requests.Response, limit: int, allow_error=False,
              truncate=False) -> FetchResult:
        """Read the body within ``limit`` decoded bytes (``truncate``: keep the first ``limit`` bytes instead of
        failing) and the deadline. Raises ``_Transient`` for failures worth a retry."""
        try:
            status = response.status_code
            if status == 304:
                self.stats.not_modified += 1
                return FetchResult(url, 304, b"", response.headers.get("Content-Type"),
                                   response.headers.get("ETag"), response.headers.get("Last-Modified"), True)
            if status >= 400 and not allow_error:
                raise FetchError(original, f"http_{status}", response.reason or "", status)
            declared = response.headers.get("Content-Length", "").strip()
            if declared.isdigit() and int(declared) > limit and not truncate:
                raise FetchError(original, "too_large", f"Content-Length {int(declared)} exceeds {limit} bytes")
            started = self._now()
            chunks, size = [], 0
            try:
                for chunk in _body_chunks(response):
                    size += len(chunk)
                    if size > limit:
                        if truncate:
                            chunks.append(chunk[: len(chunk) - (size - limit)])
                            break
                        raise FetchError(original, "too_large", f"body exceeds {limit} bytes")
                    chunks.append(chunk)
                    if self._now() - started > self.deadline:
                        raise FetchError(original, "timeout", f"body took longer than {self.deadline:g}s")
            except (urllib3.exceptions.ReadTimeoutError, requests.Timeout) as err:
                raise _Transient(original, "timeout", f"body stalled: {_short(err)}") from err
            except (urllib3.exceptions.DecodeError, requests.exceptions.ContentDecodingError) as err:
                raise FetchError(original, "bad_encoding", _short(err)) from err
            except (urllib3.exceptions.HTTPError, requests.ConnectionError,
                    requests.exceptions.ChunkedEncodingError, OSError) as err:
                if _caused_by_timeout(err):
                    raise _Transient(original, "timeout", f"body stalled: {_short(err)}") from err
                raise _Transient(original, "connection", f"body cut short: {_short(err)}") from err
            body = b"".join(chunks)
            self.stats.bytes += len(body)
            return FetchResult(url, status, body, response.headers.get("Content-Type"),
                               response.headers.get("ETag"), response.headers.get("Last-Modified"))
        finally:
            response.close()


def _body_chunks(response: requests.Response):
    """The decoded body in pieces as they arrive. ``read1`` returns what one socket read brings (or what a
    bounded decompression step yields), so a slow drip cannot hide from the deadline inside a 64 KB read, and
    the size cap applies to decoded bytes, which defuses gzip bombs."""
    raw = response.raw
    if not hasattr(raw, "read1"):  # urllib3 1.x
        yield from response.iter_content(chunk_size=READ_CHUNK)
        return
    while True:
        chunk = raw.read1(READ_CHUNK, decode_content=True)
        if not chunk:
            return
        yield chunk


def _caused_by_timeout(err: BaseException) -> bool:
    seen = 0
    while err is not None and seen < 10:
        if isinstance(err, (urllib3.exceptions.ReadTimeoutError, TimeoutError, requests.Timeout)):
            return True
        inner = err.args[0] if err.args and isinstance(err.args[0], BaseException) else None
        err = inner or err.__cause__ or err.__context__
        seen += 1
    return False


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _short(err: Exception) -> str:
    text = str(err)
    return text if len(text) < 200 else text[:197] + "..."
