from __future__ import annotations

from tarikh.resolve.names import is_subkey, keys_equivalent, name_key


def same(a: str, b: str) -> bool:
    return keys_equivalent(name_key(a), name_key(b)) is not None


def test_transliteration_variants_match() -> None:
    assert same("Ahmetjan Kasimi", "Ehmetjan Qasim")
    assert same("Deng Liqun", "Deng Lichun")
    assert same("Isaqbek Munonow", "Ishakbek Mununov")
    assert same("Muhammad Amin Bughra", "Muhammed Emin Bughra")
    assert same("Abdulkerim Abbasov", "Abdulkerim Abbas")
    assert same("Zhang Zhizhong", "Zhang Zhizong")
    assert same("Khorgos", "Qorgos")
    assert same("Petrov's", "Petrov")


def test_different_names_do_not_match() -> None:
    assert not same("Xi Zhongxun", "Xi Jinping")
    assert not same("Ivan Petrov", "Ivan Sidorov")
    assert not same("East Turkestan", "East Turkestan Republic")
    assert not same("Camalau", "Kumul")


def test_titles_and_initials_are_ignored() -> None:
    assert name_key("General Ivan Petrov") == name_key("Ivan Petrov")
    assert name_key("I. V. STALIN") == name_key("Stalin")


def test_subkey() -> None:
    assert is_subkey(name_key("Petrov"), name_key("Ivan Petrov"))
    assert not is_subkey(name_key("Ivan Petrov"), name_key("Petrov"))
