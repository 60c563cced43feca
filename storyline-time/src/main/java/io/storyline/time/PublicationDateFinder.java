package io.storyline.time;

import io.storyline.core.Article;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
 * URL path, the first {@code <time datetime>}, the date printed by the headline or in a date/byline
 * element, a dated byline or dateline among the first lines of the text, a month-only URL, the feed
 * entry's date, and modification dates as the last resort.
 *
 * <p>A machine-readable date (metadata, {@code <time>}) one day off the URL's or the visible date line's
 * is the same moment written in another time zone (mostly UTC): the day the publisher shows wins.
 * No date after the fetch time is ever given.
 *
 * <p>Only the metadata keys ingest reads and the text's header are looked at, so dates in scripts,
 * comment counts or related-article lists further down the page are never taken.
 */
public final class PublicationDateFinder {
  /** Metadata key of the date the feed entry gave for the page, used when the page itself has none. */
  public static final String FEED_PUBLISHED = "feed:published";
  /** Metadata key of the fetch time (ISO instant, or date-time with offset); without it, now. */
  public static final String FETCHED = "fetched";

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

  /** Metadata keys naming a modification date: used only when nothing else dates the article. */
  static final List<String> MODIFIED_KEYS = List.of(
      "jsonld:dateModified", "meta:article:modified_time", "meta:og:updated_time", "meta:dc.date.modified",
      "meta:dcterms.modified", "meta:lastmod", "meta:last-modified");

  /** The page's visible date lines, as ingest reads them: by the headline, then in date-classed elements. */
  static final List<String> VISIBLE_KEYS = List.of("html:byline", "html:dateline");

  /**
   * Languages a visible date line is also read in when the page's own finds nothing there (the
   * declared or detected language may be wrong or missing; a full date with a year rarely misreads).
   */
  static final List<String> OTHER_LANGUAGES = List.of("en", "de", "fr", "es", "it", "nl", "pt", "pl", "cs", "ru", "uk");

  private static final Pattern OTHER_PUBLISHED_KEY = Pattern.compile(
      "meta:.*(publish|publication|pubdate|pub-date|created|issued).*");
  private static final Pattern MODIFIED = Pattern.compile(".*(modif|updat|expir|lastmod).*");
  /** The place that opens a news paragraph before its date: "Karlsruhe, (", "BERLIN, ". */
  private static final Pattern PLACE_BEFORE_DATE = Pattern.compile("\\p{Lu}[\\p{L}\\p{M} .'/-]{1,30},\\s*[(\\[]?\\s*");
  /** A clock time at the end of a value, in UTC or without an offset. */
  private static final Pattern UTC_TIME = Pattern.compile(
      "\\d:\\d\\d(?::\\d\\d(?:[.,]\\d+)?)?\\s*(?:Z|[+-]00:?00|GMT|UTC)?\\s*$", Pattern.CASE_INSENSITIVE);
  /** The latest time zone: a day is after the fetch time only when it is after the fetch day there. */
  private static final ZoneOffset LATEST_ZONE = ZoneOffset.ofHours(14);
  private static final int HEADER_LINES = 15;
  private static final int HEADER_CHARS = 2500;
  private static final int CUE_DISTANCE = 40;
  private static final int SHORT_LINE = 100;

  private final TimeExpressionExtractor extractor;
  private final Clock clock;

  public PublicationDateFinder(TimeExpressionExtractor extractor) {
    this(extractor, Clock.systemUTC());
  }

  /** A finder whose "now" (the fetch time when the metadata gives none) comes from {@code clock}. */
  public PublicationDateFinder(TimeExpressionExtractor extractor, Clock clock) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The article's publication date, from its metadata, URL and original text. */
  public Optional<PublicationDate> find(Article article, String lang) {
    return find(article.meta(), article.url() != null ? article.url() : article.meta().get("url"), article.text(), lang);
  }

