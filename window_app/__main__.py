"""`python -m window_app` and the `window-app` launcher: no command starts the GUI."""

from .cli import main

if __name__ == "__main__":
    main()
