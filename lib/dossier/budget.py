"""A time budget per article: extraction that runs over it is stopped, and the run goes on.

On the main thread of a process that has ``SIGALRM`` (Linux, macOS), an
interval timer raises :class:`OverBudget` in the extraction when the
budget is spent; the regular expression engine checks for signals as it
runs, so even a catastrophic pattern is stopped.  Elsewhere (a Dask
worker runs its tasks on other threads; Windows has no ``SIGALRM``) a
watchdog thread raises it in the extracting thread instead: that stops
Python code at its next bytecode, but not a single call into C (one long
regular-expression match), which finishes first.
"""

from __future__ import annotations

import contextlib
import ctypes
import math
import signal
import threading
from typing import NamedTuple

# Seconds an article of up to PER chars may take, and as much again per PER
# chars beyond: generous for normal prose (extraction reads some 100 KB a
# second on one core), short enough that one pathological page cannot hold up
# a run for long.
DEFAULT_SECONDS = 10.0
PER = 100_000


class OverBudget(Exception):
    """Extraction of an article ran over its time budget."""


class Budget(NamedTuple):
    """Seconds allowed per article of up to :data:`PER` characters; 0 for no budget."""

    seconds: float = DEFAULT_SECONDS

    def allowed(self, chars: int) -> float:
        """Seconds allowed to an article of ``chars`` characters (``math.inf`` without a budget)."""
        if not self.seconds:
            return math.inf
        return self.seconds * max(1.0, chars / PER)


def as_budget(value) -> Budget:
    """``value`` (None, a number of seconds or a Budget) as a :class:`Budget`."""
    if isinstance(value, Budget):
        return value
    return Budget(DEFAULT_SECONDS if value is None else float(value))


@contextlib.contextmanager
def time_limit(seconds: float):
    """Raise :class:`OverBudget` in the block when it runs longer than ``seconds``."""
    if not math.isfinite(seconds) or seconds <= 0:
        yield
        return
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer") and signal.getitimer(signal.ITIMER_REAL)[0] == 0:
        with _alarm(seconds):
            yield
    else:
        with _watchdog(seconds):
            yield


@contextlib.contextmanager
def _alarm(seconds: float):
    def expired(signum, frame):
        raise OverBudget(f"over its budget of {seconds:.0f} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextlib.contextmanager
def _watchdog(seconds: float):
    target = ctypes.c_ulong(threading.get_ident())
    lock = threading.Lock()
    state = {"running": True, "fired": False}

    def expire():
        with lock:
            if state["running"]:
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, ctypes.py_object(OverBudget))

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        with lock:
            state["running"] = False
            if state["fired"]:
                # Not yet raised (the block ended first): it must not be, later, elsewhere.
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, None)
