package io.storyline.events;

import io.storyline.time.Granularity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The dates a storyline spans: from its earliest to its latest event date. Dates at least month-precise count when
 * there are any (a year alone is weak evidence), else every date whose year is known. A date at either end that lies
 * more than {@value #APART_DAYS} days from the storyline's median date and whose events hold together at most
 * {@value #OUTLIER_SHARE} of its dated articles is left out of the span: in a storyline of hundreds of reports from
 * 2019-2021, the one dated "1 February 1901" (a birth in a history paragraph) or "October 1990" says nothing about
 * when the story happened. Such events stay on the timeline with their own dates; only the span ignores them.
 */
final class StorylineSpan {
  /** Largest share of a storyline's dated articles that the left-out dates at each end may hold together. */
  static final double OUTLIER_SHARE = 0.05;
  /** Least distance, in days, between a left-out date and the median date. */
  static final long APART_DAYS = 365;

  private StorylineSpan() {}

  /** The start and end values of a span ({@link EventTime#UNKNOWN} both when no event has a known year). */
  record Ends(String start, String end) {}

  static Ends of(List<EventState> events) {
    List<EventState> withYear = events.stream().filter(e -> e.time().yearKnown()).toList();
    List<EventState> precise = withYear.stream()
        .filter(e -> e.dated().granularity().atLeastAsFineAs(Granularity.MONTH)).toList();
    List<EventState> dated = new ArrayList<>(precise.isEmpty() ? withYear : precise);
    if (dated.isEmpty()) {
      return new Ends(EventTime.UNKNOWN, EventTime.UNKNOWN);
    }
    dated.sort(Comparator.comparingLong((EventState e) -> e.time().start()).thenComparingLong(e -> e.seq));
    long median = median(dated);
    int articles = dated.stream().mapToInt(e -> e.members.size()).sum();
    int budget = (int) Math.floor(articles * OUTLIER_SHARE);
    int first = 0;
    int spent = 0;
    while (first < dated.size() - 1 && median - dated.get(first).time().end() > APART_DAYS
        && spent + dated.get(first).members.size() <= budget) {
      spent += dated.get(first++).members.size();
    }
    List<EventState> kept = dated.subList(first, dated.size()).stream()
        .sorted(Comparator.comparingLong((EventState e) -> e.time().end()).reversed().thenComparingLong(e -> e.seq))
        .toList();
    int last = 0;
    spent = 0;
    while (last < kept.size() - 1 && kept.get(last).time().start() - median > APART_DAYS
        && spent + kept.get(last).members.size() <= budget) {
      spent += kept.get(last++).members.size();
    }
    List<EventState> spanned = kept.subList(last, kept.size());
    String start = spanned.stream().min(Comparator.comparingLong((EventState e) -> e.time().start()))
        .map(e -> e.time().value()).orElseThrow();
    String end = spanned.stream().max(Comparator.comparingLong((EventState e) -> e.time().end()))
        .map(e -> e.time().value()).orElseThrow();
    return new Ends(start, end);
  }

  /** The start day of the middle dated article, each event counted once per article it holds. */
  private static long median(List<EventState> byStart) {
    int articles = byStart.stream().mapToInt(e -> e.members.size()).sum();
    int seen = 0;
    for (EventState e : byStart) {
      seen += e.members.size();
      if (2 * seen >= articles) {
        return e.time().start();
      }
    }
    return byStart.getLast().time().start();
  }
}
