#!/usr/bin/env python3
"""SIGKILL a process at a random moment, or at the first moment after it that one of its threads is writing.

    kill-in-write.py PID DELAY MODE PREFIX

Waits DELAY seconds, then:
  MODE any    kills at once;
  MODE write  watches the threads of PID (Linux /proc/PID/task/*/syscall) until one is inside a write,
              fsync, fdatasync or ftruncate on a file whose path starts with PREFIX (for a store s.duckdb,
              PREFIX s takes s.duckdb, s.duckdb.wal and the search index s.search/), and kills then; when the process ends first, nothing is killed.
Either way the threads are looked at just before the kill, and one line says what the kill interrupted:
  "killed after 12.3s inside pwrite64 on kill-4.duckdb.wal" or "killed after 12.3s outside any write" or
  "finished before 12.3s". Linux x86_64 only (syscall numbers), needs the right to read PID's /proc (same user
  or root). Part of scripts/faults/run.sh (issue 13, item 4).
"""
import os
import signal
import sys
import time

WRITES = {1: "write", 18: "pwrite64", 20: "writev", 296: "pwritev", 328: "pwritev2", 74: "fsync",
          75: "fdatasync", 77: "ftruncate", 277: "sync_file_range", 285: "fallocate", 26: "msync"}


def writing(pid, prefix):
    """The (syscall, file) a thread of pid is writing to a file under prefix, or None."""
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return None
    for tid in tasks:
        try:
            with open(f"/proc/{pid}/task/{tid}/syscall") as f:
                fields = f.read().split()
        except OSError:
            continue
        if not fields or not fields[0].isdigit() or int(fields[0]) not in WRITES:
            continue
        number = int(fields[0])
        if number == 26:  # msync: its first argument is an address, not a file
            return WRITES[number], "a mapped file"
        try:
            path = os.readlink(f"/proc/{pid}/fd/{int(fields[1], 16)}")
        except (OSError, ValueError, IndexError):
            continue
        if path.startswith(prefix):
            return WRITES[number], path[len(os.path.dirname(prefix)) + 1:]
    return None


def alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ")[1][0] not in "ZX"
    except (OSError, IndexError):
        return False


def main():
    pid, delay, mode, prefix = int(sys.argv[1]), float(sys.argv[2]), sys.argv[3], os.path.abspath(sys.argv[4])
    start = time.monotonic()
    time.sleep(delay)
    hit = writing(pid, prefix)
    if mode == "write":
        while hit is None and alive(pid):
            time.sleep(0.0002)
            hit = writing(pid, prefix)
    took = time.monotonic() - start
    if not alive(pid):
        print(f"finished before {took:.1f}s")
        return
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        print(f"finished before {took:.1f}s")
        return
    where = f"inside {hit[0]} on {hit[1]}" if hit else "outside any write"
    print(f"killed after {took:.1f}s {where}")


if __name__ == "__main__":
    main()
