"""`python -m bench.demo_speed [--applications N] [--postgres URL]`: how long `window-app demo`
takes on a fresh database (target: the default size, `demo.DEMO_APPLICATIONS`, in under 30 s,
issue 17).

The whole command as an administrator runs it, in a child process (imports included): the
catalogue, users, code segments, the history written day by day through the clerk's services
(`services.demo`), and the day at the counter (`services.demo_hall`). Then `audit verify`,
signed in as the demo's administrator. Prints JSON; exit 1 when over the target.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from window_app.services.demo import DEMO_APPLICATIONS, DEMO_PASSWORD

TARGET_S = 30.0


def main() -> int:
    parser = argparse.ArgumentParser(prog="bench.demo_speed")
    parser.add_argument("--applications", type=int, default=DEMO_APPLICATIONS)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    times, events = [], ""
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as folder:
            env = dict(os.environ, WINDOW_APP_DATA_DIR=folder,
                       WINDOW_APP_AUDIT_KEY_FILE=str(Path(folder) / "audit.key"))  # fmt: skip
            url = f"sqlite:///{Path(folder) / 'demo.sqlite3'}"
            cmd = [sys.executable, "-m", "window_app", "--database", url]
            started = time.perf_counter()
            subprocess.run([*cmd, "demo", "--applications", str(args.applications)], env=env,
                           check=True, capture_output=True)  # fmt: skip
            times.append(time.perf_counter() - started)
            # `audit verify` is a supervisor's or administrator's: the demo's admin signs in
            password = Path(folder) / "password"
            password.write_text(DEMO_PASSWORD)
            password.chmod(0o600)
            verify = subprocess.run([*cmd, "--user", "admin", "--password-file", str(password),
                                     "audit", "verify"], env=env, capture_output=True,
                                    text=True)  # fmt: skip
            events = verify.stdout.strip()
            if verify.returncode != 0:
                print(verify.stdout, verify.stderr, file=sys.stderr)
                return 1
    best = min(times)
    print(json.dumps({"applications": args.applications, "demo_s": round(best, 2),
                      "runs_s": [round(t, 2) for t in times], "target_s": TARGET_S,
                      "audit": events, "cpu_count": os.cpu_count(),
                      "load_average": [round(x, 2) for x in os.getloadavg()]}))  # fmt: skip
    return 0 if best < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
