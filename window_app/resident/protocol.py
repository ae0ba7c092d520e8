"""What the launcher and the resident share: where the socket is, whether its directory is safe,
the code key, and the messages. Standard library only, and nothing slow: the launcher imports
this before it knows whether a resident is up.

A message is a 4-byte big-endian length and that many bytes of UTF-8 JSON. A command's caller
sends its request, waits for {"run": true}, then sends one byte carrying its standard input,
output and error (SCM_RIGHTS) and {"go": true}; the command starts only then.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import socket
import stat
import struct
import sys
from pathlib import Path

VERSION = 1
RESIDENT_ENV = "WINDOW_APP_RESIDENT"  # "off": never hand a command to a resident; "auto":
# the first command finding none starts one (in the background) and runs itself in-process
IDLE_MINUTES = 15
_MAX_MESSAGE = 4 << 20
_PACKAGE = Path(__file__).resolve().parent.parent  # window_app/


class UnsafeDirectory(Exception):
    """The socket's directory belongs to another user or others may enter it."""


def runtime_root(env: dict | os._Environ = os.environ) -> Path:
    """$XDG_RUNTIME_DIR/window-app, or the data directory's `run` (the data directory as
    `config.data_dir` finds it, without importing platformdirs)."""
    runtime = env.get("XDG_RUNTIME_DIR")
    if runtime and os.path.isabs(runtime):
        return Path(runtime) / "window-app"
    data = env.get("WINDOW_APP_DATA_DIR")
    if not data:
        base = env.get("XDG_DATA_HOME") or ""
        if not os.path.isabs(base):
            base = os.path.join(os.path.expanduser("~"), ".local", "share")
        data = os.path.join(base, "window-app")
    return Path(data) / "run"


def install_tag() -> str:
    """The installation's own name: two installations (two virtual environments, two
    checkouts) of one user each have their own resident."""
    where = f"{sys.executable}\0{_PACKAGE}".encode()
    return hashlib.blake2b(where, digest_size=6).hexdigest()


def socket_path(env: dict | os._Environ = os.environ) -> Path:
    return runtime_root(env) / f"resident-{install_tag()}.sock"


def check_private(directory: Path) -> None:
    """Raise UnsafeDirectory unless `directory` is a real directory (not a link) of this user
    that no one else may enter (mode 0700 or stricter)."""
    info = os.lstat(directory)
    if not stat.S_ISDIR(info.st_mode):
        raise UnsafeDirectory(f"{directory} 不是目录")
    if info.st_uid != os.geteuid():
        raise UnsafeDirectory(f"{directory} 属于其他用户（uid {info.st_uid}）")
    if info.st_mode & 0o077:
        raise UnsafeDirectory(f"{directory} 的权限过宽（{stat.S_IMODE(info.st_mode):o}，须为 700）")


def make_private(directory: Path) -> None:
    """Create `directory` (0700) when missing, then check it; never loosens or takes over."""
    with contextlib.suppress(FileExistsError):
        directory.mkdir(mode=0o700, parents=True)
    check_private(directory)


def peer_uid(sock: socket.socket) -> int:
    """The uid of the process at the other end of a Unix socket (SO_PEERCRED: pid, uid, gid)."""
    creds = sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    return struct.unpack("3i", creds)[1]


def same_user(sock: socket.socket, uid: int | None = None) -> bool:
    """Whether the peer runs as `uid` (default: this process's effective uid)."""
    return peer_uid(sock) == (os.geteuid() if uid is None else uid)


def code_key() -> str:
    """What the running code is: the interpreter (its path, version and file), every module
    file of the app (path, size, modification time) and the site directories' modification
    times (an installed or removed distribution changes them). A resident whose key differs
    from its caller's ends itself; the caller runs the command in-process."""
    h = hashlib.blake2b(digest_size=16)
    exe = os.path.realpath(sys.executable)
    h.update(f"{exe}\0{sys.version}\0{_mtime(exe)}\0".encode())
    for root in (_PACKAGE, _PACKAGE.parent / "printing"):
        _add_tree(h, str(root))
    for entry in sys.path:
        if entry.endswith(("site-packages", "dist-packages")):
            h.update(f"{entry}\0{_mtime(entry)}\0".encode())
    return h.hexdigest()