  /**
   * The publication date from metadata (ingest's {@code published}, {@code meta:*}, {@code jsonld:*},
   * {@code time:datetime}, {@code html:byline}, {@code html:dateline} keys, and {@link #FEED_PUBLISHED}
   * and {@link #FETCHED} when the page came from a feed), a URL (may be null) and text (may be empty)
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
    List<PublicationDate> shown = visible(meta, lang, false).stream().filter(notLater).toList();
    Optional<PublicationDate> visible = shown.stream().findFirst();
    Optional<PublicationDate> machine = fromMetadata(meta, lang, notLater);
    if (machine.isPresent()) {
      PublicationDate m = machine.get();
      if (urlDay.isPresent() && m.day().equals(urlDay.get().day())) {
        return machine;
      }
      Set<LocalDate> machineDays = machineDays(meta, lang);
      return Optional.of(urlDay.filter(u -> oneDayApart(u, m))
          .or(() -> shown.stream().filter(v -> v.day().isPresent() && machineDays.contains(v.day().get())).findFirst())
          .or(() -> visible.filter(v -> zoneShift(v, m, meta.get(m.source()))))
          .orElse(m));
    }
    if (urlDay.isPresent()) {
      return urlDay;
    }
    Optional<PublicationDate> cued = visible(meta, lang, true).stream().filter(notLater).findFirst();
    if (cued.isPresent()) {
      return cued;
    }
    Optional<PublicationDate> time = fromMeta(meta, "time:datetime", "time:datetime", lang).filter(notLater);
    if (time.isPresent()) {
      return Optional.of(visible.filter(v -> zoneShift(v, time.get(), meta.get("time:datetime"))).orElse(time.get()));
    }
    return visible
        .or(() -> fromHeader(text == null ? "" : text, lang).filter(notLater))
        .or(() -> fromMeta(meta, SCRIPT_PUBLISHED, SCRIPT_PUBLISHED, lang).filter(notLater))
        .or(() -> fromUrl)
        .or(() -> fromMeta(meta, FEED_PUBLISHED, "feed", lang).filter(notLater))
        .or(() -> Stream.concat(MODIFIED_KEYS.stream(), meta.keySet().stream().sorted()
                .filter(key -> key.startsWith("meta:") && MODIFIED.matcher(key).matches()))
            .map(key -> fromMeta(meta, key, key, lang).filter(notLater))
            .flatMap(Optional::stream).findFirst());
  }

  /**
   * The days every machine-readable date of the page names, published or modified: a visible date
   * among them is the one the publisher chose to show (often the last update), and wins.
   */
  private Set<LocalDate> machineDays(Map<String, String> meta, String lang) {
    Set<LocalDate> days = new HashSet<>();
    for (String key : meta.keySet()) {
      if (key.startsWith("jsonld:") || key.startsWith("meta:") || key.equals("time:datetime")) {
        fromMeta(meta, key, key, lang).flatMap(PublicationDate::day).ifPresent(days::add);
      }
    }
    return days;
  }

  /** The fetch day in the latest time zone: {@link #FETCHED} when given and readable, else today. */
  private LocalDate fetchDay(Map<String, String> meta) {
    Instant fetched = clock.instant();
    String given = meta.get(FETCHED);
    if (given != null) {
      try {
        fetched = OffsetDateTime.parse(given.strip()).toInstant();
      } catch (DateTimeParseException e) {
        // an unreadable fetch time is no limit worth trusting over the clock
      }
    }
    return fetched.atOffset(LATEST_ZONE).toLocalDate();
  }

  private static Optional<LocalDate> monthStart(PublicationDate d) {
    return d.value().matches("\\d{4}-\\d{2}") ? Optional.of(LocalDate.parse(d.value() + "-01")) : Optional.empty();
  }

  /**
   * The first date of each of the page's visible date lines ({@link #VISIBLE_KEYS}), read in the page's
   * language, else in {@link #OTHER_LANGUAGES}; only dates after a cue ("Published", "Veröffentlicht am")
   * when {@code cuedOnly}.
   */
  private List<PublicationDate> visible(Map<String, String> meta, String lang, boolean cuedOnly) {
    List<PublicationDate> dates = new ArrayList<>();
    for (String key : VISIBLE_KEYS) {
      String lines = meta.get(key);
      if (lines != null) {
        Stream.concat(Stream.of(lang), OTHER_LANGUAGES.stream().filter(l -> !l.equals(lang)))
            .map(l -> fromHeader(lines, l)).flatMap(Optional::stream).findFirst()
            .filter(d -> !cuedOnly || d.source().equals("text:byline"))
            .ifPresent(d -> dates.add(new PublicationDate(d.value(), d.granularity(), key, -1, -1)));
      }
    }
    return dates;
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

  /**
   * A date in the first lines that reads as the article's own: after a cue such as "Published",
   * "Текст:" or "date" in a short line or near its start ({@code text:byline}), alone on a short line or
   * after the place that opens the first paragraph, "Karlsruhe, (12.11.2021)." ({@code text:dateline}).
   */
  Optional<PublicationDate> fromHeader(String text, String lang) {
    int limit = headerEnd(text);
    String header = text.substring(0, limit);
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
      return Optional.of(new PublicationDate(p.value(), p.granularity(), cued ? "text:byline" : "text:dateline",
          e.start(), end));
    }
    return Optional.empty();
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
