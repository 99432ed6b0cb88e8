import asyncio
import itertools

import pytest

from summarizer.extract.llm.pacing import HANDLING_MARGIN, Pacer


class FakeCpuClock:
    """CPU seconds a test sets by hand."""

    def __init__(self) -> None:
        self.seconds = 0.0

    def __call__(self) -> float:
        return self.seconds


def test_no_gap_until_a_call_has_finished() -> None:
    pacer = Pacer(concurrency=4, cpu_clock=FakeCpuClock())
    assert pacer.gap == 0.0
    pacer.observe(0.0)  # a call that reported no latency
    assert pacer.gap == 0.0


def test_the_gap_is_the_time_to_handle_a_call_with_a_margin() -> None:
    clock = FakeCpuClock()
    pacer = Pacer(concurrency=4, cpu_clock=clock)
    for latency in (0.4, 0.2, 0.9):
        pacer.observe(latency)
    clock.seconds = 0.03  # 10 ms of this thread's CPU a call
    assert pacer.cpu_per_call == pytest.approx(0.01)
    assert pacer.gap == pytest.approx(HANDLING_MARGIN * 0.01)


def test_the_gap_never_exceeds_the_sustainable_rate() -> None:
    clock = FakeCpuClock()
    pacer = Pacer(concurrency=4, cpu_clock=clock)
    for latency in (0.4, 0.2, 0.9):
        pacer.observe(latency)
    clock.seconds = 3.0  # a slow client: 1 s a call
    assert pacer.gap == pytest.approx(0.2 / 4)  # shortest latency / concurrency


def test_starts_are_spaced_by_the_gap() -> None:
    async def start_times() -> list[float]:
        clock = FakeCpuClock()
        pacer = Pacer(concurrency=5, cpu_clock=clock)
        pacer.observe(0.1)
        clock.seconds = 1.0  # slow handling: the gap is 0.1 / 5 = 0.02 s
        loop = asyncio.get_running_loop()
        times = []
        for _ in range(5):
            await pacer.wait_turn()
            times.append(loop.time())
        return times

    times = asyncio.run(start_times())
    gaps = [later - earlier for earlier, later in itertools.pairwise(times)]
    assert all(gap >= 0.019 for gap in gaps), gaps
    assert times[-1] - times[0] < 0.5
