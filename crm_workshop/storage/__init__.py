"""The only package that talks to SQLite: one workshop = one ``.crmw`` SQLite file."""
