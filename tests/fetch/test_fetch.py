"""The fetcher against a real, misbehaving HTTP server on 127.0.0.1 (see faultserver.py).

Each test asserts the outcome (result or FetchError reason), what the fetcher recorded (``stats``) and what
the server saw (its request log), because "did not request X" is the point of most politeness rules.
"""
from __future__ import annotations

import email.utils
import socket
import time
import tracemalloc
from urllib.parse import quote

import pytest
import requests

from boardpapers.errors import FetchError
from boardpapers.fetch import DEFAULT_CONTACT, MAX_REDIRECTS, RobotsRules
from tests.fetch import faultserver as fs
from tests.fetch.conftest import FakeClock, make_fetcher

MB = 1024 * 1024


def fails(fetcher, url, **kwargs) -> FetchError:
    with pytest.raises(FetchError) as info:
        fetcher.get(url, **kwargs)
    return info.value


def timed(fn, *args, **kwargs):
    started = time.monotonic()
    try:
        return fn(*args, **kwargs), time.monotonic() - started
    except FetchError as err:
        return err, time.monotonic() - started


# --- identity ------------------------------------------------------------------------------------------------


def test_user_agent_with_contact_on_every_request(server, fetcher):
    fetcher.get(server.url("/ok"))
    fails(fetcher, server.url("/404"))
    fetcher.get(server.url("/to?url=/ok"))
    fails(fetcher, server.url("/500"))
    assert len(server.log) == fetcher.stats.requests == 1 + 1 + 1 + 2 + 3  # robots, ok, 404, redirect+ok, 500×3
    for entry in server.log:
        assert entry.headers["User-Agent"] == fetcher.user_agent
    assert fetcher.user_agent.startswith("boardpapers/")
    assert DEFAULT_CONTACT in fetcher.user_agent


def test_contact_url_is_configurable(server):
    f = make_fetcher(contact="https://example.org/boardpapers-contact")
    f.get(server.url("/ok"))
    assert {e.headers["User-Agent"] for e in server.log} == {f.user_agent}
    assert "https://example.org/boardpapers-contact" in f.user_agent


# --- robots.txt ----------------------------------------------------------------------------------------------


def test_robots_fetched_once_per_host_and_cached(server, other, fetcher):
    for _ in range(3):
        fetcher.get(server.url("/ok"))
    for _ in range(2):
        fetcher.get(other.url("/ok"))
    assert server.paths() == ["/robots.txt", "/ok", "/ok", "/ok"]
    assert other.paths() == ["/robots.txt", "/ok", "/ok"]
    assert fetcher.stats.requests == 7


def test_robots_disallow_means_never_requested(server, fetcher):
    server.robots = (200, "User-agent: *\nDisallow: /private/\n")
    err = fails(fetcher, server.url("/private/secret"))
    assert err.reason == "robots_disallowed"
    assert fetcher.get(server.url("/public/page")).content == b"hello\n"
    assert "/private/secret" not in server.paths()
    assert server.paths() == ["/robots.txt", "/public/page"]


def test_robots_group_for_our_product_token_wins_over_star(server, fetcher):
    server.robots = (200, "User-agent: otherbot\nDisallow:\n\n"
                          "User-agent: BoardPapers\nDisallow: /\n\n"
                          "User-agent: *\nAllow: /\n")
    assert fails(fetcher, server.url("/ok")).reason == "robots_disallowed"
    assert server.paths() == ["/robots.txt"]


def test_robots_longest_match_wins_not_first(server, fetcher):
    # urllib.robotparser lets the first matching line win, which would allow /private/ here.
    server.robots = (200, "User-agent: *\nAllow: /\nDisallow: /private/\n")
    assert fails(fetcher, server.url("/private/secret")).reason == "robots_disallowed"
    assert fetcher.get(server.url("/ok")).status == 200
    assert "/private/secret" not in server.paths()


def test_robots_allow_overrides_broader_disallow(server, fetcher):
    server.robots = (200, "User-agent: *\nDisallow: /\nAllow: /public/\n")
    assert fetcher.get(server.url("/public/page")).status == 200
    assert fails(fetcher, server.url("/ok")).reason == "robots_disallowed"


def test_robots_wildcards(server, fetcher):
    server.robots = (200, "User-agent: *\nDisallow: /*.pdf$\n")
    assert fails(fetcher, server.url("/report.pdf")).reason == "robots_disallowed"
    assert fetcher.get(server.url("/report.pdf?download=1")).status == 200  # $ anchors the end
    assert fetcher.get(server.url("/ok")).status == 200
    assert "/report.pdf" not in server.paths()


