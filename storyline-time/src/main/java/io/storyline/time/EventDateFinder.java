package io.storyline.time;

import io.storyline.core.Lead;
import io.storyline.core.TextSpan;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses the date of the main happening an article reports from the time expressions in its title
 * and lead, weighed against the publication date: news reports the recent past, so a day in the week
 * before publication is the likeliest; later dates are plans and much earlier ones background. When no
 * expression qualifies, the publication date stands for the event; when there is none either, the
 * result says so with confidence 0.
 *
 * <p>What never qualifies: a date the language's cue words mark as background or a target ({@link
 * BackgroundCues}: "since 1997", "by 2030", "born in 1850", a year in an anniversary sentence); a date in a photo
 * caption ("… on Dec. 30, 2019. (Tavish Campbell)"); a dated birth or founding ("1 февраля 1901 года родился")
 * unless the title tells of one (then the birth is the news), nor is such a date the publication date when the
 * dateline reader took it for one; a bare year when the publication date is known (the publication day is as true
 * and more precise, or the year contradicts it); without one, a year, season or month in the lead (named in passing
 * far more often than naming the happening, which news dates by its day or weekday); and, with a publication date,
 * a year, month or season that starts after it (a plan, not news). A year or month in the title of an undated
 * article is weak evidence and keeps a low confidence.
 */
public final class EventDateFinder {
  /** Provenance of evidence spans. */
  public static final String STAGE = "times/event";

  private static final Pattern LEADING_DATE = Pattern.compile("^(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?");
  private static final double ENOUGH = 0.45;
  private static final double FROM_PUBLICATION = 0.5;
  /** The most a bare year or month alone (no publication date) is trusted. */
  private static final double WEAK = 0.2;
  /** A first line longer than this is not a headline but a text without line breaks. */
  static final int MAX_TITLE = 200;
  /** The lead of a text without line breaks: its first characters, about two paragraphs. */
  static final int UNBROKEN_LEAD = 800;

  /**
   * The event date of a text whose title and lead end at {@code leadEnd}.
   *
   * @param text      the text the expressions' offsets point into (the article's clean view)
   * @param lang      its language (ISO 639-1), for the cue words; null when unknown
   * @param times     the expressions found in the text (resolved against {@code published})
   * @param published the publication date, or null
   * @param lead      where the title and lead are; a first line longer than {@value #MAX_TITLE} characters is no
   *                  title (the text has no line breaks) and then the lead is its first {@value #UNBROKEN_LEAD}
   */
  public EventDate find(String text, String lang, List<TimeExpression> times, PublicationDate published, Lead lead) {
    boolean titled = lead.titleEnd() - lead.titleStart() <= MAX_TITLE;
    int titleEnd = titled ? lead.titleEnd() : lead.titleStart();
    int leadEnd = titled ? lead.leadEnd() : Math.min(lead.leadEnd(), lead.titleStart() + UNBROKEN_LEAD);
    BackgroundCues cues = BackgroundCues.of(lang);
    if (published != null && published.fromText() && notADateline(text, times, published, cues)) {
      published = null;
    }
    Optional<LocalDate> pubDay = published == null ? Optional.empty() : published.day();
    boolean originTitle = titled && cues.originIn(text.substring(lead.titleStart(), lead.titleEnd()));
    TimeExpression best = null;
    double bestScore = 0;
    for (TimeExpression t : times) {
      if (t.start() >= leadEnd || !candidate(t) || (published != null && published.fromText()
          && t.start() < published.end() && published.start() < t.end())
          || background(text, t, cues, published, t.end() <= titleEnd, originTitle)) {
        continue;
      }
      double score = score(t, pubDay) * (t.end() <= titleEnd ? 1.2 : 1.0);
      if (published == null && coarse(t)) {
        score = Math.min(score, WEAK);
      }
      if (score > bestScore) {
        best = t;
        bestScore = score;
      }
    }
    if (best != null && (bestScore >= ENOUGH || published == null)) {
      String why = published == null && coarse(best)
          ? "a " + best.granularity().name().toLowerCase(Locale.ROOT) + " named in the title: weak evidence without a"
          + " publication date"
          : best.anchored() ? "the " + best.granularity().name().toLowerCase() + " named in the "
          + (best.end() <= titleEnd ? "title" : "lead") : "named in the lead, but nothing gives its year";
      return new EventDate(best.interval(), best.granularity(), Math.min(0.95, bestScore),
          List.of(new TextSpan(best.start(), best.end(), STAGE)), "'" + best.text() + "': " + why);
    }
    if (published != null) {
      Granularity g = published.granularity().atLeastAsFineAs(Granularity.DAY) ? Granularity.DAY : published.granularity();
      String value = g == Granularity.DAY ? published.value().substring(0, 10) : published.value();
      List<TextSpan> evidence = published.fromText()
          ? List.of(new TextSpan(published.start(), published.end(), STAGE)) : List.of();
      return new EventDate(value, g, g == Granularity.DAY ? FROM_PUBLICATION : FROM_PUBLICATION * 0.8, evidence,
          "no dated happening in the title or lead: the publication date (" + published.source() + ") stands for it");
    }
    return new EventDate("XXXX-XX-XX", Granularity.DAY, 0.0, List.of(),
        "nothing in the title or lead dates the happening, and the publication date is unknown");
  }

