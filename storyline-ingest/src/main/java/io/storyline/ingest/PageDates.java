package io.storyline.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;

/**
 * Full numeric dates anywhere in a page's visible text ({@code 2019-12-19}, {@code 19.12.2019}): the last
 * resort for a page that dates itself nowhere else (a footer's "Erschienen am: 01.11.2023", a news
 * header's bare date). The most frequent first, the later first among equals; slashed dates are left
 * out, since their day and month cannot be told apart.
 */
final class PageDates {
  static final String KEY = "html:pagedates";
  /** Dates kept, most frequent first. */
  static final int KEEP = 5;
  /** Visible text read at most: far past any page's footer. */
  static final int MAX_CHARS = 200_000;
  private static final int FIRST_YEAR = 1995;

  private static final Pattern ISO = Pattern.compile("(?<![\\d-])((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)(?![\\d-])");
  private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d\\d)(?![\\d.])");

  private PageDates() {}

  /** The dates as ISO days separated by spaces, most frequent first; empty when the text shows none. */
  static Optional<String> of(Document doc) {
    if (doc.body() == null) {
      return Optional.empty();
    }
    String text = doc.body().text();
    if (text.length() > MAX_CHARS) {
      text = text.substring(0, MAX_CHARS);
    }
    Map<LocalDate, Integer> counts = new HashMap<>();
    collect(ISO.matcher(text), 1, 2, 3, counts);
    collect(DOTTED.matcher(text), 3, 2, 1, counts);
    if (counts.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(counts.entrySet().stream()
        .sorted(Comparator.comparing(Map.Entry<LocalDate, Integer>::getValue).reversed()
            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .limit(KEEP).map(e -> e.getKey().toString()).collect(Collectors.joining(" ")));
  }

  private static void collect(Matcher m, int year, int month, int day, Map<LocalDate, Integer> counts) {
    while (m.find()) {
      try {
        LocalDate d = LocalDate.of(Integer.parseInt(m.group(year)), Integer.parseInt(m.group(month)), Integer.parseInt(m.group(day)));
        if (d.getYear() >= FIRST_YEAR) {
          counts.merge(d, 1, Integer::sum);
        }
      } catch (DateTimeException e) {
        // not a day of the calendar: a version number or a score
      }
    }
  }
}
