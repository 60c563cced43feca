#!/usr/bin/env python3
"""Writes storyline-events' translingual concept tables (io/storyline/events/concepts/) from Open Multilingual
Wordnet data: for each language, its single-word lemmas with the Princeton WordNet 3.0 synsets they belong to
(`08312359-n`, "summit, a meeting of heads of state"), so that words of different languages that share a synset share
a concept key ("szczyt", "саммит", "vertice", "summit"); for each kept synset its first English lemma (the gloss);
and the synsets whose English lemmas are all written with a capital (names and peoples, proper.txt.gz).

    python3 tools/omw.py ../shared/lexicons/omw

The folder holds OMW's `wikt/` (Wiktionary translations, 27 languages, CC BY-SA 3.0), `eng/` (Princeton WordNet 3.0,
WordNet licence), `pol/` (plWordNet, WordNet-style licence), `nld/` (Open Dutch WordNet, CC BY-SA 4.0) and `ita/`
(MultiWordNet, CC BY 3.0), each file `SYNSET<TAB>LANG:lemma<TAB>WORD`. Each generated file names, in its header line,
the sources (and their licences) that went into it.

Rules (general, not tuned to a corpus): lemmas are lowercased; lemmas of more than one word, or with digits or
hyphens, are dropped (the text is compared word by word); a synset named by fewer than MIN_LANGUAGES languages is
dropped (it cannot join two languages); a lemma keeps at most MAX_SYNSETS synsets, the ones named by the most
languages first (the common senses), so that the reader can take fewer.
"""
import gzip
import sys
from collections import defaultdict
from pathlib import Path

# ISO 639-3 (OMW) to the ISO 639-1 codes Storyline uses
LANGUAGES = {
    "arb": "ar", "bul": "bg", "cat": "ca", "ces": "cs", "dan": "da", "deu": "de", "ell": "el", "eng": "en",
    "est": "et", "fin": "fi", "fra": "fr", "hun": "hu", "ita": "it", "lav": "lv", "lit": "lt", "nld": "nl",
    "nob": "nb", "pol": "pl", "por": "pt", "ron": "ro", "rus": "ru", "slk": "sk", "slv": "sl", "spa": "es",
    "swe": "sv", "tur": "tr", "ukr": "uk",
}
SOURCES = {
    "wikt": "Open Multilingual Wordnet, Wiktionary data (CC BY-SA 3.0)",
    "eng": "Princeton WordNet 3.0 (WordNet licence)",
    "pol": "plWordNet via Open Multilingual Wordnet (plWordNet licence)",
    "nld": "Open Dutch WordNet via Open Multilingual Wordnet (CC BY-SA 4.0)",
    "ita": "MultiWordNet via Open Multilingual Wordnet (CC BY 3.0)",
}
MIN_LANGUAGES = 2
MAX_SYNSETS = 8
OUT = Path(__file__).resolve().parent.parent / "storyline-events/src/main/resources/io/storyline/events/concepts"


def read(root):
    """(language, lemma) -> ordered synsets, synset -> languages, synset -> English lemmas, language -> sources."""
    lemmas = defaultdict(dict)  # language -> lemma -> {synset: None} (ordered)
    languages = defaultdict(set)
    english = defaultdict(list)
    capitalised = defaultdict(list)  # synset -> whether each English lemma, as written, starts with a capital
    sources = defaultdict(set)
    for folder in ("eng", "wikt", "pol", "nld", "ita"):
        for tab in sorted((root / folder).glob("*.tab")):
            with tab.open(encoding="utf-8") as f:
                for line in f:
                    if line.startswith("#"):
                        continue
                    parts = line.rstrip("\n").split("\t")
                    if len(parts) != 3 or not parts[1].endswith(":lemma"):
                        continue
                    synset, relation, word = parts
                    language = LANGUAGES.get(relation.split(":")[0])
                    lemma = word.strip().lower()
                    if language is None or not lemma or any(c.isspace() or c.isdigit() or c in "-_./" for c in lemma):
                        continue
                    if language == "en" and lemma not in english[synset]:
                        english[synset].append(lemma)
                    if language == "en":
                        capitalised[synset].append(word.strip()[:1].isupper())
                    lemmas[language].setdefault(lemma, {})[synset] = None
                    languages[synset].add(language)
                    sources[language].add(folder)
    return lemmas, languages, english, sources, capitalised


def main(root):
    root = Path(root)
    lemmas, languages, english, sources, capitalised = read(root)
    OUT.mkdir(parents=True, exist_ok=True)
    used = set()
    for language in sorted(lemmas):
        rows = []
        for lemma in sorted(lemmas[language]):
            synsets = [s for s in lemmas[language][lemma] if len(languages[s]) >= MIN_LANGUAGES]
            synsets.sort(key=lambda s: (-len(languages[s]), s))
            if synsets:
                kept = synsets[:MAX_SYNSETS]
                used.update(kept)
                rows.append(lemma + "\t" + " ".join(kept))
        names = "; ".join(SOURCES[s] for s in ("wikt", "eng", "pol", "nld", "ita") if s in sources[language])
        write(OUT / (language + ".tsv.gz"), f"# concepts of {language}: lemma<TAB>synsets, most shared first. "
              f"From {names}; synset keys: Princeton WordNet 3.0 offsets (WordNet licence). Generated by tools/omw.py",
              rows)
    glosses = [s + "\t" + english[s][0] for s in sorted(used) if english[s]]
    write(OUT / "glosses.tsv.gz", "# English gloss of each concept: synset<TAB>first English lemma. From "
          + SOURCES["wikt"] + (("; " + SOURCES["eng"]) if "eng" in sources["en"] else "")
          + ". Generated by tools/omw.py", glosses)
    proper = [s for s in sorted(used) if capitalised[s] and all(capitalised[s])]
    write(OUT / "proper.txt.gz", "# Concepts whose English lemmas are all written with a capital: names, peoples, "
          "languages (Japan, German, Christian), never an event's gloss. From " + SOURCES["wikt"]
          + ". Generated by tools/omw.py", proper)


def write(path, header, rows):
    # a fixed mtime keeps the gzip bytes the same from run to run
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as f:
        f.write((header + "\n" + "\n".join(rows) + "\n").encode("utf-8"))
    print(f"{path.name}: {len(rows)} lines, {path.stat().st_size // 1024} KiB", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python3 tools/omw.py OMW_FOLDER (e.g. ../shared/lexicons/omw)")
    main(sys.argv[1])