@pytest.mark.parametrize(
    "text, path, allowed",
    [
        ("User-agent: *\nDisallow:\n", "/x", True),  # empty Disallow matches nothing
        ("User-agent: *\nDisallow: /a\nAllow: /a\n", "/a/b", True),  # a tie goes to allow
        ("User-agent: *\nDisallow: /a*c\n", "/abbbc", False),
        ("User-agent: *\nDisallow: /a%2Fb\n", "/a/b", False),  # percent-encoding compared decoded
        ("user-agent: boardpapers  # us\ndisallow: /x # comment\n", "/x/y", False),
        ("User-agent: a\nUser-agent: boardpapers\nDisallow: /g\n", "/g", False),  # several agents, one group
        ("User-agent: otherbot\nDisallow: /\n", "/x", True),  # no group for us nor *: allowed
        ("Disallow: /\n", "/x", True),  # a rule before any user-agent line belongs to no group
    ],
)
def test_robots_rules(text, path, allowed):
    assert RobotsRules.parse(text, "boardpapers/0.1 (+https://x)").can_fetch("http://h" + path) is allowed


@pytest.mark.parametrize("status", [404, 403, 410])
def test_robots_4xx_allows_all(server, fetcher, status):
    server.robots = (status, "User-agent: *\nDisallow: /\n")
    assert fetcher.get(server.url("/ok")).status == 200
    assert server.paths() == ["/robots.txt", "/ok"]


def test_robots_500_disallows_all(server, fetcher):
    server.robots = (500, "")
    err = fails(fetcher, server.url("/ok"))
    assert err.reason == "robots_disallowed"
    assert "unreachable" in err.detail
    assert server.paths() == ["/robots.txt"] * 3  # robots.txt retried like anything else, then given up
    assert fails(fetcher, server.url("/public/page")).reason == "robots_disallowed"  # cached: no new requests
    assert len(server.log) == 3


def test_robots_unreachable_disallows_all(server, fetcher):
    server.robots = None  # connection reset instead of an answer
    err = fails(fetcher, server.url("/ok"))
    assert err.reason == "robots_disallowed"
    assert "connection" in err.detail
    assert "/ok" not in server.paths()


def test_robots_redirect_followed(server, fetcher):
    server.routes["/robots.txt"] = lambda h: fs.redirect(h, "/robots-real.txt", 301)
    server.routes["/robots-real.txt"] = lambda h: fs.respond(h, 200, b"User-agent: *\nDisallow: /private/\n")
    assert fails(fetcher, server.url("/private/secret")).reason == "robots_disallowed"
    assert fetcher.get(server.url("/ok")).status == 200
    assert server.paths() == ["/robots.txt", "/robots-real.txt", "/ok"]


def test_robots_change_picked_up_after_forget_robots(server, fetcher):
    server.robots = (200, "User-agent: *\nDisallow: /\n")
    assert fails(fetcher, server.url("/ok")).reason == "robots_disallowed"
    server.robots = (404, "")
    assert fails(fetcher, server.url("/ok")).reason == "robots_disallowed"  # still the cached rules
    assert server.count("/robots.txt") == 1
    fetcher.forget_robots()
    assert fetcher.get(server.url("/ok")).status == 200
    assert server.paths() == ["/robots.txt", "/robots.txt", "/ok"]


def test_robots_change_picked_up_after_ttl(server, clock):
    f = make_fetcher(now=clock.now, sleep=clock.sleep, robots_ttl=60)
    server.robots = (200, "User-agent: *\nDisallow: /private/\n")
    f.get(server.url("/ok"))
    server.robots = (404, "")
    clock.advance(30)
    assert fails(f, server.url("/private/secret")).reason == "robots_disallowed"
    clock.advance(31)
    assert f.get(server.url("/private/secret")).status == 200
    assert server.paths() == ["/robots.txt", "/ok", "/robots.txt", "/private/secret"]


# --- per-host delay ------------------------------------------------------------------------------------------


class _SendTimes(requests.Session):
    """A real session that notes when each request leaves the client."""

    def __init__(self):
        super().__init__()
        self.sent_at: list[float] = []

    def send(self, request, **kwargs):
        self.sent_at.append(time.monotonic())
        return super().send(request, **kwargs)


