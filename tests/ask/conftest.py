import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from kbfixture import build_kb  # noqa: E402

import tarikh  # noqa: E402


@pytest.fixture(scope="module")
def fixture_kb(tmp_path_factory: pytest.TempPathFactory):
    path = build_kb(tmp_path_factory.mktemp("ask") / "kb.db")
    kb = tarikh.open(path, readonly=True)
    yield kb
    kb.close()