def _mtime(path: str) -> int:
    try:
        return os.stat(path).st_mtime_ns
    except OSError:
        return -1


def _add_tree(h: hashlib.blake2b, root: str) -> None:
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            if entry.name != "__pycache__":
                _add_tree(h, entry.path)
        elif entry.name.endswith((".py", ".so")):
            info = entry.stat()
            h.update(f"{entry.path}\0{info.st_size}\0{info.st_mtime_ns}\0".encode())


def compatibility() -> dict:
    """What a child of the resident must share with its caller besides the code (else the
    caller runs the command itself): the interpreter's UTF-8 mode decides text encodings."""
    return {"utf8_mode": sys.flags.utf8_mode}


def send(sock: socket.socket, message: dict) -> None:
    data = json.dumps(message, ensure_ascii=False).encode()
    sock.sendall(struct.pack(">I", len(data)) + data)


def receive(sock: socket.socket) -> dict:
    """The next message; ConnectionError at the end of the stream or on a malformed one."""
    (size,) = struct.unpack(">I", _exactly(sock, 4))
    if size > _MAX_MESSAGE:
        raise ConnectionError("message too large")
    try:
        message = json.loads(_exactly(sock, size))
    except ValueError as exc:
        raise ConnectionError("malformed message") from exc
    if not isinstance(message, dict):
        raise ConnectionError("malformed message")
    return message


def _exactly(sock: socket.socket, size: int) -> bytes:
    chunks, left = [], size
    while left:
        chunk = sock.recv(left)
        if not chunk:
            raise ConnectionError("the other end closed the connection")
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def send_streams(sock: socket.socket) -> None:
    """One byte carrying descriptors 0, 1 and 2 (SCM_RIGHTS). Sent only once the resident has
    said it runs the command: descriptors queued to a stopped or stuck resident would keep the
    caller's pipes open (its reader would never see their end)."""
    socket.send_fds(sock, [b"F"], [0, 1, 2])


def receive_streams(sock: socket.socket) -> list[int]:
    data, fds, _flags, _addr = socket.recv_fds(sock, 1, 3)
    if data != b"F" or len(fds) != 3:
        for fd in fds:
            os.close(fd)
        raise ConnectionError("the standard streams did not arrive")
    return fds


def connect(path: Path, timeout: float | None = None) -> socket.socket | None:
    """A connection to the resident at `path` when its directory is private to this user and
    the process listening runs as this user; otherwise None."""
    try:
        check_private(path.parent)
    except (OSError, UnsafeDirectory):
        return None
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.settimeout(timeout)
        sock.connect(str(path))
        if same_user(sock):
            return sock
    except OSError:
        pass
    sock.close()
    return None


def spawn(idle_minutes: float, stderr: int | None = None):  # noqa: ANN201  (a Popen)
    """Start a resident in its own session (out of the terminal's job control), its standard
    streams /dev/null (`stderr` may be a pipe for the starter to read a refusal from). Its
    environment is only what decides where its socket goes and what code Python runs: each
    command gets its caller's."""
    import subprocess

    keep = ("PATH", "HOME", "XDG_RUNTIME_DIR", "XDG_DATA_HOME", "WINDOW_APP_DATA_DIR", "LANG",
            "LC_ALL", "LC_CTYPE", "TZ")  # fmt: skip
    env = {k: v for k, v in os.environ.items() if k in keep or k.startswith("PYTHON")}
    return subprocess.Popen(
        [sys.executable, "-m", "window_app.resident.server", "--idle-minutes", f"{idle_minutes:g}"],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL if stderr is None else stderr,
        start_new_session=True, env=env,
    )  # fmt: skip
