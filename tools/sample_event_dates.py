#!/usr/bin/env python3
"""Picks the 100 articles of docs/eval/event-dates.tsv: every SlavicNER raw text and every SemEval-2022 task 8
text (both sides of each pair) in one sorted pool, sampled with a fixed seed. Prints the ids, one per line, and with
--dump DIR writes each text to DIR/<n>.txt for annotating (outside the repository: the texts are not ours).

With --dev first, picks the development set docs/eval/event-dates-dev.tsv instead: 100 other articles, with another
seed, from the same pool less the reported set, 10 SlavicNER texts of each of its 6 languages (every topic drawn
from) and 40 SemEval texts. Rules are written on the development set; the reported set is only scored.

With --pages, prints the 30 saved web pages drawn for docs/eval/event-dates-pages.tsv (as html:<file>) from the
dated pages of the htmldate set's gold_world.json."""
import csv
import json
import os
import random
import sys

EVAL = os.path.join(os.path.dirname(__file__), '..', '..', 'shared', 'evaldata')
RAW = os.path.join(EVAL, 'slavicner', 'raw')
PAIRS = os.path.join(EVAL, 'semeval2022-task8-news-similarity', 'pairs_with_text.csv')
PAGES = os.path.join(EVAL, 'htmldate-pubdate', 'gold_world.json')
SEED = 20261207
DEV_SEED = 20261208


def main():
    if sys.argv[1:] == ['--pages']:
        with open(PAGES, encoding='utf-8') as fh:
            gold = json.load(fh)
        dated = sorted((v['file'], url, v['date']) for url, v in gold.items() if isinstance(v.get('date'), str))
        for file, _, _ in random.Random(DEV_SEED).sample(dated, 30):
            print('html:' + file)
        return
    csv.field_size_limit(10**9)
    pool = sorted(os.path.relpath(os.path.join(root, f), RAW)
                  for root, _, files in os.walk(RAW) for f in files if f.endswith('.txt'))
    texts = {}
    with open(PAIRS, newline='', encoding='utf-8') as fh:
        for row in csv.DictReader(fh):
            for side in (1, 2):
                texts[f"{row['pair_id']}#{side}"] = row[f'text{side}']
    args = sys.argv[1:]
    dev = args[:1] == ['--dev']
    if dev:
        args = args[1:]
    reported = random.Random(SEED).sample(pool + sorted(texts), 100)
    picked = development(pool, sorted(texts), set(reported)) if dev else reported
    dump = args[1] if len(args) > 1 and args[0] == '--dump' else None
    for n, i in enumerate(picked):
        print(i)
        if dump:
            os.makedirs(dump, exist_ok=True)
            text = texts[i] if '#' in i else open(os.path.join(RAW, i), encoding='utf-8').read()
            with open(os.path.join(dump, f'{n:03d}.txt'), 'w', encoding='utf-8') as out:
                out.write(i + '\n---\n' + text)


def development(slavic, semeval, reported):
    """10 SlavicNER texts per language (topics shuffled in) and 40 SemEval texts, none of the reported set."""
    rng = random.Random(DEV_SEED)
    picked = []
    for lang in sorted({p.split('/')[1] for p in slavic}):
        picked += rng.sample([p for p in slavic if p.split('/')[1] == lang and p not in reported], 10)
    picked += rng.sample([t for t in semeval if t not in reported], 40)
    return picked


if __name__ == '__main__':
    main()
