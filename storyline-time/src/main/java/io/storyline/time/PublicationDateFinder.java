package io.storyline.time;

import io.storyline.core.Article;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Chooses an article's publication date from, in order of reliability: the given {@code published}
 * metadata, HTML meta tags and JSON-LD for the publication (not modification) date, a full date in the
 * URL path, a cued date by the headline ("Published 12 July 2024"), the first {@code <time datetime>},
 * another date by the headline or in a date/byline element, a dated byline or dateline among the first
 * lines of the text, modification dates, a date in the page's script data, a month-only URL (made a day
 * by a date of that month anywhere in the page), the feed entry's date, and the page's most frequent
 * full date anywhere in its visible text.
 *
 * <p>The page's metadata and what it shows its reader are checked against each other: a URL day equal
 * to the metadata day confirms it; a URL day one day off wins (the metadata is the same moment in another
 * time zone); a shown date that any machine-readable date of the page names wins (the publisher chose to
 * show it, often the last update), read day-first or month-first as the metadata says when it is written
 * {@code 12/10/2020}; then a cued shown date; then, over a generic or site-specific date key ({@code meta:date},
 * {@code dcterms.date}, {@code zdf:publicationdate}), a date standing alone on a line by the headline; then a shown
 * day one day off a UTC time that a time zone explains. No date after the fetch time ({@link #FETCHED}, else the
 * file time {@link #FILE_MODIFIED}, else now) is ever given.
 *
 * <p>Only the metadata keys ingest reads and the text's header are looked at, so dates in comment
 * counts or related-article lists further down the page are never taken.
 */
public final class PublicationDateFinder {
  /** Metadata key of the date the feed entry gave for the page, used when the page itself has none. */
  public static final String FEED_PUBLISHED = "feed:published";
  /** Metadata key of the fetch time (ISO instant, or date-time with offset), set by ingest for fetched and WARC pages. */
  public static final String FETCHED = "fetch:time";
  /** Metadata key of a saved page's file time: the latest day it can carry when no fetch time is given. */
  public static final String FILE_MODIFIED = "file:modified";

  /** Metadata key of the full dates anywhere in the page's visible text, most frequent first: the last resort. */
  static final String PAGE_DATES = "html:pagedates";

  /** The page's description: prose, whose dates are not the page's own. */
  private static final String DESCRIPTION = "meta:description";

  /** Metadata key of a publication date found in a page script's data (not JSON-LD): a late resort. */
  static final String SCRIPT_PUBLISHED = "script:published";

  /** Metadata keys naming the publication date, most reliable first. */
  static final List<String> PUBLISHED_KEYS = List.of(
      "jsonld:datePublished", "meta:article:published_time", "meta:og:published_time", "meta:og:article:published_time",
      "meta:datepublished", "meta:parsely-pub-date", "meta:sailthru.date", "meta:dc.date.issued", "meta:dcterms.issued",
      "meta:dc.date", "meta:dcterms.date", "meta:dcterms.created", "meta:dc.date.created", "meta:citation_publication_date",
      "meta:citation_date", "meta:publishdate", "meta:publish-date", "meta:publish_date", "meta:published_time",
      "meta:published-date", "meta:pubdate", "meta:article.published", "meta:article_date_original",
      "meta:originalpublicationdate", "meta:cxenseparse:recs:publishtime", "meta:og:pubdate", "meta:date",
      "meta:release_date", "jsonld:dateCreated");

  /**
   * Metadata keys naming a date without saying which (the page's, its file's, its last edit's): a date shown alone on
   * its own line by the headline wins over them, as over a site's own keys not in {@link #PUBLISHED_KEYS}.
   */
  static final Set<String> GENERIC_KEYS = Set.of("meta:date", "meta:dc.date", "meta:dcterms.date");

  /** The source of the lines printed by the headline (ingest's {@code TitleByline}). */
  private static final String HEADLINE_LINES = "html:byline";

  /** Metadata keys naming a modification date: used only when nothing else dates the article. */
  static final List<String> MODIFIED_KEYS = List.of(
      "jsonld:dateModified", "meta:article:modified_time", "meta:og:updated_time", "meta:dc.date.modified",
      "meta:dcterms.modified", "meta:lastmod", "meta:last-modified");

  private static final Pattern OTHER_PUBLISHED_KEY = Pattern.compile(
      "meta:.*(publish|publication|pubdate|pub-date|created|issued).*");
  private static final Pattern MODIFIED = Pattern.compile(".*(modif|updat|expir|lastmod).*");
  /** A clock time at the end of a value, in UTC or without an offset. */
  private static final Pattern UTC_TIME = Pattern.compile(
      "(?:T|\\s)\\d{1,2}:\\d\\d(?::\\d\\d(?:[.,]\\d+)?)?\\s*(?:Z|[+-]00:?00|GMT|UTC)?\\s*$", Pattern.CASE_INSENSITIVE);
  /**
   * File times until then say nothing: archives and build tools that make files reproducible set them to the Unix or
   * the ZIP epoch.
   */
  private static final Instant NO_FILE_TIME = Instant.parse("1990-01-01T00:00:00Z");
  /** The latest time zone: a day is after the fetch time only when it is after the fetch day there. */
  private static final ZoneOffset LATEST_ZONE = ZoneOffset.ofHours(14);

  private final TimeExpressionExtractor extractor;
  private final VisibleDates visibleDates;
  private final Clock clock;

  public PublicationDateFinder(TimeExpressionExtractor extractor) {
    this(extractor, Clock.systemUTC());
  }

  /** A finder whose "now" (the fetch time when the metadata gives none) comes from {@code clock}. */
  public PublicationDateFinder(TimeExpressionExtractor extractor, Clock clock) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.visibleDates = new VisibleDates(extractor);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The article's publication date, from its metadata, URL and original text. */
  public Optional<PublicationDate> find(Article article, String lang) {
    return find(article.meta(), article.url() != null ? article.url() : article.meta().get("url"), article.text(), lang);
  }

  /**
   * The publication date from metadata (ingest's {@code published}, {@code meta:*}, {@code jsonld:*},
   * {@code time:datetime}, {@code html:byline}, {@code html:dateline} keys, and {@link #FEED_PUBLISHED}
   * and {@link #FETCHED} or {@link #FILE_MODIFIED}), a URL (may be null) and text (may be empty)
   * in language {@code lang}. Never a day after the fetch day.
   */
  public Optional<PublicationDate> find(Map<String, String> meta, String url, String text, String lang) {
    LocalDate latest = fetchDay(meta);
    Predicate<PublicationDate> notLater = d -> d.day().or(() -> monthStart(d)).map(day -> !day.isAfter(latest))
        .orElse(true);
    Optional<PublicationDate> given = fromMeta(meta, "published", "given", lang).filter(notLater);
    if (given.isPresent()) {
      return given;
    }
    Optional<PublicationDate> fromUrl = DateStrings.fromUrl(url)
        .map(u -> new PublicationDate(u.value(), u.granularity(), "url", -1, -1)).filter(notLater);
    Optional<PublicationDate> urlDay = fromUrl.filter(u -> u.granularity() == Granularity.DAY);
    List<VisibleDates.Shown> shown = visibleDates.of(meta, lang).stream().filter(v -> notLater.test(v.date())).toList();
    Optional<PublicationDate> visible = shown.stream().map(VisibleDates.Shown::date).findFirst();
    Optional<PublicationDate> cued = shown.stream().filter(VisibleDates.Shown::cued).map(VisibleDates.Shown::date).findFirst();
    Optional<PublicationDate> machine = fromMetadata(meta, lang, notLater);
    if (machine.isPresent()) {
      PublicationDate m = machine.get();
      if (urlDay.isPresent() && m.day().equals(urlDay.get().day())) {
        return machine;
      }
      Set<LocalDate> machineDays = machineDays(meta, lang);
      boolean genericKey = GENERIC_KEYS.contains(m.source()) || !PUBLISHED_KEYS.contains(m.source());
      return Optional.of(urlDay.filter(u -> oneDayApart(u, m))
          .or(() -> shown.stream().flatMap(VisibleDates.Shown::readings)
              .filter(v -> v.day().isPresent() && machineDays.contains(v.day().get()))
              .map(v -> v.day().equals(m.day()) ? m : v).findFirst())
          .or(() -> shown.stream().filter(v -> v.cued() && !v.ambiguous()).map(VisibleDates.Shown::date).findFirst())
          .or(() -> shown.stream().filter(v -> genericKey && v.alone() && !v.ambiguous()
                  && v.date().source().equals(HEADLINE_LINES))
              .map(VisibleDates.Shown::date).findFirst())
          .or(() -> visible.filter(v -> zoneShift(v, m, meta.get(m.source()))))
          .orElse(m));
    }
    if (urlDay.isPresent()) {
      return urlDay;
    }
    if (cued.isPresent()) {
      return cued;
    }
    Optional<PublicationDate> time = fromMeta(meta, "time:datetime", "time:datetime", lang).filter(notLater);
    if (time.isPresent()) {
      return Optional.of(visible.filter(v -> zoneShift(v, time.get(), meta.get("time:datetime"))).orElse(time.get()));
    }
    return visible
        .or(() -> visibleDates.inText(text == null ? "" : text, lang).map(VisibleDates.Shown::date).filter(notLater))
        .or(() -> Stream.concat(MODIFIED_KEYS.stream(), meta.keySet().stream().sorted()
                .filter(key -> key.startsWith("meta:") && MODIFIED.matcher(key).matches()))
            .map(key -> fromMeta(meta, key, key, lang).filter(notLater))
            .flatMap(Optional::stream).findFirst())
        .or(() -> fromMeta(meta, SCRIPT_PUBLISHED, SCRIPT_PUBLISHED, lang).filter(notLater))
        .or(() -> fromUrl.flatMap(month -> pageDates(meta, notLater).filter(d -> d.value().startsWith(month.value())).findFirst()))
        .or(() -> fromUrl)
        .or(() -> fromMeta(meta, FEED_PUBLISHED, "feed", lang).filter(notLater))
        .or(() -> pageDates(meta, notLater).findFirst());
  }

  /** The full dates anywhere in the page's visible text ({@link #PAGE_DATES}), the most frequent first. */
  private static Stream<PublicationDate> pageDates(Map<String, String> meta, Predicate<PublicationDate> notLater) {
    String days = meta.get(PAGE_DATES);
    return days == null ? Stream.empty() : Stream.of(days.split(" "))
        .map(day -> new PublicationDate(day, Granularity.DAY, PAGE_DATES, -1, -1)).filter(notLater);
  }

  /**
   * The days every machine-readable date of the page names, published or modified (not the description's
   * prose): a visible date
   * among them is the one the publisher chose to show (often the last update), and wins.
   */
  private Set<LocalDate> machineDays(Map<String, String> meta, String lang) {
    Set<LocalDate> days = new HashSet<>();
    for (String key : meta.keySet()) {
      if ((key.startsWith("jsonld:") || key.startsWith("meta:") || key.equals("time:datetime")) && !key.equals(DESCRIPTION)) {
        fromMeta(meta, key, key, lang).flatMap(PublicationDate::day).ifPresent(days::add);
      }
    }
    return days;
  }

  /**
   * The fetch day in the latest time zone: {@link #FETCHED} when given and readable, else {@link #FILE_MODIFIED}, else
   * today.
   */
  private LocalDate fetchDay(Map<String, String> meta) {
    Optional<Instant> fileTime = Optional.ofNullable(meta.get(FILE_MODIFIED)).flatMap(PublicationDateFinder::instant)
        .filter(t -> t.isAfter(NO_FILE_TIME));
    Instant fetched = Optional.ofNullable(meta.get(FETCHED)).flatMap(PublicationDateFinder::instant).or(() -> fileTime)
        .orElseGet(clock::instant);
    return fetched.atOffset(LATEST_ZONE).toLocalDate();
  }

  /** An ISO instant or date-time with offset; empty when unreadable (no limit worth trusting over the clock). */
  private static Optional<Instant> instant(String value) {
    try {
      return Optional.of(OffsetDateTime.parse(value.strip()).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static final java.util.regex.Pattern YEAR_MONTH = java.util.regex.Pattern.compile("\\d{4}-\\d{2}");

  private static Optional<LocalDate> monthStart(PublicationDate d) {
    return YEAR_MONTH.matcher(d.value()).matches() ? Optional.of(LocalDate.parse(d.value() + "-01")) : Optional.empty();
  }

  /**
   * A machine-readable date one day off the URL's is the same date shifted by a time zone: the URL,
   * written by the publisher in local time, gives the day.
   */
  private static boolean oneDayApart(PublicationDate shown, PublicationDate machine) {
    return shown.day().isPresent() && machine.day().isPresent()
        && Math.abs(ChronoUnit.DAYS.between(shown.day().get(), machine.day().get())) == 1;
  }

  /**
   * True when the day a page shows is its machine-readable UTC time seen in the publisher's time zone
   * (UTC−12 to UTC+14): the next day for a UTC time from 10:00, the day before for one until 11:59. A
   * time written with another offset already gives the publisher's day.
   */
  static boolean zoneShift(PublicationDate shown, PublicationDate machine, String raw) {
    if (shown.day().isEmpty() || machine.granularity() != Granularity.MINUTE || raw == null
        || !UTC_TIME.matcher(raw).find()) {
      return false;
    }
    long days = ChronoUnit.DAYS.between(machine.day().get(), shown.day().get());
    int hour = Integer.parseInt(machine.value().substring(11, 13));
    return days == 1 && hour >= 10 || days == -1 && hour < 12;
  }

  /** The publication date named by meta tags or JSON-LD, the most reliable key first. */
  private Optional<PublicationDate> fromMetadata(Map<String, String> meta, String lang, Predicate<PublicationDate> ok) {
    Stream<String> others = meta.keySet().stream().sorted().filter(key -> {
      String k = key.toLowerCase(Locale.ROOT);
      return OTHER_PUBLISHED_KEY.matcher(k).matches() && !MODIFIED.matcher(k).matches();
    });
    return Stream.concat(PUBLISHED_KEYS.stream(), others)
        .map(key -> fromMeta(meta, key, key, lang).filter(ok))
        .flatMap(Optional::stream)
        .findFirst();
  }

  private Optional<PublicationDate> fromMeta(Map<String, String> meta, String key, String source, String lang) {
    return DateStrings.parse(meta.get(key), lang, extractor)
        .map(p -> new PublicationDate(p.value(), p.granularity(), source, -1, -1));
  }
}
