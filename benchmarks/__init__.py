"""Quality and speed benchmark for cleantext against peer extractors.

The data is read at run time from ``--data DIR``; it is never copied here.
"""
