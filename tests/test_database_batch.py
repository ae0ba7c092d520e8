"""`Database.batch()`: many units of work of the services in one transaction (the demo's
history), all or nothing, on a real SQLite file and a real PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from window_app.core.errors import DomainError
from window_app.storage.database import BatchFailed
from window_app.storage.models import Counter


def _add(db, name: str, value: int = 1) -> None:  # noqa: ANN001
    with db.transaction() as session:
        session.add(Counter(name=name, value=value))


def _names(db) -> set[str]:  # noqa: ANN001
    with db.reading() as session:
        return set(session.scalars(select(Counter.name).where(Counter.name.like("batch-%"))))


def test_units_of_a_batch_commit_together_and_see_each_others_writes(any_db):
    with any_db.batch():
        _add(any_db, "batch-a")
        assert _names(any_db) == {"batch-a"}  # a read inside the batch sees its writes
        _add(any_db, "batch-b", 2)
    assert _names(any_db) == {"batch-a", "batch-b"}


def test_a_failed_unit_undoes_the_whole_batch_even_when_the_caller_caught_it(any_db):
    with pytest.raises(BatchFailed), any_db.batch():
        _add(any_db, "batch-a")
        try:
            with any_db.transaction():
                raise DomainError("某个步骤失败", english="a unit failed")
        except DomainError:
            pass  # swallowed: the batch must still not commit half its work
        with pytest.raises(BatchFailed):
            _add(any_db, "batch-c")  # nothing more is taken after a failure
    assert _names(any_db) == set()
    _add(any_db, "batch-d")  # the database is usable again, outside any batch
    assert _names(any_db) == {"batch-d"}


def test_an_exception_out_of_the_batch_rolls_it_back(any_db):
    with pytest.raises(RuntimeError, match="stop"), any_db.batch():
        _add(any_db, "batch-a")
        raise RuntimeError("stop")
    assert _names(any_db) == set()


def test_batches_do_not_nest(any_db):
    with any_db.batch(), pytest.raises(RuntimeError, match="nest"), any_db.batch():
        pass
