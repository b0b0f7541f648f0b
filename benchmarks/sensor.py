"""Cost of one new-files sensor tick on a large feed folder: the first look (every file hashed), a look with
nothing changed (stat only), and a look after a batch of new files; plus the cursor's size.

    .venv/bin/python benchmarks/sensor.py [--files 20000] [--new 100]

Writes small articles (about 2 KB each, text made up for Kabar) under a temporary folder. Prints seconds per
tick, the cursor size and the peak resident memory of the process.
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from pathlib import Path

from etl.core.feedwatch import dump_state, scan_feed

BODY = (
    "JAKARTA - Pemerintah kota menyatakan perbaikan jalan di kawasan {n} dimulai pekan depan. "
    "Kepala dinas mengatakan anggaran sudah disetujui dewan. " * 12
)


def write(root: Path, start: int, count: int) -> None:
    for n in range(start, start + count):
        folder = root / f"desk{n % 50:02d}"
        folder.mkdir(exist_ok=True)
        (folder / f"artikel-{n:06d}.txt").write_text(BODY.format(n=n), encoding="utf-8")


def timed(root: Path, state: dict) -> tuple[float, object]:
    started = time.perf_counter()
    scan = scan_feed(root, state)
    return time.perf_counter() - started, scan


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=20000)
    parser.add_argument("--new", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        write(root, 0, args.files)
        first_s, first = timed(root, {})
        same_s, same = timed(root, first.state)
        write(root, args.files, args.new)
        batch_s, batch = timed(root, same.state)
        result = {
            "files": args.files,
            "first_look_s": round(first_s, 2),
            "first_look_changed": len(first.changed),
            "unchanged_look_s": round(same_s, 2),
            "unchanged_look_changed": len(same.changed),
            "after_new_batch_s": round(batch_s, 2),
            "after_new_batch_changed": len(batch.changed),
            "cursor_kb": round(len(dump_state(batch.state)) / 1024, 1),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        }
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
