"""Tests of the ingest layer: seed corpus cleaning and metadata, each format, encodings and bad input."""

from __future__ import annotations

import json
import os
import time
import warnings
from pathlib import Path

import pytest

from factcheck.ingest import (
    SUPPORTED_SUFFIXES,
    IngestError,
    IngestWarning,
    clean_text,
    decode_bytes,
    detect_language,
    discover,
    file_hash,
    load_file,
    load_file_with_problems,
)
from factcheck.ingest.dates import DateLine, date_line, parse_date, url_date
from factcheck.ingest import html_reader
from factcheck.ingest.metadata import outlet_from_url

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
DATA = Path(__file__).resolve().parent / "data" / "ingest"


def seed(prefix: str):
    """Load the one article of the seed file whose name starts with ``prefix``."""
    (path,) = sorted(CORPUS.glob(f"{prefix}_*.txt"))
    (article,) = load_file(path)
    return article


# --- seed corpus -------------------------------------------------------------------------------------------


def test_seed_000_drops_furniture_and_other_stories() -> None:
    article = seed("000")
    for junk in ("Heute Redaktion", "Teilen", "Picture", "Die Bilder des Tages", "<strong>", "BMW weg",
                 "Mike Wolf", "(20 Minuten)", "href="):
        assert junk not in article.text
    assert not article.text.startswith("Welt")
    assert "sagte Kreml-Chef Wladimir Putin" in article.text
    assert article.text.rstrip().endswith("so der nordkoreanischer Machthaber.")
    assert article.title == '"Hatten gerade einen sehr substanziellen Austausch"'
    assert article.text.startswith(article.title)
    assert article.outlet == "Welt"
    assert article.published is None and article.published_source == "none"
    assert article.language == "de"


def test_seed_001_unconfirmed_page_date_is_a_candidate_not_chosen() -> None:
    article = seed("001")
    for junk in ("Thursday, 2nd May 2024", "2 Mai 2024", "(Quelle: Reuters)", "Foto-Serie mit 10 Bildern", "By:",
                 "Schreibe einen Kommentar", "E-Mail-Adresse", "Putin schüttelt Kim die Hand"):
        assert junk not in article.text
    assert "Kim und Putin hatten sich am Donnerstag im ostrussischen Wladiwostok erstmals getroffen." in article.text
    assert article.title == "Gipfeltreffen in Wladiwostok: Kim Jong Un lädt Wladimir Putin nach Nordkorea ein"
    assert article.published is None and article.published_source == "none"
    page = [c for c in article.published_candidates if c.date == "2024-05-02"]
    assert page and all("page date" in c.evidence and "not used" in c.evidence for c in page)
    assert article.outlet is None and article.outlet_source == "none"  # a photo credit never names the outlet


def test_seed_002_marker_line_gives_date_and_title() -> None:
    article = seed("002")
    assert article.published == "2019-04"
    assert article.published_source == "text"
    assert article.title == "Nordkoreas Machthaber trifft Kremlchef Putin"
    assert "date 2019-04" not in article.text
    assert article.text.startswith("Nordkoreas Machthaber trifft Kremlchef Putin\n")
    for junk in ("©", "Zemlianichenko", "Polizisten mit Spürhunden", "Kyodo (dpa)"):
        assert junk not in article.text
    assert "Insgesamt sollen die Gespräche laut Nachrichtenagentur Interfax vier Stunden dauern." in article.text
    assert "Kim Jong Il - der Vater des jetzigen Machthabers" in article.text
    assert article.outlet is None and article.outlet_source == "none"  # "© …/AP (dpa)" are photo credits


def test_seed_003_faz_url_outlet_and_teasers_gone() -> None:
    article = seed("003")
    for junk in ("https://www.faz.net", "Aktualisiert am", "1 Min.", "Bild: dpa", "Weitere Themen", "Hongkong",
                 "Topmeldungen", "Brexit", "Newsletter", "Video-Seite öffnen", "Carola Rackete"):
        assert junk not in article.text
    assert "Pjöngjang benötigt dringend wirtschaftliche Hilfe" in article.text
    assert article.text.rstrip().endswith("mit Dmitri Medwedew getroffen.")
    assert article.url == "https://www.faz.net/-gpf-9m7re"
    assert article.outlet == "FAZ"
    assert article.title == "Kim und Putin: Nordkorea bestätigt „baldiges“ Treffen in Russland"
    assert article.published is None


