"""The bitmap Tesseract reads for a scanned page.

A scanned page is usually one image covering the page. When that image is at least as sharp as a render at the
OCR resolution, its own pixels are read (a re-render would only resample them, losing detail on a 300 dpi scan);
otherwise the page is rendered at the OCR resolution. The image's placement is asked for under the name the
installed pypdfium2 gives it (``get_bounds`` from 5.x, ``get_pos`` before).
"""
from __future__ import annotations


def _image_bounds(obj) -> tuple[float, float, float, float]:
    get = getattr(obj, "get_bounds", None) or obj.get_pos
    return get()


def page_image(page, dpi: float, max_pixels: int):
    """A greyscale PIL image of ``page`` to OCR: its one full-page image at native resolution when that is at
    least as sharp as ``dpi``, else a render at ``dpi`` (scaled down to stay within ``max_pixels``)."""
    import pypdfium2.raw as R

    w, h = page.get_size()
    images = list(page.get_objects(filter=[R.FPDF_PAGEOBJ_IMAGE], max_depth=2))
    if len(images) == 1:
        obj = images[0]
        try:
            left, bottom, right, top = _image_bounds(obj)
            px_w, px_h = obj.get_px_size()
            covers = (right - left) * (top - bottom) >= 0.8 * w * h
            native_dpi = px_w / max((right - left) / 72, 1e-6)
            if covers and native_dpi >= dpi * 0.95 and px_w * px_h <= max_pixels:
                return obj.get_bitmap(render=False).to_pil().convert("L")
        except Exception:  # an image pdfium cannot decode on its own: render the page instead
            pass
    scale = dpi / 72
    if w * h * scale * scale > max_pixels:
        scale = (max_pixels / (w * h)) ** 0.5
    return page.render(scale=scale, grayscale=True).to_pil()
