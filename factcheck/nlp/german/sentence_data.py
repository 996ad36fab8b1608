"""Word lists for German sentence splitting: terminal marks, quotes, sentence-final abbreviations, starters."""

from __future__ import annotations

TERMINALS: frozenset[str] = frozenset({".", "!", "?", "…", "...", "?!", "!?", "!!", "??", "..", "!.", "?."})
CLOSING_ONLY: frozenset[str] = frozenset({"“", "”", "«", "‹", ")", "]", "’", "‘"})
"""Marks that close a quote or bracket after a full stop („…“ and »…« quotes; ‚…‘; brackets)."""
OPENING_ONLY: frozenset[str] = frozenset({"„", "»", "›", "‚", "(", "["})
AMBIGUOUS_QUOTES: frozenset[str] = frozenset({'"', "'", "``", "''"})

FINAL_ABBREVIATIONS: frozenset[str] = frozenset({"usw.", "etc.", "usf.", "ff.", "Chr.", "u.ä.", "u.Ä.", "bzw.", "o.ä."})
"""Abbreviations that often end a sentence: split after them when a sentence starter follows."""

SENTENCE_STARTERS: frozenset[str] = frozenset(
    """Der Die Das Den Dem Des Ein Eine Einen Einem Einer Er Sie Es Ich Wir Ihr Man Dies Diese Dieser Dieses
    Damit Dabei Danach Dann Doch Aber Und Auch Auf Aus Als Am Im In Bei Nach Mit Zu Zum Zur Vor Seit Von Für
    Wie Was Wer Wo Warum Wann Nun Jetzt Heute So Zudem Außerdem Allerdings Trotzdem Deshalb Daher Dort Hier
    Laut Unter Über Gegen Ob Wenn Weil Obwohl Während Nachdem Bereits Schon Noch Nicht Kein Keine Alle Viele
    Beide Beim Vom Ins Später Zuvor Zunächst Erst Insgesamt Gleichzeitig Zugleich Dagegen Stattdessen
    Damals Inzwischen Bisher Seitdem Demnach Demzufolge Gestern Morgen Ebenfalls Erneut Zuletzt Offenbar Jedoch
    Immerhin Trotz Wegen Durch Ohne Um Bis Sein Seine Ihre Unsere Jeder Jede Mehr Weitere Andere Einige
    The A An He She It They We I This That In On At For But And""".split()
)
"""Words that begin a new sentence after a number with a full stop ("… im Jahr 2019. Die ...")."""

NUMBER_ABBREVIATIONS: frozenset[str] = frozenset(
    "Art Abs Nr Bd Kap Ziff Tab Abb Anm Jg Vol No Bl Sp Rn Nrn Az S".split()
)
"""Words that, followed by "." and a number, are an abbreviation ("Art. 5", "Abs. 2"), not a sentence end."""
