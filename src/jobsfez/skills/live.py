"""Every open posting and every findable seeker held in memory by a process, kept current by the match change log.

A process builds a base index once (in the background at start-up), streaming the profiles page by page into compact
arrays: no profile objects are kept. Each request then reads, in one indexed statement, the change log's generation
and the postings (or seekers) written since the index's horizon (migration 70 says why nothing is missed). Only
those are reloaded: the current ones go into a small fresh index and their old rows in the older layers are hidden.
The rows of the last few calls make a layer of their own, rebuilt with each call, and join the rest of the fresh rows
past RECENT_LIMIT of them, so that a call pays for what changed lately, not for all that changed since the base.
Past FRESH_LIMIT fresh rows a new base is built in the background while the old one serves. A new generation of the log
(a TRUNCATE, a wiped table) or, for an index that depends on the taxonomy (``Source.by_taxonomy``), a new
taxonomy version builds afresh before answering.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import math
import time
from array import array
from collections.abc import Callable, Coroutine, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar

import numpy as np

from jobsfez.db import fetchrow
from jobsfez.skills.match.vectors import Bools, Floats, Ints
from jobsfez.skills.matching import PostingIndex, PostingProfile, SeekerIndex, SeekerProfile, Vocabulary

logger = logging.getLogger("jobsfez.matching")

# Rows changed since the base was built before a new base is built in the background, and rows changed in the last
# calls before they join the fresh layer: a call that finds changes rebuilds the recent layer, and past
# RECENT_LIMIT the fresh one (docs/benchmarks.md: a few rows a millisecond or two, 500 some tens); a new base is
# a full build, in the background (half a minute for 250,000 postings, one to two for 500,000 seekers).
FRESH_LIMIT = 500
RECENT_LIMIT = 50
# Profiles read per statement while a base is built: memory of one page, not of all.
PAGE = 5000

# The log's generation, this statement's horizon (the oldest transaction still running: all before it are done),
# and the rows at or past the previous horizon.
CHANGES = """SELECT (SELECT generation FROM match_state WHERE id = 1) AS generation,
                    pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS horizon,
                    c.keys, c.xids
             FROM (SELECT coalesce(array_agg({key}), '{{}}') AS keys, coalesce(array_agg(xid), '{{}}') AS xids
                   FROM {log} WHERE xid >= $1) c"""


class Indexed(Protocol):
    """What a live index needs of the index it holds: its rows' keys, ascending."""

    @property
    def ids(self) -> Ints: ...

    def __len__(self) -> int: ...


class Keyed(Protocol):
    @property
    def id(self) -> int: ...


Index = TypeVar("Index", bound=Indexed)
Profile = TypeVar("Profile", bound=Keyed)
Loaded = list[tuple[Profile, float]]  # a profile and when it stops counting (a posting's close, epoch seconds)


@dataclass(frozen=True, slots=True, eq=False)
class Layer(Generic[Index]):
    """An index and which of its rows count: not replaced by a fresher layer, not withdrawn, not yet closed."""

    index: Index
    live: Bools
    closes: Floats
    # the rows counting from a time until the next of them closes, read-only: every call at 250,000 rows compared
    # every closing time (0.1-0.2 ms), where closings come a day's worth at midnight; a new layer starts without it
    _counting: list[tuple[float, float, Bools]] = field(default_factory=list, init=False, repr=False)

    def live_at(self, now: float) -> Bools:
        for since, until, rows in self._counting:
            if since <= now < until:
                return rows
        rows = self.live & (self.closes > now)
        rows.flags.writeable = False
        ahead = self.closes[rows]
        self._counting[:] = [(now, float(ahead.min()) if ahead.size else math.inf, rows)]
        return rows


@dataclass(frozen=True, slots=True)
class Source(Generic[Index, Profile]):
    """Where one kind of index reads from: its change log, its profiles by pages or ids, and how it is built."""

    log: str
    key: str
    page: Callable[[int, int], Coroutine[Any, Any, Loaded[Profile]]]  # (after id, limit)
    among: Callable[[list[int]], Coroutine[Any, Any, Loaded[Profile]]]  # the current ones of these ids
    build: Callable[[Vocabulary, Iterable[Profile]], Index]  # from profiles in ascending ids, keeping none
    # whether the index depends on the taxonomy (a new version builds afresh); keyword search's does not
    by_taxonomy: bool = True
    name: str = ""  # what the logs call it, if not its change log


@dataclass(frozen=True, slots=True)
class _Built(Generic[Index]):
    layer: Layer[Index]
    generation: int | None
    horizon: int
    vocab_version: int


