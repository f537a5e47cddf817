from helpers import corpus, date, ent, qty, source

from tarikh.reconcile.align import Align


def run(claims, sources=None):  # type: ignore[no-untyped-def]
    srcs = sources or [source("s1", title="First Chronicle"), source("s2", title="Second Chronicle"),
                       source("s3", title="Third Chronicle")]
    return Align()(corpus(srcs, claims))


def status(c, cid):  # type: ignore[no-untyped-def]
    return next(x.status for x in c.claims if x.id == cid)


def relation(c, cid):  # type: ignore[no-untyped-def]
    return next(a.relation for a in c.alignments if cid in a.claims)


def test_agreement_corroborates() -> None:
    c = run([qty("a", "s1", 1200), qty("b", "s2", 1200)])
    assert not c.conflicts
    assert relation(c, "a") == "agreement"
    assert status(c, "a") == status(c, "b") == "corroborated"


def test_conflict_same_thing_same_time() -> None:
    c = run([qty("a", "s1", 1200, as_of="1931"), qty("b", "s2", 4000, as_of="1931"), qty("x", "s3", 7, prop="cannons")])
    assert len(c.conflicts) == 1
    cf = c.conflicts[0]
    assert cf.claims == ["a", "b"] and cf.kind == "number" and cf.property == "troops"
    assert "First Chronicle" in cf.explanation and "Second Chronicle" in cf.explanation
    assert "1,200" in cf.explanation and "4,000" in cf.explanation and "Northern Host" in cf.explanation
    assert cf.explanation.count(".") == 1 + cf.explanation.count(",000") * 0  # one sentence
    assert status(c, "a") == status(c, "b") == "contested"
    assert status(c, "x") == "single"


def test_change_over_time_is_not_conflict() -> None:
    c = run([qty("a", "s1", 1200, as_of="1931-04"), qty("b", "s2", 4000, as_of="1933")])
    assert not c.conflicts
    assert relation(c, "a") == "change_over_time"


def test_value_after_a_change_is_change_over_time() -> None:
    later = qty("b", "s2", 5, prop="regiments", unit="regiments")
    later.qualifiers["change"] = True
    c = run([qty("a", "s1", 8, prop="regiments", unit="regiments", as_of="1931-04"), later])
    assert not c.conflicts
    assert relation(c, "a") == "change_over_time"


def test_several_thousand_against_more_than_eleven_thousand_conflicts() -> None:
    c = run([qty("a", "s1", 0, lower=3000, upper=9000, approx="range"), qty("b", "s2", 11000, approx="more_than")])
    assert [cf.claims for cf in c.conflicts] == [["a", "b"]]


def test_year_in_quote_stands_in_for_missing_as_of() -> None:
    c = run([qty("a", "s1", 1200, quote="In 1931 the host counted 1,200 troops."),
             qty("b", "s2", 4000, quote="By 1934 it had grown to 4,000 troops.")])
    assert not c.conflicts


def test_compatible_bounds_and_precision() -> None:
    c = run([qty("a", "s1", 4000, approx="more_than"), qty("b", "s2", 5000),
             qty("c", "s1", 250, prop="horses", unit="horses", approx="about"),
             qty("d", "s2", 250, prop="horses", unit="horses")])
    assert not c.conflicts
    assert relation(c, "a") == "compatible" and relation(c, "c") == "compatible"
    assert status(c, "a") == "corroborated"


def test_bounds_that_exclude_each_other_conflict() -> None:
    c = run([qty("a", "s1", 4000, approx="more_than"), qty("b", "s2", 930)])
    assert [cf.claims for cf in c.conflicts] == [["a", "b"]]


def test_scope_part_whole_and_units() -> None:
    c = run([qty("a", "s1", 1200, prop="active_troops"), qty("b", "s2", 4000, prop="troops"),
             qty("c", "s1", 9, prop="strength", unit="regiments"), qty("d", "s2", 4000, prop="strength", unit="men")])
    assert not c.conflicts
    assert relation(c, "a") == "scope" and relation(c, "c") == "scope"


def test_same_source_never_conflicts_with_itself() -> None:
    c = run([qty("a", "s1", 1200), qty("b", "s1", 4000)])
    assert not c.conflicts


