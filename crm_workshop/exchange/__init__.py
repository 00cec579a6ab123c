"""File formats for moving answers and workshops in and out without a network.

An adapter layer beside storage and reporting: it reads and writes spreadsheets and
JSON documents of plain domain values and never touches the workshop file itself.
"""