def test_per_host_delay_real_time(server):
    # The delay is the fetcher's promise about when requests *leave*; arrival times at the server also carry
    # the machine's scheduling noise, so they are not asserted.
    session = _SendTimes()
    f = make_fetcher(session=session)
    started = time.monotonic()
    for _ in range(3):
        f.get(server.url("/ok"), delay=0.2)
    assert time.monotonic() - started >= 0.4
    assert server.paths() == ["/robots.txt", "/ok", "/ok", "/ok"]
    # robots.txt, then three pages on 0.2 s slots counted from the first: a request may leave late (a busy
    # machine oversleeps), never early, and a late one does not push its successors' slots.
    sent = session.sent_at
    assert len(sent) == 4
    assert all(at - started >= k * 0.2 for k, at in enumerate(sent)), [at - started for at in sent]


def test_per_host_delay_injected_clock(server, clock):
    f = make_fetcher(now=clock.now, sleep=clock.sleep)
    for _ in range(3):
        f.get(server.url("/ok"), delay=0.2)
    assert clock.sleeps == pytest.approx([0.2, 0.2, 0.2])  # after robots.txt, and between the pages


def test_hosts_do_not_delay_each_other(server, other, clock):
    f = make_fetcher(now=clock.now, sleep=clock.sleep)
    a, b = server.url("/ok"), other.url("/ok")
    f.get(a, delay=0.3)  # robots A at 0; A at 0.3 (slept 0.3)
    f.get(b, delay=0.3)  # robots B at 0.3 (no wait for A); B at 0.6 (slept 0.3 after its own robots)
    f.get(a, delay=0.3)  # A's turn came at 0.6 already: no sleep
    f.get(b, delay=0.3)  # B at 0.9
    assert clock.sleeps == pytest.approx([0.3, 0.3, 0.3])  # one shared queue would have slept 5 × 0.3
    assert server.paths() == other.paths() == ["/robots.txt", "/ok", "/ok"]


def test_backoff_is_exponential(server, clock):
    f = make_fetcher(now=clock.now, sleep=clock.sleep)
    assert fails(f, server.url("/500")).reason == "http_500"
    assert clock.sleeps == pytest.approx([0.05, 0.1])


# --- retries -------------------------------------------------------------------------------------------------


def test_503_then_success(server, clock):
    f = make_fetcher(now=clock.now, sleep=clock.sleep)
    url = server.url("/flaky503")
    result = f.get(url)
    assert result.status == 200 and result.content == b"recovered\n"
    assert f.stats.urls.count(url) == 2 and f.stats.requests == 3
    assert server.count("/flaky503") == 2
    assert clock.sleeps == pytest.approx([0.05])  # the backoff


def test_503_with_retry_after_is_honoured(server, clock):
    f = make_fetcher(now=clock.now, sleep=clock.sleep)
    url = server.url("/flaky503?retry_after=1")
    assert f.get(url).content == b"recovered\n"
    assert f.stats.urls.count(url) == 2
    assert clock.sleeps == pytest.approx([1.0])  # Retry-After, not the 0.05 s backoff


def test_503_with_retry_after_date(server, clock):
    f = make_fetcher(now=clock.now, sleep=clock.sleep)
    when = email.utils.formatdate(time.time() + 3, usegmt=True)
    assert f.get(server.url("/flaky503?retry_after=" + quote(when))).status == 200
    assert len(clock.sleeps) == 1 and 1.0 < clock.sleeps[0] <= 3.0


def test_500_forever_gives_up_after_retries(server, fetcher):
    err = fails(fetcher, server.url("/500"))
    assert err.reason == "http_500" and err.status == 500
    assert server.count("/500") == 3  # retries + 1
    assert fetcher.stats.requests == 4
    assert "3 attempts" in err.detail


def test_retry_after_beyond_cap_fails_fast(server, clock):
    f = make_fetcher(now=clock.now, sleep=clock.sleep)
    err, took = timed(f.get, server.url("/busy"))
    assert err.reason == "http_503" and "Retry-After" in err.detail
    err429, _ = timed(f.get, server.url("/429"))
    assert err429.reason == "http_429"
    assert server.count("/busy") == 1 and server.count("/429") == 1
    assert clock.sleeps == [] and took < 0.5


def test_404_is_not_retried(server, fetcher):
    err = fails(fetcher, server.url("/404"))
    assert err.reason == "http_404" and err.status == 404
    assert server.count("/404") == 1


