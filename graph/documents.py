"""Documents: bytes → clean text, metadata and sentences with character offsets.

Everything later in the pipeline points back into ``Document.text`` by offsets, so the
text is fixed here once: decoded, HTML stripped, line endings normalised.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from graph.dates import document_date
from graph.errors import DocumentError
from graph.facts import DateValue, DocumentMeta

DEFAULT_MAX_BYTES = 2_000_000


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: its index in the document and its span in ``Document.text``."""

    index: int
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Document:
    """A document ready for extraction."""

    meta: DocumentMeta
    text: str
    sentences: list[Sentence] = field(default_factory=list)


class _TextExtractor(HTMLParser):
    """Keeps the visible text of an HTML page, with block elements as line breaks."""

    BLOCKS = {
        "p",
        "div",
        "br",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "title",
        "section",
        "article",
        "header",
        "footer",
        "blockquote",
    }
    SKIP = {"script", "style", "noscript", "nav", "aside", "form", "svg"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in self.SKIP:
            self.skipping += 1
        elif tag == "li":
            self.parts.append("\n\n- ")  # a list item, as a bullet (lists after a colon join)
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Visible text of an HTML document, paragraphs separated by blank lines."""
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    text = html.unescape("".join(parser.parts))
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return (
        "<html" in head
        or "<!doctype html" in head
        or len(re.findall(r"</?(p|div|br|span|a)\b", head)) >= 3
    )


def decode(data: bytes) -> str:
    """Bytes → text: UTF-8 (with or without BOM), else UTF-16 by BOM, else cp1252.

    Raises:
        DocumentError: the bytes are binary, not text.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise DocumentError("the document is binary, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\r\n\t")
    if controls > 8:
        raise DocumentError("the document is binary, not text")
    return text


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_LETTER = re.compile(r"[^\W\d_]")
_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))
_NOT_TEXT = re.compile("[\x80-\x9f\ufffd\u2000-\u206f]")  # C1 controls, U+FFFD, punctuation


def _count_letters(text: str) -> int:
    """About how many letters ``text`` has, counted in C: ASCII letters, plus every
    non-ASCII character that is not a control or replacement character (in real text
    those are letters: accents, Arabic, Cyrillic …)."""
    raw = text.encode("ascii", "ignore")
    ascii_letters = len(raw) - len(raw.translate(None, _ASCII_LETTERS))
    others = len(text) - len(raw) - len(_NOT_TEXT.findall(text))
    return ascii_letters + others


#: Spaces and hyphens that typesetting varies, as plain ones ("Secretary‑General" with a
#: non-breaking hyphen is "Secretary-General"); soft hyphens go.
_TYPOGRAPHY = str.maketrans(
    {
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u2010": "-",
        "\u2011": "-",
        "\u00ad": None,
    }
)


_TYPOGRAPHIC = re.compile("[" + "".join(chr(c) for c in _TYPOGRAPHY) + "]")


def _typeset(text: str) -> str:
    # (translating is per character in Python's loop; most texts have none of these)
    return text.translate(_TYPOGRAPHY) if _TYPOGRAPHIC.search(text) else text


def clean_text(raw: str) -> str:
    """Normalise line endings and spaces; strip HTML if the text is HTML."""
    text = _typeset(raw.replace("\r\n", "\n").replace("\r", "\n"))
    if _looks_like_html(text):
        text = _typeset(html_to_text(text))
    text = _CONTROL.sub("", text)
    return text.strip("\n ")


# -- sentences ------------------------------------------------------------------------

ABBREVIATIONS = {
    "dr",
    "md",  # "Md. Rezaul Karim" (Mohammad)
    "mohd",
    "ma",  # "Ma. Teresa Reyes" (Maria, in the Philippines)
    "mr",
    "mrs",
    "ms",
    "prof",
    "eng",
    "engr",
    "ir",
    "lic",
    "licda",
    "ing",
    "arq",
    "dott",  # Italian, Spanish, Portuguese and French titles before a name
    "dott.ssa",
    "dr.ssa",
    "prof.ssa",
    "avv",
    "arch",
    "geom",
    "sig",
    "sig.ra",
    "sra",
    "srta",
    "dña",
    "dra",
    "lcdo",
    "lcda",
    "profa",
    "mme",
    "mlle",
    "atty",
    "st",
    "no",
    "vs",
    "etc",
    "e.g",
    "i.e",
    "gen",
    "col",
    "lt",
    "sgt",
    "capt",
    "rev",
    "hon",
    "amb",
    "sen",
    "rep",
    "gov",
    "supt",
    "jr",
    "sr",
    "inc",
    "ltd",
    "co",
    "corp",
    "h.e",
    "h.h",
    "h.r.h",
    "u.s",
    "u.n",
    "u.k",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "approx",
    "dept",
    "govt",
    "sq",
    "km",
    "a.m",
    "p.m",
}
#: a sentence's end: the stop, closing quotes, the space, then a capital (or, at a line's
#: start, a bullet: "… before landfall.\n- The ICRC …")
_BOUNDARY = re.compile(r"([.!?]+)([\"”’')\]]*)(\s+)(?=[\"“‘(\[]?[A-Z0-9À-Ý]|(?<=\n)\s*[-–•*·▪]\s)")


