"""The PDF report: the ONLY user of reportlab.

``build_report(path, data, text)`` lays out plain values (``reporting.data``) with
labels already in the report's language (``reporting.labels``); nothing here knows Qt
or the workshop file.
"""
