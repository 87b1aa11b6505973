"""The command line's passphrase: ``PLANNER_PASSPHRASE``, else a prompt on the terminal.

The store asks for a passphrase through a provider (``planner.store.keys.PassphraseProvider``);
this is the command line's, as a dialog is the app's.
"""

from __future__ import annotations

import getpass
import os
import sys

from planner.store.keys import PASSPHRASE_ENV, PassphraseNeeded, PassphraseRequest


def env_or_terminal_passphrase(request: PassphraseRequest) -> str | None:
    """The command line's provider: ``PLANNER_PASSPHRASE``, else a prompt on a terminal."""
    phrase = os.environ.get(PASSPHRASE_ENV)
    if phrase:
        return phrase
    if not sys.stdin.isatty():
        raise PassphraseNeeded(f"profile {request.profile!r} needs a passphrase (no system "
                               f"keyring): set {PASSPHRASE_ENV} or run in a terminal")
    if request.retry:
        print("Wrong passphrase, try again.", file=sys.stderr)
    phrase = getpass.getpass(f"Passphrase for profile {request.profile}: ")
    if request.new and phrase != getpass.getpass("The same passphrase again: "):
        raise PassphraseNeeded("the two passphrases differ; nothing was created")
    return phrase
