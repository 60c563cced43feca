package io.storyline.time;

import io.storyline.core.Article;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Chooses an article's publication date from, in order of reliability: the given {@code published}
 * metadata, HTML meta tags and JSON-LD for the publication (not modification) date, the first
 * {@code <time datetime>}, a full date in the URL path, a dated byline or dateline among the first
 * lines of the text, then a month-only URL and modification dates as the last resort.
 *
 * <p>Only the metadata keys ingest reads and the text's header are looked at, so dates in scripts,
 * comment counts or related-article lists further down the page are never taken.
 */
public final class PublicationDateFinder {
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

  private static final Pattern OTHER_PUBLISHED_KEY = Pattern.compile("meta:.*(publish|pubdate|pub-date|created|issued).*");
  private static final Pattern MODIFIED = Pattern.compile(".*(modif|updat|expir|lastmod).*");
  private static final int HEADER_LINES = 15;
  private static final int HEADER_CHARS = 2500;
  private static final int CUE_DISTANCE = 40;
  private static final int SHORT_LINE = 100;

  private final TimeExpressionExtractor extractor;

  public PublicationDateFinder(TimeExpressionExtractor extractor) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
  }

  /** The article's publication date, from its metadata, URL and original text. */
  public Optional<PublicationDate> find(Article article, String lang) {
    return find(article.meta(), article.url() != null ? article.url() : article.meta().get("url"), article.text(), lang);
  }

  /**
   * The publication date from metadata (ingest's {@code published}, {@code meta:*}, {@code jsonld:*},
   * {@code time:datetime}, {@code html:dateline} keys), a URL (may be null) and text (may be empty)
   * in language {@code lang}.
   */
  public Optional<PublicationDate> find(Map<String, String> meta, String url, String text, String lang) {
    Optional<PublicationDate> given = fromMeta(meta, "published", "given", lang);
    if (given.isPresent()) {
      return given;
    }
    Optional<PublicationDate> metadata = fromMetadata(meta, lang);
    Optional<DateStrings.Parsed> fromUrl = DateStrings.fromUrl(url);
    if (metadata.isPresent()) {
      return Optional.of(fromUrl.filter(u -> oneDayApart(u, metadata.get()))
          .map(u -> new PublicationDate(u.value(), u.granularity(), "url", -1, -1)).orElse(metadata.get()));
    }
    if (fromUrl.isPresent() && fromUrl.get().granularity() == Granularity.DAY) {
      return Optional.of(new PublicationDate(fromUrl.get().value(), Granularity.DAY, "url", -1, -1));
    }
    Optional<PublicationDate> dateline = Optional.ofNullable(meta.get("html:dateline"))
        .flatMap(d -> fromHeader(d, lang))
        .map(d -> new PublicationDate(d.value(), d.granularity(), "html:dateline", -1, -1));
    if (dateline.isPresent()) {
      return dateline;
    }
    Optional<PublicationDate> header = fromHeader(text == null ? "" : text, lang);
    if (header.isPresent()) {
      return header;
    }
    if (fromUrl.isPresent()) {
      return Optional.of(new PublicationDate(fromUrl.get().value(), fromUrl.get().granularity(), "url", -1, -1));
    }
    for (String key : MODIFIED_KEYS) {
      Optional<PublicationDate> d = fromMeta(meta, key, key, lang);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  /**
   * A metadata date one day off the URL's is the same date shifted by a time zone: the URL, written
   * by the publisher in local time, gives the day.
   */
  private static boolean oneDayApart(DateStrings.Parsed url, PublicationDate meta) {
    return url.granularity() == Granularity.DAY && meta.day().isPresent()
        && Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(url.value()), meta.day().get())) == 1;
  }

  /** The publication date named by meta tags, JSON-LD or the first {@code <time>}. */
  private Optional<PublicationDate> fromMetadata(Map<String, String> meta, String lang) {
    for (String key : PUBLISHED_KEYS) {
      Optional<PublicationDate> d = fromMeta(meta, key, key, lang);
      if (d.isPresent()) {
        return d;
      }
    }
    for (Map.Entry<String, String> e : meta.entrySet()) {
      String key = e.getKey().toLowerCase(Locale.ROOT);
      if (OTHER_PUBLISHED_KEY.matcher(key).matches() && !MODIFIED.matcher(key).matches()) {
        Optional<PublicationDate> d = fromMeta(meta, e.getKey(), e.getKey(), lang);
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return fromMeta(meta, "time:datetime", "time:datetime", lang);
  }

  private Optional<PublicationDate> fromMeta(Map<String, String> meta, String key, String source, String lang) {
    return DateStrings.parse(meta.get(key), lang, extractor)
        .map(p -> new PublicationDate(p.value(), p.granularity(), source, -1, -1));
  }

  /**
   * A date in the first lines that reads as the article's own: after a cue such as "Published",
   * "Текст:" or "date" in a short line or near its start ({@code text:byline}), or alone on a short line ({@code text:dateline}).
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
      if (!cued && !shortLine) {
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
