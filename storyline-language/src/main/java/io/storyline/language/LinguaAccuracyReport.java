package io.storyline.language;

import com.github.pemistahl.lingua.api.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lingua's published accuracy per language ({@code accuracy-reports/aggregated-accuracy-values.csv}
 * in Lingua's repository), found next to a test-data folder such as
 * {@code lingua-langid/language-testdata/sentences}.
 *
 * @param source     what the figures are, for the report
 * @param byLanguage accuracy in percent by ISO 639-1 code
 */
record LinguaAccuracyReport(String source, Map<String, Double> byLanguage) {
  static final String FILE = "accuracy-reports/aggregated-accuracy-values.csv";

  private static final int LEVELS_UP = 3;

  private static final Set<String> NAMES = Arrays.stream(Language.values()).map(Enum::name).collect(Collectors.toSet());

  /** The figures for {@code dataFolder}'s kind of item in {@code mode}, if a report is found above the folder. */
  static Optional<LinguaAccuracyReport> find(Path dataFolder, AccuracyMode mode) throws IOException {
    Path dir = dataFolder.toAbsolutePath().normalize();
    for (int i = 0; i < LEVELS_UP && dir != null; i++, dir = dir.getParent()) {
      Path csv = dir.resolve(FILE);
      if (Files.isRegularFile(csv)) {
        String column = dataFolder.getFileName() + "-lingua-" + mode;
        return read(csv, column).map(values -> new LinguaAccuracyReport(
            "Lingua 1.2's published accuracy with all 75 languages, " + mode + " accuracy mode (" + FILE + ", column "
                + column + "); a smaller language set has fewer confusable languages", values));
      }
    }
    return Optional.empty();
  }

  private static Optional<Map<String, Double>> read(Path csv, String column) throws IOException {
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    int index = List.of(lines.get(0).split(",")).indexOf(column);
    if (index < 0) {
      return Optional.empty();
    }
    Map<String, Double> values = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      String name = cells[0].strip().toUpperCase(Locale.ROOT);
      if (cells.length > index && NAMES.contains(name) && !cells[index].equals("NaN")) {
        values.put(LanguageSet.code(Language.valueOf(name)), Double.parseDouble(cells[index]));
      }
    }
    return Optional.of(Map.copyOf(values));
  }
}
