"""A client hanging up mid-request is not the sample server's error: the demo's output stays clean."""
from __future__ import annotations

import socket
import struct
import time

import requests


def _hang_up_mid_request(host_port: str) -> None:
    host, port = host_port.split(":")
    sock = socket.create_connection((host, int(port)))
    sock.sendall(b"GET / HTTP/1.1\r\nHost: x")  # no end of line: the server is still reading
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # close with a reset
    sock.close()


def test_a_client_reset_prints_no_traceback_and_the_site_keeps_serving(sites, capfd):
    host_port = sites.url("northmere").split("//", 1)[1].split("/", 1)[0]
    _hang_up_mid_request(host_port)
    time.sleep(0.3)  # the server thread handles the reset
    assert requests.get(sites.url("northmere"), timeout=10).status_code == 200
    assert "Traceback" not in capfd.readouterr().err
