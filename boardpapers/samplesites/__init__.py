"""Fictional but faithful council and NHS meeting sites, served over real HTTP on 127.0.0.1.

The tests and ``boardpapers demo`` crawl these instead of the internet: a ModernGov site with its web service
on (Northmere), one with it off at a sub-path (Kingsbridge), a CMIS site (Eastwold) and a bespoke NHS listing
site (Northmere and Eastwold CCG). ``SampleSites.truth`` says what a crawl should find.
"""
from boardpapers.samplesites.moderngov import ModernGovSpec
from boardpapers.samplesites.server import SITE_KEYS, SampleSites, start_moderngov
from boardpapers.samplesites.truth import Truth

__all__ = ["SampleSites", "ModernGovSpec", "start_moderngov", "Truth", "SITE_KEYS"]
