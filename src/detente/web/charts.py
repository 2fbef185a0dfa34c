"""Geometry of the overview's inline SVG charts, computed server-side.

Functions here return plain data (rectangles, polylines, ticks, labels); the templates
draw them, so every label goes through Jinja's autoescaping.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from detente.web.stats import QUAD_CSS, QUADS, DyadPoint, quad_of

WIDTH = 960
LEFT, RIGHT, TOP, BOTTOM = 48, 12, 14, 30


@dataclass
class Rect:
    x: float
    y: float
    w: float
    h: float
    css: str
    title: str


@dataclass
class Tick:
    pos: float
    label: str


@dataclass
class Series:
    label: str
    css: str
    points: str
    dots: list[tuple[float, float, str]]
    n: int
    mean: float


@dataclass
class Chart:
    width: int
    height: int
    left: int
    right: int
    top: int
    bottom: int
    unit: str  # day | week | month
    xticks: list[Tick] = field(default_factory=list)
    yticks: list[Tick] = field(default_factory=list)
    zero: float = 0.0
    rects: list[Rect] = field(default_factory=list)
    series: list[Series] = field(default_factory=list)
    empty: bool = True
    totals: dict[str, int] = field(default_factory=dict)


def bucket_unit(since: date, until: date) -> str:
    days = (until - since).days + 1
    if days <= 92:
        return "day"
    if days <= 3 * 366:
        return "week"
    return "month"


def bucket_of(day: date, unit: str) -> date:
    if unit == "week":
        return day - timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    return day


def _next(day: date, unit: str) -> date:
    if unit == "week":
        return day + timedelta(days=7)
    if unit == "month":
        return (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return day + timedelta(days=1)


def _buckets(since: date, until: date, unit: str) -> list[date]:
    out, day = [], bucket_of(since, unit)
    while day <= until:
        out.append(day)
        day = _next(day, unit)
    return out


def _nice(value: float) -> float:
    if value <= 0:
        return 1.0
    exp = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * exp:
            return step * exp
    return 10 * exp


def _label(day: date, unit: str) -> str:
    if unit == "month":
        return day.strftime("%b %Y")
    return day.isoformat()


def _xticks(buckets: list[date], x_of: dict[date, float], span: float) -> list[Tick]:
    if not buckets:
        return []
    first_of_month = [b for b in buckets if b.day <= 7] or buckets[:1]
    every = max(1, math.ceil(len(first_of_month) / 9))
    ticks: list[Tick] = []
    for b in first_of_month[::every]:
        month = b.replace(day=1)
        ticks.append(Tick(x_of[b] + span / 2, month.strftime("%b %Y" if month.month == 1
                                                               or not ticks else "%b")))
    return ticks


def timeline(rows: list[tuple[date, str, int]], since: date, until: date,
             height: int = 250) -> Chart:
    """Events per day (or week/month) by quad class: cooperation up, conflict down."""
    unit = bucket_unit(since, until)
    buckets = _buckets(since, until, unit)
    counts: dict[date, dict[str, int]] = defaultdict(lambda: dict.fromkeys(QUADS, 0))
    totals = dict.fromkeys(QUADS, 0)
    for day, etype, n in rows:
        if not since <= day <= until:
            continue
        quad = quad_of(etype)
        if quad:
            counts[bucket_of(day, unit)][quad] += n
            totals[quad] += n
    chart = Chart(WIDTH, height, LEFT, RIGHT, TOP, BOTTOM, unit, totals=totals)
    if not buckets:
        return chart
    up = max((c[QUADS[0]] + c[QUADS[1]] for c in counts.values()), default=0)
    down = max((c[QUADS[2]] + c[QUADS[3]] for c in counts.values()), default=0)
    chart.empty = not (up or down)
    top_v, bottom_v = _nice(up) if up else 0.0, _nice(down) if down else 0.0
    if not top_v and not bottom_v:
        top_v = 1.0
    plot_h = height - TOP - BOTTOM
    scale = plot_h / (top_v + bottom_v)
    zero = TOP + top_v * scale
    chart.zero = zero
    plot_w = WIDTH - LEFT - RIGHT
    span = plot_w / len(buckets)
    gap = 1.0 if span > 3 else 0.0
    x_of = {b: LEFT + i * span for i, b in enumerate(buckets)}
    for b in buckets:
        c = counts.get(b)
        if not c:
            continue
        y_up = zero
        for quad in (QUADS[1], QUADS[0]):  # material nearest the axis
            n = c[quad]
            if n:
                h = n * scale
                y_up -= h
                chart.rects.append(Rect(x_of[b], y_up, max(span - gap, 0.8), h, QUAD_CSS[quad],
                                        f"{_label(b, unit)} — {quad}: {n}"))
        y_down = zero
        for quad in (QUADS[3], QUADS[2]):
            n = c[quad]
            if n:
                h = n * scale
                chart.rects.append(Rect(x_of[b], y_down, max(span - gap, 0.8), h,
                                        QUAD_CSS[quad], f"{_label(b, unit)} — {quad}: {n}"))
                y_down += h
    for v in (top_v, top_v / 2, 0.0, -bottom_v / 2, -bottom_v):
        if v == 0.0 or abs(v) > 0:
            chart.yticks.append(Tick(zero - v * scale, f"{abs(v):g}"))
    chart.yticks = [t for i, t in enumerate(chart.yticks)
                    if t.pos not in {u.pos for u in chart.yticks[:i]}]
    chart.xticks = _xticks(buckets, x_of, span)
    return chart


def dyad_label(a: str, b: str) -> str:
    return f"{a}–{b}"


def dyad_index(points: list[DyadPoint], since: date, until: date, top: int = 5,
               height: int = 250) -> Chart:
    """Mean score per (undirected) dyad per bucket, for the ``top`` busiest dyads."""
    unit = bucket_unit(since, until)
    buckets = _buckets(since, until, unit)
    pair_n: dict[tuple[str, str], int] = defaultdict(int)
    direction_n: dict[tuple[str, str], int] = defaultdict(int)
    sums: dict[tuple[str, str], dict[date, list[float]]] = defaultdict(dict)
    for p in points:
        if not since <= p.day <= until:
            continue
        pair = (min(p.source, p.target), max(p.source, p.target))
        pair_n[pair] += p.n
        direction_n[(p.source, p.target)] += p.n
        slot = sums[pair].setdefault(bucket_of(p.day, unit), [0.0, 0.0])
        slot[0] += p.total
        slot[1] += p.n
    chart = Chart(WIDTH, height, LEFT, RIGHT, TOP, BOTTOM, unit)
    chosen = sorted(pair_n, key=lambda k: (-pair_n[k], k))[:top]
    if not buckets or not chosen:
        return chart
    chart.empty = False
    plot_w = WIDTH - LEFT - RIGHT
    plot_h = height - TOP - BOTTOM
    span = plot_w / len(buckets)
    x_of = {b: LEFT + i * span for i, b in enumerate(buckets)}

    def y(v: float) -> float:
        return TOP + (10.0 - v) / 20.0 * plot_h

    chart.zero = y(0.0)
    chart.yticks = [Tick(y(v), f"{v:+g}" if v else "0") for v in (10, 5, 0, -5, -10)]
    chart.xticks = _xticks(buckets, x_of, span)
    for i, pair in enumerate(chosen):
        a, b = pair
        if direction_n[(b, a)] > direction_n[(a, b)]:
            a, b = b, a
        label = dyad_label(a, b)
        coords, dots = [], []
        total = n = 0.0
        for bucket in buckets:
            acc = sums[pair].get(bucket)
            if not acc or not acc[1]:
                continue
            mean = acc[0] / acc[1]
            total += acc[0]
            n += acc[1]
            x, yy = x_of[bucket] + span / 2, y(max(-10.0, min(10.0, mean)))
            coords.append(f"{x:.1f},{yy:.1f}")
            dots.append((round(x, 1), round(yy, 1),
                         f"{label}, {unit} of {bucket.isoformat()}: mean {mean:+.1f} "
                         f"over {int(acc[1])} events"))
        chart.series.append(Series(label, f"s{i + 1}", " ".join(coords), dots, int(n),
                                   total / n if n else 0.0))
    return chart
