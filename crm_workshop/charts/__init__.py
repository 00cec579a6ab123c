"""matplotlib ``Figure`` builders (no pyplot, no Qt): one code path for screen and paper.

Every user or model string is drawn with ``parse_math=False``: a ``$`` in a client's text
never switches to mathtext.
"""
