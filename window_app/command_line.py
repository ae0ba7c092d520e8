"""The command's word on a `window-app` line, found without argparse: the launcher asks it
before anything is imported (`resident.client`), and `cli` to load only the command's module."""

from __future__ import annotations

#: options before the command that take a value (`--database URL`), to find the command's word
VALUED_OPTIONS = frozenset({"--database", "--user", "--password-file", "--lang"})


def command_word(argv: list[str]) -> str | None:
    """The command named on the line (its first word that is neither an option nor an option's
    value), or None when there is none or help is asked for before it."""
    words = iter(argv)
    for word in words:
        if word in ("-h", "--help"):
            return None
        if word in VALUED_OPTIONS:
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None
