package io.storyline.ingest;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Renders an HTML element as plain text: block elements become paragraphs separated by a blank
 * line, {@code <br>} a line break, and runs of inline whitespace one space. Never recursive, so
 * deep nesting cannot overflow the stack.
 */
final class HtmlText {

  /** Elements whose content is never text. */
  static final Set<String> HIDDEN = Set.of("script", "style", "noscript", "template", "head", "title", "svg",
      "math", "iframe", "object", "embed", "canvas", "video", "audio", "select", "textarea", "button", "input");

  private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
      "dl", "dt", "dd", "blockquote", "figure", "figcaption", "div", "section", "article", "main", "header",
      "footer", "aside", "nav", "table", "caption", "pre", "address", "hr", "form", "fieldset", "details",
      "summary", "center");
  private static final Set<String> LINES = Set.of("tr");
  private static final Set<String> CELLS = Set.of("td", "th");

  private static final int NONE = 0;
  private static final int LINE = 1;
  private static final int PARAGRAPH = 2;

  private final StringBuilder out = new StringBuilder();
  private int pendingBreak = NONE;
  private boolean pendingSpace;
  private boolean lineHasText;
  private int preDepth;

  private HtmlText() {
  }

  /** The element's text, paragraphs separated by blank lines, without leading or trailing whitespace. */
  static String of(Element root) {
    HtmlText text = new HtmlText();
    NodeTraversor.filter(text.new Renderer(), root);
    return text.out.toString();
  }

  /** Whether the element holds visible text outside links; a block of links only is navigation. */
  static boolean hasTextOutsideLinks(Element root) {
    boolean[] found = {false};
    NodeTraversor.filter((node, depth) -> {
      if (node instanceof Element e && (HIDDEN.contains(e.normalName()) || e.normalName().equals("a"))) {
        return NodeFilter.FilterResult.SKIP_ENTIRELY;
      }
      if (node instanceof TextNode t && !isBlank(t.getWholeText())) {
        found[0] = true;
        return NodeFilter.FilterResult.STOP;
      }
      return NodeFilter.FilterResult.CONTINUE;
    }, root);
    return found[0];
  }

  private final class Renderer implements NodeFilter {

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        appendText(t.getWholeText());
      } else if (node instanceof Element e) {
        String name = e.normalName();
        if (HIDDEN.contains(name)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        open(name);
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e) {
        close(e.normalName());
      }
      return FilterResult.CONTINUE;
    }
  }

  private void open(String name) {
    if (name.equals("br")) {
      requestBreak(pendingBreak >= LINE ? PARAGRAPH : LINE);
    } else if (BLOCKS.contains(name)) {
      requestBreak(PARAGRAPH);
      preDepth += name.equals("pre") ? 1 : 0;
    } else if (LINES.contains(name)) {
      requestBreak(LINE);
    } else if (CELLS.contains(name)) {
      pendingSpace = lineHasText;
    }
  }

  private void close(String name) {
    if (BLOCKS.contains(name)) {
      requestBreak(PARAGRAPH);
      preDepth -= name.equals("pre") ? 1 : 0;
    } else if (LINES.contains(name)) {
      requestBreak(LINE);
    }
  }

  private void requestBreak(int kind) {
    if (out.isEmpty()) {
      return;
    }
    pendingBreak = Math.max(pendingBreak, kind);
    pendingSpace = false;
  }

  private void appendText(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (preDepth > 0 && c == '\n') {
        requestBreak(LINE);
        lineHasText = false;
      } else if (isCollapsible(c)) {
        pendingSpace = lineHasText;
      } else if (c != '\u00A0' || lineHasText) {
        flushPending();
        out.append(c);
        lineHasText = true;
      }
    }
  }

  private void flushPending() {
    if (pendingBreak != NONE) {
      out.append(pendingBreak == PARAGRAPH ? "\n\n" : "\n");
      pendingBreak = NONE;
      lineHasText = false;
    } else if (pendingSpace) {
      out.append(' ');
    }
    pendingSpace = false;
  }

  private static boolean isCollapsible(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }

  private static boolean isBlank(String s) {
    return s.chars().allMatch(c -> Character.isWhitespace(c) || c == '\u00A0');
  }
}
