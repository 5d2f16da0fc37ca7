"""``blueprint serve [--host 127.0.0.1] [--port 8765] [--store FILE] [--token TOKEN]``: the relay
of a live session, until Ctrl+C.

It listens on this computer only unless ``--host`` says otherwise; ``--host 0.0.0.0`` (every
network, e.g. a workshop hotspot) is allowed but warned about. It prints the link to share
and the short form to read out. With ``--store``, the session's history is kept in that
SQLite file; start again with the same ``--store`` and ``--token`` to carry on. It speaks the
user's language (the environment's, as gettext finds it).
"""

from __future__ import annotations

import argparse
import asyncio
import re
import sys
from pathlib import Path

from blueprint.cli import EXIT_OK, EXIT_UNREADABLE, user_wording
from blueprint.collab.relay import (
    DEFAULT_HOST,
    DEFAULT_PORT,
    TOKEN_ALPHABET,
    Relay,
    new_token,
    reachable_address,
    session_link,
)

_TOKEN = re.compile(rf"^[{TOKEN_ALPHABET}]{{4}}(-[{TOKEN_ALPHABET}]{{4}}){{2}}$")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments: where to listen, the store file, and a token to carry on a stored session."""
    parser.add_argument("--host", default=DEFAULT_HOST,
                        help=f"address to listen on (default {DEFAULT_HOST}: this computer only; "
                        "0.0.0.0: every network)")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT}; 0: any free port)")
    parser.add_argument("--store", type=Path, metavar="FILE", help="keep the session's history in this SQLite file")
    parser.add_argument("--token", help="the session's token, to carry on a session kept with --store "
                        "(default: a new random one)")


def run(args: argparse.Namespace) -> int:
    """Serve until Ctrl+C; exit 0 then, 2 when the address cannot be used."""
    say = user_wording()
    token = args.token.upper() if args.token else new_token()
    if not _TOKEN.match(token):
        print("blueprint serve: " + say("'{token}' is not a session token (like {example})",
                                        token=args.token, example="K7QM-X3PD-RTW9"), file=sys.stderr)
        return EXIT_UNREADABLE
    if not 0 <= args.port <= 65535:
        print("blueprint serve: " + say("port {port} is out of range", port=str(args.port)), file=sys.stderr)
        return EXIT_UNREADABLE
    if args.host in ("0.0.0.0", "::"):
        print(say("Warning: listening on every network this computer is on. Anyone on them who "
                  "knows the link can join; use it on a workshop network you trust."), file=sys.stderr)
    relay = Relay(token, args.store)

    def ready(port: int) -> None:
        shown = reachable_address() if args.host in ("0.0.0.0", "::") else args.host
        link = session_link(shown, port, token)
        print(say("Live session ready. Share this link:") + f"\n\n    {link}\n")
        print(say("or read out:  {address}  {token}", address=f"{shown}:{port}", token=token) + "\n")
        if args.store:
            print(say("History kept in {store}; carry on later with --store {store} --token {token}",
                      store=args.store, token=token))
        print(say("Press Ctrl+C to stop."), flush=True)

    try:
        asyncio.run(relay.run(args.host, args.port, ready=ready))
    except KeyboardInterrupt:
        print("\n" + say("Live session stopped."))
    except OSError as error:
        print("blueprint serve: " + say("cannot listen on {address}: {reason}", address=f"{args.host}:{args.port}",
                                        reason=error.strerror or error), file=sys.stderr)
        return EXIT_UNREADABLE
    return EXIT_OK

