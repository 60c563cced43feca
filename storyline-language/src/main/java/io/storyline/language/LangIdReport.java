package io.storyline.language;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The result of a {@link LangIdEvaluation}: accuracy per language, the averages, the time taken, and
 * the published figures of the dataset's own report for comparison.
 *
 * @param dataset          the evaluated folder's name, e.g. {@code sentences}
 * @param languageSet      the name of the identifier's language set
 * @param languageCount    how many languages the identifier chose from
 * @param mode             the identifier's accuracy mode
 * @param rows             one row per evaluated language, by code
 * @param notInSet         codes of the files skipped because their language is not in the set
 * @param notSupported     codes of the files skipped because Lingua has no model for their language
 * @param elapsed          time spent detecting (models were loaded before)
 * @param anchorSource     where the anchor figures come from, empty when the dataset has no report
 */
public record LangIdReport(
    String dataset,
    String languageSet,
    int languageCount,
    AccuracyMode mode,
    List<Row> rows,
    List<String> notInSet,
    List<String> notSupported,
    Duration elapsed,
    Optional<String> anchorSource) {

  public LangIdReport {
    rows = List.copyOf(rows);
    notInSet = List.copyOf(notInSet);
    notSupported = List.copyOf(notSupported);
  }

  /**
   * One language's result.
   *
   * @param code         ISO 639-1 code of the file's language
   * @param count        items (non-blank lines) evaluated
   * @param correct      items identified as {@code code}
   * @param undetermined items answered with {@code und}
   * @param anchor       the dataset report's accuracy for this language in percent, if it has one
   */
  public record Row(String code, int count, int correct, int undetermined, OptionalDouble anchor) {
    /** Correct items in percent; {@code und} counts as wrong. */
    public double accuracy() {
      return count == 0 ? 0.0 : 100.0 * correct / count;
    }
  }

  /** Evaluated items over all languages. */
  public int items() {
    return rows.stream().mapToInt(Row::count).sum();
  }

  /** The mean of the per-language accuracies, in percent. */
  public double macroAccuracy() {
    return rows.stream().mapToDouble(Row::accuracy).average().orElse(0.0);
  }

  /** Correct items over all items, in percent. */
  public double microAccuracy() {
    int items = items();
    return items == 0 ? 0.0 : 100.0 * rows.stream().mapToInt(Row::correct).sum() / items;
  }

  /** The mean of the anchor figures of the languages that have one, in percent. */
  public OptionalDouble anchorMacroAccuracy() {
    return rows.stream().map(Row::anchor).filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble).average();
  }

  /** The report as an aligned plain-text table. */
  public String render() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "Language identification: %s, language set %s (%d languages), %s accuracy mode%n%n",
        dataset, languageSet, languageCount, mode));
    out.append(String.format(Locale.ROOT, "%-5s %7s %8s %9s %6s %8s %7s%n", "lang", "items", "correct", "accuracy", "und", "anchor", "diff"));
    for (Row r : rows) {
      out.append(String.format(Locale.ROOT, "%-5s %7d %8d %8.1f%% %6d %s%n",
          r.code(), r.count(), r.correct(), r.accuracy(), r.undetermined(), anchorColumns(r.accuracy(), r.anchor())));
    }
    out.append(String.format(Locale.ROOT, "%-5s %7d %8s %8.1f%% %6s %s%n",
        "macro", items(), "", macroAccuracy(), "", anchorColumns(macroAccuracy(), anchorMacroAccuracy())));
    out.append(String.format(Locale.ROOT, "%-5s %7d %8d %8.1f%%%n", "micro", items(),
        rows.stream().mapToInt(Row::correct).sum(), microAccuracy()));
    out.append(String.format(Locale.ROOT, "%ntime %.1f s (%.2f ms per item)%n", elapsed.toMillis() / 1000.0,
        items() == 0 ? 0.0 : elapsed.toNanos() / 1e6 / items()));
    if (!notInSet.isEmpty()) {
      out.append("skipped, not in the language set: ").append(String.join(", ", notInSet)).append('\n');
    }
    if (!notSupported.isEmpty()) {
      out.append("skipped, no Lingua model: ").append(String.join(", ", notSupported)).append('\n');
    }
    out.append(anchorSource.map(s -> "anchor: " + s).orElse("anchor: none (no accuracy report found next to the data)")).append('\n');
    return out.toString();
  }

  private static String anchorColumns(double accuracy, OptionalDouble anchor) {
    return anchor.isPresent()
        ? String.format(Locale.ROOT, "%7.1f%% %+7.1f", anchor.getAsDouble(), accuracy - anchor.getAsDouble())
        : String.format(Locale.ROOT, "%8s %7s", "-", "-");
  }
}
