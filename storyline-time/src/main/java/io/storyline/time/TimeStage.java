package io.storyline.time;

import io.storyline.core.Article;
import io.storyline.core.LanguageGuess;
import io.storyline.core.Layer;
import io.storyline.core.Layers;
import io.storyline.core.Stage;
import io.storyline.core.TextMask;
import io.storyline.core.TextSpan;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Adds the publication date (when one is found), the time expressions of the clean text resolved
 * against it, and the event date chosen from the title and lead.
 */
public final class TimeStage implements Stage {
  public static final String NAME = "times";

  /** Paragraphs after the title that make the lead. */
  static final int LEAD_PARAGRAPHS = 2;
  /** A line shorter than this is a caption, label or byline, not a lead paragraph. */
  static final int MIN_PARAGRAPH = 60;

  private final TimeExpressionExtractor extractor;
  private final PublicationDateFinder publicationDates;
  private final EventDateFinder eventDates = new EventDateFinder();

  public TimeStage(TimeExpressionExtractor extractor) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.publicationDates = new PublicationDateFinder(extractor);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.LANGUAGE, Layers.REMOVED);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(TimeLayers.PUBLISHED, TimeLayers.TIMES, TimeLayers.EVENT_DATE);
  }

  @Override
  public Article apply(Article article) {
    String lang = article.get(Layers.LANGUAGE).filter(LanguageGuess::isDetermined).map(LanguageGuess::code)
        .orElse(LanguageGuess.UNDETERMINED);
    Optional<PublicationDate> published = publicationDates.find(article, lang);
    String clean = TextMask.clean(article);
    List<TimeExpression> times = extractor.extract(clean, lang, published.map(PublicationDate::reference).orElse(null));
    int titleEnd = titleEnd(article, clean);
    EventDate event = eventDates.find(times, published.orElse(null), titleEnd, leadEnd(clean, titleEnd));
    Article out = article.with(TimeLayers.TIMES, times).with(TimeLayers.EVENT_DATE, event);
    return published.map(p -> out.with(TimeLayers.PUBLISHED, p)).orElse(out);
  }

  /** End of the title line: the cleanup stage's title span, else the first non-blank line. */
  static int titleEnd(Article article, String clean) {
    Optional<TextSpan> title = article.get(Layers.TITLE);
    if (title.isPresent()) {
      return title.get().end();
    }
    int start = 0;
    while (start < clean.length() && Character.isWhitespace(clean.charAt(start))) {
      start++;
    }
    int end = clean.indexOf('\n', start);
    return end < 0 ? clean.length() : end;
  }

  /** End of the lead: the first {@link #LEAD_PARAGRAPHS} prose lines after the title. */
  static int leadEnd(String clean, int titleEnd) {
    int at = titleEnd;
    int paragraphs = 0;
    while (at < clean.length() && paragraphs < LEAD_PARAGRAPHS) {
      int next = clean.indexOf('\n', at + 1);
      int end = next < 0 ? clean.length() : next;
      if (clean.substring(at, end).strip().length() >= MIN_PARAGRAPH) {
        paragraphs++;
      }
      at = end;
    }
    return at;
  }
}
