from __future__ import annotations

import pytest

import tarikh
from tarikh.errors import BuildLockedError


def test_second_build_is_refused_while_one_holds_the_lock(tmp_path, fixture_dir, fast_config):
    kb1 = tarikh.open(tmp_path / "kb.db", config=fast_config)
    kb2 = tarikh.open(tmp_path / "kb.db", config=fast_config)
    with kb1.store.build_lock(), pytest.raises(BuildLockedError) as err:
        kb2.build([str(fixture_dir)], wait=0.3)
    assert "kb.db" in str(err.value)
    assert kb2.build([str(fixture_dir)]).ok  # once released, it runs