  /** True when the date read from the text as its dateline is a birth, a founding or a caption's in its sentence. */
  private static boolean notADateline(String text, List<TimeExpression> times, PublicationDate published,
      BackgroundCues cues) {
    return times.stream().anyMatch(t -> t.start() < published.end() && published.start() < t.end()
        && (cues.origin(text, t) != null || cues.caption(text, t) != null));
  }

  /** True when the expression is not the reported happening: cued as background or a target, or an unfit year. */
  private static boolean background(String text, TimeExpression t, BackgroundCues cues, PublicationDate published,
      boolean inTitle, boolean originTitle) {
    if (bareYear(t) && (published != null || !inTitle) || published == null && coarse(t) && !inTitle) {
      return true;
    }
    if (cues.before(text, t) != null || cues.caption(text, t) != null) {
      return true;
    }
    boolean coarse = coarse(t);
    if (coarse && cues.inSentence(text, t) != null) {
      return true;
    }
    Optional<LocalDate> pubDay = published == null ? Optional.empty() : published.day();
    Optional<LocalDate> start = start(t.value());
    if (start.isPresent() && !originTitle && cues.origin(text, t) != null) {
      return true;
    }
    return coarse && start.isPresent() && pubDay.isPresent() && start.get().isAfter(pubDay.get());
  }

  /** Coarser than a week: a month, season, quarter or year ("in February", "August 2008", "2016"). */
  private static boolean coarse(TimeExpression t) {
    return !t.granularity().atLeastAsFineAs(Granularity.WEEK);
  }

  /** A year (or decade, century) with nothing finer: "1850", "in 2016", "the 1990s". */
  private static boolean bareYear(TimeExpression t) {
    return (t.kind() == TimeExpression.Kind.DATE || t.kind() == TimeExpression.Kind.RANGE)
        && !t.granularity().atLeastAsFineAs(Granularity.SEASON);
  }

  private static boolean candidate(TimeExpression t) {
    boolean dated = t.kind() == TimeExpression.Kind.DATE || t.kind() == TimeExpression.Kind.RANGE
        || t.kind() == TimeExpression.Kind.TIME;
    return dated && !t.value().endsWith("_REF") && !t.value().startsWith("T")
        && t.granularity().atLeastAsFineAs(Granularity.YEAR) && !t.value().equals(Anchor.unknown(t.granularity()));
  }

  /** Precision times plausibility: a day in the week before publication scores highest. */
  private static double score(TimeExpression t, Optional<LocalDate> pubDay) {
    double precision = switch (t.granularity()) {
      case MINUTE, HOUR, DAY -> 1.0;
      case WEEK -> 0.7;
      case MONTH -> 0.6;
      case QUARTER, SEASON -> 0.4;
      default -> 0.3;
    };
    double plausibility = 0.5;
    Optional<LocalDate> start = start(t.value());
    if (start.isPresent() && pubDay.isPresent()) {
      long daysBefore = ChronoUnit.DAYS.between(start.get(), pubDay.get());
      plausibility = daysBefore < -1 ? 0.3 : daysBefore <= 7 ? 1.0 : daysBefore <= 31 ? 0.7 : 0.35;
    } else if (start.isPresent()) {
      plausibility = 0.8;
    }
    return precision * plausibility * t.confidence();
  }

  private static Optional<LocalDate> start(String value) {
    Matcher m = LEADING_DATE.matcher(value);
    if (!m.find()) {
      return Optional.empty();
    }
    int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
    int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
    return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), month, day));
  }
}
