from __future__ import annotations

import pytest

from tarikh import registry
from tarikh.config import load_config
from tarikh.errors import ConfigError, UnknownComponentError


def test_defaults_name_versioned_components():
    cfg = load_config()
    for name in cfg.doc + cfg.corpus:
        assert name.startswith("tarikh.") and name.rsplit(".", 1)[1].startswith("v")


def test_toml_overrides_and_hash_changes(tmp_path):
    p = tmp_path / "c.toml"
    p.write_text('[pipeline]\ndoc = ["tarikh.sentences.v1"]\ncorpus = []\n', encoding="utf-8")
    cfg = load_config(p)
    assert cfg.doc == ["tarikh.sentences.v1"] and cfg.corpus == []
    assert cfg.hash != load_config().hash


def test_bad_config_is_a_clear_error(tmp_path):
    p = tmp_path / "bad.toml"
    p.write_text("[pipeline\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(p)
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "missing.toml")


def test_unknown_component_names_the_known_ones():
    with pytest.raises(UnknownComponentError, match="tarikh.sentences.v1"):
        registry.create("tarikh.nothing.v9")


def test_registry_lists_builtin_components():
    names = registry.names()
    for n in ("tarikh.nlp.v1", "tarikh.sentences.v1", "tarikh.claims.v1"):
        assert n in names


def test_a_new_tarikh_version_changes_the_config_hash(monkeypatch):
    import tarikh

    before = load_config().hash
    monkeypatch.setattr(tarikh, "__version__", "999.0.0")
    assert load_config().hash != before
