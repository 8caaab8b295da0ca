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


def heatmap_chart(rows: list[str], columns: list[tuple[str, str]], cells: dict[tuple[str, str], dict], *,
                  cell_w: int = 64, cell_h: int = 20, label_w: int = 280, head_h: int = 150) -> dict:
    """Layout for the board × organisation heat map: one square per (organisation, board), shaded by the share
    of the board's recorded meetings the organisation attended, each linking to the meetings it counts.

    ``cells[(organisation, board)]`` carries ``attended``, ``recorded``, ``share`` and ``href``."""
    width = label_w + cell_w * max(len(columns), 1) + 160  # room for the slanted column labels
    height = head_h + cell_h * max(len(rows), 1) + 8
    squares, row_labels, col_labels = [], [], []
    for j, (board, name) in enumerate(columns):
        short = name if len(name) <= 30 else name[:29] + "…"
        col_labels.append({"x": label_w + j * cell_w + cell_w / 2, "y": head_h - 6, "text": short, "board": board,
                           "title": name})
    for i, org in enumerate(rows):
        y = head_h + i * cell_h
        row_labels.append({"x": label_w - 6, "y": y + cell_h * 0.7, "text": org})
        for j, (board, name) in enumerate(columns):
            c = cells.get((org, board))
            if c is None:
                continue
            share = c["share"]
            # five shades, so the key can name them; no colour means no recorded attendance
            level = 0 if share is None else min(4, int(share * 5 - 1e-9)) + 1 if share > 0 else 0
            squares.append({"x": label_w + j * cell_w + 1, "y": y + 1, "w": cell_w - 2, "h": cell_h - 2,
                            "cls": f"heat-{level}", "href": c["href"],
                            "text": f"{c['attended']}/{c['recorded']}",
                            "title": f"{org} at {name}: attended {c['attended']} of {c['recorded']} meetings "
                                     f"with recorded attendance",
                            "tx": label_w + j * cell_w + cell_w / 2, "ty": y + cell_h * 0.7})
    return {"width": width, "height": height, "squares": squares, "rows": row_labels, "columns": col_labels}


def timeline_chart(lanes: list[str], events: list[dict], *, width: int = 900, lane_h: int = 26,
                   label_w: int = 220) -> dict:
    """Layout for an attendance timeline: one lane per board, one mark per meeting at its date, shaped by
    status (attended / apologies / absent), each linking to its meeting."""
    top, bottom = 8, 28
    height = top + lane_h * max(len(lanes), 1) + bottom
    dated = [e["date"] for e in events if e.get("date")]
    if not dated:
        return {"width": width, "height": height, "marks": [], "lanes": [], "years": []}
    first, last = min(dated), max(dated)
    start, end = first.replace(month=1, day=1), last.replace(month=12, day=31)
    span = max((end - start).days, 1)
    plot_w = width - label_w - 16

    def x_of(day) -> float:
        return round(label_w + plot_w * (day - start).days / span, 1)

    lane_index = {lane: i for i, lane in enumerate(lanes)}
    marks = []
    for e in events:
        if not e.get("date") or e["lane"] not in lane_index:
            continue
        y = top + lane_index[e["lane"]] * lane_h + lane_h / 2
        marks.append({"x": x_of(e["date"]), "y": round(y, 1), "cls": f"mark-{e['kind']}", "href": e["href"],
                      "title": e["title"]})
    years = [{"x": x_of(start.replace(year=y)), "label": str(y)} for y in range(start.year, end.year + 1)]
    lane_labels = [{"y": round(top + i * lane_h + lane_h / 2 + 4, 1), "text": lane, "y0": top + i * lane_h}
                   for i, lane in enumerate(lanes)]
    return {"width": width, "height": height, "marks": marks, "lanes": lane_labels, "years": years,
            "left": label_w, "right": width - 16, "axis_y": height - bottom + 4}
