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


class time_limit:  # noqa: N801 - used as a context manager, like contextlib's
    """Raise an :class:`OverBudget` in the block when it runs longer than ``seconds`` (none for inf or 0).

    Each limit raises its own subclass of :class:`OverBudget`, so that code
    handling its own limit (:meth:`owns`) lets an outer one's pass through.
    """

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.error = type("OverBudget", (OverBudget,), {})
        self._stop = contextlib.nullcontext()

    def owns(self, error: BaseException) -> bool:
        """Whether ``error`` is this limit's."""
        return isinstance(error, self.error)

    def __enter__(self) -> "time_limit":
        seconds = self.seconds
        if math.isfinite(seconds) and seconds > 0:
            main = threading.current_thread() is threading.main_thread()
            if main and hasattr(signal, "setitimer") and signal.getitimer(signal.ITIMER_REAL)[0] == 0:
                self._stop = _alarm(seconds, self.error)
            else:
                self._stop = _watchdog(seconds, self.error)
        self._stop.__enter__()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.__exit__(*exc)


@contextlib.contextmanager
def _alarm(seconds: float, error: type[OverBudget]):
    def expired(signum, frame):
        raise error(f"over its budget of {seconds:.0f} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextlib.contextmanager
def _watchdog(seconds: float, error: type[OverBudget]):
    target = ctypes.c_ulong(threading.get_ident())
    lock = threading.Lock()
    state = {"running": True, "fired": False}

    def expire():
        with lock:
            if state["running"]:
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, ctypes.py_object(error))

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
