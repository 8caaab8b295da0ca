"""Site adapters: one module per site kind, all the same shape (``base.SiteAdapter``), each registering itself.

Importing this package imports every module in it, so each adapter registers itself and ``SOURCE_KINDS`` and
``adapter_for`` know them all: a new kind is one new module here (docs/extending.md).
"""
from __future__ import annotations

import importlib
import pkgutil

from boardpapers.sites.base import (SiteAdapter, adapter_class, adapter_for, register, registered_kinds,
                                    unregister)

for _module in pkgutil.iter_modules(__path__):  # each adapter module registers its class with @register
    importlib.import_module(f"{__name__}.{_module.name}")

SOURCE_KINDS: tuple[str, ...] = tuple(sorted(registered_kinds()))  # the kinds of the adapters in this package

__all__ = ["SOURCE_KINDS", "SiteAdapter", "adapter_class", "adapter_for", "register",
           "registered_kinds", "unregister"]