def _last_word(text: str) -> str:
    """The run of word characters and dots that ends ``text`` ('' if none), read from the
    end: a pattern anchored at the end would be tried at every position of the line."""
    i = len(text)
    while i and (text[i - 1].isalnum() or text[i - 1] in "._"):
        i -= 1
    return text[i:]


_TERMINALS = frozenset('.!?:;"”’')


def _terminal(line: str) -> bool:
    """True when the line's last visible character ends a sentence or a quotation. A
    closing bracket ends one only after a stop: a wrapped line that ends "… Agency (KOICA)"
    goes on in the next ("Philippine Office Country Director …")."""
    line = line.rstrip()
    if line.endswith((")", "]")):
        return line.rstrip(")]")[-1:] in ".!?"
    return line[-1:] in _TERMINALS


def _is_wrapped(lines: list[str]) -> bool:
    """True for wire copy with hard line breaks inside sentences."""
    long_lines = [ln for ln in lines if len(ln) >= 50]
    if len(long_lines) < 4:
        return False
    open_ends = sum(1 for ln in long_lines if not _terminal(ln) or _ends_in_abbreviation(ln))
    lengths = sorted(len(ln) for ln in long_lines)
    spread = lengths[int(len(lengths) * 0.9) - 1] - lengths[len(lengths) // 4]
    return open_ends / len(long_lines) > 0.5 and spread < 25


def _blocks(text: str) -> list[tuple[int, int]]:
    """Spans of text blocks within which newlines are spaces, not sentence ends."""
    lines = text.split("\n")
    wrapped = _is_wrapped(lines)
    spans: list[tuple[int, int]] = []
    pos = 0
    start = 0
    for i, line in enumerate(lines):
        end = pos + len(line)
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        last = i + 1 == len(lines)
        breaks = (
            last
            or not line.strip()
            or not nxt.strip()
            or not wrapped
            or _terminal(line)
            and (len(line) < 50 or nxt[:1].isupper())
            and not _ends_in_abbreviation(line)  # "… by President Dr." / "Mohammed …"
            # a heading between wrapped paragraphs: "About Gold Fields Ghana"
            or (len(line.strip()) < 40 and nxt[:1].isupper() and not _ends_in_abbreviation(line))
        )
        if breaks:
            if text[start:end].strip():
                spans.append((start, end))
            start = end + 1
        pos = end + 1
    return _join_lists(text, spans)


def _ends_in_abbreviation(line: str) -> bool:
    word = _last_word(line.rstrip())
    return bool(word) and word.lower().rstrip(".") in ABBREVIATIONS


_BULLET = re.compile(r"\s*(?:[-–•*·▪]|\d{1,2}[.)])\s+\S")


_GIFT_CLAUSE = re.compile(
    r"\b(?:contributed|provided|donated|shipped|handed\s+over|delivered|gave|pledged|allocated|"
    r"funded|sent|released)\b"
)


def _join_lists(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "… signed by the following organisations:" and the short bulleted items after it
    are one sentence, so the items are the parties the sentence names."""
    out: list[tuple[int, int]] = []
    listing = False
    for start, end in spans:
        item = text[start:end]
        # (or lines of a list written with semicolons: "The charter was signed by:\n A B,
        # President of the X Red Cross;\n …;\n C D, President of the Y Red Cross.")
        semicolons = item.rstrip().endswith(";") or (
            listing and text[out[-1][0] : out[-1][1]].rstrip().endswith(";")
        )
        if (
            out
            and (_BULLET.match(item) or semicolons)
            and len(item) <= 160
            # a bulleted sentence ("- The WHO has donated two tables to the hospital.") is
            # one of its own; a bulleted name ("- the Kenya Red Cross;") is a list item
            and (len(item) <= 60 or semicolons or not re.search(r"[.!?][\"”’']?\s*$", item))
            # "- the British Red Cross contributed CHF 150,000 …;": a gift told in a clause
            # of its own, not a name in a list
            and not _GIFT_CLAUSE.search(item)
            and (listing or text[out[-1][0] : out[-1][1]].rstrip().endswith(":"))
        ):
            out[-1] = (out[-1][0], end)
            listing = True
            continue
        out.append((start, end))
        listing = False
    return out


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with offsets into ``text``; abbreviations and initials do not end one.

    >>> [s.text for s in split_sentences("Dr. A. Smith met the ICRC. They signed it.")]
    ['Dr. A. Smith met the ICRC.', 'They signed it.']
    """
    out: list[Sentence] = []
    for b_start, b_end in _blocks(text):
        block = text[b_start:b_end]
        cut = 0
        for m in _BOUNDARY.finditer(block):
            before = block[max(cut, m.start() - 40) : m.start()]  # the word before the stop
            token = _last_word(before).lower().rstrip(".")
            if m.group(1) == "." and (
                token in ABBREVIATIONS
                or (len(token) == 1 and token.isalpha())
                or re.fullmatch(r"(?:[a-z]\.)+[a-z]", token)  # "A.P. Moller", "U.S. aid"
            ):
                continue
            end = m.end(2)
            _add(out, text, b_start + cut, b_start + end)
            cut = m.end(3)
        _add(out, text, b_start + cut, b_end)
    return out


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(len(out), start, end, text[start:end]))


# -- documents ------------------------------------------------------------------------


def _meta_from(name: str, text: str, meta: dict[str, Any] | None) -> DocumentMeta:
    meta = dict(meta or {})
    date = meta.get("date")
    date_value: DateValue | None = None
    if isinstance(date, str) and re.fullmatch(r"\d{4}(-\d\d){0,2}", date):
        precision = {4: "year", 7: "month", 10: "day"}[len(date)]
        date_value = DateValue(date, precision, "metadata")
    elif date is None:
        date_value = document_date(text)
    first_line = next((ln.strip() for ln in text.split("\n") if ln.strip()), "")
    title = meta.get("title") or (first_line if len(first_line) <= 200 else first_line[:197] + "…")
    return DocumentMeta(
        name=name,
        title=title,
        date=date_value,
        publisher=meta.get("publisher"),
        language=meta.get("language") or "en",
        source_url=meta.get("source_url"),
    )


def parse_document(
    name: str,
    data: bytes | str,
    *,
    meta: dict[str, Any] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Document:
    """Turn raw bytes or text into a :class:`Document`.

    Raises:
        DocumentError: empty, binary, too large, or without any sentence.
    """
    if not name or "/" in name or "\\" in name or name.startswith("."):
        raise DocumentError(f"invalid document name: {name!r}")
    size = len(data.encode("utf-8")) if isinstance(data, str) else len(data)
    if size > max_bytes:
        raise DocumentError(f"{name}: too large ({size} bytes; the limit is {max_bytes})")
    raw = data if isinstance(data, str) else decode(data)
    text = clean_text(raw)
    if not text.strip():
        raise DocumentError(f"{name}: the document is empty")
    sample = text[:20_000]  # enough to tell text from binary noise
    letters = _count_letters(sample)
    if letters < 0.4 * len(sample.replace(" ", "").replace("\n", "")):
        raise DocumentError(f"{name}: the document does not look like text")
    sentences = split_sentences(text)
    if not sentences:
        raise DocumentError(f"{name}: no sentences found")
    return Document(_meta_from(name, text, meta), text, sentences)


def read_document(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read a file (and its ``NAME.meta.json`` sidecar, if any) as a :class:`Document`.

    Raises:
        DocumentError: the file is missing, unreadable, or not a usable article.
    """
    p = Path(path)
    if not p.is_file():
        raise DocumentError(f"{p}: no such file")
    if p.stat().st_size > max_bytes:
        raise DocumentError(
            f"{p.name}: too large ({p.stat().st_size} bytes; the limit is {max_bytes})"
        )
    meta = None
    sidecar = p.with_suffix(".meta.json")
    if sidecar.is_file():
        try:
            meta = json.loads(sidecar.read_text(encoding="utf-8"))
        except (ValueError, OSError) as exc:
            raise DocumentError(f"{sidecar.name}: invalid metadata: {exc}") from exc
    return parse_document(p.name, p.read_bytes(), meta=meta, max_bytes=max_bytes)


__all__ = [
    "Document",
    "Sentence",
    "clean_text",
    "decode",
    "html_to_text",
    "parse_document",
    "read_document",
    "split_sentences",
]
