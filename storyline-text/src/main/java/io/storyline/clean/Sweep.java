package io.storyline.clean;

import io.storyline.core.RemovedSpan;
import io.storyline.core.TextSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One cleanup pass over one article: judges its lines with the {@link Rules} and keeps at most one removed span per
 * line. Made per call and used by one thread; the order of the steps in {@link #run()} matters.
 */
final class Sweep {
  private final Rules rules;
  private final String text;
  private final List<Line> lines;
  private final RemovedSpan[] marks;

  Sweep(Rules rules, String text) {
    this.rules = rules;
    this.text = text;
    this.lines = Line.split(text);
    this.marks = new RemovedSpan[lines.size()];
  }

  /** Finds the debris and returns the removed spans in text order. */
  List<RemovedSpan> run() {
    markHeader();
    markLines();
    markHead();
    markTail();
    markCaptions(headlineIndex());
    return Arrays.stream(marks).filter(Objects::nonNull).toList();
  }

  /** The first kept line, trimmed, if it looks like a headline; call after {@link #run()}. */
  Optional<TextSpan> headline() {
    int i = headlineIndex();
    if (i < 0) {
      return Optional.empty();
    }
    Line kept = keptPart(i);
    return Optional.of(new TextSpan(kept.contentStart(), kept.contentEnd(), CleanStage.NAME));
  }

  /** A line that shows the article's running text has begun: it ends a sentence or is long. */
  private static boolean isContent(Line line) {
    return line.endsSentence() || line.prose();
  }

  /** A metadata header opening one of the lines up to the first paragraph; only the header is removed. */
  private void markHeader() {
    for (Line l : lines) {
      if (l.blank()) {
        continue;
      }
      int length = rules.headerLength(text, l.start(), l.end());
      if (length > 0) {
        int end = l.start() + length;
        marks[l.index()] = Rules.HEADER.span(l.start(), end >= l.contentEnd() ? l.end() : end);
      }
      if (isContent(l)) {
        return;
      }
    }
  }

  /** Rules that need no context, then exact and near-duplicate lines (every copy after the first). */
  private void markLines() {
    Set<String> seen = new HashSet<>();
    for (Line l : lines) {
      if (l.blank()) {
        continue;
      }
      if (marks[l.index()] == null) {
        first(rules.anywhere(), l).ifPresent(r -> marks[l.index()] = r.remove(l));
      }
      if (marks[l.index()] == null && Rules.DUPLICATE.matches(l) && seen.contains(l.key())) {
        marks[l.index()] = Rules.DUPLICATE.remove(l);
      }
      seen.add(l.key());
    }
  }

  /** Head-zone rules on the lines before the first paragraph; none when there is no paragraph. */
  private void markHead() {
    markZone(rules.head(), 0, 1);
  }

  /** Tail-zone rules on the lines after the last paragraph; none when there is no paragraph. */
  private void markTail() {
    markZone(rules.tail(), lines.size() - 1, -1);
  }

  /**
   * Walks from {@code from} in direction {@code step} over kept lines until the first line of running text that no
   * zone rule claims, and marks what the zone rules found on the way; when no such line exists nothing is marked.
   * Findings of {@linkplain Rule#needsCompany() weak} rules count only when the zone holds other debris.
   */
  private void markZone(List<Rule> zoneRules, int from, int step) {
    List<Finding> found = new ArrayList<>();
    boolean company = false;
    for (int i = from; i >= 0 && i < lines.size(); i += step) {
      Line l = lines.get(i);
      if (l.blank()) {
        continue;
      }
      if (removedWhole(i)) {
        company = true;
        continue;
      }
      Optional<Rule> rule = marks[i] == null ? first(zoneRules, l) : Optional.empty();
      if (rule.isPresent()) {
        found.add(new Finding(i, rule.get()));
        company |= !rule.get().needsCompany();
      } else if (isContent(l)) {
        boolean trusted = company;
        found.stream()
            .filter(f -> trusted || !f.rule().needsCompany())
            .forEach(f -> marks[f.line()] = f.rule().remove(lines.get(f.line())));
        return;
      }
    }
  }

  /** Short lines next to a photo credit (blank lines between are allowed), with their copies. */
  private void markCaptions(int title) {
    for (int i = 0; i < lines.size(); i++) {
      if (marks[i] != null && marks[i].reason().equals("photo-credit") && removedWhole(i)) {
        markCaptionsBeside(i, -1, title);
        markCaptionsBeside(i, 1, title);
      }
    }
  }

  /**
   * Marks the nearest non-blank line in direction {@code step} from the credit, and its copies right after it, as
   * captions when they are short. A line ending a sentence counts only when it is repeated (scrapers copy the
   * caption into the alt text), so a lone lead sentence next to a photo stays; a line separated from the credit by a
   * blank line counts only when it has at most fifteen words. The headline is never a caption.
   */
  private void markCaptionsBeside(int credit, int step, int title) {
    int j = nextNonBlank(credit, step);
    if (j < 0) {
      return;
    }
    boolean tight = Math.abs(j - credit) == 1;
    List<Integer> group = new ArrayList<>(List.of(j));
    String key = lines.get(j).key();
    for (int k = nextNonBlank(j, step); k >= 0 && !key.isEmpty() && lines.get(k).key().equals(key);
        k = nextNonBlank(k, step)) {
      group.add(k);
    }
    boolean repeated = group.size() > 1;
    for (int k : group) {
      Line l = lines.get(k);
      boolean shortEnough = tight || l.words() <= 15;
      if (marks[k] == null && k != title && Rules.CAPTION.matches(l)
          && (repeated || !l.endsSentence() && shortEnough)) {
        marks[k] = Rules.CAPTION.remove(l);
      }
    }
  }

  private int nextNonBlank(int from, int step) {
    for (int i = from + step; i >= 0 && i < lines.size(); i += step) {
      if (!lines.get(i).blank()) {
        return i;
      }
    }
    return -1;
  }

  /** The first line not removed whole, if it looks like a headline, else -1. */
  private int headlineIndex() {
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).blank() && !removedWhole(i)) {
        return keptPart(i).headlineLike() ? i : -1;
      }
    }
    return -1;
  }

  /** The line, or what follows its removed header. */
  private Line keptPart(int i) {
    Line l = lines.get(i);
    return marks[i] == null ? l : Line.of(text, i, marks[i].end(), l.end());
  }

  private boolean removedWhole(int i) {
    Line l = lines.get(i);
    return marks[i] != null && marks[i].start() <= l.contentStart() && marks[i].end() >= l.contentEnd();
  }

  private static Optional<Rule> first(List<Rule> rules, Line line) {
    return rules.stream().filter(r -> r.matches(line)).findFirst();
  }

  /** A zone rule that claimed a line, kept until the zone is known to end. */
  private record Finding(int line, Rule rule) {}
}
