"""What the name-table generators (subdivisions.py, cities.py) share: the languages Storyline loads CLDR names for,
read from CldrNames.java so that the tables follow it; the test of a form that can be a name; the writing of a
sorted table under a header."""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "storyline-entities/src/main/resources/io/storyline/entities"
CLDR_NAMES = ROOT / "storyline-entities/src/main/java/io/storyline/entities/lexicon/CldrNames.java"


def cldr_languages():
    """CldrNames.LANGUAGES, in its order."""
    source = CLDR_NAMES.read_text(encoding="utf-8")
    found = re.search(r"LANGUAGES = List\.of\((.*?)\);", source, re.S)
    if not found:
        raise SystemExit(f"no LANGUAGES list in {CLDR_NAMES}")
    return re.findall(r'"([a-z]{2,3})"', found.group(1))


def is_name(form):
    """True for a form that starts with a capital, or is written in a script without capitals (東京, طوكيو)."""
    return bool(form) and not form[0].islower()


def write_table(file_name, header, lines):
    """Writes the rows sorted (so a diff shows what a refresh changed) under the comment header."""
    out = RESOURCES / file_name
    out.write_text(header + "\n".join(sorted(lines)) + "\n", encoding="utf-8")
    print(f"{len(lines)} rows written to {out}")