def test_seed_004_similar_news_tail_gone() -> None:
    article = seed("004")
    for junk in ("Österreich Neuesten Nachrichten", "Similar News", "Weiterlesen", "Tiroler Tageszeitung",
                 "USA spotten"):
        assert junk not in article.text
    assert "Das Raumfahrtzentrum Wostotschny liegt mehr als 1.500 Kilometer nördlich von Wladiwostok" in article.text
    assert "teilzunehmen. US-Medien hatten" in article.text
    assert article.title is None
    assert article.published is None
    assert article.outlet is None


def test_seed_files_all_load_with_candidates_and_hash() -> None:
    paths = [p for p, problem in discover([CORPUS]) if problem is None]
    assert len(paths) == 5
    for path in paths:
        (article,) = load_file(path)
        assert article.name == path.name
        assert len(article.content_hash) == 64
        assert any(c.source == "file" for c in article.published_candidates)
        assert all(len(r) <= 140 for r in article.removed)


# --- formats -----------------------------------------------------------------------------------------------


def test_html_uses_trafilatura_metadata_and_drops_navigation() -> None:
    (article,) = load_file(DATA / "gipfel.html")
    assert article.title == "Putin empfängt Kim in Wladiwostok"
    assert article.outlet == "Testzeitung"
    assert article.url == "https://www.testzeitung.de/politik/2019/04/25/putin-kim-gipfel.html"
    assert article.published == "2019-04-25"
    assert {c.source for c in article.published_candidates} >= {"url", "text"}
    assert "knapp zwei Stunden unter vier Augen" in article.text
    for junk in ("Startseite", "Impressum", "Mehr zum Thema", "var x"):
        assert junk not in article.text
    assert not any("plain block text" in r for r in article.removed)


def test_html_fallback_when_trafilatura_finds_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_reader, "_trafilatura", lambda source: None)
    (article,) = load_file(DATA / "gipfel.html")
    assert "knapp zwei Stunden unter vier Augen" in article.text
    assert "Startseite" not in article.text and "Impressum" not in article.text
    assert article.title == "Putin empfängt Kim in Wladiwostok"
    assert article.published == "2019-04-25"
    assert any("plain block text" in r for r in article.removed)


def test_markdown_markup_stripped_and_front_matter_read() -> None:
    (article,) = load_file(DATA / "gipfel.md")
    assert article.title == "Kim und Putin treffen sich erstmals"
    assert article.published == "2019-04-25" and article.published_source == "text"
    assert article.outlet == "Markdown-Blog"
    assert article.url == "https://blog.example.org/kim-putin"
    assert "Machthaber Kim Jong Un ist am Donnerstag in Wladiwostok mit Wladimir Putin zusammengetroffen." \
        in article.text
    for markup in ("**", "](", "#", "`", "![", "> ", "---", "Trump und Kim in Hanoi"):
        assert markup not in article.text
    assert "knapp zwei Stunden. Danach sprachen die Delegationen weiter." in article.text


def test_sidecar_metadata_for_txt() -> None:
    (article,) = load_file(DATA / "seite.txt")
    assert article.outlet == "Beispielblatt"
    assert article.url == "https://www.example.de/ausland/putin-kim"
    assert article.published == "2019-04-26" and article.published_source == "json"
    assert "sidecar" in article.published_candidates[0].evidence
    assert article.text.count("Putin und Kim beraten über Sanktionen") == 1


