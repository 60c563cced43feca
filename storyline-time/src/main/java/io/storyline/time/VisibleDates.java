package io.storyline.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The dates a page shows its reader as its own: in the lines printed by the headline or in elements
 * classed as dates and bylines (ingest's {@code html:byline} and {@code html:dateline}), and in the first
 * lines of the article text. A date counts when it follows a cue ("Published", "Veröffentlicht am",
 * "Текст:"), stands on a short line, or follows the place that opens a news paragraph.
 */
final class VisibleDates {
  /** The page's visible date lines, as ingest reads them: by the headline, then in date-classed elements. */
  static final List<String> VISIBLE_KEYS = List.of("html:byline", "html:dateline");

  /**
   * Languages a visible date line is also read in when the page's own finds nothing there (the
   * declared or detected language may be wrong or missing; a full date with a year rarely misreads).
   */
  static final List<String> OTHER_LANGUAGES = List.of("en", "de", "fr", "es", "it", "nl", "pt", "pl", "cs", "ru", "uk");

  /** The place that opens a news paragraph before its date: "Karlsruhe, (", "BERLIN, ". */
  private static final Pattern PLACE_BEFORE_DATE = Pattern.compile("\\p{Lu}[\\p{L}\\p{M} .'/-]{1,30},\\s*[(\\[]?\\s*");
  /** A numeric date written with slashes, which reads day-first or month-first by country. */
  private static final Pattern SLASHED = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{2,4}");
  /** A letter or digit: a line with none beside its date holds the date alone. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");
  private static final int HEADER_LINES = 15;
  private static final int HEADER_CHARS = 2500;
  private static final int CUE_DISTANCE = 40;
  private static final int SHORT_LINE = 100;

  /**
   * A date the page shows.
   *
   * @param date      the date; its source is the metadata key of the lines, or {@code text:byline} (after
   *                  a cue) or {@code text:dateline} in the text, with offsets
   * @param cued      true when a publication cue precedes it
   * @param ambiguous true when it is written {@code 12/10/2020}, day and month both possible months
   * @param alone     true when the date (with its time) is all its line says: a dateline, not a date in a sentence
   */
  record Shown(PublicationDate date, boolean cued, boolean ambiguous, boolean alone) {
    /** The date, then its other reading when it is ambiguous. */
    Stream<PublicationDate> readings() {
      return ambiguous ? Stream.of(date, swapped(date)) : Stream.of(date);
    }
  }

  private final TimeExpressionExtractor extractor;

  VisibleDates(TimeExpressionExtractor extractor) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
  }

  /**
   * The first date of each of the page's visible date lines ({@link #VISIBLE_KEYS}), read in the page's
   * language, else in {@link #OTHER_LANGUAGES}.
   */
  List<Shown> of(Map<String, String> meta, String lang) {
    List<Shown> dates = new ArrayList<>();
    for (String key : VISIBLE_KEYS) {
      String lines = meta.get(key);
      if (lines != null) {
        Stream.concat(Stream.of(lang), OTHER_LANGUAGES.stream().filter(l -> !l.equals(lang)))
            .map(l -> inText(lines, l)).flatMap(Optional::stream).findFirst()
            .ifPresent(d -> dates.add(new Shown(new PublicationDate(d.date().value(), d.date().granularity(), key, -1, -1),
                d.cued(), d.ambiguous(), d.alone())));
      }
    }
    return dates;
  }

  /**
   * A date in the first lines that reads as the article's own: after a cue such as "Published",
   * "Текст:" or "date" in a short line or near its start ({@code text:byline}), alone on a short line or
   * after the place that opens the first paragraph, "Karlsruhe, (12.11.2021)." ({@code text:dateline}).
   */
  Optional<Shown> inText(String text, String lang) {
    String header = text.substring(0, headerEnd(text));
    List<TimeExpression> found = extractor.extract(header, lang, null);
    Set<String> cues = extractor.lexicon(lang).list("pubcue");
    Set<String> englishCues = extractor.lexicon("en").list("pubcue");
    for (int i = 0; i < found.size(); i++) {
      TimeExpression e = found.get(i);
      boolean day = e.granularity() == Granularity.DAY || e.granularity() == Granularity.MINUTE;
      if (e.kind() == TimeExpression.Kind.RANGE || !e.anchored() || !(day || e.granularity() == Granularity.MONTH)) {
        continue;
      }
      int lineStart = header.lastIndexOf('\n', e.start() - 1) + 1;
      int lineEnd = header.indexOf('\n', e.end());
      lineEnd = lineEnd < 0 ? header.length() : lineEnd;
      String before = Lexicon.norm(header.substring(Math.max(lineStart, e.start() - CUE_DISTANCE), e.start()));
      // a byline is a short line or opens its line; a cue word inside a sentence of the lead ("on the
      // anniversary of the July 1997 handover") does not make its date the publication date
      boolean opensLine = lineEnd - lineStart <= SHORT_LINE || e.start() - lineStart <= CUE_DISTANCE;
      boolean cued = opensLine && (hasCue(before, cues) || hasCue(before, englishCues));
      boolean shortLine = day && lineEnd - lineStart <= SHORT_LINE;
      boolean placeDateline = day && PLACE_BEFORE_DATE.matcher(header.substring(lineStart, e.start())).matches();
      if (!cued && !shortLine && !placeDateline) {
        continue;
      }
      DateStrings.Parsed p = e.granularity() == Granularity.DAY
          ? DateStrings.withTime(e, i + 1 < found.size() ? found.get(i + 1) : null, header)
          : new DateStrings.Parsed(e.value(), e.granularity());
      int end = p.granularity() == Granularity.MINUTE && e.granularity() != Granularity.MINUTE ? found.get(i + 1).end() : e.end();
      PublicationDate date = new PublicationDate(p.value(), p.granularity(), cued ? "text:byline" : "text:dateline",
          e.start(), end);
      boolean ambiguous = SLASHED.matcher(e.text()).find() && swapped(date) != date;
      boolean alone = !WORD.matcher(header.substring(lineStart, e.start()) + " " + header.substring(Math.min(end, lineEnd), lineEnd)).find();
      return Optional.of(new Shown(date, cued, ambiguous, alone));
    }
    return Optional.empty();
  }

  /** The other reading of a day whose day of month could be its month (10 December for 12 October), else the date. */
  static PublicationDate swapped(PublicationDate d) {
    Optional<LocalDate> day = d.day();
    if (day.isEmpty() || day.get().getDayOfMonth() > 12 || day.get().getDayOfMonth() == day.get().getMonthValue()) {
      return d;
    }
    LocalDate other = LocalDate.of(day.get().getYear(), day.get().getDayOfMonth(), day.get().getMonthValue());
    return new PublicationDate(other + d.value().substring(10), d.granularity(), d.source(), d.start(), d.end());
  }

  private static boolean hasCue(String before, Set<String> cues) {
    for (String cue : cues) {
      int at = before.lastIndexOf(cue);
      if (at >= 0 && (at == 0 || !Character.isLetter(before.charAt(at - 1)))
          && (at + cue.length() == before.length() || !Character.isLetter(before.charAt(at + cue.length())))) {
        return true;
      }
    }
    return false;
  }

  private static int headerEnd(String text) {
    int end = 0;
    for (int line = 0; line < HEADER_LINES && end < text.length(); line++) {
      int next = text.indexOf('\n', end);
      end = next < 0 ? text.length() : next + 1;
      while (end < text.length() && text.charAt(end) == '\n') {
        end++;
      }
    }
    return Math.min(end, Math.min(text.length(), HEADER_CHARS));
  }
}
