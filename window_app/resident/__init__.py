"""The resident helper (issue 22): a process started on purpose (`window-app resident start`)
that has imported SQLAlchemy, the ORM models and the services once, and forks one child per
command, so that a signed-in command does not pay for those imports each time.

- `protocol`: the socket's private directory, the code key, the messages (stdlib only: the
  client imports it before anything heavy);
- `client`: what the `window-app` launcher does first: hands the command to a resident that is
  up and current, or answers None (the command then runs in-process exactly as before);
- `server`: the resident itself (`python -m window_app.resident.server`).
"""