# --- timeouts and broken connections -------------------------------------------------------------------------


def test_silent_server_times_out_after_retries(server, fetcher):
    err, took = timed(fetcher.get, server.url("/sleepy"))
    assert err.reason == "timeout"
    assert server.count("/sleepy") == 3
    assert 1.5 <= took < 3.0  # three 0.5 s timeouts and a little backoff


def test_slow_drip_body_hits_the_deadline(server, fetcher):
    err, took = timed(fetcher.get, server.url("/drip"))
    assert err.reason == "timeout" and "longer than" in err.detail
    assert took < 1.0 + 0.5 + 0.5  # deadline + one read timeout + slack; the drip would take 20 s
    assert server.count("/drip") == 1  # the deadline is final, not retried
    assert server.sent["/drip"] < 100


def test_slow_chunked_drip_hits_the_deadline(server, fetcher):
    err, took = timed(fetcher.get, server.url("/drip-chunked"))
    assert err.reason == "timeout"
    assert took < 2.0
    assert server.count("/drip-chunked") == 1


def test_stalled_body_times_out_and_is_retried(server, fetcher):
    err, took = timed(fetcher.get, server.url("/stall"))
    assert err.reason == "timeout" and "stalled" in err.detail
    assert server.count("/stall") == 3
    assert took < 3.0


def test_connection_reset_without_response_is_retried(server, fetcher):
    err = fails(fetcher, server.url("/reset"))
    assert err.reason == "connection"
    assert server.count("/reset") == 3


def test_connection_cut_mid_body_is_retried(server, fetcher):
    err = fails(fetcher, server.url("/cut"))
    assert err.reason == "connection" and "cut short" in err.detail
    assert server.count("/cut") == 3
    assert fetcher.stats.bytes == 0


@pytest.mark.parametrize("path, body", [("/reset-once", b"back again\n"), ("/cut-once", b"whole body\n")])
def test_one_broken_connection_then_success(server, fetcher, path, body):
    assert fetcher.get(server.url(path)).content == body
    assert server.count(path) == 2


def test_nothing_listening(fetcher):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    err = fails(fetcher, f"http://127.0.0.1:{port}/ok")
    # robots.txt is unreachable, so (RFC 9309) the host counts as disallowed; the detail says why.
    assert err.reason == "robots_disallowed" and "connection" in err.detail
    assert fetcher.stats.requests == 3


# --- conditional GET -----------------------------------------------------------------------------------------


def test_conditional_get_304(server, fetcher):
    url = server.url("/conditional")
    first = fetcher.get(url)
    assert first.status == 200 and first.etag == fs.ETAG and first.last_modified == fs.LAST_MODIFIED
    assert fetcher.stats.conditional == 0
    again = fetcher.get(url, etag=first.etag, last_modified=first.last_modified)
    assert again.not_modified is True and again.status == 304 and again.content == b""
    assert fetcher.stats.conditional == 1 and fetcher.stats.not_modified == 1
    sent = server.log[-1].headers
    assert sent["If-None-Match"] == fs.ETAG and sent["If-Modified-Since"] == fs.LAST_MODIFIED
    assert "If-None-Match" not in server.log[1].headers


def test_conditional_get_last_modified_only(server, fetcher):
    again = fetcher.get(server.url("/conditional"), last_modified=fs.LAST_MODIFIED)
    assert again.not_modified and fetcher.stats.conditional == 1
    assert "If-None-Match" not in server.log[-1].headers


def test_changed_resource_gives_full_body(server, fetcher):
    result = fetcher.get(server.url("/conditional"), etag='"old"')
    assert not result.not_modified and result.content.startswith(b"%PDF")
    assert fetcher.stats.conditional == 1 and fetcher.stats.not_modified == 0


def test_accept_header_sent(server, fetcher):
    fetcher.get(server.url("/ok"), accept="application/pdf")
    assert server.log[-1].headers["Accept"] == "application/pdf"


# --- redirects -----------------------------------------------------------------------------------------------


def test_redirect_same_host(server, fetcher):
    result = fetcher.get(server.url("/to?url=/ok"))
    assert result.url == server.url("/ok") and result.content == b"hello\n"
    assert server.paths() == ["/robots.txt", "/to?url=/ok", "/ok"]


@pytest.mark.parametrize("status", [301, 303, 307, 308])
def test_redirect_statuses(server, fetcher, status):
    assert fetcher.get(server.url(f"/to?url=/ok&status={status}")).url == server.url("/ok")


