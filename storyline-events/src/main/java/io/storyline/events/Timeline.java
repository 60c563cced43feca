package io.storyline.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.storyline.core.Article;
import io.storyline.core.DateWords;
import io.storyline.core.LanguageGuess;
import io.storyline.core.Layers;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A storyline as a timeline for people: a header, then one block per event in date order with its date in words,
 * as precise as known ("July 2024", "8–9 April, year unknown", {@link DateWords}) and its confidence, languages,
 * gist, and one line per source article. The JSON form keeps the machine value next to the words.
 *
 * <pre>{@code
 * System.out.println(Timeline.render(storyline, chronicle.events(storyline), articlesById::get));
 * }</pre>
 */
public final class Timeline {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  /** Width of the date column, enough for "8–9 April, year unknown (confidence 0.34)". */
  static final int DATE_WIDTH = 42;
  /** Headlines longer than this are cut in the text form (the JSON form keeps them whole). */
  static final int HEADLINE_WIDTH = 110;

  private Timeline() {}

  /** One source line: the article's id, language, headline and where it came from. */
  public record Source(String articleId, String language, String headline, String url) {}

  /** One event on the timeline. */
  public record Entry(String date, String dateValue, String granularity, double dateConfidence, List<String> languages,
      String kind, String gist, List<Source> sources, List<Quote> quotes) {}

  /** The JSON form: the storyline and its entries. */
  public record View(Storyline storyline, List<Entry> entries) {}

  /**
   * The timeline as terminal text.
   *
   * @param events   the storyline's events in timeline order ({@link Chronicle#events(Storyline)})
   * @param articles looks an article up by id for its URL and source (may return null: the headline is shown)
   */
  public static String render(Storyline storyline, List<Event> events, Function<String, Article> articles) {
    View view = view(storyline, events, articles);
    StringBuilder sb = new StringBuilder();
    sb.append(storyline.label().isEmpty() ? storyline.id() : storyline.label()).append("  [").append(storyline.id())
        .append("]\n");
    sb.append(span(storyline)).append(" · ").append(events.size()).append(events.size() == 1 ? " event" : " events")
        .append(" · ").append(storyline.articleCount()).append(storyline.articleCount() == 1 ? " article" : " articles")
        .append(" · ").append(String.join(" ", storyline.languages())).append('\n');
    String indent = "    ";
    for (Entry e : view.entries()) {
      sb.append('\n').append(pad(DateWords.withConfidence(e.dateValue(), e.dateConfidence()), DATE_WIDTH)).append("  ")
          .append(String.join(",", e.languages())).append('\n').append(indent).append(e.gist()).append('\n');
      for (Source s : e.sources()) {
        sb.append(indent).append("- [").append(s.language()).append("] ").append(shorten(s.headline()));
        if (s.url() != null) {
          sb.append("  <").append(s.url()).append('>');
        }
        sb.append("  (").append(s.articleId()).append(")\n");
      }
    }
    return sb.toString();
  }

  /** The timeline as a structured view, for JSON output. */
  public static View view(Storyline storyline, List<Event> events, Function<String, Article> articles) {
    Objects.requireNonNull(articles, "articles");
    List<Entry> entries = events.stream().map(e -> {
      List<Source> sources = new ArrayList<>();
      for (int i = 0; i < e.articleIds().size(); i++) {
        String id = e.articleIds().get(i);
        Article a = articles.apply(id);
        String language = a == null ? "" : a.get(Layers.LANGUAGE).map(LanguageGuess::code).orElse("");
        sources.add(new Source(id, language, e.headlines().get(i), a == null ? null : a.url() != null ? a.url() : a.source()));
      }
      return new Entry(e.displayDate(), e.dateValue(), e.granularity().name(), e.dateConfidence(), e.languages(),
          e.kind(), e.gist(), sources, e.quotes());
    }).toList();
    return new View(storyline, entries);
  }

  /** The timeline as JSON. */
  public static String json(Storyline storyline, List<Event> events, Function<String, Article> articles) {
    try {
      return JSON.writeValueAsString(view(storyline, events, articles));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the timeline of " + storyline.id() + " as JSON", e);
    }
  }

  private static String span(Storyline s) {
    return DateWords.span(s.startValue(), s.endValue());
  }

  /** A headline cut to {@link #HEADLINE_WIDTH} characters. */
  private static String shorten(String headline) {
    return headline.length() <= HEADLINE_WIDTH ? headline : headline.substring(0, HEADLINE_WIDTH - 1).strip() + "…";
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
