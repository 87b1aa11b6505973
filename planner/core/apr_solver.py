"""The rate solver behind every true-annual-rate figure: the roots of a dated net present value.

NPV(i) = sum_j c_j / ((1 + f_j i) (1 + i)^t_j), with c_j > 0 money the borrower receives and
c_j < 0 money the borrower pays. It is solved in r = ln(1 + i), which maps the whole range of
rates above -100% onto the real line, and is evaluated with numpy over all flows at once.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

#: Search range in r = ln(1 + i): from -100% + 1e-300 to a periodic rate of about e^700.
_R_LIMIT = 700.0
#: Grid for flows whose signs change more than once: dense near zero, out to i = e^30 - 1.
_GRID = np.concatenate([-np.geomspace(30.0, 1e-7, 400), [0.0], np.geomspace(1e-7, 30.0, 400)])


@dataclass(frozen=True, slots=True)
class Roots:
    """The chosen periodic rate, every root found (ascending), and whether there were several."""

    rate: float
    roots: tuple[float, ...]

    @property
    def multiple(self) -> bool:
        return len(self.roots) > 1


class _Npv:
    """NPV and its derivative in r, scaled by a positive factor so that nothing overflows."""

    __slots__ = ("amounts", "times", "fractions", "weighted")

    def __init__(self, amounts: np.ndarray, times: np.ndarray, fractions: np.ndarray | None):
        self.amounts = amounts
        self.times = times
        self.fractions = fractions
        self.weighted = amounts * times

    def __call__(self, r: float) -> tuple[float, float]:
        exponent = self.times * -r
        weights = np.exp(exponent - exponent.max())
        if self.fractions is None:
            return float(self.amounts @ weights), -float(self.weighted @ weights)
        simple = 1.0 / (1.0 + self.fractions * math.expm1(r))
        weights = weights * simple
        slope = -self.times - self.fractions * math.exp(r) * simple
        return float(self.amounts @ weights), float((self.amounts * slope) @ weights)

    def signs(self, grid: np.ndarray) -> np.ndarray:
        exponent = np.outer(-grid, self.times)
        weights = np.exp(exponent - exponent.max(axis=1, keepdims=True))
        if self.fractions is not None:
            weights = weights / (1.0 + np.outer(np.expm1(grid), self.fractions))
        return np.sign(weights @ self.amounts)


def _refine(npv: _Npv, lo: float, hi: float, lo_sign: float, guess: float) -> float | None:
    """Safeguarded Newton in the bracket (lo, hi) where npv changes sign, as in Numerical
    Recipes' rtsafe: bisect when Newton leaves the bracket or does not halve its step every
    two iterations; while an end is still open, Newton steps at most double |r|. |dr| < 1e-15.
    """
    r, dx, dx_before = guess, math.inf, math.inf
    for _ in range(400):
        value, slope = npv(r)
        if value == 0.0:
            return r
        if math.copysign(1.0, value) == lo_sign:
            lo = r
        else:
            hi = r
        step = value / slope if slope != 0.0 else math.nan
        if math.isinf(lo) or math.isinf(hi):
            reach = max(1.0, abs(r))
            nxt = r - min(max(step, -reach), reach) if math.isfinite(step) else math.nan
            if not lo < nxt < hi:
                nxt = r - reach if math.isinf(lo) else r + reach
        elif not lo < r - step < hi or abs(step) > 0.5 * abs(dx_before):
            nxt = 0.5 * (lo + hi)
        else:
            nxt = r - step
        if abs(nxt) > _R_LIMIT:
            return None
        dx_before, dx = dx, nxt - r
        if abs(dx) <= 1e-15 * max(1.0, abs(r)) or hi - lo <= 4e-16 * max(1.0, abs(r)):
            return nxt
        r = nxt
    return r


def _guess(amounts: np.ndarray, times: np.ndarray) -> float:
    """A first r from the ratio of money paid to money received over their mean time apart."""
    received, paid = amounts > 0, amounts < 0
    a, p = amounts[received].sum(), -amounts[paid].sum()
    span = (times[paid] @ -amounts[paid]) / p - (times[received] @ amounts[received]) / a
    if span <= 0 or a <= 0 or p <= 0:
        return 0.01
    return min(max(math.log(p / a) / span, -5.0), 5.0)


def solve_rate(amounts: np.ndarray, times: np.ndarray,
               fractions: np.ndarray | None = None) -> Roots | None:
    """The periodic rate i that makes NPV zero, or None when no rate does.

    Descartes' rule of signs on the time-ordered net flows: one sign change means exactly one
    root, found by safeguarded Newton. More changes: scan a grid for sign changes, refine each,
    and take the positive root nearest zero, else the root nearest zero (UK MCOB 10.3.1B(2)).

    >>> roots = solve_rate(np.array([-100.0, 39, 59, 55, 20]), np.arange(5.0))
    >>> round(roots.rate, 5)
    0.28095
    """
    order = np.argsort(times + (fractions if fractions is not None else 0.0), kind="stable")
    amounts, times = amounts[order], times[order]
    fractions = None if fractions is None or not fractions.any() else fractions[order]
    signs = np.sign(amounts[amounts != 0])
    changes = int(np.count_nonzero(signs[1:] != signs[:-1]))
    if changes == 0:
        return None
    npv = _Npv(amounts * signs[0], times, fractions)
    if changes == 1:
        # The earliest flow dominates as r -> +inf, the latest (of the other sign) as r -> -inf.
        r = _refine(npv, -math.inf, math.inf, -1.0, _guess(amounts, times))
        if r is None:
            return None
        rate = math.expm1(r)
        return Roots(rate, (rate,))
    grid_signs = npv.signs(_GRID)
    found = [math.expm1(float(g)) for g, s in zip(_GRID, grid_signs, strict=True) if s == 0]
    for k in np.flatnonzero(grid_signs[:-1] * grid_signs[1:] < 0).tolist():
        lo, hi = float(_GRID[k]), float(_GRID[k + 1])
        r = _refine(npv, lo, hi, float(grid_signs[k]), 0.5 * (lo + hi))
        if r is not None:
            found.append(math.expm1(r))
    if not found:
        return None
    roots = tuple(sorted(found))
    positive = [x for x in roots if x >= 0.0]
    return Roots(min(positive) if positive else max(roots), roots)
