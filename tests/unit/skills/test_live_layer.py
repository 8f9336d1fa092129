"""A live layer's rows that count at a time: remembered until the next of them closes, never past it."""

import dataclasses
import math

import numpy as np
import pytest

from jobsfez.skills.live import Layer


class Rows:
    """The least an index is to a layer: its rows' ids."""

    def __init__(self, count: int) -> None:
        self.ids = np.arange(count, dtype=np.int64)

    def __len__(self) -> int:
        return len(self.ids)


def test_the_rows_counting_follow_each_closing_time_whenever_asked() -> None:
    closes = np.array([10.0, 20.0, 20.0, 30.0, math.inf])
    layer = Layer(Rows(5), np.array([True, True, True, False, True]), closes)
    expected = {0: [0, 1, 2, 4], 9.9: [0, 1, 2, 4], 10: [1, 2, 4], 19.9: [1, 2, 4], 20: [4], 31: [4], 5: [0, 1, 2, 4]}
    for now, rows in expected.items():  # forwards, past every closing time, then back again
        assert list(np.flatnonzero(layer.live_at(now))) == rows, now
    assert layer.live_at(12) is layer.live_at(15)  # remembered between closings
    with pytest.raises(ValueError, match="read-only"):
        layer.live_at(15)[4] = False
    withdrawn = dataclasses.replace(layer, live=np.array([True, False, True, False, True]))
    assert list(np.flatnonzero(withdrawn.live_at(15))) == [2, 4]  # a new layer remembers nothing of the old
