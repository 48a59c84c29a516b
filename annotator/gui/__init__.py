"""The desktop window. PySide6 only here; no SQL, no domain logic."""
