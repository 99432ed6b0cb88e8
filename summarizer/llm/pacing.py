"""Request pacing: spread call starts at the rate the endpoint can sustain.

When every call starts at once, every answer comes back at once, and one event loop handles them one
after another before the next calls go out: calls move in waves, each slower by the time it takes to
handle one. Spacing starts by (shortest observed latency / concurrency) keeps the throughput
(concurrency / latency calls a second, the most the semaphore allows anyway) without the waves; the
shortest latency is used because a call's measured latency also holds its wait for the event loop.
"""

from __future__ import annotations

import asyncio


class Pacer:
    """Hands out start times at least `shortest latency / concurrency` apart."""

    def __init__(self, concurrency: int) -> None:
        self.concurrency = concurrency
        self.shortest_latency: float | None = None
        self._next_start = 0.0

    @property
    def gap(self) -> float:
        """Seconds between two starts; 0 until a call has finished."""
        return 0.0 if self.shortest_latency is None else self.shortest_latency / self.concurrency

    async def wait_turn(self) -> None:
        """Sleep until this call's start time, and book the next one."""
        now = asyncio.get_running_loop().time()
        start = max(now, self._next_start)
        self._next_start = start + self.gap
        if start > now:
            await asyncio.sleep(start - now)

    def observe(self, latency: float) -> None:
        """Remember a finished call's latency if it is the shortest so far."""
        if latency > 0 and (self.shortest_latency is None or latency < self.shortest_latency):
            self.shortest_latency = latency
