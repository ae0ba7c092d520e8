"""The unknown-user hash is a constant (no hashing at import, issue 22's start), and checking a
password against it costs what checking a real one does: the same argon2id settings."""

from __future__ import annotations

import pytest
from argon2.exceptions import VerifyMismatchError

from window_app.services import users


def test_the_unknown_user_hash_is_made_with_the_hashers_settings():
    assert not users._hasher.check_needs_rehash(users._DUMMY_HASH)
    assert users._hasher.verify(users._DUMMY_HASH, "window-app: no such user")
    with pytest.raises(VerifyMismatchError):
        users._hasher.verify(users._DUMMY_HASH, "a password someone typed")
