"""STTS tag data: HanTa tag spelling to STTS, STTS to universal POS, and morphology hints."""

from __future__ import annotations

HANTA_TO_STTS: dict[str, str] = {
    "VV(FIN)": "VVFIN", "VV(IMP)": "VVIMP", "VV(INF)": "VVINF", "VV(IZU)": "VVIZU", "VV(PP)": "VVPP",
    "VA(FIN)": "VAFIN", "VA(IMP)": "VAIMP", "VA(INF)": "VAINF", "VA(PP)": "VAPP",
    "VM(FIN)": "VMFIN", "VM(INF)": "VMINF", "VM(PP)": "VMPP",
    "ADJ(A)": "ADJA", "ADJ(D)": "ADJD", "NNA": "NN", "NNI": "NN", "ACR_NE": "NE", "ACR_NN": "NN",
    "PTKVZ_SEP": "PTKVZ", "URL": "XY", "SYMB": "XY", "UNKNOWN": "XY", "ORD_ABR": "ADJA",
}

STTS_TO_UPOS: dict[str, str] = {
    "ADJA": "ADJ", "ADJD": "ADJ", "ADV": "ADV", "APPR": "ADP", "APPRART": "ADP", "APPO": "ADP", "APZR": "ADP",
    "ART": "DET", "CARD": "NUM", "FM": "X", "ITJ": "INTJ", "KOUI": "SCONJ", "KOUS": "SCONJ", "KON": "CCONJ",
    "KOKOM": "CCONJ", "NN": "NOUN", "NE": "PROPN", "PDS": "PRON", "PDAT": "DET", "PIS": "PRON", "PIAT": "DET",
    "PIDAT": "DET", "PPER": "PRON", "PPOSS": "PRON", "PPOSAT": "DET", "PRELS": "PRON", "PRELAT": "DET",
    "PRF": "PRON", "PWS": "PRON", "PWAT": "DET", "PWAV": "ADV", "PAV": "ADV", "PROAV": "ADV", "PTKZU": "PART",
    "PTKNEG": "PART", "PTKVZ": "ADP", "PTKANT": "PART", "PTKA": "PART", "TRUNC": "X", "VVFIN": "VERB",
    "VVIMP": "VERB", "VVINF": "VERB", "VVIZU": "VERB", "VVPP": "VERB", "VAFIN": "AUX", "VAIMP": "AUX",
    "VAINF": "AUX", "VAPP": "AUX", "VMFIN": "AUX", "VMINF": "AUX", "VMPP": "AUX", "XY": "X", "$,": "PUNCT",
    "$.": "PUNCT", "$(": "PUNCT",
}

VERB_FORM: dict[str, str] = {
    "VVFIN": "Fin", "VAFIN": "Fin", "VMFIN": "Fin", "VVIMP": "Fin", "VAIMP": "Fin", "VVINF": "Inf",
    "VAINF": "Inf", "VMINF": "Inf", "VVIZU": "Inf", "VVPP": "Part", "VAPP": "Part", "VMPP": "Part",
}

KONJUNKTIV1_SEIN: frozenset[str] = frozenset({"sei", "seist", "seiest", "seien", "seiet"})
"""Konjunktiv I forms of "sein", which differ from every indicative form."""

KONJUNKTIV1_ENDINGS: tuple[str, ...] = ("e", "est", "et")
"""Endings of singular Konjunktiv I forms ("habe", "könne", "wolle", "gebest")."""


def to_stts(hanta_tag: str) -> str:
    """Return the STTS spelling of a HanTa tag ("VV(FIN)" -> "VVFIN")."""
    return HANTA_TO_STTS.get(hanta_tag, hanta_tag)


def to_upos(stts: str, text: str = "") -> str:
    """Return the universal POS for an STTS tag, refining punctuation and symbols by the text."""
    upos = STTS_TO_UPOS.get(stts)
    if upos is not None:
        return upos
    if text and all(not c.isalnum() for c in text):
        return "PUNCT" if stts.startswith("$") else "SYM"
    return "X"
