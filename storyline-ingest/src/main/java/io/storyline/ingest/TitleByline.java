package io.storyline.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The short lines printed just below and above the page's headline, one per block element, nearest
 * first (those below before those above): where a page shows its byline and date ("Von A. Autor |
 * 6. Mai 2014") whatever its class names are.
 * Text in scripts, styles, navigation, footers, forms and block quotes does not count (an aside next to the
 * headline may hold the date; a block quote holds an embedded post or a quotation, dated by its own author).
 */
final class TitleByline {
  /** Lines looked at before the headline (a kicker or a date above it) and after it. */
  static final int LINES_BEFORE = 3;
  static final int LINES_AFTER = 10;
  /** Longer lines are prose, not a byline. */
  static final int MAX_LINE = 120;
  private static final int MIN_HEADLINE = 10;
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final String SKIPPED = "script, style, noscript, template, nav, footer, form, select, button, blockquote";

  private TitleByline() {
  }

  /**
   * The lines near the headline: the first {@code <h1>}, {@code <h2>} or {@code <h3>} whose text is
   * part of one of the page's titles ({@code og:title}, {@code <title>}; may be null) or contains it,
   * else the page's only {@code <h1>}. Widget and teaser headings never match the page's title.
   */
  static Optional<String> of(Document doc, String... titles) {
    if (doc.body() == null) {
      return Optional.empty();
    }
    Element headline = headline(doc, titles).orElse(null);
    if (headline == null) {
      return Optional.empty();
    }
    List<Line> lines = lines(doc.body());
    int at = -1;
    for (int i = 0; i < lines.size() && at < 0; i++) {
      if (lines.get(i).block() == headline || lines.get(i).block().closest("h1, h2, h3") == headline) {
        at = i;
      }
    }
    if (at < 0) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder();
    for (int i = at + 1; i <= Math.min(lines.size() - 1, at + LINES_AFTER); i++) {
      append(out, lines.get(i));
    }
    for (int i = at - 1; i >= Math.max(0, at - LINES_BEFORE); i--) {
      append(out, lines.get(i));
    }
    return out.isEmpty() ? Optional.empty() : Optional.of(out.toString().strip());
  }

  private static void append(StringBuilder out, Line line) {
    String text = WHITESPACE.matcher(line.text()).replaceAll(" ").strip();
    if (!text.isEmpty() && text.length() <= MAX_LINE) {
      out.append(text).append('\n');
    }
  }

  private static Optional<Element> headline(Document doc, String... titles) {
    List<String> wanted = Stream.of(titles).filter(Objects::nonNull).map(TitleByline::normal)
        .filter(t -> t.length() >= MIN_HEADLINE).toList();
    List<Element> headings = doc.body().select("h1, h2, h3").stream()
        .filter(h -> normal(h.text()).length() >= MIN_HEADLINE && h.closest(SKIPPED) == null).toList();
    for (String tag : List.of("h1", "h2", "h3")) {
      for (Element h : headings) {
        String text = normal(h.text());
        if (h.normalName().equals(tag) && wanted.stream().anyMatch(t -> t.contains(text) || text.contains(t))) {
          return Optional.of(h);
        }
      }
    }
    List<Element> h1 = headings.stream().filter(h -> h.normalName().equals("h1")).toList();
    return h1.size() == 1 ? Optional.of(h1.get(0)) : Optional.empty();
  }

  /** Lower-case letters and digits, one space between words. */
  private static String normal(String s) {
    return NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  /** The visible text of the body, one line per run of text nodes under the same block element. */
  private static List<Line> lines(Element body) {
    List<Line> lines = new ArrayList<>();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (!(node instanceof TextNode text) || text.isBlank() || ((Element) text.parent()).closest(SKIPPED) != null) {
          return;
        }
        Element block = blockOf(text);
        if (lines.isEmpty() || lines.get(lines.size() - 1).block() != block) {
          lines.add(new Line(block, new StringBuilder()));
        }
        lines.get(lines.size() - 1).text().append(text.text()).append(' ');
      }
    }, body);
    return lines;
  }

  private static Element blockOf(TextNode text) {
    Element e = (Element) text.parent();
    while (e.parent() != null && !e.isBlock()) {
      e = e.parent();
    }
    return e;
  }

  private record Line(Element block, StringBuilder text) {
  }
}
