package io.storyline.time;

import io.storyline.core.Article;
import io.storyline.core.LanguageGuess;
import io.storyline.core.Layer;
import io.storyline.core.Layers;
import io.storyline.core.Lead;
import io.storyline.core.Stage;
import io.storyline.core.TextMask;
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

  /** No time expressions and no publication date: the event date is unknown. */
  @Override
  public Article skip(Article article) {
    return article.with(TimeLayers.TIMES, List.of()).with(TimeLayers.EVENT_DATE, new EventDate("XXXX-XX-XX",
        Granularity.DAY, 0.0, List.of(), "not analysed: the article's analysis ran out of time before its dates"));
  }

  @Override
  public Article apply(Article article) {
    String lang = article.get(Layers.LANGUAGE).filter(LanguageGuess::isDetermined).map(LanguageGuess::code)
        .orElse(LanguageGuess.UNDETERMINED);
    Optional<PublicationDate> published = publicationDates.find(article, lang);
    String clean = TextMask.clean(article);
    List<TimeExpression> times = extractor.extract(clean, lang, published.map(PublicationDate::reference).orElse(null));
    Lead lead = Lead.of(article, clean);
    EventDate event = eventDates.find(clean, lang, times, published.orElse(null), lead);
    Article out = article.with(TimeLayers.TIMES, times).with(TimeLayers.EVENT_DATE, event);
    return published.map(p -> out.with(TimeLayers.PUBLISHED, p)).orElse(out);
  }
}
