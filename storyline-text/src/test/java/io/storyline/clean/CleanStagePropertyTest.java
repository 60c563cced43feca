package io.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.storyline.core.Article;
import io.storyline.core.Layers;
import io.storyline.core.RemovedSpan;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cleanup of random input: it never throws, and its spans are always well-formed and reproducible. */
class CleanStagePropertyTest {
  private static final CleanStage STAGE = new CleanStage();
  /** Generous for a shared machine (linear work takes a second or two) yet far below any quadratic blow-up. */
  private static final Duration LIMIT = Duration.ofSeconds(60);
  private static final List<String> PIECES = List.of("Reklama", "Фото: AP", "ТЕГИ: x", "Ctrl + Enter", "RU", "0",
      "  • ", "https://t.me/x ", "date 2024-07 ", "Czytaj także", "Автор.", ". ", "„", "”", "\u00a0", "\u200b",
      "Sekretarz generalny NATO przyjechał do Tokio na rozmowy o bezpieczeństwie. ", "\n", "\n\n", "\r\n", "\r");

  /** Random text mixing debris phrases, prose, line breaks and arbitrary UTF-16 units (lone surrogates included). */
  static String randomText(Random random, int length) {
    StringBuilder b = new StringBuilder(length + 100);
    while (b.length() < length) {
      switch (random.nextInt(4)) {
        case 0 -> b.append(PIECES.get(random.nextInt(PIECES.size())));
        case 1 -> b.append((char) random.nextInt(0x10000));
        case 2 -> b.append((char) random.nextInt(0x20));
        default -> b.appendCodePoint(random.nextInt(0x20, 0x2FFFF));
      }
    }
    return b.toString();
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void producesSortedNonOverlappingSpansInsideTheTextAndTheSameOnesTwice(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 50; i++) {
      String text = randomText(random, random.nextInt(3000));
      Article once = STAGE.apply(Article.of(null, "random", null, null, text, Map.of()));
      Article twice = STAGE.apply(once);

      assertWellFormed(text, once.removed());
      assertThat(twice.removed()).isEqualTo(once.removed());
      assertThat(twice.get(Layers.TITLE)).isEqualTo(once.get(Layers.TITLE));
      once.get(Layers.TITLE).ifPresent(t -> assertThat(t.end()).isLessThanOrEqualTo(text.length()));
    }
  }

  @Test
  void cleansAMegabyteOfRandomTextInBoundedTime() {
    String text = randomText(new Random(42), 1 << 20);

    List<RemovedSpan> removed = assertTimeoutPreemptively(LIMIT,
        () -> STAGE.apply(Article.of(null, "random", null, null, text, Map.of())).removed());

    assertWellFormed(text, removed);
  }

  @Test
  void cleansAMegabyteLongLineAndAMegabyteOfShortLinesInBoundedTime() {
    String longLine = "Sekretarz generalny NATO przyjechał do Tokio. ".repeat(23_000);
    String shortLines = "Reklama\n0\nFoto: AP\nKrótka linia\n\n".repeat(30_000);

    assertTimeoutPreemptively(LIMIT, () -> {
      assertWellFormed(longLine, STAGE.apply(Article.of(null, "long", null, null, longLine, Map.of())).removed());
      assertWellFormed(shortLines, STAGE.apply(Article.of(null, "short", null, null, shortLines, Map.of())).removed());
    });
  }

  @Test
  void handlesTheEmptyTextAndTextsOfOnlyLineBreaks() {
    for (String text : List.of("", "\n", "\r\n\r\n", " \u00a0 ", "\uD800", "\uDC00\n\uD800")) {
      Article cleaned = STAGE.apply(Article.of(null, "edge", null, null, text, Map.of()));
      assertWellFormed(text, cleaned.removed());
    }
  }

  private static void assertWellFormed(String text, List<RemovedSpan> spans) {
    int previousEnd = 0;
    for (RemovedSpan s : spans) {
      assertThat(s.start()).as("start of %s", s).isGreaterThanOrEqualTo(previousEnd);
      assertThat(s.end()).as("end of %s", s).isGreaterThan(s.start()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(s.start(), s.end())).as("line breaks inside %s", s).doesNotContain("\n", "\r");
      assertThat(s.stage()).startsWith("clean:");
      previousEnd = s.end();
    }
  }
}
