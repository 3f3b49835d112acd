"""Read documents into text whose offsets stay true to the file.

Every piece of evidence acta writes points at characters of the decoded file,
so nothing here rewrites the text: front matter is parsed but kept in place
(extraction starts after it), and sentences are spans, not copies.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import BinaryFileError, EmptyDocumentError, InputError, NoDocumentsError

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")


@dataclass
class Document:
    path: Path
    text: str                      # the decoded file as it is read: its running heads blanked (offsets unchanged)
    body_start: int                # where the text after the front matter begins
    metadata: dict[str, str]
    sha256: str
    encoding: str = "utf-8"
    warnings: list[str] = field(default_factory=list)
    source: str = ""               # the decoded file itself, which evidence quotes

    def __post_init__(self) -> None:
        self.source = self.source or self.text

    @property
    def file_name(self) -> str:
        return self.path.name

    @property
    def slug(self) -> str:
        return slugify(self.path.stem)

    @property
    def body(self) -> str:
        return self.text[self.body_start:]


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int                 # index of the paragraph the sentence belongs to


def strip_accents(value: str) -> str:
    """"Alcántara" -> "Alcantara": compatibility decomposition, combining marks dropped."""
    return "".join(c for c in unicodedata.normalize("NFKD", value) if not unicodedata.combining(c))


@functools.lru_cache(maxsize=16384)  # pure, and asked again for the same names in every document
def upper_first(value: str) -> str:
    """A lowercase phrase as a title or a name: "note by the secretariat on …" -> "Note by …"."""
    return value[:1].upper() + value[1:]


def slugify(value: str) -> str:
    value = strip_accents(value).lower()
    value = re.sub(r"[^a-z0-9]+", "-", value).strip("-")
    return value or "x"


def name_words(value: str) -> list[str]:
    """The words of a name as acta matches names: case, accents and punctuation ignored, no leading "the"
    ("the Permanent Council" names the Permanent Council)."""
    value = strip_accents(value).casefold()
    words = re.sub(r"[^\w]+", " ", value).split()
    return words[1:] if len(words) > 1 and words[0] == "the" else words


@functools.lru_cache(maxsize=16384)  # pure; every label of every document passes here
def name_key(value: str) -> str:
    """A name's index key (its words joined by spaces), written as skos:hiddenLabel: parameter values find
    their node by an index lookup instead of a scan of every label in the store."""
    return " ".join(name_words(value))


_TRAILING_ACRONYM = re.compile(r"\s*\(\s*[^()]{1,20}\)\s*$")


def name_keys(value: str) -> tuple[str, ...]:
    """The keys a name is found by: its own, and without a trailing "(CSH)" or "(MISPA II)", the way
    people type "Working Group of the Committee on Hemispheric Security (CSH)"."""
    key = name_key(value)
    bare = name_key(_TRAILING_ACRONYM.sub("", value))
    return (key, bare) if bare and bare != key else (key,) if key else ()


def decode(data: bytes, name: str) -> tuple[str, str, list[str]]:
    """UTF-8 first; UTF-16 with its byte-order mark; cp1252 then latin-1 with a warning (old archives)."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # "Unicode" text as Windows tools save it
        try:
            return data.decode("utf-16"), "utf-16", []
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:8192]:
        raise BinaryFileError(f"{name} is a binary file, not text: give acta .txt or .md documents")
    if data.startswith(b"%PDF") or data[:4] in (b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff\xe0"):
        raise BinaryFileError(f"{name} is a binary file (PDF, image or archive): convert it to text first")
    try:
        return data.decode("utf-8-sig"), "utf-8", []
    except UnicodeDecodeError as exc:
        where = exc.start
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\r\n\t\f")
        if controls > max(3, len(text) // 200):
            break
        return text, encoding, [f"{name} is not UTF-8 (byte {where}); read it as {encoding}"]
    raise BinaryFileError(f"{name} is not text in UTF-8, cp1252 or latin-1: convert it to UTF-8 first")


_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)


def parse_front_matter(text: str) -> tuple[dict[str, str], int]:
    """A YAML front-matter header of flat `key: value` lines; nested YAML is not needed here."""
    match = _FRONT.match(text)
    if not match:
        return {}, 0
    meta: dict[str, str] = {}
    for line in match.group(1).splitlines():
        item = re.match(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$", line)
        if not item:
            continue
        meta[item.group(1)] = _scalar(item.group(2))
    return meta, match.end()


_YAML_ESCAPES = {"\\": "\\", '"': '"', "/": "/", "n": "\n", "t": "\t", "r": "\r", "0": "\0", " ": " ",
                 "_": "\u00a0", "N": "\u0085", "L": "\u2028", "P": "\u2029"}


def _scalar(value: str) -> str:
    """A YAML scalar: "double-quoted" with its backslash escapes, 'single-quoted' with '' for ', or plain."""
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    if len(value) >= 2 and value[0] == value[-1] == '"':
        def unescape(m: re.Match[str]) -> str:
            code = m.group(1)
            if code[0] in "xuU":
                return chr(int(code[1:], 16))
            return _YAML_ESCAPES.get(code, m.group(0))
        return re.sub(r"\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)", unescape, value[1:-1])
    return value


def _read_text(path: Path) -> tuple[str, str, list[str]]:
    """A file's text with Unix newlines, its encoding and decoding warnings: what both a full read and a
    hash-only read see, so that the two give the same SHA-256."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    text, encoding, warnings = decode(data, str(path))
    return text.replace("\r\n", "\n").replace("\r", "\n"), encoding, warnings


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def content_hash(path: str | Path) -> tuple[str, list[str]]:
    """The SHA-256 a Document of `path` would have, and its decoding warnings: all an incremental build needs
    of a file it may not have to read (no front matter, no empty check: it was read in full when stored)."""
    text, _, warnings = _read_text(Path(path))
    return _sha256(text), warnings


def read_document(path: str | Path) -> Document:
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path} does not exist")
    if path.is_dir():
        raise InputError(f"{path} is a folder: pass it to `acta build` to read the documents in it")
    text, encoding, warnings = _read_text(path)
    meta, body_start = parse_front_matter(text)
    if not text[body_start:].strip():
        raise EmptyDocumentError(f"{path} is empty: there is no text to read")
    reading = blank(text, sorted(running_heads(text, body_start) + note_like_numbers(text, body_start)))
    return Document(path, reading, body_start, meta, _sha256(text), encoding, warnings, source=text)


def find_documents(paths: Iterable[str | Path]) -> list[Path]:
    """Expand folders into their text documents, sorted, so builds are deterministic.

    One os.walk and one stat per file (hidden folders and files skipped), sorted by path parts, the same
    file reached twice (a symlink, a folder given twice) kept once: 100k documents in ~1 s, not 5."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"{path} does not exist")
        if path.is_dir():
            inside: list[tuple[tuple[str, ...], Path]] = []
            for folder, dirs, names in os.walk(path):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                rel = Path(folder).relative_to(path).parts
                inside += [((*rel, n), Path(folder, n)) for n in names
                           if not n.startswith(".") and os.path.splitext(n)[1].lower() in TEXT_SUFFIXES]
            inside = [(k, p) for k, p in inside if p.is_file()]
            if not inside:
                raise NoDocumentsError(f"{path} holds no .txt or .md documents")
            found.extend(p for _, p in sorted(inside, key=lambda item: item[0]))
        else:
            found.append(path)
    seen: set[tuple[int, int]] = set()
    unique = []
    for p in found:
        st = p.stat()
        if (st.st_dev, st.st_ino) not in seen:
            seen.add((st.st_dev, st.st_ino))
            unique.append(p)
    return unique


# --- paragraphs and sentences ---------------------------------------------------------------

_ABBREV = re.compile(
    r"(?:\b(?:RES|DEC|rev|Rev|corr|Corr|add|Add|No|Nos|no|para|paras|art|Art|vol|chap|doc|Mr|Ms|Mrs|Dr|St|"
    r"Sr|Jr|Amb|Hon|Sen|Gen|Gov|Prof|Sales|Ser|e\.g|i\.e|etc|cf|viz|approx|p|pp|op|cit|Ibid|ibid|Suppl|"
    r"Inc|Ltd|Co|Corp|Dept|Ref|Fig|S\.E|H\.E|U\.S|U\.N)|\b[A-Z])\.$"
)
# "- ", "(a) ", "12. ", "[^3]:" (not a year: "(2025) of 21 February" goes on a wrapped line)
_LIST_START = re.compile(r"^\s*(?:[-*•]\s|\(?(?!(?:1[89]|20)\d\d[.)])[a-z0-9ivx]{1,4}[.)]\s|\[\^\d+\]:)")
_HEADING = re.compile(r"^\s*(?:[IVXLC]+\.|[A-Z][A-Z .,&-]{2,60})\s*$")


# a list of symbols a page break cut after an item: "…, entitled “…”;" / "GC(69)/RES/14, entitled “…”;"
_LIST_GOES_ON = re.compile(r"(?:and\s+)?[A-Z][A-Z.]{0,9}(?:\(\d+\))?/[A-Z0-9][^\s,;]*[,;]?\s+(?:entitled|of|adopted)\b")


# a title or running head cut short ("… the expenses of the") does not run on into what opens a paragraph of its
# own: the subject line of a preamble ("The General Assembly,"), a preambular clause ("Noting that …"), "Resolution
# adopted by …"
_OWN_PARAGRAPH = re.compile(r"The\s+[A-Z][\w\s-]{2,60},\s*$|[A-Z][a-z]+ing\b|(?:Resolution|Decision)s?\s+adopted\b")
_PARTICIPLE = re.compile(r"[A-Z][a-z]+ing\s+(?:of|on|in|and|for)\s+[A-Z(]")  # "Stockpiling of Bacteriological …"
_NAME_CUT = re.compile(r"[A-Z][a-z]+\s+and[ \t]*$")  # a capitalized word and "and", no comma: inside a name
# a clause cut inside a long name: "Welcoming … the work of the Group of Governmental Experts on Emerging Technologies
# in the Area of Lethal Autonomous Weapons" / "Systems, established under …": a clause's paragraph (a participle or a
# number first) that ends on a name's capitalised words, and a next one that goes on with the name's last words
# (or a declaration's bare verb, its "We" said once: "Reaffirm that the Commission … the World Summit for Social" /
# "Development, the outcome of …")
_CLAUSE_FIRST = re.compile(r"(?:\d{1,3}\.\s+|\([a-z]{1,3}\)\s+)?(?:[A-Z][a-z]+(?:ing|s)|We|[A-Z][a-z]+(?=\s+that\s))\s")
_CUT_IN_NAME = re.compile(r"\s(?:[A-Z][\w’'-]*\s+(?:(?:of|on|in|the|and|for|to)\s+)*){2,}[A-Z][\w’'-]*[ \t]*$")
_NAME_ENDS = re.compile(r"(?:[A-Z][\w’'-]*\s+){0,3}?[A-Z][\w’'-]*(?:,|\s+\(|\s+(?!(?:The|A|An)\b)[a-z])")
# a title broken after its colon ("…, Securing Our Common Future:" / "An Agenda for Disarmament,"): the line ends on a
# capitalised name and a colon, the next one starts a title
_TITLE_COLON = re.compile(r"\s(?:[A-Z][\w’'-]*\s+(?:(?:of|on|for|the|and|to|in)\s+)*)*[A-Z][\w’'-]*:[ \t]*$")
_SUBTITLE = re.compile(r"(?:(?:An?|The)\s+)?[A-Z][\w’'-]*\s+(?:(?:of|on|for|the|and|to|in)\s+)*[A-Z]")
_CUT_AFTER = re.compile(r"(?:[a-z,]\s+(?:on|in|of|the|to|at|from|by|for|with|and|an?)|"
                        r"\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|"
                        r"November|December))[ \t]*$")  # or a date cut before its year: "of 12 November" / "1996, …"


def _norm(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip()


_ANNEX = re.compile(r"\s*(?:Annex|Appendix|Enclosure|Attachment)\b")


def running_heads(text: str, start: int = 0) -> list[tuple[int, int]]:
    """The page heads a PDF's text keeps in the middle of the body: a line that repeats the title of the heading
    ("80/4. Necessity of ending the economic, commercial and financial", then between "… 51/17 of 12 November" and
    "1996, 52/10 …" the same line again). The heading ends at the first paragraph that ends with punctuation."""
    raw = list(_raw_paragraphs(text, start))
    titles: set[str] = set()
    body = len(raw)
    for n, (ps, pe) in enumerate(raw):
        line = _norm(text[ps:pe])
        if re.search(r"[.,;:]$", line):
            body = n
            break
        titles |= {line, re.sub(r"^\S+\.\s+", "", line)}
    titles = {t for t in titles if len(t.split()) >= 2}
    heads: list[tuple[int, int]] = []
    if not titles:
        return heads
    for n in range(max(body, 1), len(raw)):
        ps, pe = raw[n]
        if pe - ps > 300 or text[pe - 1] in ".,;:":
            continue  # a paragraph of the body, not a line of a page's head
        line = _norm(text[ps:pe])
        if len(line) <= 200 and not re.search(r"[.,;:]$", line) and (
                line in titles or len(line.split()) >= 3 and any(t.startswith(line + " ") for t in titles)) \
                and not _ANNEX.match(text, *raw[n - 1]):  # "Annex" / "Doha Political Declaration …": a title
            heads.append((ps, pe))
    return heads


# a line a PDF's converter took for a note because it begins with a number (notes have up to three digits): "[^4]:
# Including Security Council resolutions 1718 (2006), …, 2270 (2016)," / "[^2321]: (2016) and 2375 (2017)."
_NUMBER_AS_NOTE = re.compile(r"^\[\^(\d{4,})\]:", re.M)


def note_like_numbers(text: str, start: int = 0) -> list[tuple[int, int]]:
    """The brackets and colon around such a number, so that the line reads "2321 (2016) and 2375 (2017).", going on
    from the note (or the clause) before it."""
    spans = []
    for m in _NUMBER_AS_NOTE.finditer(text, start):
        spans += [(m.start(), m.start(1)), (m.end(1), m.end())]
    return spans


def blank(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with each span's characters but its line breaks made spaces, so that offsets stay the file's."""
    if not spans:
        return text
    parts, cursor = [], 0
    for s, e in spans:
        parts += [text[cursor:s], re.sub(r"[^\n]", " ", text[s:e])]
        cursor = e
    return "".join(parts) + text[cursor:]


def paragraphs(text: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of paragraphs, rejoining one that a page break cut in the middle of a sentence."""
    pending: tuple[int, int] | None = None
    for ps, pe in _raw_paragraphs(text, start):
        if pending and (text[ps:ps + 1].islower() and not re.search(r"[.;:!?]\s*$", text[pending[0]:pending[1]])
                        or _LIST_GOES_ON.match(text, ps) and re.search(r"[;,]\s*$", text[pending[0]:pending[1]])
                        # "… and in Vienna on" / "8 and 9 December 2014 …", "… issued by the" / "International
                        # Criminal Court, …": no paragraph ends on a preposition or an article
                        or (text[ps:ps + 1].isdigit() or text[ps:ps + 1].isupper())
                        and _CUT_AFTER.search(text, pending[0], pending[1])
                        and not _LIST_START.match(text[ps:ps + 12]) and not _HEADING.match(text, ps, pe)
                        # (a name cut after "and": "… the Development, Production and" / "Stockpiling of …")
                        and not (_OWN_PARAGRAPH.match(text, ps, pe)
                                 and not (_PARTICIPLE.match(text, ps, pe)
                                          and _NAME_CUT.search(text, pending[0], pending[1])))
                        or _CLAUSE_FIRST.match(text, pending[0]) and _CUT_IN_NAME.search(text, pending[0], pending[1])
                        and _NAME_ENDS.match(text, ps, pe) and not _OWN_PARAGRAPH.match(text, ps, pe)):
            pending = (pending[0], pe)
            continue
        if pending:
            yield pending
        pending = (ps, pe)
    if pending:
        yield pending


def _raw_paragraphs(text: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """Blank lines, list items, headings and end-punctuated lines break paragraphs."""
    lines = []
    pos = start
    for line in text[start:].split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    current: tuple[int, int] | None = None
    prev_line = ""
    for ls, le in lines:
        line = text[ls:le]
        if not line.strip():
            if current:
                yield current
            current = None
            prev_line = ""
            continue
        joins = (
            current is not None
            and not _LIST_START.match(line)
            and not _HEADING.match(line)
            and not _HEADING.match(prev_line)
            and not re.search(r"[.;:!?”\"]\s*$", prev_line)
            and not (len(prev_line.strip()) < 40 and line[:1].isupper())
            # a numbered paragraph is followed by a new one, unless its line stops at a comma: a wrapped line
            and not (_LIST_START.match(prev_line) and line[:1].isupper() and not prev_line.rstrip().endswith(","))
        ) or (  # a quoted title the line broke after its colon: "entitled “In larger freedom:" / "towards …”"
            current is not None and line[:1].islower() and "”" in line
            and text.count("“", current[0], current[1]) > text.count("”", current[0], current[1])
        ) or (  # a title and its subtitle, the line broken after the colon, inside a clause: "…, Securing Our Common
            # Future:" / "An Agenda for Disarmament,"; "the Almaty Programme of Action:" / "Addressing the Special …"
            current is not None and _TITLE_COLON.search(prev_line) is not None and _SUBTITLE.match(line) is not None
            and not _LIST_START.match(line) and not _HEADING.match(line) and _CLAUSE_FIRST.match(text, current[0])
            and not re.search(r"\bfollow(?:ing|s)\b", prev_line)  # (a list's lead: "… the following documents:")
        )
        if joins and current:
            current = (current[0], le)
        else:
            if current:
                yield current
            current = (ls, le)
        prev_line = line
    if current:
        yield current


_MARKER = re.compile(r"\s*(?:\d{1,3}(?:/\d{1,4})?|[IVXLC]{1,5}|[a-z])\.$")
# the number of a paragraph run on: "...circumstances; 2. Requests", "...Development.2 2. We", and the first
# operative paragraph after a preamble of commas: "...of 2 December 2024, 1. Reiterates"
_INLINE_MARKER = re.compile(r"(?:[.;:][”\"’)]?\d{0,3}(\s+)\d{1,3}|,(\s+)1)\.$")
# (a note's number after the full stop, glued or spaced, ends the sentence with it: "… on Business and Human
# Rights.15 We stress …", "… in compliance with the Paris Principles. 13 We will …")
_SENT_END = re.compile(r"[.!?][”\"’)]?(?:(?<=[a-z)][.])(?:\d{1,2}(?=\s)|[ \t]\d{1,2}(?=[ \t]+[A-Z][a-z])))?"
                       r"(?=\s+[“\"(]?[A-Z0-9])")


def sentences(text: str, start: int = 0) -> list[Sentence]:
    """Split into sentences with offsets into `text`, never through a symbol like CP/RES. 957."""
    out: list[Sentence] = []
    for index, (ps, pe) in enumerate(paragraphs(text, start)):
        cursor = ps
        for match in _SENT_END.finditer(text, ps, pe):
            head = text[max(ps, match.start() - 12): match.start() + 1]
            if _ABBREV.search(head.rstrip("”\"’)")) or _MARKER.match(text, cursor, match.end()):
                continue
            end = match.end()
            inline = _INLINE_MARKER.search(text, cursor, end)
            if inline and not _ABBREV.search(text[max(ps, inline.start() - 12): inline.start() + 1]):
                end = inline.start(1) if inline.group(1) else inline.start(2)  # the paragraph begins at its number
            _append(out, text, cursor, end, index)
            cursor = end
        _append(out, text, cursor, pe, index)
    return out


def _append(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end], paragraph))
