package io.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.core.Article;
import io.storyline.core.Layers;
import io.storyline.core.TextMask;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cleanup of the seed articles in {@code examples/} against the hand-written golden files in
 * {@code src/test/resources/golden/clean/}. {@link #printsTheFiguresOfTheQualityReport()} prints the figures of
 * {@code docs/quality-clean.md}.
 */
class SeedCleanupTest {
  private static final CleanStage STAGE = new CleanStage();

  static List<String> seeds() {
    return Seeds.names();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void removesEveryDebrisLineAndKeepsEveryParagraph(String seed) {
    List<String> expected = GoldenFormat.read(seed);
    List<String> actual = GoldenFormat.render(STAGE.apply(Seeds.article(seed)));

    assertThat(differences(expected, actual)).as("lines of %s that differ from its golden file", seed).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      000_820872be4248e9f9.txt | Japonia chce bliższej współpracy z NATO
      001_8716a52cedf7cab7.txt | НАТО планує відкрити офіс у Японії у зв'язку з китайською загрозою
      002_f1e8ce78a90227c4.txt | Giappone, i capi della difesa della NATO concordano di intensificare la cooperazione
      003_4aee72c28dc8d87e.txt |
      004_bcfb92fbb7ce6496.txt | Japan en NAVO halen banden aan in licht veiligheidsdreigingen
      """)
  void findsTheHeadlineLineOrNoneWhenTheArticleOpensWithAParagraph(String seed, String headline) {
    Article cleaned = STAGE.apply(Seeds.article(seed));

    assertThat(cleaned.get(Layers.TITLE).isPresent()).isEqualTo(headline != null);
    assertThat(cleaned.displayTitle()).isEqualTo(headline);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void cleaningTheCleanTextAgainFindsNothingMore(String seed) {
    Article cleaned = STAGE.apply(Seeds.article(seed));
    Article again = Article.of(null, "clean view", null, null, TextMask.clean(cleaned), Map.of());

    assertThat(GoldenFormat.render(STAGE.apply(again))).allMatch(entry -> entry.startsWith("KEEP "));
  }

  @Test
  void printsTheFiguresOfTheQualityReport() {
    List<Figures> rows = seeds().stream()
        .map(seed -> Figures.of(seed, GoldenFormat.read(seed), GoldenFormat.render(STAGE.apply(Seeds.article(seed)))))
        .toList();
    Figures total = rows.stream().reduce(Figures.ZERO, Figures::plus);

    StringBuilder table = new StringBuilder(
        "| seed | debris lines expected | lines removed | debris removed | debris missed | content lines wrongly removed "
            + "| reason differs |\n|---|---|---|---|---|---|---|\n");
    rows.forEach(r -> table.append(r.row()).append('\n'));
    table.append(total.row());
    System.out.println(table);

    assertThat(total.wronglyRemoved()).isZero();
  }

  private static List<String> differences(List<String> expected, List<String> actual) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
      String e = i < expected.size() ? expected.get(i) : "(no line)";
      String a = i < actual.size() ? actual.get(i) : "(no line)";
      if (!e.equals(a)) {
        out.add("non-blank line " + (i + 1) + ":\n  expected: " + e + "\n  actual:   " + a);
      }
    }
    return out;
  }

  /** Line counts of one seed (or a total), golden entries against actual ones. */
  private record Figures(String seed, int debris, int removed, int found, int missed, int wronglyRemoved,
      int reasonDiffers) {
    static final Figures ZERO = new Figures("total", 0, 0, 0, 0, 0, 0);

    static Figures of(String seed, List<String> expected, List<String> actual) {
      int debris = 0;
      int removed = 0;
      int found = 0;
      int missed = 0;
      int wrong = 0;
      int reason = 0;
      for (int i = 0; i < expected.size(); i++) {
        boolean isDebris = !expected.get(i).startsWith("KEEP ");
        boolean isRemoved = i < actual.size() && !actual.get(i).startsWith("KEEP ");
        debris += isDebris ? 1 : 0;
        removed += isRemoved ? 1 : 0;
        found += isDebris && isRemoved ? 1 : 0;
        missed += isDebris && !isRemoved ? 1 : 0;
        wrong += !isDebris && isRemoved ? 1 : 0;
        reason += isDebris && isRemoved && !expected.get(i).equals(actual.get(i)) ? 1 : 0;
      }
      return new Figures(seed, debris, removed, found, missed, wrong, reason);
    }

    Figures plus(Figures o) {
      return new Figures(seed, debris + o.debris, removed + o.removed, found + o.found, missed + o.missed,
          wronglyRemoved + o.wronglyRemoved, reasonDiffers + o.reasonDiffers);
    }

    String row() {
      return "| %s | %d | %d | %d | %d | %d | %d |".formatted(seed, debris, removed, found, missed, wronglyRemoved,
          reasonDiffers);
    }
  }
}
