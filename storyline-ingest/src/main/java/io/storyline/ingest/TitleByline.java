package io.storyline.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The short lines printed just above and below the page's headline, one per block element: where a
 * page shows its byline and date ("Von A. Autor | 6. Mai 2014") whatever its class names are.
 * Text in scripts, styles, navigation, footers, asides and forms does not count.
 */
final class TitleByline {
  /** Lines looked at before the headline (a kicker or a date above it) and after it. */
  static final int LINES_BEFORE = 3;
  static final int LINES_AFTER = 10;
  /** Longer lines are prose, not a byline. */
  static final int MAX_LINE = 120;
  private static final int MIN_HEADLINE = 10;
  private static final String SKIPPED = "script, style, noscript, template, nav, footer, aside, form, select, button";

  private TitleByline() {
  }

  /** The lines near the first {@code <h1>} with a headline's length, else near the first such {@code <h2>}. */
  static Optional<String> of(Document doc) {
    if (doc.body() == null) {
      return Optional.empty();
    }
    Element headline = headline(doc, "h1").or(() -> headline(doc, "h2")).orElse(null);
    if (headline == null) {
      return Optional.empty();
    }
    List<Line> lines = lines(doc.body());
    int at = -1;
    for (int i = 0; i < lines.size() && at < 0; i++) {
      if (lines.get(i).block() == headline || lines.get(i).block().closest("h1, h2") == headline) {
        at = i;
      }
    }
    if (at < 0) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder();
    for (int i = Math.max(0, at - LINES_BEFORE); i <= Math.min(lines.size() - 1, at + LINES_AFTER); i++) {
      String text = lines.get(i).text().toString().strip().replaceAll("\\s+", " ");
      if (i != at && !text.isEmpty() && text.length() <= MAX_LINE) {
        out.append(text).append('\n');
      }
    }
    return out.isEmpty() ? Optional.empty() : Optional.of(out.toString().strip());
  }

  private static Optional<Element> headline(Document doc, String tag) {
    return doc.body().select(tag).stream()
        .filter(h -> h.text().strip().length() >= MIN_HEADLINE && h.closest(SKIPPED) == null)
        .findFirst();
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
