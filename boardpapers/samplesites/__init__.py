"""Fictional but faithful council and NHS meeting sites, served over real HTTP on 127.0.0.1.

The tests and ``boardpapers demo`` crawl these instead of the internet: a ModernGov site with its web service
on (Northmere), one with it off at a sub-path (Kingsbridge), a CMIS site (Eastwold), a CMIS portal laid out as
Birmingham's is (Westbrook), a bespoke NHS listing site (Northmere and Eastwold CCG) and a Jadu council site
with one page per meeting (Ashby Vale). ``ModernGovSpec`` adds ModernGov sites the adapters have never seen
(other paths, ids, a web service refusing with 500, a partner's paper on another host).
``SampleSites.truth`` says what a crawl should find.
"""
from boardpapers.samplesites.moderngov import ModernGovSpec
from boardpapers.samplesites.server import SITE_KEYS, SampleSites, start_moderngov
from boardpapers.samplesites.truth import Truth

__all__ = ["SampleSites", "ModernGovSpec", "start_moderngov", "Truth", "SITE_KEYS"]