def test_sidecar_changes_file_hash(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("Putin trifft Kim in Wladiwostok. Die Gespräche dauerten zwei Stunden.", encoding="utf-8")
    before = file_hash(text)
    (tmp_path / "a.txt.meta.json").write_text('{"published": "2019-04-25"}', encoding="utf-8")
    assert file_hash(text) != before
    assert load_file(text)[0].published == "2019-04-25"


def test_json_list_gives_numbered_articles() -> None:
    first, second = load_file(DATA / "sammlung.json")
    assert (first.name, second.name) == ("sammlung.json#1", "sammlung.json#2")
    assert first.outlet == "Beispielblatt" and first.published == "2019-04-24"
    assert first.published_source == "json"
    assert second.title == "Putin and Kim meet in Vladivostok" and second.language == "en"
    assert second.published == "2019-04-25" and second.outlet == "Example News"
    assert second.text.startswith("Putin and Kim meet in Vladivostok\n\nRussian President")


def test_json_single_object_keeps_file_name() -> None:
    (article,) = load_file(DATA / "einzeln.json")
    assert article.name == "einzeln.json"
    assert article.published == "2023-09-13"


def test_jsonl_bad_line_reported_and_rest_loaded() -> None:
    articles, problems = load_file_with_problems(DATA / "meldungen.jsonl")
    assert [a.name for a in articles] == ["meldungen.jsonl#1", "meldungen.jsonl#3"]
    assert [p.record for p in problems] == [2, 4]
    assert "invalid JSON" in problems[0].message and "meldungen.jsonl" in str(problems[0])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert len(load_file(DATA / "meldungen.jsonl")) == 2
    assert [w.category for w in caught] == [IngestWarning, IngestWarning]
    assert "record 2" in str(caught[0].message)


def test_jsonl_with_only_bad_lines_raises(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text("{nope\n[1, 2]\n", encoding="utf-8")
    with pytest.raises(IngestError, match="bad.jsonl.*no usable article"):
        load_file(path)


def test_invalid_json_file_raises(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"text": "Putin trifft Kim"', encoding="utf-8")
    with pytest.raises(IngestError, match="invalid JSON"):
        load_file(path)


def test_english_scrape_cleaned() -> None:
    (article,) = load_file(DATA / "english.txt")
    assert article.language == "en"
    assert article.title == "Putin hosts Kim for first summit in Vladivostok"
    assert article.published == "2019-04-25"
    for junk in ("World News", "By Jane Doe", "Photo: Reuters", "Share this article", "Related", "Hanoi",
                 "Read more"):
        assert junk not in article.text
    assert '"We had a very substantive exchange of views," Kim told reporters' in article.text


def test_comment_forms_and_consent_banners_are_junk() -> None:
    body = ("Die Stadt hat am Montag den Haushalt für das kommende Jahr beschlossen. Der Kämmerer rechnet mit "
            "einem Defizit von zwölf Millionen Euro.")
    page = "\n".join([
        "Stadtrat beschließt Haushalt",
        body,
        "Anmeldung Noch nicht beim Beispiel-Kurier?",
        "Kommentar-Profil anlegen Ich habe die NETIQUETTE und die DATENSCHUTZERKLÄRUNG gelesen und akzeptiere diese.*",
        "* Pflichtfelder",
        "Indem Sie „Akzeptieren und schließen“ anklicken, stimmen Sie der Verarbeitung Ihrer persönlichen Daten zu.",
        "I have read and accept the community guidelines and the privacy policy.",
        "By clicking “Accept all”, you agree to the storing of cookies on your device.",
    ])
    cleaned = clean_text(page).text
    assert body in cleaned
    for junk in ("Noch nicht beim", "NETIQUETTE", "Pflichtfelder", "Akzeptieren und schließen", "privacy policy",
                 "cookies"):
        assert junk not in cleaned, junk


def test_published_override_wins(tmp_path: Path) -> None:
    (article,) = load_file(CORPUS / "002_a61c929ac57c7721.txt", published="2019-04-25")
    assert article.published == "2019-04-25" and article.published_source == "user"
    assert any(c.source == "text" and c.date == "2019-04" for c in article.published_candidates)
    first, _ = load_file(DATA / "sammlung.json", published="2019-05")
    assert first.published == "2019-05" and first.published_source == "user"
    with pytest.raises(IngestError, match="published date"):
        load_file(DATA / "seite.txt", published="gestern")


# --- encodings and bad input -------------------------------------------------------------------------------

STORY = ("Größere Gespräche: Putin und Kim trafen sich in Wladiwostok. „Sehr substanziell“, sagte Kim – "
         "knapp 2 Stunden.")


@pytest.mark.parametrize(
    ("encoded", "encoding"),
    [
        (STORY.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + STORY.encode("utf-8"), "utf-8 (BOM)"),
        (STORY.encode("utf-16"), "utf-16"),
        (STORY.encode("cp1252"), "cp1252"),
        (STORY.replace("„", '"').replace("“", '"').replace("–", "-").encode("latin-1"), "cp1252"),
    ],
)
def test_encodings_detected(tmp_path: Path, encoded: bytes, encoding: str) -> None:
    text, found = decode_bytes(encoded, tmp_path / "x.txt")
    assert found.startswith(encoding)
    assert "Größere Gespräche" in text and "Wladiwostok" in text
    path = tmp_path / "story.txt"
    path.write_bytes(encoded)
    assert "Größere Gespräche" in load_file(path)[0].text


def test_utf8_with_stray_cp1252_bytes(tmp_path: Path) -> None:
    data = "Präsident Putin – in Wladiwostok.".encode("utf-8") + b" Sp\xe4ter sagte er: \x84Ja\x93."
    text, encoding = decode_bytes(data, tmp_path / "x.txt")
    assert text == "Präsident Putin – in Wladiwostok. Später sagte er: „Ja“."
    assert "stray" in encoding


def test_empty_and_whitespace_files_refused(tmp_path: Path) -> None:
    for name, data in (("empty.txt", b""), ("blank.md", b"  \n\n\t \n"), ("bom.txt", b"\xef\xbb\xbf\n")):
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(IngestError, match=f"{name}: empty file"):
            load_file(path)


def test_binary_files_refused(tmp_path: Path) -> None:
    png = tmp_path / "bild.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    with pytest.raises(IngestError, match="bild.txt: binary file \\(a PNG image\\)"):
        load_file(png)
    blob = tmp_path / "blob.html"
    blob.write_bytes(b"abc\x00\x01\x02def" * 100)
    with pytest.raises(IngestError, match="NUL bytes"):
        load_file(blob)


def test_undecodable_bytes_refused(tmp_path: Path) -> None:
    path = tmp_path / "kaputt.txt"
    path.write_bytes(bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x01, 0x02, 0x03]) * 200)
    with pytest.raises(IngestError, match="kaputt.txt: cannot decode"):
        load_file(path)


def test_only_boilerplate_refused(tmp_path: Path) -> None:
    path = tmp_path / "leer.txt"
    path.write_text("Teilen\n\nPicture\n\n1 Min.\n", encoding="utf-8")
    with pytest.raises(IngestError, match="no article text left"):
        load_file(path)


def test_missing_unsupported_and_folder_paths(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="no such file"):
        load_file(tmp_path / "fehlt.txt")
    (tmp_path / "doc.pdf").write_bytes(b"%PDF-1.4")
    with pytest.raises(IngestError, match="unsupported file type .pdf"):
        load_file(tmp_path / "doc.pdf")
    folder = tmp_path / "ordner.txt"
    folder.mkdir()
    with pytest.raises(IngestError, match="is a folder"):
        load_file(folder)


def test_too_large_file_refused_fast(tmp_path: Path) -> None:
    path = tmp_path / "riesig.txt"
    with open(path, "wb") as fh:
        fh.truncate(2_000_001)
    started = time.perf_counter()
    with pytest.raises(IngestError, match="file too large"):
        load_file_with_problems(path, max_bytes=2_000_000)
    assert time.perf_counter() - started < 0.5


def test_big_generated_file_is_processed(tmp_path: Path) -> None:
    paragraph = ("Putin und Kim sprachen in Wladiwostok knapp zwei Stunden über Sanktionen und Zusammenarbeit. "
                 "Danach trafen sich die Delegationen beider Länder.\n\nTeilen\n\n")
    path = tmp_path / "gross.txt"
    path.write_text(paragraph * 40_000, encoding="utf-8")  # about 6 MB
    started = time.perf_counter()
    (article,) = load_file(path)
    elapsed = time.perf_counter() - started
    assert "Teilen" not in article.text
    assert article.text.count("Danach trafen sich die Delegationen") == 40_000
    assert elapsed < 15


def test_one_huge_line_does_not_hang(tmp_path: Path) -> None:
    path = tmp_path / "zeile.txt"
    path.write_text("Putin traf Kim. " * 200_000 + "©" + "x" * 100, encoding="utf-8")
    started = time.perf_counter()
    (article,) = load_file(path)
    assert len(article.text) > 3_000_000
    assert time.perf_counter() - started < 10


# --- discovery ---------------------------------------------------------------------------------------------


def test_discover_walks_sorted_skips_hidden_and_sidecars(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.md").write_text("x", encoding="utf-8")
    (tmp_path / "b" / "a.html").write_text("x", encoding="utf-8")
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "a.txt.meta.json").write_text("{}", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "c.txt").write_text("x", encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    found = list(discover([tmp_path, tmp_path / "missing.txt"]))
    names = [(p.relative_to(tmp_path).as_posix() if p.is_relative_to(tmp_path) else p.name, problem)
             for p, problem in found]
    assert [n for n, _ in names] == ["a.txt", "b/a.html", "b/z.md", "notes.docx", "missing.txt"]
    problems = dict(names)
    assert problems["a.txt"] is None and problems["b/z.md"] is None
    assert "unsupported file type .docx" in problems["notes.docx"]
    assert "no such file" in problems["missing.txt"]
    assert ".jsonl" in problems["notes.docx"]
    assert SUPPORTED_SUFFIXES == {".txt", ".html", ".htm", ".md", ".json", ".jsonl"}


def test_discover_is_lazy(tmp_path: Path) -> None:
    for i in range(1000):
        (tmp_path / f"{i:05d}.txt").write_text("x", encoding="utf-8")
    walker = discover([tmp_path])
    first, problem = next(walker)
    assert first.name == "00000.txt" and problem is None
    assert sum(1 for _ in walker) == 999


# --- building blocks ---------------------------------------------------------------------------------------


def test_glued_credits_doubled_captions_and_gallery_teasers_go() -> None:
    text = ("Titel der Geschichte über den Sturm\n\n"
            "Der Sturm zog am Donnerstag mit Orkanböen über den Norden und Osten Deutschlands hinweg.\n\n"
            "Eine Szene aus Berlin: Fußgänger kämpfen gegen den Wind an Foto: max muster\n\n"
            "Mehrere Bäume kippten um. Einer landete auf einem Lkw. Der Fahrer hatte keine Chance Foto: dpa\n\n"
            "Demonstranten halten ein Schild hoch Demonstranten halten ein Schild hoch\n\n"
            "Galerie: Diese Spieler könnten ihn ersetzen\n\n"
            "Danach fuhren die Züge im Norden wieder nach Fahrplan, teilte die Bahn am Abend mit.")
    cleaned = clean_text(text)
    assert "Fußgänger" not in cleaned.text and "Foto" not in cleaned.text and "Schild" not in cleaned.text
    assert "Galerie" not in cleaned.text
    assert "Mehrere Bäume kippten um. Einer landete auf einem Lkw. Der Fahrer hatte keine Chance\n" in cleaned.text
    assert "Danach fuhren die Züge" in cleaned.text
    assert cleaned.photo_credits == ["dpa"] and cleaned.credits == []


def test_caption_rules_are_general() -> None:
    text = ("Titel der Geschichte über Kim\n\n"
            "Der Gipfel begann am Morgen mit einem Handschlag der beiden Staatschefs vor der Universität.\n\n"
            "Kim winkt in die Kameras. © Max Muster/AFP (dpa)\n\n"
            "Putin spricht im Saal. (Quelle: AP)\n\n"
            "Ein Zug fährt ein. Bild: Reuters\n\n"
            "Danach sprachen die Delegationen beider Länder über Handel und humanitäre Fragen.")
    cleaned = clean_text(text)
    assert "©" not in cleaned.text and "Quelle" not in cleaned.text and "Bild:" not in cleaned.text
    assert "Danach sprachen die Delegationen" in cleaned.text
    assert cleaned.photo_credits == ["dpa", "AP", "Reuters"] and cleaned.credits == []


def test_stop_heading_before_body_is_only_navigation() -> None:
    text = ("Newsletter\n\nPutin trifft Kim in Wladiwostok zum Gipfel\n\n"
            "Kremlchef Putin und Machthaber Kim haben sich in Wladiwostok getroffen, wie der Kreml mitteilte. "
            "Die Gespräche dauerten zwei Stunden.\n\nMehr zum Thema\n\nAnderer Artikel über Fußball.")
    cleaned = clean_text(text)
    assert cleaned.title == "Putin trifft Kim in Wladiwostok zum Gipfel"
    assert "Die Gespräche dauerten zwei Stunden." in cleaned.text
    assert "Fußball" not in cleaned.text and "Newsletter" not in cleaned.text


def test_date_helpers() -> None:
    assert date_line("Thursday, 2nd May 2024").date == "2024-05-02"
    assert date_line("Aktualisiert am 25.04.2019, 14:03 Uhr").label == "updated"
    assert date_line("Putin traf Kim am 25. April 2019 in Wladiwostok.") is None
    assert date_line("Veröffentlicht am 25.04.2019 um 14:03 Uhr") == DateLine("2019-04-25", "published", timed=True)
    assert date_line("Updated 10:30 AM EST, Thu April 25, 2019") == DateLine("2019-04-25", "updated", timed=True)
    assert date_line("February 15, 2024 7:58 AM GMT+1") == DateLine("2024-02-15", "", timed=True)
    assert date_line("Feb 15, 2024 09:30 UTC+02:00") == DateLine("2024-02-15", "", timed=True)
    assert parse_date("2019-04-25T10:00:00+02:00") == "2019-04-25"
    assert parse_date("31.02.2019") is None
    assert url_date("https://www.faz.net/-gpf-9m7re") is None
    assert url_date("https://example.com/news/20190425-putin-kim.html") == "2019-04-25"


def test_outlet_from_url() -> None:
    assert outlet_from_url("https://www.faz.net/-gpf-9m7re") == "FAZ"
    assert outlet_from_url("https://m.spiegel.de/politik/a-1.html") == "Der Spiegel"
    assert outlet_from_url("https://news.example.org/x") == "news.example.org"
    assert outlet_from_url("nonsense") is None


def test_detect_language() -> None:
    assert detect_language("Der Präsident sagte, dass er mit dem Treffen zufrieden sei.") == "de"
    assert detect_language("The president said that he was pleased with the meeting.") == "en"


def test_unicode_spaces_normalised(tmp_path: Path) -> None:
    path = tmp_path / "nbsp.txt"
    path.write_text("Titel mit vielen Worten hier\n\nKim\u00a0Jong\u00a0Un traf Putin.\u00a0Das war\u00ad wichtig "
                    "für beide Länder und ihre Beziehungen.\r\n", encoding="utf-8")
    (article,) = load_file(path)
    assert "Kim Jong Un traf Putin. Das war wichtig" in article.text
    assert "\r" not in article.text and "\u00a0" not in article.text


def test_sidecar_broken_is_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "b.txt"
    path.write_text("Putin und Kim haben sich in Wladiwostok getroffen. Das Treffen dauerte zwei Stunden.",
                    encoding="utf-8")
    (tmp_path / "b.txt.meta.json").write_text("{kaputt", encoding="utf-8")
    articles, problems = load_file_with_problems(path)
    assert len(articles) == 1 and "sidecar ignored" in problems[0].message
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(IngestWarning):
            load_file(path)


def test_json_bad_date_field_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text(json.dumps({"text": "Putin traf Kim in Wladiwostok. Die Gespräche dauerten zwei Stunden.",
                                "published": "irgendwann"}), encoding="utf-8")
    articles, problems = load_file_with_problems(path)
    assert articles[0].published is None
    assert "cannot read the date" in problems[0].message


def test_mtime_is_listed_but_never_chosen(tmp_path: Path) -> None:
    path = tmp_path / "2019-04-25_kim.txt"
    path.write_text("Putin und Kim haben sich in Wladiwostok getroffen. Das Treffen dauerte zwei Stunden.",
                    encoding="utf-8")
    os.utime(path, (1_700_000_000, 1_700_000_000))
    (article,) = load_file(path)
    assert article.published == "2019-04-25" and article.published_source == "file"
    assert any("modification time" in c.evidence and c.date == "2023-11-14" for c in article.published_candidates)
    plain = tmp_path / "kim.txt"
    plain.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    assert load_file(plain)[0].published is None


def test_hard_wrapped_text_is_unwrapped_and_paragraphs_separated() -> None:
    text = ("Putin und Kim treffen sich in Wladiwostok\n\n"
            "Kremlchef Wladimir Putin hat den nordkoreanischen\nMachthaber Kim Jong Un in Wladiwostok\n"
            "empfangen. Die beiden sprachen knapp zwei\nStunden miteinander.\n\n"
            "Danach kamen die Delegationen zusammen, wie\nder Kreml mitteilte.\n")
    cleaned = clean_text(text)
    assert "Kremlchef Wladimir Putin hat den nordkoreanischen Machthaber Kim Jong Un in Wladiwostok empfangen." \
        in cleaned.text
    assert cleaned.text.split("\n\n")[2] == "Danach kamen die Delegationen zusammen, wie der Kreml mitteilte."


def test_txt_holding_html_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "seite.txt"
    path.write_bytes((DATA / "gipfel.html").read_bytes())
    (article,) = load_file(path)
    assert article.title == "Putin empfängt Kim in Wladiwostok"
    assert "<p>" not in article.text and "knapp zwei Stunden unter vier Augen" in article.text


def test_html_date_guessed_from_text_is_weak(tmp_path: Path) -> None:
    source = (DATA / "gipfel.html").read_text(encoding="utf-8")
    source = source.replace('<meta property="article:published_time" content="2019-04-25T09:30:00+02:00">', "")
    source = source.replace("/2019/04/25", "").replace("Es war das erste", "Stand: 02.05.2024. Es war das erste")
    path = tmp_path / "ohne_datum.html"
    path.write_text(source, encoding="utf-8")
    (article,) = load_file(path)
    weak = [c for c in article.published_candidates if c.date == "2024-05-02"]
    assert weak and "may be an update date" in weak[0].evidence


def test_jsonl_saved_as_json(tmp_path: Path) -> None:
    path = tmp_path / "zeilen.json"
    path.write_text((DATA / "meldungen.jsonl").read_text(encoding="utf-8").split("\n", 1)[0] + "\n"
                    + '{"text": "Putin und Kim trafen sich in Wladiwostok. Das Treffen dauerte zwei Stunden."}\n',
                    encoding="utf-8")
    articles = load_file(path)
    assert [a.name for a in articles] == ["zeilen.json#1", "zeilen.json#2"]


def test_inline_teasers_drop_one_line_not_the_rest() -> None:
    text = ("Putin und Kim treffen sich in Wladiwostok\n\n"
            "Kremlchef Putin hat Kim Jong Un empfangen, wie der Kreml am Donnerstag mitteilte. "
            "Es war ihr erstes Treffen.\n\n"
            "READ MORE: Trump and Kim walk out of Hanoi summit\n\n"
            "Lesen Sie auch: Kim reist mit dem Zug\n\n"
            "Die Gespräche dauerten knapp zwei Stunden, danach kamen die Delegationen zusammen.")
    cleaned = clean_text(text)
    assert "Hanoi" not in cleaned.text and "Zug" not in cleaned.text
    assert cleaned.text.endswith("danach kamen die Delegationen zusammen.")


def test_stray_tags_and_entities_in_prose_are_stripped_not_the_line() -> None:
    text = ("Kremlchef Putin hat Kim Jong Un empfangen. <s> Die Gespräche dauerten knapp zwei Stunden, "
            "sagte ein Sprecher von AT&amp;T.\n\n"
            '<a href="https://example.com/x">Anderer Artikel</a> <strong>Klick</strong>')
    cleaned = clean_text(text)
    assert cleaned.text == ("Kremlchef Putin hat Kim Jong Un empfangen. Die Gespräche dauerten knapp zwei Stunden, "
                            "sagte ein Sprecher von AT&T.")


@pytest.mark.parametrize("line, source", [
    ("14. März 2023 um 07:45 Uhr", "text"),       # the page's own timestamp of the story
    ("Stand: 14.03.2023, 09:30 Uhr", "text"),     # an update stamp with its hour: the same day's page
    ("Dienstag, 14. März 2023", "none"),          # a site's "today" line: maybe the day it was saved
])
def test_a_date_line_with_the_time_of_day_needs_no_year_in_the_story(tmp_path: Path, line: str,
                                                                      source: str) -> None:
    path = tmp_path / "brand.txt"
    path.write_text(f"Flammen-Drama in Chorweiler\n{line}\nIn Köln-Chorweiler hat es am Montagabend in einem "
                    "Hochhaus gebrannt. 18 Menschen wurden verletzt, drei davon schwer.\n", encoding="utf-8")
    (article,) = load_file(path)
    assert article.published_source == source
    assert article.published == ("2023-03-14" if source == "text" else None)
    assert any(c.date == "2023-03-14" for c in article.published_candidates)


@pytest.mark.parametrize("nav, outlet", [
    ("Startseite > Köln > Polizei", None),
    ("RP ONLINE » NRW » Panorama", "RP Online"),
    ("EXPRESS.de | News | Köln", "Express"),
    ("DW News | Germany", "Deutsche Welle"),
    ("Nachrichten · Rhein und Ruhr", None),            # a site section beside a region, joined by a dot
    ("Lokalblatt Online > Region", "Lokalblatt Online"),  # a site no list knows, named by its "Online"
    ("stadtanzeiger-muster.de | Lokales", "stadtanzeiger-muster.de"),  # a domain no list knows, as written
])
def test_a_navigation_path_above_the_headline_is_neither_title_nor_text(tmp_path: Path, nav: str,
                                                                          outlet: str | None) -> None:
    path = tmp_path / "brand.txt"
    path.write_text(f"{nav}\nHochhausbrand in Chorweiler: 17 Verletzte\nBei einem Brand in einem Hochhaus in "
                    "Köln-Chorweiler sind am Montagabend 17 Menschen verletzt worden.\n", encoding="utf-8")
    (article,) = load_file(path)
    assert article.title == "Hochhausbrand in Chorweiler: 17 Verletzte"
    assert nav not in article.text and article.outlet == outlet


def test_a_headline_with_a_bar_stays_the_headline(tmp_path: Path) -> None:
    path = tmp_path / "sturm.txt"
    path.write_text("Sturm Xavier | Sieben Tote in Deutschland\nDas Sturmtief Xavier ist am Donnerstag über den "
                    "Norden gezogen.\n", encoding="utf-8")
    (article,) = load_file(path)
    assert article.title == "Sturm Xavier | Sieben Tote in Deutschland"


def test_page_date_confirmed_by_the_story_year_is_chosen(tmp_path: Path) -> None:
    path = tmp_path / "seite.txt"
    path.write_text("Friday, 26th April 2019\n\nKim reist ab\n\nKim Jong Un hat Wladiwostok im April 2019 nach "
                    "seinem ersten Gipfel mit Putin wieder verlassen. Der Zug fuhr am Morgen ab.\n", encoding="utf-8")
    (article,) = load_file(path)
    assert (article.published, article.published_source) == ("2019-04-26", "text")
    assert "page date" in article.published_candidates[0].evidence


# --- outlet with provenance ----------------------------------------------------------------------------------

BODY = ("Die Polizei sprach am Samstag von 150.000 Teilnehmern, die Veranstalter von 250.000 Menschen.\n\n"
        "Der Zug führte vom Hauptbahnhof durch das Regierungsviertel bis zur Siegessäule in Berlin.\n")


def test_outlet_sources_of_html_metadata_and_sidecar() -> None:
    (html,) = load_file(DATA / "gipfel.html")
    assert html.outlet == "Testzeitung" and html.outlet_source.startswith("html")
    (md,) = load_file(DATA / "gipfel.md")
    assert md.outlet == "Markdown-Blog" and "front matter" in md.outlet_source
    (side,) = load_file(DATA / "seite.txt")
    assert side.outlet == "Beispielblatt" and "sidecar" in side.outlet_source


def test_outlet_from_json_ld_publisher(tmp_path: Path) -> None:
    page = ("<html><head><title>Demo</title><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
            "\"publisher\": {\"@type\": \"Organization\", \"name\": \"Beispiel Kurier\"}}</script></head><body>"
            + "".join(f"<p>{line}</p>" for line in BODY.split("\n\n")) + "</body></html>")
    path = tmp_path / "demo.html"
    path.write_text(page, encoding="utf-8")
    (article,) = load_file(path)
    assert article.outlet == "Beispiel Kurier" and article.outlet_source == "html JSON-LD publisher"


def test_photo_credit_is_never_the_outlet_and_unknown_stays_unknown(tmp_path: Path) -> None:
    path = tmp_path / "artikel_1.txt"
    path.write_text("Demonstranten am Hauptbahnhof Foto: Reuters\n\n" + BODY, encoding="utf-8")
    (article,) = load_file(path)
    assert article.outlet is None and article.outlet_source == "none"


def test_dateline_tag_names_the_outlet_and_a_wire_tag_yields_to_the_file_name(tmp_path: Path) -> None:
    own = tmp_path / "artikel_2.txt"
    own.write_text("BERLIN. (hpd) " + BODY, encoding="utf-8")
    (article,) = load_file(own)
    assert article.outlet == "hpd" and "dateline" in article.outlet_source
    wire = tmp_path / "spiegel_demo.txt"
    wire.write_text("Frankfurt (Reuters) - " + BODY, encoding="utf-8")
    (article,) = load_file(wire)
    assert article.outlet == "Der Spiegel" and article.outlet_source == "file name spiegel_demo.txt"
    alone = tmp_path / "artikel_3.txt"
    alone.write_text("Frankfurt (Reuters) - " + BODY, encoding="utf-8")
    (article,) = load_file(alone)
    assert article.outlet == "Reuters" and "wire service" in article.outlet_source


def test_folder_metadata_file_gives_the_outlet_per_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "welt_b.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "folder.meta.json").write_text(json.dumps({"files": {"a.txt": {"outlet": "Lokalblatt"}}}),
                                               encoding="utf-8")
    (first,) = load_file(tmp_path / "a.txt")
    assert first.outlet == "Lokalblatt" and first.outlet_source.startswith("folder metadata")
    (second,) = load_file(tmp_path / "welt_b.txt")
    assert second.outlet == "Welt" and second.outlet_source.startswith("file name")
    assert [p.name for p, _ in discover([tmp_path])] == ["a.txt", "welt_b.txt"]


def test_site_prompts_share_rows_and_a_glued_date_are_removed() -> None:
    text = ("Sturm über Norddeutschland\n\n"
            "October 5, 2017Berlin's fire brigade declared a state of emergency on Thursday evening.\n\n"
            "4 Wochen gratis\n\nJetzt abonnieren\n\nNewsletter abonnieren und nichts verpassen\n\n"
            "Teilen Twittern E-Mail\n\nDie App herunterladen\n\n"
            "Hamburg's fire brigade also received hundreds of calls and issued a warning to residents.\n")
    cleaned = clean_text(text)
    assert "Berlin's fire brigade declared a state of emergency" in cleaned.text
    assert "October 5, 2017" not in cleaned.text and any(d.date == "2017-10-05" for d in cleaned.dates)
    for junk in ("gratis", "abonnieren", "Twittern", "App herunterladen"):
        assert junk not in cleaned.text
    assert "Hamburg's fire brigade also received" in cleaned.text
