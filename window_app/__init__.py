"""Service-window desk: one window accepts every matter (一窗受理)."""

__version__ = "0.1.0"
