#!/usr/bin/env python3
"""Picks the 100 articles of docs/eval/event-dates.tsv: every SlavicNER raw text and every SemEval-2022 task 8
text (both sides of each pair) in one sorted pool, sampled with a fixed seed. Prints the ids, one per line, and with
--dump DIR writes each text to DIR/<n>.txt for annotating (outside the repository: the texts are not ours)."""
import csv
import os
import random
import sys

EVAL = os.path.join(os.path.dirname(__file__), '..', '..', 'shared', 'evaldata')
RAW = os.path.join(EVAL, 'slavicner', 'raw')
PAIRS = os.path.join(EVAL, 'semeval2022-task8-news-similarity', 'pairs_with_text.csv')
SEED = 20261207


def main():
    csv.field_size_limit(10**9)
    pool = sorted(os.path.relpath(os.path.join(root, f), RAW)
                  for root, _, files in os.walk(RAW) for f in files if f.endswith('.txt'))
    texts = {}
    with open(PAIRS, newline='', encoding='utf-8') as fh:
        for row in csv.DictReader(fh):
            for side in (1, 2):
                texts[f"{row['pair_id']}#{side}"] = row[f'text{side}']
    pool += sorted(texts)
    picked = random.Random(SEED).sample(pool, 100)
    dump = sys.argv[2] if len(sys.argv) > 2 and sys.argv[1] == '--dump' else None
    for n, i in enumerate(picked):
        print(i)
        if dump:
            os.makedirs(dump, exist_ok=True)
            text = texts[i] if '#' in i else open(os.path.join(RAW, i), encoding='utf-8').read()
            with open(os.path.join(dump, f'{n:03d}.txt'), 'w', encoding='utf-8') as out:
                out.write(i + '\n---\n' + text)


if __name__ == '__main__':
    main()
