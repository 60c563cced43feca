package io.storyline.sentence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.storyline.clean.CleanStage;
import io.storyline.core.Article;
import io.storyline.core.LanguageGuess;
import io.storyline.core.Layers;
import io.storyline.core.Pipeline;
import io.storyline.core.RemovedSpan;
import io.storyline.core.TextSpan;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SentenceStageTest {
  private static final SentenceStage STAGE = new SentenceStage();
  /** Generous for a shared machine (linear work takes a second or two) yet far below any quadratic blow-up. */
  private static final Duration LIMIT = Duration.ofSeconds(60);

  private static Article article(String language, String text, List<RemovedSpan> removed) {
    return Article.of(null, "test", null, null, text, Map.of())
        .with(Layers.REMOVED, removed)
        .with(Layers.LANGUAGE, new LanguageGuess(language, 1.0, "given"));
  }

  private static List<String> sentences(String language, String text) {
    Article split = STAGE.apply(article(language, text, List.of()));
    return split.expect(Layers.SENTENCES).stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void declaresItsNameAndLayersSoThePipelineRunsItAfterCleanupAndLanguage() {
    assertThat(STAGE.name()).isEqualTo("sentences");
    assertThat(STAGE.requires()).containsExactlyInAnyOrder(Layers.REMOVED, Layers.LANGUAGE);
    assertThat(STAGE.provides()).containsExactly(Layers.SENTENCES);
    assertThatThrownBy(() -> Pipeline.builder().add(new CleanStage()).add(STAGE).build())
        .hasMessageContaining("requires layer 'language'");
  }

  /** Each case: language, text, and its expected sentences separated by " // ". */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      pl | Rutte spotkał się m.in. Ishibą i Nakatanim. | Rutte spotkał się m.in. Ishibą i Nakatanim.
      pl | Wymieniono kraje regionu, np. Japonię i Koreę. | Wymieniono kraje regionu, np. Japonię i Koreę.
      pl | Przemawiał gen. Nakatani, a potem prof. Kowalski. | Przemawiał gen. Nakatani, a potem prof. Kowalski.
      pl | W 1999 r. Polska wstąpiła do NATO. | W 1999 r. Polska wstąpiła do NATO.
      pl | J. Stoltenberg przyjechał do Tokio. | J. Stoltenberg przyjechał do Tokio.
      uk | Обговорили кібербезпеку, космос і т.д. та інші теми. | Обговорили кібербезпеку, космос і т.д. та інші теми.
      uk | Обговорили кібербезпеку, космос т. д. та інші теми. | Обговорили кібербезпеку, космос т. д. та інші теми.
      uk | Офіс відкриють на вул. Хрещатик у Києві. | Офіс відкриють на вул. Хрещатик у Києві.
      uk | Виступив Й. Столтенберг у Токіо. | Виступив Й. Столтенберг у Токіо.
      ru | Об этом сообщил проф. Иванов в Токио. | Об этом сообщил проф. Иванов в Токио.
      it | Sono arrivati il sig. Rossi e il prof. Bianchi. | Sono arrivati il sig. Rossi e il prof. Bianchi.
      hu | Dr. Kovács szerint a NATO erős. | Dr. Kovács szerint a NATO erős.
      nl | Volgens dhr. Jansen is de NAVO sterk. | Volgens dhr. Jansen is de NAVO sterk.
      en | Mr. Rutte met Gen. Nakatani in Tokyo. | Mr. Rutte met Gen. Nakatani in Tokyo.
      de | Am 3. Oktober traf Prof. Müller z.B. Dr. Weber. | Am 3. Oktober traf Prof. Müller z.B. Dr. Weber.
      fr | Selon M. Macron, l'Otan doit rester unie. | Selon M. Macron, l'Otan doit rester unie.
      es | El Sr. Sánchez viajó a Tokio. | El Sr. Sánchez viajó a Tokio.
      cs | Podle prof. Nováka je NATO silné. | Podle prof. Nováka je NATO silné.
      """)
  void doesNotSplitAfterAnAbbreviationOrAnInitial(String language, String text, String expected) {
    assertThat(sentences(language, text)).containsExactly(expected.split(" // "));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      pl | Rutte przyjechał do Tokio. Spotkał się z premierem. | Rutte przyjechał do Tokio. // Spotkał się z premierem.
      pl | Umowę podpisano w maju 2023 r. Rząd ją przyjął. | Umowę podpisano w maju 2023 r. // Rząd ją przyjął.
      pl | Przyszedł Piotr. Potem wyszedł. | Przyszedł Piotr. // Potem wyszedł.
      uk | Обговорили кібербезпеку, космос і т.д. Наступного дня делегація поїхала. | Обговорили кібербезпеку, космос і т.д. // Наступного дня делегація поїхала.
      ru | Об этом сообщил проф. Иванов. Япония согласна. | Об этом сообщил проф. Иванов. // Япония согласна.
      it | Rutte è arrivato a Tokyo. Ha incontrato Ishiba! | Rutte è arrivato a Tokyo. // Ha incontrato Ishiba!
      hu | Dr. Kovács szerint a NATO erős. Japán egyetért. | Dr. Kovács szerint a NATO erős. // Japán egyetért.
      nl | Volgens dhr. Jansen is de NAVO sterk. Japan is het eens. | Volgens dhr. Jansen is de NAVO sterk. // Japan is het eens.
      en | The talks lasted an hour. Did they agree? Yes. | The talks lasted an hour. // Did they agree? // Yes.
      de | Die Nato ist stark. Japan stimmt zu. | Die Nato ist stark. // Japan stimmt zu.
      fr | Selon M. Macron, l'Otan doit rester unie. Le Japon approuve. | Selon M. Macron, l'Otan doit rester unie. // Le Japon approuve.
      es | El Sr. Sánchez viajó a Tokio. La OTAN aplaudió. | El Sr. Sánchez viajó a Tokio. // La OTAN aplaudió.
      cs | Podle prof. Nováka je NATO silné. Japonsko souhlasí. | Podle prof. Nováka je NATO silné. // Japonsko souhlasí.
      """)
  void stillSplitsAtARealSentenceEnd(String language, String text, String expected) {
    assertThat(sentences(language, text)).containsExactly(expected.split(" // "));
  }

  @Test
  void treatsLineBreaksAsSentenceBoundaries() {
    assertThat(sentences("en", "NATO and Japan\nagreed on Tuesday\r\nto deepen ties"))
        .containsExactly("NATO and Japan", "agreed on Tuesday", "to deepen ties");
  }

  @Test
  void givesOffsetsIntoTheOriginalTextOfTrimmedNonEmptySentences() {
    String text = "\u00a0 Reklama\n\n  Rutte przyjechał do Tokio.   Spotkał się z premierem.  \n\u00a0\n";
    Article split = STAGE.apply(new CleanStage().apply(Article.of(null, "t", null, null, text, Map.of()))
        .with(Layers.LANGUAGE, new LanguageGuess("pl", 0.9, "test")));

    assertThat(split.expect(Layers.SENTENCES)).containsExactly(
        new TextSpan(text.indexOf("Rutte"), text.indexOf("Tokio.") + 6, "sentences"),
        new TextSpan(text.indexOf("Spotkał"), text.indexOf("premierem.") + 10, "sentences"));
  }

  @Test
  void neverPutsARemovedSpanInsideASentence() {
    String text = "Rutte przyjechał Reklama do Tokio i spotkał się z premierem.";
    int start = text.indexOf("Reklama");
    RemovedSpan ad = new RemovedSpan(start, start + "Reklama".length(), "ad-label", "test");

    List<TextSpan> sentences = STAGE.apply(article("pl", text, List.of(ad))).expect(Layers.SENTENCES);

    assertThat(sentences).extracting(s -> text.substring(s.start(), s.end()))
        .containsExactly("Rutte przyjechał", "do Tokio i spotkał się z premierem.");
  }

  @Test
  void keepsDebrisOutOfTheSentencesOfACleanedArticle() {
    CleanStage clean = new CleanStage();
    String text = String.join("\n", "Reklama", "Autor. Biura Premiera Japonii/X",
        "W dniach 8-9 kwietnia sekretarz generalny NATO przebywał m.in. w Tokio. Obie strony wykazały zainteresowanie.");
    Article split = STAGE.apply(clean.apply(Article.of(null, "t", null, null, text, Map.of()))
        .with(Layers.LANGUAGE, new LanguageGuess("pl", 0.9, "test")));

    List<TextSpan> sentences = split.expect(Layers.SENTENCES);
    assertThat(sentences).hasSize(2);
    for (TextSpan s : sentences) {
      assertThat(split.removed()).noneMatch(r -> r.start() < s.end() && r.end() > s.start());
    }
  }

  @Test
  void usesIcuRulesAndInitialsForALanguageWithoutAListAndForAnUndeterminedOne() {
    assertThat(sentences("pt", "J. Costa chegou. A NATO aplaudiu.")).containsExactly("J. Costa chegou.", "A NATO aplaudiu.");
    assertThat(sentences("und", "J. Stoltenberg came. NATO agreed.")).containsExactly("J. Stoltenberg came.", "NATO agreed.");
  }

  @Test
  void givesTheSameSentencesFromManyThreadsAtOnce() {
    String text = "Rutte spotkał się m.in. Ishibą. W 1999 r. Polska wstąpiła do NATO. J. Kowalski to potwierdził.";
    List<String> expected = sentences("pl", text);

    IntStream.range(0, 200).parallel().forEach(i -> assertThat(sentences("pl", text)).isEqualTo(expected));
  }

  @ParameterizedTest(name = "language {0}")
  @ValueSource(strings = {"pl", "uk", "de", "und", "xx", "pt"})
  void neverThrowsOnRandomInputAndKeepsSentencesInsideKeptText(String language) {
    Random random = new Random(language.hashCode());
    for (int i = 0; i < 200; i++) {
      String text = randomText(random, random.nextInt(2000));
      List<RemovedSpan> removed = randomSpans(random, text.length());

      List<TextSpan> sentences = STAGE.apply(article(language, text, removed)).expect(Layers.SENTENCES);

      int previousEnd = 0;
      for (TextSpan s : sentences) {
        assertThat(s.start()).isGreaterThanOrEqualTo(previousEnd);
        assertThat(s.end()).isGreaterThan(s.start()).isLessThanOrEqualTo(text.length());
        assertThat(text.substring(s.start(), s.end())).doesNotContain("\n", "\r");
        assertThat(removed).noneMatch(r -> r.start() < s.end() && r.end() > s.start());
        previousEnd = s.end();
      }
    }
  }

  @Test
  void splitsAMegabyteInBoundedTime() {
    String text = randomText(new Random(7), 1 << 20);

    List<TextSpan> sentences = assertTimeoutPreemptively(LIMIT,
        () -> STAGE.apply(article("pl", text, List.of())).expect(Layers.SENTENCES));

    assertThat(sentences).isNotEmpty();
  }

  @Test
  void requiresTheLanguageLayer() {
    Article noLanguage = Article.of(null, "t", null, null, "Text.", Map.of()).with(Layers.REMOVED, List.of());

    assertThatThrownBy(() -> STAGE.apply(noLanguage)).hasMessageContaining("'language'");
  }

  @Test
  void loadsAnAbbreviationListForEveryRequiredLanguage() {
    for (String language : Arrays.asList("pl", "uk", "ru", "it", "hu", "nl", "en", "de", "fr", "es", "cs")) {
      Abbreviations list = Abbreviations.load("abbreviations/" + language + ".txt");
      assertThat(list.inner()).as(language).isNotEmpty();
      assertThat(list.ending()).as(language).isNotEmpty();
    }
  }

  private static String randomText(Random random, int length) {
    String[] pieces = {"m.in. ", "np. ", "т.д. ", "J. ", "r. ", "Ab. ", ". ", "? ", "\n", "\r\n", " ", "„", "\u00a0"};
    StringBuilder b = new StringBuilder();
    while (b.length() < length) {
      switch (random.nextInt(3)) {
        case 0 -> b.append(pieces[random.nextInt(pieces.length)]);
        case 1 -> b.append((char) random.nextInt(0x10000));
        default -> b.append("Słowo".substring(0, 1 + random.nextInt(5)));
      }
    }
    return b.toString();
  }

  private static List<RemovedSpan> randomSpans(Random random, int length) {
    if (length == 0) {
      return List.of();
    }
    int[] cuts = random.ints(2 * random.nextInt(4), 0, length + 1).sorted().toArray();
    return IntStream.range(0, cuts.length / 2)
        .mapToObj(i -> new RemovedSpan(cuts[2 * i], cuts[2 * i + 1], "random", "test"))
        .filter(s -> s.end() > s.start())
        .toList();
  }
}