class LiveIndex(Generic[Index, Profile]):
    """One process's index of one kind (open postings, findable seekers) and how current it is."""

    def __init__(self, source: Source[Index, Profile], *, read_every: float = 0.0) -> None:
        """``read_every``: seconds a read of the change log holds for (0: every call reads it)."""
        self.source: Source[Index, Profile] = source
        self.read_every = read_every
        self._read_at = -math.inf  # when the change log was last read (time.monotonic)
        self.changes_sql = CHANGES.format(key=source.key, log=source.log)
        self._lock = asyncio.Lock()
        self._base: _Built[Index] | None = None
        self._horizon = 0
        self._seen: dict[int, int] = {}  # rows of the log at or past the horizon already applied: key -> xid
        self._fresh: dict[int, tuple[Profile, float]] = {}
        self._fresh_layer: Layer[Index] | None = None  # the fresh rows but the recent ones
        self._recent: list[int] = []  # keys of the fresh rows of the last calls, ascending
        self._recent_layer: Layer[Index] | None = None
        self._rebasing: asyncio.Task[None] | None = None
        self.version = 0  # changes to the layers (a new base, rows reloaded): what a result found in them holds for
        self.builds = 0  # bases built, for tests and the benchmark

    async def layers(self, vocab: Vocabulary) -> list[Layer[Index]]:
        """The layers to rank over, current as of this call: the base and, if anything changed since, the fresh and
        the recent one; or, within ``read_every`` of the last read of the change log, as of that read. A call during
        another's read, within twice that, does not wait for it either: on a busy process the waiting calls were
        woken one an event-loop turn, tens of milliseconds each, for a read a tenth of a second newer; past it (a
        read that takes long: many changes, a new base) they wait, so no answer is older than twice ``read_every``."""
        if self._read_lately(vocab) or (self._lock.locked() and self._read_lately(vocab, within=2 * self.read_every)):
            return self._layers()
        async with self._lock:
            if self._read_lately(vocab):
                return self._layers()
            read_at = time.monotonic()
            changes = await fetchrow(self.changes_sql, self._horizon)
            assert changes is not None
            base = self._base
            if base is None or changes["generation"] != base.generation or self._outdated(vocab.version, base):
                self._start(await self._build(vocab))
            else:
                await self._apply(vocab, changes["keys"], changes["xids"], changes["horizon"])
            assert self._base is not None
            if len(self._fresh) > FRESH_LIMIT and self._rebasing is None:
                self._rebasing = asyncio.create_task(self._rebase(vocab))
            self._read_at = read_at
            return self._layers()

    def _read_lately(self, vocab: Vocabulary, *, within: float | None = None) -> bool:
        since = time.monotonic() - self._read_at
        return since < (self.read_every if within is None else within) and self._usable(vocab)

    def _usable(self, vocab: Vocabulary) -> bool:
        """Whether there are layers that hold at this taxonomy version."""
        return self._base is not None and not self._outdated(vocab.version, self._base)

    def _layers(self) -> list[Layer[Index]]:
        assert self._base is not None
        return [self._base.layer, *(layer for layer in (self._fresh_layer, self._recent_layer) if layer is not None)]

    def _outdated(self, vocab_version: int, built: _Built[Index]) -> bool:
        """Whether an index built at a taxonomy version no longer holds at this one."""
        return self.source.by_taxonomy and vocab_version != built.vocab_version

    @property
    def building(self) -> bool:
        """Whether a first base is being built (a caller that can answer otherwise need not wait for it)."""
        return self._base is None and self._lock.locked()

    def _start(self, built: _Built[Index]) -> None:
        self.version += 1
        self._base = built
        self._horizon = built.horizon
        self._seen, self._fresh, self._fresh_layer, self._recent, self._recent_layer = {}, {}, None, [], None

    async def _build(self, vocab: Vocabulary) -> _Built[Index]:
        """A base of every current row, streamed page by page into the index, built in a thread."""
        state = await fetchrow(self.changes_sql, 2**62)  # the generation and horizon the rows read below are past
        assert state is not None
        loop = asyncio.get_running_loop()
        closes = array("d")

        def stream() -> Iterator[Profile]:  # runs in the building thread; each page is read on the event loop
            after = 0
            while True:
                page: Loaded[Profile] = asyncio.run_coroutine_threadsafe(self.source.page(after, PAGE), loop).result()
                for profile, closing in page:
                    closes.append(closing)
                    yield profile
                if len(page) < PAGE:
                    return
                after = page[-1][0].id

        index = await asyncio.to_thread(self.source.build, vocab, stream())
        self.builds += 1
        layer = Layer(index, np.ones(len(index), dtype=np.bool_), np.array(closes, dtype=np.float64))
        return _Built(layer, state["generation"], state["horizon"], vocab.version)

    async def _apply(self, vocab: Vocabulary, keys: list[int], xids: list[int], horizon: int) -> None:
        """Reload what was written since the horizon (skipping rows already applied), and move the horizon on:
        after the reload, so that a read that fails leaves its rows to the next call."""
        new = sorted({key for key, xid in zip(keys, xids, strict=True) if self._seen.get(key) != xid})
        current = await self.source.among(new) if new else []
        self._install(vocab, new, current, keys, xids, horizon)

    def _install(
        self,
        vocab: Vocabulary,
        new: list[int],
        current: Loaded[Profile],
        keys: list[int],
        xids: list[int],
        horizon: int,
    ) -> None:
        """The synchronous part of ``_apply``: no other call sees the layers half changed."""
        if new:
            for key in new:
                self._fresh.pop(key, None)
            self._fresh.update((profile.id, (profile, closing)) for profile, closing in current)
            hidden = np.array(new, dtype=np.int64)
            assert self._base is not None
            self._base = dataclasses.replace(self._base, layer=_hidden(self._base.layer, hidden))
            recent = sorted({*self._recent, *new} & self._fresh.keys())
            if len(recent) > RECENT_LIMIT:  # all fresh rows in one layer again
                self._fresh_layer, self._recent, self._recent_layer = self._layer(vocab, sorted(self._fresh)), [], None
            else:
                if self._fresh_layer is not None:
                    self._fresh_layer = _hidden(self._fresh_layer, hidden)
                self._recent, self._recent_layer = recent, self._layer(vocab, recent)
            self.version += 1
        self._seen = {key: xid for key, xid in zip(keys, xids, strict=True) if xid >= horizon}
        self._horizon = horizon

    def _layer(self, vocab: Vocabulary, keys: list[int]) -> Layer[Index] | None:
        """A layer of these fresh rows (ascending keys), None for none."""
        if not keys:
            return None
        rows = [self._fresh[key] for key in keys]
        index = self.source.build(vocab, (profile for profile, _ in rows))
        closes = np.array([closing for _, closing in rows], dtype=np.float64)
        return Layer(index, np.ones(len(index), dtype=np.bool_), closes)

    async def _rebase(self, vocab: Vocabulary) -> None:
        """A new base while the old one serves; the changes made during the build are read again after it."""
        try:
            built = await self._build(vocab)
            async with self._lock:
                current = self._base
                if (
                    current is not None
                    and built.generation == current.generation
                    and not self._outdated(built.vocab_version, current)
                ):
                    # catch up with the writes made during the build before the new base serves: the old
                    # layers hold them, and a call in the read window (or during this read) must not lose them
                    changes = await fetchrow(self.changes_sql, built.horizon)
                    assert changes is not None
                    keys, xids = changes["keys"], changes["xids"]
                    new = sorted(set(keys))
                    loaded = await self.source.among(new) if new else []
                    self._start(built)
                    self._install(vocab, new, loaded, keys, xids, changes["horizon"])
        except Exception:
            name = self.source.name or self.source.log
            logger.exception("building a new %s index failed; the current one goes on serving", name)
        finally:
            self._rebasing = None

    @property
    def fresh_rows(self) -> int:
        """Rows changed since the base was built (their current versions, in the fresh layer)."""
        return len(self._fresh)

    async def settled(self) -> None:
        """Wait for a background build to be done (tests, benchmarks)."""
        if self._rebasing is not None:
            await asyncio.shield(self._rebasing)

    async def close(self) -> None:
        """Stop a background build (the lifespan ends)."""
        if self._rebasing is not None:
            self._rebasing.cancel()