def test_date_conflict_on_one_event() -> None:
    c = run([date("a", "s1", "1931-03-05"), date("b", "s2", "1931-03-07"), date("c", "s3", "1931-03")])
    assert len(c.conflicts) == 1
    cf = c.conflicts[0]
    assert cf.kind == "date" and cf.claims == ["a", "b"] and "Fall of Dunmere" in cf.explanation
    assert status(c, "c") == "corroborated"  # the month is compatible with both days


def test_three_way_date_conflict_groups_agreeing_claims() -> None:
    c = run([date("a", "s1", "1931-03-05"), date("b", "s2", "1931-03-07"), date("c", "s3", "1913-03-07")])
    assert [cf.claims for cf in c.conflicts] == [["a", "b", "c"]]


def test_conflict_sets_never_hold_compatible_or_time_shifted_claims() -> None:
    c = run([qty("a", "s1", 900, as_of="1931"), qty("b", "s2", 4000, approx="more_than"),
             qty("c", "s3", 5000, as_of="1934")])
    assert [cf.claims for cf in c.conflicts] == [["a", "b"]]


def test_entity_conflict_only_for_single_valued_property() -> None:
    c = run([ent("a", "s1", "p_orla"), ent("b", "s2", "p_tamsin"),
             ent("c", "s1", "p_orla", prop="member"), ent("d", "s2", "p_tamsin", prop="member")])
    assert [(cf.claims, cf.kind) for cf in c.conflicts] == [(["a", "b"], "entity")]
    assert "Orla Venn" in c.conflicts[0].explanation


def test_entity_not_conflict_when_source_names_both() -> None:
    c = run([ent("a", "s1", "p_orla"), ent("b", "s2", "p_tamsin"), ent("c", "s2", "p_orla")])
    assert not c.conflicts
    assert status(c, "a") == "corroborated"


def test_copy_changed_number_conflicts_but_never_corroborates() -> None:
    orig = source("s1", title="Chronicle")
    copy = source("s2", title="Chronicle", derived_from=["s1"])
    copy2 = source("s3", title="Digest", derived_from=["s2"])  # a copy of the copy
    c = run([qty("a", "s1", 1200), qty("b", "s2", 1300), qty("h", "s1", 40, prop="horses", unit="horses"),
             qty("i", "s3", 40, prop="horses", unit="horses")], [orig, copy, copy2])
    assert [cf.claims for cf in c.conflicts] == [["a", "b"]]
    assert "s1.txt" in c.conflicts[0].explanation and "s2.txt" in c.conflicts[0].explanation  # same titles
    assert status(c, "h") == status(c, "i") == "single"


def test_same_sentence_in_two_sources_does_not_corroborate() -> None:
    q = "The host mustered 1,200 troops at the ford."
    c = run([qty("a", "s1", 1200, quote=q), qty("b", "s2", 1200, quote=q)])
    assert status(c, "a") == "single"


def test_ids_are_stable() -> None:
    claims = [qty("a", "s1", 1200), qty("b", "s2", 4000)]
    assert run(claims).conflicts[0].id == run(list(reversed(claims))).conflicts[0].id


def test_same_sentence_or_named_value_is_not_a_conflict() -> None:
    q = "The hill band followed Orla Venn, also called Tamsin Reed by the river folk."
    a, b = ent("a", "s1", "p_orla"), ent("b", "s2", "p_tamsin")
    a.quote = b.quote = q
    assert not run([a, b]).conflicts
    b.quote = "Under Tamsin Reed the band crossed the hills."
    assert not run([a, b]).conflicts  # a's quote names b's value
    n1, n2 = qty("n1", "s1", 1200, quote=q), qty("n2", "s2", 900, quote=q)
    assert not run([n1, n2]).conflicts


def test_undated_leaders_of_a_lasting_subject_do_not_conflict() -> None:
    c = run([ent("a", "s1", "p_orla", as_of=None), ent("b", "s2", "p_tamsin", as_of=None)])
    assert not c.conflicts
    # on an event (a moment) no time is needed
    c = run([ent("a", "s1", "p_orla", subject="ev_fall", as_of=None),
             ent("b", "s2", "p_tamsin", subject="ev_fall", as_of=None)])
    assert [cf.claims for cf in c.conflicts] == [["a", "b"]]


def test_plain_dates_on_a_person_are_not_one_fact() -> None:
    c = run([date("a", "s1", "1901", subject="p_orla"), date("b", "s2", "1931", subject="p_orla")])
    assert not c.conflicts
