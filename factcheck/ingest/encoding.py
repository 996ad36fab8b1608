"""Turning file bytes into text: BOMs, UTF-8, cp1252, a charset-normalizer fallback, and refusing binaries."""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from factcheck.ingest.errors import IngestError

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"), (b"PK\x03\x04", "a ZIP archive (docx/odt/xlsx?)"), (b"\x1f\x8b", "gzip data"),
    (b"BZh", "bzip2 data"), (b"\xfd7zXZ", "xz data"), (b"7z\xbc\xaf", "a 7z archive"), (b"RIFF", "RIFF media"),
    (b"\x7fELF", "an executable"), (b"MZ", "an executable"), (b"SQLite format 3", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0", "an old MS Office document"), (b"ID3", "an MP3 file"), (b"OggS", "an Ogg file"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_BAD_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")
_ESCAPED = re.compile(r"[\udc80-\udcff]+")
_NONASCII = re.compile(r"[^\x00-\x7f]")
_ODD_CHARS: dict[str, str] = {"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ",
                              "\u2002": " ", "\u2003": " ", "\u00ad": "", "\u200b": "", "\u2060": "",
                              "\ufeff": "", "\u2028": "\n", "\u2029": "\n", "\x0c": "\n", "\x0b": "\n"}
_ODD = re.compile("[" + "".join(_ODD_CHARS) + "]")
SAMPLE_BYTES = 256 * 1024


def _refuse_binary(data: bytes, path: Path) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise IngestError(path, f"binary file ({what}), not text; convert it to .txt or .html first")
    head = data[:8192]
    if b"\x00" in head:
        raise IngestError(path, "binary file (contains NUL bytes), not text; convert it to .txt or .html first")


def _bomless_utf16(head: bytes) -> str | None:
    """Guess UTF-16 without BOM from NUL bytes in every other position (ASCII-heavy text)."""
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def _plausible(text: str) -> bool:
    """True when decoded text has almost no control characters or replacement marks."""
    if not text:
        return False
    sample = text if len(text) <= 4 * SAMPLE_BYTES else text[:SAMPLE_BYTES] + text[len(text) // 2:][:SAMPLE_BYTES]
    bad = len(_BAD_CONTROLS.findall(sample))
    return bad <= max(2, len(sample) // 1000)


def _cp1252_bytes(m: re.Match[str]) -> str:
    raw = bytes(ord(ch) - 0xDC00 for ch in m.group(0))
    return raw.decode("cp1252", errors="replace")


def _decode_legacy(data: bytes, path: Path) -> tuple[str, str]:
    """Decode bytes that are not UTF-8: cp1252 when plausible, else charset-normalizer on a sample."""
    try:
        text = data.decode("cp1252")
        if _plausible(text):
            return text, "cp1252"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:SAMPLE_BYTES]).best()
    if best is not None and best.encoding:
        try:
            text = data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            text = ""
        if _plausible(text):
            return text, best.encoding
    raise IngestError(path, "cannot decode the text (not UTF-8, UTF-16 or cp1252); re-save it as UTF-8")


def decode_bytes(data: bytes, path: Path) -> tuple[str, str]:
    """Decode file bytes into normalised text (NFC, ``\\n`` line ends, plain spaces); return (text, encoding)."""
    if not data.strip():
        raise IngestError(path, "empty file (no text to read)")
    text: str | None = None
    encoding = ""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text, encoding = data[len(bom):].decode(name), name + " (BOM)"
            except UnicodeDecodeError as exc:
                raise IngestError(path, f"invalid {name} text after its byte order mark ({exc.reason})") from None
            break
    if text is None:
        guess = _bomless_utf16(data[:4096])
        if guess:
            try:
                text, encoding = data.decode(guess), guess
            except UnicodeDecodeError:
                text = None
    if text is None:
        _refuse_binary(data, path)
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            escaped = data.decode("utf-8", errors="surrogateescape")
            n_bad = sum(len(m) for m in _ESCAPED.findall(escaped))
            n_nonascii = len(_NONASCII.findall(escaped)) - n_bad
            if n_nonascii > 0 and n_bad <= max(8, n_nonascii // 10):
                text, encoding = _ESCAPED.sub(_cp1252_bytes, escaped), f"utf-8 ({n_bad} stray cp1252 bytes)"
            else:
                text, encoding = _decode_legacy(data, path)
    text = normalise_text(text)
    if not text.strip():
        raise IngestError(path, "empty file (only whitespace or invisible characters)")
    return text, encoding


def normalise_text(text: str) -> str:
    """Unify line ends and odd spaces, drop invisible characters and compose accents (NFC)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ODD.sub(lambda m: _ODD_CHARS[m.group(0)], text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text