def test_redirect_to_other_host_is_off_site(server, other, fetcher):
    err = fails(fetcher, server.url("/to?url=" + quote(other.url("/ok"))))
    assert err.reason == "off_site"
    assert other.log == []  # not even its robots.txt


def test_redirect_to_an_allowed_other_host(server, other, fetcher):
    result = fetcher.get(server.url("/to?url=" + quote(other.url("/ok"))), allowed_hosts=[server.netloc, other.netloc])
    assert result.url == other.url("/ok")
    assert other.paths() == ["/robots.txt", "/ok"]


def test_allowed_hosts_as_a_single_string(server, fetcher):
    assert fetcher.get(server.url("/ok"), allowed_hosts=server.netloc).status == 200


def test_start_url_outside_allowed_hosts(server, other, fetcher):
    assert fails(fetcher, server.url("/ok"), allowed_hosts=[other.netloc]).reason == "off_site"
    assert server.log == [] and fetcher.stats.requests == 0


def test_redirect_to_file_scheme_is_off_site(server, fetcher):
    assert fails(fetcher, server.url("/to?url=file:///etc/passwd")).reason == "off_site"


def test_redirect_loop(server, fetcher):
    err = fails(fetcher, server.url("/loop/a"))
    assert err.reason == "redirect_loop"
    assert server.paths() == ["/robots.txt", "/loop/a", "/loop/b"]


def test_redirect_chain_limit(server, fetcher):
    assert fetcher.get(server.url(f"/chain/{MAX_REDIRECTS}")).url == server.url("/chain/0")
    err = fails(fetcher, server.url(f"/chain/{MAX_REDIRECTS + 1}"))
    assert err.reason == "too_many_redirects"
    assert "/chain/0" not in server.paths()[MAX_REDIRECTS + 2:]  # the 7th hop is never requested


def test_redirect_without_location(server, fetcher):
    assert fails(fetcher, server.url("/no-location")).reason == "bad_redirect"


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/pub/papers.pdf", "gopher://x/1"])
def test_non_http_urls_are_off_site(fetcher, url):
    assert fails(fetcher, url).reason == "off_site"
    assert fetcher.stats.requests == 0


# --- size limits ---------------------------------------------------------------------------------------------


def test_content_length_over_limit_fails_before_reading(server, fetcher):
    err, took = timed(fetcher.get, server.url("/declared-huge"), max_bytes=MB)
    assert err.reason == "too_large" and "Content-Length" in err.detail
    assert took < 0.5 and fetcher.stats.bytes == 0
    time.sleep(0.2)  # let the server notice the hang-up
    assert server.sent["/declared-huge"] < 50 * MB
    assert server.count("/declared-huge") == 1


def test_chunked_body_over_limit(server, fetcher):
    err = fails(fetcher, server.url("/chunked-big"), max_bytes=MB)
    assert err.reason == "too_large" and "body exceeds" in err.detail
    assert server.count("/chunked-big") == 1


def test_chunked_body_within_limit(server, fetcher):
    result = fetcher.get(server.url("/chunked-big"), max_bytes=4 * MB)
    assert len(result.content) == 2 * MB and fetcher.stats.bytes == 2 * MB


def test_gzip_is_decoded(server, fetcher):
    assert fetcher.get(server.url("/small-gzip")).content == b"squeezed " * 1000


def test_gzip_bomb_is_defused(server, fetcher):
    bomb = fs.gzip_bomb()
    assert len(bomb) < MB < fs.BOMB_SIZE  # passes any Content-Length check
    tracemalloc.start()
    try:
        err = fails(fetcher, server.url("/bomb"), max_bytes=MB)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert err.reason == "too_large" and "body exceeds" in err.detail
    assert peak < 8 * MB, f"peak {peak / MB:.1f} MB while defusing a {fs.BOMB_SIZE // MB} MB bomb"


def test_lying_content_length_fails_at_once(server, fetcher):
    err, took = timed(fetcher.get, server.url("/liar"))  # the default 100 MB cap
    assert err.reason == "too_large" and "2147483648" in err.detail
    assert took < 0.5
    assert server.count("/liar") == 1


def test_byte_count_and_body(server, fetcher):
    result = fetcher.get(server.url("/ok"))
    assert result.content == b"hello\n" and result.text == "hello\n"
    assert result.content_type == "text/plain" and fetcher.stats.bytes == len(b"hello\n")
