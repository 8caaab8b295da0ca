"""Chart layouts for server-rendered inline SVG (no scripts): the templates draw what these compute."""
from __future__ import annotations

import math


def attendance_chart(series: list[dict], *, width: int = 900, height: int = 300) -> dict:
    """Layout for a grouped bar chart: per period, attended / apologies / absent bars, plus an
    attendance-rate line. Each bar carries the link to the meetings behind it."""
    left, right, top, bottom = 48, 48, 16, 48
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = max([max(s["attended"], s["apologies"], s["absent"]) for s in series] + [1])
    step = 10 ** max(0, int(math.log10(peak)))
    peak = int(math.ceil(peak / step) * step) or 1
    n = max(len(series), 1)
    slot = plot_w / n
    bar = max(2.0, min(28.0, slot / 4))
    bars, points, labels = [], [], []
    keys = (("attended", "bar-attended"), ("apologies", "bar-apologies"), ("absent", "bar-absent"))
    for i, s in enumerate(series):
        x0 = left + i * slot + (slot - 3 * bar) / 2
        for j, (key, css) in enumerate(keys):
            value = s[key]
            h = plot_h * value / peak
            bars.append({"x": round(x0 + j * bar, 1), "y": round(top + plot_h - h, 1), "w": round(bar - 1, 1),
                         "h": round(h, 1), "cls": css, "title": f"{s['period']}: {value} {key}",
                         "href": s["href"]})
        if s["rate"] is not None:
            points.append((round(left + i * slot + slot / 2, 1), round(top + plot_h * (1 - s["rate"]), 1)))
        if n <= 24 or i % math.ceil(n / 24) == 0:
            labels.append({"x": round(left + i * slot + slot / 2, 1), "y": height - bottom + 16, "text": s["period"],
                           "href": s["href"]})
    ticks = [{"y": round(top + plot_h - plot_h * k / 4, 1), "label": int(peak * k / 4),
              "rate": f"{k * 25}%"} for k in range(5)]
    return {"width": width, "height": height, "left": left, "right": width - right, "top": top,
            "bottom": top + plot_h, "bars": bars, "ticks": ticks, "labels": labels,
            "line": " ".join(f"{x},{y}" for x, y in points), "points": points}
