"""Site adapters: one per site kind (moderngov, cmis, listing), all the same shape (``base.SiteAdapter``)."""
from boardpapers.sites.base import SiteAdapter, adapter_for

__all__ = ["SiteAdapter", "adapter_for"]
