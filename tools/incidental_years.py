#!/usr/bin/env python3
"""Lists the event dates more than a year from their storyline's median event date (incidental years, issue 15):
reads the events and storylines a data directory exports (`./storyline export --data DIR --format jsonl events -o
E.jsonl`, the same for storylines) and prints one line per outlying event, then the count and the share of dated
events. Usage: python3 tools/incidental_years.py EVENTS.jsonl STORYLINES.jsonl"""
import json
import statistics
import sys
from datetime import date


def start(value):
    """The first day a date value names (2020, 2020-07, 2020-07-12, ranges by their start), or None."""
    head = (value or '').split('/')[0]
    parts = head[:10].split('-')
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 1
        day = int(parts[2][:2]) if len(parts) > 2 and parts[2][:2].isdigit() else 1
        return date(year, month, day)
    except (ValueError, IndexError):
        return None


def main(events_file, storylines_file):
    events = {e['id']: e for e in map(json.loads, open(events_file, encoding='utf-8'))}
    dated = outlying = 0
    for s in map(json.loads, open(storylines_file, encoding='utf-8')):
        days = [(events[i], start(events[i]['date'])) for i in s['eventIds'] if i in events]
        days = [(e, d) for e, d in days if d]
        if not days:
            continue
        median = date.fromordinal(int(statistics.median(d.toordinal() for _, d in days)))
        dated += len(days)
        for e, d in days:
            if abs((d - median).days) > 365:
                outlying += 1
                print(f"{e['date']:<12} median {median}  {s['label'][:40]:<40} {e['gist'][:70]}")
    print(f"{outlying} of {dated} dated events lie more than a year from their storyline's median"
          f" ({outlying / max(dated, 1):.3f})")


if __name__ == '__main__':
    main(*sys.argv[1:3])
