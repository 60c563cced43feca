package io.storyline.clean.eval;

import io.storyline.clean.CleanStage;
import io.storyline.core.Article;
import io.storyline.core.RemovedSpan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * How often cleanup removes real prose: every line of a folder of {@code <code>.txt} files of
 * sentences (Lingua's test sentences) becomes a paragraph of a synthetic article of
 * {@value #PARAGRAPHS} paragraphs, and each paragraph the stage removes is a wrong removal.
 */
public final class ProseRetentionEvaluation {
  static final int PARAGRAPHS = 20;
  private static final int EXAMPLES = 25;

  private final CleanStage stage;

  public ProseRetentionEvaluation(CleanStage stage) {
    this.stage = stage;
  }

  /** Wrong removals in one language. */
  public record Row(String code, int paragraphs, int removed) {
    public double rate() {
      return paragraphs == 0 ? 0 : (double) removed / paragraphs;
    }
  }

  /** Rows per language, removals by reason, and some removed paragraphs to look at. */
  public record Report(List<Row> rows, Map<String, Integer> byReason, List<String> examples) {
    public int paragraphs() {
      return rows.stream().mapToInt(Row::paragraphs).sum();
    }

    public int removed() {
      return rows.stream().mapToInt(Row::removed).sum();
    }

    public double rate() {
      return paragraphs() == 0 ? 0 : (double) removed() / paragraphs();
    }

    /** An aligned table: languages with removals first, then the totals and examples. */
    public String render() {
      StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-6s %10s %8s %8s%n", "lang", "paragraphs", "removed", "rate"));
      rows.stream().filter(r -> r.removed() > 0).forEach(r -> b.append(String.format(Locale.ROOT, "%-6s %10d %8d %8.4f%n",
          r.code(), r.paragraphs(), r.removed(), r.rate())));
      b.append(String.format(Locale.ROOT, "%d languages, %d paragraphs of real prose, %d removed (%.4f); none removed in %d languages%n",
          rows.size(), paragraphs(), removed(), rate(), rows.stream().filter(r -> r.removed() == 0).count()));
      b.append("removed by reason: ").append(byReason).append('\n');
      examples.forEach(e -> b.append("  ").append(e).append('\n'));
      return b.toString();
    }
  }

  public Report evaluate(Path folder) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no <code>.txt files in " + folder);
    }
    List<Row> rows = new ArrayList<>();
    Map<String, Integer> byReason = new TreeMap<>();
    List<String> examples = new ArrayList<>();
    for (Path file : files) {
      String code = file.getFileName().toString().replace(".txt", "");
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
          .filter(l -> !l.isEmpty()).toList();
      int removed = 0;
      for (int from = 0; from < lines.size(); from += PARAGRAPHS) {
        List<String> paragraphs = lines.subList(from, Math.min(lines.size(), from + PARAGRAPHS));
        String text = String.join("\n\n", paragraphs);
        Article cleaned = stage.apply(Article.of(null, file.toString(), null, null, text, Map.of()));
        int at = 0;
        for (String paragraph : paragraphs) {
          int start = at;
          int end = at + paragraph.length();
          List<RemovedSpan> hits = cleaned.removed().stream().filter(r -> r.start() < end && r.end() > start).toList();
          if (!hits.isEmpty()) {
            removed++;
            hits.forEach(h -> byReason.merge(h.reason(), 1, Integer::sum));
            if (examples.size() < EXAMPLES) {
              examples.add(code + " " + hits.getFirst().stage() + ": " + paragraph);
            }
          }
          at = end + 2;
        }
      }
      rows.add(new Row(code, lines.size(), removed));
    }
    return new Report(rows, byReason, examples);
  }
}
