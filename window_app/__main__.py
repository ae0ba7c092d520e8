"""`python -m window_app` and the `window-app` launcher: no command starts the GUI.

A command goes first to the resident helper when one of this user and this installation is up
(`window-app resident start`; `resident.client` imports only the standard library); otherwise,
and for the GUI, it runs in this process."""

import sys


def main() -> None:
    from .resident.client import forward

    code = forward(sys.argv[1:])
    if code is not None:
        sys.exit(code)
    from .cli import in_process

    in_process()


if __name__ == "__main__":
    main()
