#!/usr/bin/env python3
"""Samples events to read their English gists (docs/quality-events.md, "Gists"). Research use only: the documents
stay where they are (../shared/evaldata) and under a scratch directory; nothing is written into the repository.

    python3 tools/gist_sample.py sample RAW_DIR OUT_DIR        # 600 SlavicNER texts over topics x languages, seed 15
    ./storyline --data DATA ingest OUT_DIR                        # (also copy examples/ into OUT_DIR first)
    ./storyline --data DATA serve --port PORT &
    python3 tools/gist_sample.py events PORT DATA OUT_DIR EVENTS.json   # every event, with the topics of its texts
    python3 tools/gist_sample.py select EVENTS.json SELECTION.json      # 30 events of the report topics, seed 15
    python3 tools/gist_sample.py table SELECTION.json AFTER.json [BEFORE.json]  # Markdown rows: before | after

Rules were developed on the events of the DEVELOPMENT topics (and examples/); the 30 reported events come only from
the REPORT topics.
"""
import glob
import json
import os
import random
import shutil
import sys
import urllib.request

SEED = 15
DOCUMENTS = 600
EVENTS = 30
REPORT = {"brexit", "russia_-_ukraine_war", "us_election_2020"}
DEVELOPMENT = {"asia_bibi", "covid-19", "nord_stream", "ryanair"}


def sample(raw, out):
    """Round-robin over the topic x language cells, each shuffled with the seed, until DOCUMENTS are taken."""
    rng = random.Random(SEED)
    cells = []
    for topic in sorted(os.listdir(raw)):
        for lang in sorted(os.listdir(f"{raw}/{topic}")):
            files = sorted(glob.glob(f"{raw}/{topic}/{lang}/*.txt"))
            rng.shuffle(files)
            cells.append((topic, lang, files))
    picked, i = [], 0
    while len(picked) < DOCUMENTS and any(i < len(f) for _, _, f in cells):
        for topic, lang, files in cells:
            if i < len(files) and len(picked) < DOCUMENTS:
                picked.append((topic, lang, files[i]))
        i += 1
    for topic, lang, f in picked:
        os.makedirs(f"{out}/{topic}/{lang}", exist_ok=True)
        shutil.copy(f, f"{out}/{topic}/{lang}/")
    print(f"{len(picked)} documents in {out}")


def events(port, data, corpus, out):
    """Every event of the API, each with the topics of its articles (matched by headline = a file's first line)."""
    topic_of_headline = {}
    for f in glob.glob(f"{corpus}/*/*/*.txt"):
        with open(f, encoding="utf-8") as fh:
            topic_of_headline.setdefault(fh.readline().strip(), f.split("/")[-3])
    topic_of_article = {}
    with open(f"{data}/events/profiles.jsonl", encoding="utf-8") as fh:
        for line in fh:
            p = json.loads(line)
            topic_of_article[p["articleId"]] = topic_of_headline.get(p["headline"].strip(), "examples")
    items, cursor = [], None
    while True:
        url = f"http://127.0.0.1:{port}/api/events?limit=100" + (f"&cursor={cursor}" if cursor else "")
        page = json.load(urllib.request.urlopen(url))
        items += page["items"]
        cursor = page.get("next")
        if not cursor or not page["items"]:
            break
    for e in items:
        e["topics"] = sorted({topic_of_article.get(a, "?") for a in e["articleIds"]})
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(items, fh, ensure_ascii=False, indent=0)
    print(f"{len(items)} events in {out}")


def select(events_file, out):
    """EVENTS events at random (seed) among those whose articles are all of REPORT topics."""
    with open(events_file, encoding="utf-8") as fh:
        evs = json.load(fh)
    pool = sorted((e for e in evs if set(e["topics"]) <= REPORT), key=lambda e: min(e["articleIds"]))
    chosen = random.Random(SEED).sample(pool, EVENTS)
    with open(out, "w", encoding="utf-8") as fh:
        json.dump([{"articleIds": e["articleIds"], "topics": e["topics"], "languages": e["languages"],
                    "before": e["gist"]} for e in chosen], fh, ensure_ascii=False, indent=1)
    print(f"{len(chosen)} of {len(pool)} report-topic events in {out}")


def by_article(events_file):
    with open(events_file, encoding="utf-8") as fh:
        return {a: e for e in json.load(fh) for a in e["articleIds"]}


def table(selection_file, after_file, before_file=None):
    """One Markdown row per selected event: the events holding its first article before and after the change
    (before: BEFORE_FILE when given, else the gist recorded at selection). Sizes: when drawn, before, after."""
    with open(selection_file, encoding="utf-8") as fh:
        chosen = json.load(fh)
    after = by_article(after_file)
    before = by_article(before_file) if before_file else None
    for i, s in enumerate(chosen, 1):
        first = min(s["articleIds"])
        b = before.get(first) if before else {"gist": s["before"], "articleIds": s["articleIds"]}
        a = after.get(first)
        sizes = " / ".join(str(len(e["articleIds"])) if e else "-" for e in (b, a))
        cells = [str(i), s["topics"][0], ",".join(s["languages"]), sizes,
                 b["gist"] if b else "(no event)", a["gist"] if a else "(no event)"]
        print("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")


if __name__ == "__main__":
    commands = {"sample": sample, "events": events, "select": select, "table": table}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        raise SystemExit(f"usage: gist_sample.py {{{','.join(commands)}}} ARGS...; see the docstring")
    commands[sys.argv[1]](*sys.argv[2:])
