"""The only package that talks to SQLite: one workshop = one ``.crmw`` SQLite file.

Opening and reading a workshop use ``sqlite3`` alone; sqlite-utils (writes, migrations)
is imported on first use, see ``database.sqlite_utils_database``.
"""
