"""What the `summarizer batch` commands do: run one batch stage, print what happened, return the exit code."""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from pathlib import Path

from summarizer.cli.options import announce_backend
from summarizer.config import Settings
from summarizer.extract.llm.backend import endpoint_from_settings
from summarizer.extract.llm.batch.client import BatchClient, BatchInfo
from summarizer.extract.llm.batch.job import BatchJob, load_job, save_job, settings_for_job, submit
from summarizer.ingest.prepare import duplicates_line
from summarizer.text import strip_controls

COLLECT_HINT = "summarizer batch collect {job_dir} --out results.jsonl"


def _say(line: str) -> None:
    print(strip_controls(line), file=sys.stderr)


def run_submit(inputs: Sequence[str], settings: Settings, job_dir: Path) -> int:
    """Submit the inputs as one batch; 1 when some inputs could not be read."""
    endpoint_from_settings(settings)  # a missing key or a bad base URL: an error before the line below
    announce_backend(settings)
    job = submit(inputs, settings, job_dir)
    _say(f"Submitted batch {job.batch_id} ({job.status}): {job.requests} request(s) for "
         f"{len(job.articles)} article(s); the job is in {job_dir}.")  # fmt: skip
    for failure in job.failures:
        _say(f"Error: {failure.message}")
    duplicates = duplicates_line(job.duplicate_count, job.duplicates, "submitted")
    if duplicates:
        _say(duplicates)
    _say(f"Next: summarizer batch status {job_dir} --wait, then {COLLECT_HINT.format(job_dir=job_dir)}")
    return 1 if job.failures else 0


def run_status(job_dir: Path, local: Settings, base_url: str | None, wait: bool, poll_seconds: float) -> int:
    """Print the batch's state (polling until it is finished with `wait`); 1 when it ended unsuccessfully."""
    job = load_job(job_dir)
    if job.batch_id is None:
        _say(
            f"{job_dir}: prepared, not submitted yet: run `summarizer batch submit ... --out {job_dir}` again"
        )
        return 1
    settings = settings_for_job(job.settings, local, base_url)
    client = BatchClient(endpoint_from_settings(settings))
    announce_backend(settings)
    try:
        info = _poll(client, job, job_dir, wait, poll_seconds)
    finally:
        client.close()
    if info.status in ("completed", "expired", "cancelled"):
        print(f"Collect with: {COLLECT_HINT.format(job_dir=job_dir)}")
    return 1 if info.status in ("failed", "expired", "cancelled") else 0


def _poll(client: BatchClient, job: BatchJob, job_dir: Path, wait: bool, poll_seconds: float) -> BatchInfo:
    batch_id = job.batch_id or ""
    shown = None
    while True:
        info = client.retrieve(batch_id)
        job = job.record(info)
        save_job(job_dir, job)
        line = status_line(info)
        if line != shown:
            print(line, flush=True)
            shown = line
        if not wait or info.finished:
            return info
        time.sleep(poll_seconds)


def status_line(info: BatchInfo) -> str:
    done = f"{info.completed} of {info.total} request(s) done, {info.failed} failed"
    line = f"Batch {info.id}: {info.status}, {done}."
    return f"{line} {'; '.join(info.errors[:3])}" if info.errors else line


def run_collect(
    job_dir: Path, out: Path, local: Settings, base_url: str | None, reask: bool, force: bool
) -> int:
    """Collect the batch into `out`; 1 when an article failed or is partial, 130 on Ctrl-C."""
    from summarizer.extract.llm.batch.collect import collect

    settings = settings_for_job(load_job(job_dir).settings, local, base_url)
    announce_backend(settings)
    try:
        report = collect(job_dir, out, settings, reask=reask, force=force)
    except KeyboardInterrupt:
        _say(f"Interrupted. Every finished article is in {out}; run the same command again to resume.")
        return 130
    for line in report.lines(out):
        _say(line)
    return 1 if report.failed or report.partial or report.listed else 0
