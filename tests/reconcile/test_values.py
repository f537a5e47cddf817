from datetime import date

from tarikh.reconcile.values import date_bounds, key_relation, name_key, quantity_interval


def d(s: str) -> float:
    return float(date.fromisoformat(s).toordinal())


def test_date_bounds_precision_and_intervals() -> None:
    assert date_bounds("1931-03-05") == (d("1931-03-05"), d("1931-03-05"))
    assert date_bounds("1931-02") == (d("1931-02-01"), d("1931-02-28"))
    assert date_bounds("1931") == (d("1931-01-01"), d("1931-12-31"))
    assert date_bounds("1931-03-05/1931-03-07") == (d("1931-03-05"), d("1931-03-07"))
    lo, hi = date_bounds("1931~") or (0, 0)
    assert lo < d("1931-01-01") and hi > d("1931-12-31")
    assert date_bounds("193X") == (d("1930-01-01"), d("1939-12-31"))
    assert date_bounds("garbage") is None


def test_quantity_intervals_follow_approx() -> None:
    v = {"type": "quantity", "amount": 200, "unit": "men"}
    assert quantity_interval(v, "exact") == (200, 200)
    lo, hi = quantity_interval(v, "about") or (0, 0)
    assert lo < 200 < hi and hi <= 230
    assert quantity_interval(v, "at_least") == (200, float("inf"))
    assert (quantity_interval(v, "more_than") or (0, 0))[0] > 200
    rng = {"type": "quantity", "amount": None, "lower": 3, "upper": 5}
    assert quantity_interval(rng, "range") == (3, 5)


def test_property_keys() -> None:
    assert name_key("troops_total") == name_key("soldiers")
    assert key_relation(name_key("active_troops"), name_key("troops")) == "part"
    assert key_relation(name_key("killed"), name_key("captured")) == "other"
