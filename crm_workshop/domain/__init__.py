"""Pure domain: maturity models, assessments and scoring rules. Standard library only, no I/O."""
