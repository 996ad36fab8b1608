"""Frequent function words per language, used to tell German from English cheaply."""

from __future__ import annotations

GERMAN: frozenset[str] = frozenset(
    "der die das den dem des ein eine einer einem einen eines und oder aber nicht ist sind waren wird "
    "werden wurde wurden hat haben hatte hatten sich mit von zu zum zur im auf für bei nach aus über "
    "unter auch noch nur schon dass wie als wenn sie er es wir ihr ich kein keine sein seine ihre "
    "dieser diese dieses vor seit bis durch gegen ohne um am beim vom sei habe laut sagte".split()
)
ENGLISH: frozenset[str] = frozenset(
    "the a an and or but not is are was were be been being has have had will would with of to on for "
    "at by from about into over under only already that which who how as if when she he it we they "
    "you i this these those his her their its no said says after before since until through against "
    "without than there".split()
)
