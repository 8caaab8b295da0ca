"""``python -m boardpapers.samplesites``: serve the sample sites in the foreground and print the sources YAML."""
from __future__ import annotations

import argparse
import sys
import time

from boardpapers.samplesites.server import SITE_KEYS, SampleSites


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m boardpapers.samplesites", description=__doc__)
    parser.add_argument("--write-sources", metavar="FILE", help="also write the sources YAML to FILE")
    parser.add_argument("--seed", type=int, default=2016)
    parser.add_argument("--port-base", type=int, default=0,
                        help="serve on ports N, N+1, … instead of ports the OS chooses")
    args = parser.parse_args(argv)
    keys = SITE_KEYS
    ports = {key: args.port_base + i for i, key in enumerate(keys)} if args.port_base else None
    with SampleSites.start(seed=args.seed, ports=ports) as sites:
        text = sites.sources_yaml()
        if args.write_sources:
            with open(args.write_sources, "w", encoding="utf-8") as handle:
                handle.write(text)
        sys.stdout.write(text)
        sys.stdout.flush()
        print("# serving; press Ctrl-C to stop", file=sys.stderr)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
