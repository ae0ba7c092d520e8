"""bench.city_load reads a cluster's CPU from /proc: a process that exits still counts."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from bench.city_load import cluster_ticks, percentile

BURN = "import time\nend = time.process_time() + 0.3\nwhile time.process_time() < end: pass"


def test_a_child_that_exits_is_still_counted(tmp_path):
    # This process stands for the postmaster: its children are the "backends".
    (tmp_path / "postmaster.pid").write_text(f"{os.getpid()}\n{tmp_path}\n")
    before = cluster_ticks(tmp_path)
    subprocess.run([sys.executable, "-c", BURN], check=True)  # burns 0.3 s of CPU, then exits
    after = cluster_ticks(tmp_path)
    burnt = (after - before) / os.sysconf("SC_CLK_TCK")
    assert burnt >= 0.25, burnt  # only the reaped children's times (cutime) hold the child's


def test_a_live_child_is_counted_while_it_runs(tmp_path):
    (tmp_path / "postmaster.pid").write_text(f"{os.getpid()}\n{tmp_path}\n")
    child = subprocess.Popen([sys.executable, "-c", BURN + "\ntime.sleep(30)"])
    try:
        before = cluster_ticks(tmp_path)
        time.sleep(1.0)  # the child burns its 0.3 s (a loaded machine: a second's wall)
        during = cluster_ticks(tmp_path)
        assert (during - before) / os.sysconf("SC_CLK_TCK") >= 0.1
    finally:
        child.kill()
        child.wait()


def test_without_a_data_directory_there_is_no_figure():
    assert cluster_ticks(None) is None


def test_percentiles():
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 0.5) == 51.0
    assert percentile(values, 0.99) == 100.0
    assert percentile([], 0.5) is None
