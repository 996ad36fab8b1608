"""The speaker as an editor reads it: the mention as written where it names the resolved speaker, else the name."""

from __future__ import annotations

from factcheck.models import written_speaker


def test_mention_that_names_the_speaker_is_shown_as_written():
    assert written_speaker("BVG Berlin transport", "a spokesman for BVG Berlin transport") \
        == "a spokesman for BVG Berlin transport"
    assert written_speaker("Björn Staschen", "ARD-Reporter Björn Staschen") == "ARD-Reporter Björn Staschen"
    assert written_speaker("Polizei in Potsdam", "die Polizei in Potsdam") == "die Polizei in Potsdam"
    # inflected as written ("der Deutschen Bahn") still names "Deutsche Bahn"
    assert written_speaker("Deutsche Bahn", "ein Sprecher der Deutschen Bahn") == "ein Sprecher der Deutschen Bahn"


def test_mention_that_does_not_name_the_speaker_gives_the_resolved_name():
    assert written_speaker("Deutsche Bahn", "der Sprecher") == "Deutsche Bahn"
    assert written_speaker("Wladimir Putin", "der Kremlchef") == "Wladimir Putin"
    assert written_speaker("Deutsche Bahn", "Deutschen Bahn") == "Deutsche Bahn"
    assert written_speaker(None, "ein Sprecher") is None
    assert written_speaker("Deutsche Bahn", None) == "Deutsche Bahn"
    assert written_speaker("Bahn", "ein Sprecher der Bahn " + "x " * 60) == "Bahn"
