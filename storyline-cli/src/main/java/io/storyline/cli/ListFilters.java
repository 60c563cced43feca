package io.storyline.cli;

import io.storyline.app.RegistryDirectory;
import io.storyline.entities.registry.Entity;
import io.storyline.entities.registry.EntityRegistry;
import io.storyline.search.EntityScope;
import io.storyline.search.Filters;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/**
 * The filters {@code articles}, {@code events}, {@code storylines} and {@code search} share: a date range, languages
 * and an entity. A date may be a year, a month or a day; a value with an unknown year never passes a date filter.
 */
final class ListFilters {
  /** The year, month and day a TIMEX3-style value starts with ({@code 2024-07-11T14:30}, {@code 2024-W27}: 2024). */
  private static final Pattern DATED = Pattern.compile("^(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?");

  @Option(names = "--from", paramLabel = "DATE", description = "Only from this date on: 2024, 2024-07 or 2024-07-11.")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Only up to this date (inclusive): 2024, 2024-07 or 2024-07-11.")
  String to;

  @Option(names = "--lang", paramLabel = "CODES", description = "Only these languages (ISO 639-1, comma-separated: pl,uk).")
  String lang;

  @Option(names = "--entity", paramLabel = "ID", description = "Only what mentions this entity (see `storyline entities`).")
  String entity;

  /** The first day of {@code --from}, or null. */
  LocalDate fromDay() {
    return from == null ? null : bounds("--from", from)[0];
  }

  /** The last day of {@code --to}, or null. */
  LocalDate toDay() {
    return to == null ? null : bounds("--to", to)[1];
  }

  Set<String> languages() {
    return lang == null ? Set.of() : Arrays.stream(lang.split(",")).map(String::strip).filter(s -> !s.isEmpty())
        .collect(Collectors.toSet());
  }

  /** Whether any of {@code languages} is asked for (true without {@code --lang}). */
  boolean anyLanguage(java.util.Collection<String> languages) {
    Set<String> wanted = languages();
    return wanted.isEmpty() || languages.stream().anyMatch(wanted::contains);
  }

  /** The entity asked for, checked against the registry (null without {@code --entity}). */
  Entity entity(EntityRegistry registry) {
    return entity == null ? null : EntityCommand.expect(registry, entity);
  }

  /** The search index's filters for these options (and an event, storyline or source when given). */
  Filters search(EntityRegistry registry, String event, String storyline, String source) {
    Entity e = entity(registry);
    return new Filters(languages(), fromDay(), toDay(), e == null ? null : e.id(), event, storyline, source,
        e == null ? EntityScope.NONE : RegistryDirectory.scope(registry, e.id())); // the index keeps the ids articles were linked to
  }

  /** Whether any filter is given. */
  boolean any() {
    return from != null || to != null || lang != null || entity != null;
  }

  /** Whether the dates from {@code startValue} to {@code endValue} meet the range (true without one). */
  boolean overlaps(String startValue, String endValue) {
    LocalDate first = fromDay();
    LocalDate last = toDay();
    if (first == null && last == null) {
      return true;
    }
    LocalDate[] start = span(startValue);
    LocalDate[] end = span(endValue);
    if (start == null || end == null) {
      return false;
    }
    return (first == null || !end[1].isBefore(first)) && (last == null || !start[0].isAfter(last));
  }

  /** The first and last day a value covers, or null when its year is unknown. */
  static LocalDate[] span(String value) {
    if (value == null) {
      return null;
    }
    int slash = value.indexOf('/');
    if (slash > 0) {
      LocalDate[] a = span(value.substring(0, slash));
      LocalDate[] b = span(value.substring(slash + 1));
      return a == null || b == null ? null : new LocalDate[] {a[0], b[1]};
    }
    Matcher m = DATED.matcher(value);
    if (!m.find()) {
      return null;
    }
    try {
      return bounds(null, m.group());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The first and last day of a year, month or day. */
  private static LocalDate[] bounds(String option, String value) {
    String v = value.strip();
    try {
      if (v.matches("\\d{4}")) {
        int year = Integer.parseInt(v);
        return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
      }
      if (v.matches("\\d{4}-\\d{2}")) {
        YearMonth month = YearMonth.parse(v);
        return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
      }
      LocalDate day = LocalDate.parse(v);
      return new LocalDate[] {day, day};
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("bad " + option + " '" + value + "': a year, month or day like 2024, 2024-07 or 2024-07-11");
    }
  }
}
