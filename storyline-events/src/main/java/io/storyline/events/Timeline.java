package io.storyline.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.storyline.core.Article;
import io.storyline.core.LanguageGuess;
import io.storyline.core.Layers;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A storyline as a timeline for people: a header, then one block per event in date order with its date (as precise
 * as known: {@code 2024-07}, {@code ????-04-08..09}), languages, gist, and one line per source article.
 *
 * <pre>{@code
 * System.out.println(Timeline.render(storyline, chronicle.events(storyline), articlesById::get));
 * }</pre>
 */
public final class Timeline {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  /** Width of the date column, enough for {@code ????-??-?? (Thu)}. */
  static final int DATE_WIDTH = 17;
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
    String indent = " ".repeat(DATE_WIDTH + 2);
    for (Entry e : view.entries()) {
      sb.append('\n').append(pad(e.date(), DATE_WIDTH)).append("  ").append(pad(String.join(",", e.languages()), 8))
          .append(' ').append(e.gist()).append('\n');
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
    String start = EventTime.parse(s.startValue()).display();
    String end = EventTime.parse(s.endValue()).display();
    return start.equals(end) ? start : start + " .. " + end;
  }

  /** A headline cut to {@link #HEADLINE_WIDTH} characters. */
  private static String shorten(String headline) {
    return headline.length() <= HEADLINE_WIDTH ? headline : headline.substring(0, HEADLINE_WIDTH - 1).strip() + "…";
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
