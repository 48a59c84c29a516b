"""The domain and everything testable without a screen. Never imports Qt."""