def _hidden(layer: Layer[Index], keys: Ints) -> Layer[Index]:
    """The layer with its rows of these keys hidden: their current version, if any, is in a fresher layer."""
    positions = np.searchsorted(layer.index.ids, keys)
    inside = positions < len(layer.index)
    positions = positions[inside][layer.index.ids[positions[inside]] == keys[inside]]
    if not positions.size:
        return layer
    live = layer.live.copy()
    live[positions] = False
    return dataclasses.replace(layer, live=live)


def posting_source(
    page: Callable[[int, int], Coroutine[Any, Any, Loaded[PostingProfile]]],
    among: Callable[[list[int]], Coroutine[Any, Any, Loaded[PostingProfile]]],
) -> Source[PostingIndex, PostingProfile]:
    return Source(
        "match_posting_changes", "posting_id", page, among, lambda v, p: PostingIndex.build(v, p, profiles=False)
    )


def seeker_source(
    page: Callable[[int, int], Coroutine[Any, Any, Loaded[SeekerProfile]]],
    among: Callable[[list[int]], Coroutine[Any, Any, Loaded[SeekerProfile]]],
) -> Source[SeekerIndex, SeekerProfile]:
    return Source("match_seeker_changes", "user_id", page, among, lambda v, s: SeekerIndex.build(v, s, profiles=False))
