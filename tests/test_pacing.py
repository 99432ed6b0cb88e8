import asyncio
import itertools

from summarizer.llm.pacing import Pacer


def test_no_gap_until_a_call_has_finished() -> None:
    pacer = Pacer(concurrency=4)
    assert pacer.gap == 0.0
    pacer.observe(0.0)
    assert pacer.gap == 0.0


def test_the_gap_follows_the_shortest_latency() -> None:
    pacer = Pacer(concurrency=4)
    pacer.observe(0.4)
    pacer.observe(0.2)
    pacer.observe(0.9)
    assert pacer.gap == 0.05


def test_starts_are_spaced_by_the_gap() -> None:
    async def start_times() -> list[float]:
        pacer = Pacer(concurrency=5)
        pacer.observe(0.1)  # gap 0.02 s
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
