"""Test-wide setup: the pattern cache (cleantext.patterncache) in a private folder, not the user's."""
from __future__ import annotations

import os
import tempfile

os.environ.setdefault("CLEANTEXT_CACHE_DIR", tempfile.mkdtemp(prefix="cleantext-test-cache-"))
