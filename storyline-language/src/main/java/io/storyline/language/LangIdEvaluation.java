package io.storyline.language;

import io.storyline.core.LanguageGuess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Measures a {@link LanguageIdentifier} on Lingua's test data: a folder of {@code <iso639-1>.txt}
 * files with one item (sentence, word pair or word) per line, such as
 * {@code lingua-langid/language-testdata/sentences}.
 *
 * <p>Only files whose language is in the identifier's set are evaluated; the others are listed as
 * skipped. When Lingua's accuracy report lies next to the data, its figures are the anchor.
 */
public final class LangIdEvaluation {
  private static final Pattern FILE_NAME = Pattern.compile("([a-z]{2})\\.txt");

  private final LanguageIdentifier identifier;

  public LangIdEvaluation(LanguageIdentifier identifier) {
    this.identifier = Objects.requireNonNull(identifier, "identifier");
  }

  /** Runs the identifier on every non-blank line of every file in {@code folder} whose language is in the set. */
  public LangIdReport evaluate(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("not a folder: " + folder
          + " (expected a folder of <iso639-1>.txt files, e.g. lingua-langid/language-testdata/sentences)");
    }
    List<String> codes = codesIn(folder);
    if (codes.isEmpty()) {
      throw new IllegalArgumentException("no <iso639-1>.txt files in " + folder);
    }
    Optional<LinguaAccuracyReport> published = LinguaAccuracyReport.find(folder, identifier.mode());
    Map<String, Double> anchors = published.map(LinguaAccuracyReport::byLanguage).orElse(Map.of());

    List<LangIdReport.Row> rows = new ArrayList<>();
    List<String> notInSet = new ArrayList<>();
    List<String> notSupported = new ArrayList<>();
    long nanos = 0;
    for (String code : codes) {
      if (!LanguageSet.isSupported(code)) {
        notSupported.add(code);
      } else if (!identifier.languages().contains(code)) {
        notInSet.add(code);
      } else {
        List<String> items = items(folder.resolve(code + ".txt"));
        long start = System.nanoTime();
        rows.add(score(code, items, anchors.containsKey(code) ? OptionalDouble.of(anchors.get(code)) : OptionalDouble.empty()));
        nanos += System.nanoTime() - start;
      }
    }
    return new LangIdReport(folder.getFileName().toString(), identifier.languages().name(), identifier.languages().size(),
        identifier.mode(), rows, notInSet, notSupported, Duration.ofNanos(nanos),
        published.map(LinguaAccuracyReport::source));
  }

  private LangIdReport.Row score(String code, List<String> items, OptionalDouble anchor) {
    int correct = 0;
    int undetermined = 0;
    for (String item : items) {
      LanguageGuess guess = identifier.detect(item);
      if (guess.code().equals(code)) {
        correct++;
      } else if (!guess.isDetermined()) {
        undetermined++;
      }
    }
    return new LangIdReport.Row(code, items.size(), correct, undetermined, anchor);
  }

  private static List<String> codesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> FILE_NAME.matcher(p.getFileName().toString()))
          .filter(Matcher::matches)
          .map(m -> m.group(1))
          .sorted()
          .toList();
    }
  }

  private static List<String> items(Path file) throws IOException {
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return lines.map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
  }
}
