package io.storyline.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storyline.core.LanguageGuess;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageIdentifierTest {
  /** The configuration Storyline runs by default; Lingua keeps its models once per JVM. */
  private static final LanguageIdentifier DEFAULT = new LanguageIdentifier(LanguageSet.parse("default"), AccuracyMode.DEFAULT);

  @ParameterizedTest(name = "a news sentence in {0} is identified as {0}")
  @CsvSource(delimiter = '|', textBlock = """
      pl | Rząd zapowiedział w poniedziałek, że od przyszłego roku wzrośnie płaca minimalna, a samorządy dostaną więcej pieniędzy na budowę żłobków.
      uk | У понеділок уряд повідомив, що з наступного року зросте мінімальна заробітна плата, а громади отримають більше коштів на будівництво дитячих садків.
      ru | В понедельник правительство сообщило, что со следующего года вырастет минимальная зарплата, а регионы получат больше денег на строительство детских садов.
      it | Il governo ha annunciato lunedì che dal prossimo anno aumenterà il salario minimo e che i comuni riceveranno più fondi per costruire nuovi asili nido.
      hu | A kormány hétfőn bejelentette, hogy jövőre emelkedik a minimálbér, az önkormányzatok pedig több pénzt kapnak új bölcsődék építésére.
      nl | De regering heeft maandag aangekondigd dat het minimumloon volgend jaar stijgt en dat gemeenten meer geld krijgen voor de bouw van kinderopvang.
      en | The government announced on Monday that the minimum wage will rise next year and that local councils will receive more money to build nurseries.
      de | Die Regierung hat am Montag angekündigt, dass der Mindestlohn im kommenden Jahr steigt und die Gemeinden mehr Geld für den Bau von Kindergärten erhalten.
      cs | Vláda v pondělí oznámila, že od příštího roku vzroste minimální mzda a obce dostanou více peněz na stavbu nových mateřských škol.
      sk | Vláda v pondelok oznámila, že od budúceho roka sa zvýši minimálna mzda a obce dostanú viac peňazí na výstavbu nových materských škôl.
      es | El Gobierno anunció el lunes que el salario mínimo subirá el próximo año y que los ayuntamientos recibirán más dinero para construir guarderías.
      fr | Le gouvernement a annoncé lundi que le salaire minimum augmentera l'année prochaine et que les communes recevront davantage de fonds pour les crèches.
      pt | O governo anunciou na segunda-feira que o salário mínimo vai aumentar no próximo ano e que os municípios vão receber mais dinheiro para creches.
      bg | Правителството обяви в понеделник, че от следващата година минималната заплата ще се увеличи, а общините ще получат повече пари за детски градини.
      sv | Regeringen meddelade på måndagen att minimilönen ska höjas nästa år och att kommunerna får mer pengar för att bygga fler förskolor.
      el | Η κυβέρνηση ανακοίνωσε τη Δευτέρα ότι ο κατώτατος μισθός θα αυξηθεί από το επόμενο έτος και οι δήμοι θα λάβουν περισσότερα χρήματα.
      tr | Hükümet pazartesi günü asgari ücretin gelecek yıl artacağını ve belediyelerin kreş yapımı için daha fazla para alacağını açıkladı.
      """)
  void identifiesANewsSentence(String code, String text) {
    LanguageGuess guess = DEFAULT.detect(text);
    assertThat(guess.code()).isEqualTo(code);
    assertThat(guess.confidence()).isBetween(0.0, 1.0).isPositive();
    assertThat(guess.stage()).isEqualTo(LanguageIdentifier.SOURCE);
  }

  private static final String POLISH = "Rząd zapowiedział w poniedziałek, że od przyszłego roku wzrośnie płaca minimalna, "
      + "a samorządy dostaną więcej pieniędzy na budowę żłobków i przedszkoli w mniejszych miejscowościach. ";

  @Test
  void aLongTextInOneLanguageThroughoutHasFullConfidence() {
    LanguageGuess guess = DEFAULT.detect(POLISH.repeat(6));
    assertThat(guess.code()).isEqualTo("pl");
    assertThat(guess.confidence()).isEqualTo(1.0);
  }

  @Test
  void aLongTextInALanguageWithACloseNeighbourHasLowerConfidence() {
    String croatian = "Vlada je u ponedjeljak najavila da će minimalna plaća od iduće godine porasti, a općine će dobiti "
        + "više novca za izgradnju dječjih vrtića u manjim mjestima. ";
    LanguageGuess guess = DEFAULT.detect(croatian.repeat(6));
    assertThat(guess.code()).isEqualTo("hr");
    assertThat(guess.confidence()).isPositive().isLessThan(0.75);
  }

  @ParameterizedTest(name = "''{0}'' is undetermined with confidence 0")
  @ValueSource(strings = {"", "   ", "\n \t\n", "12:30 — 14.05.2024", "*** ### ---"})
  void textWithoutLettersIsUndetermined(String text) {
    assertThat(DEFAULT.detect(text)).isEqualTo(new LanguageGuess(LanguageGuess.UNDETERMINED, 0.0, LanguageIdentifier.SOURCE));
  }

  @Test
  void aScriptWithOneLanguageInTheSetGivesFullConfidence() {
    assertThat(DEFAULT.detect("Η κυβέρνηση ανακοίνωσε νέα μέτρα.").confidence()).isEqualTo(1.0);
  }

  @Test
  void aVeryLongTextIsDetectedOnItsSample() {
    String paragraph = "De regering heeft maandag aangekondigd dat het minimumloon volgend jaar stijgt en dat gemeenten "
        + "meer geld krijgen voor de bouw van kinderopvang.\n";
    assertThat(DEFAULT.detect(paragraph.repeat(2000)).code()).isEqualTo("nl");
  }

  @Test
  void oneIdentifierServesSeveralThreadsAtOnce() throws Exception {
    List<String> texts = List.of(
        "Rząd zapowiedział w poniedziałek, że od przyszłego roku wzrośnie płaca minimalna.",
        "У понеділок уряд повідомив, що з наступного року зросте мінімальна заробітна плата.",
        "A kormány hétfőn bejelentette, hogy jövőre emelkedik a minimálbér.",
        "De regering heeft maandag aangekondigd dat het minimumloon volgend jaar stijgt.");
    List<String> expected = texts.stream().map(t -> DEFAULT.detect(t).code()).toList();
    try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
      List<Future<List<String>>> runs = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        runs.add(pool.submit(() -> texts.stream().map(t -> DEFAULT.detect(t).code()).toList()));
      }
      for (Future<List<String>> run : runs) {
        assertThat(run.get()).isEqualTo(expected).containsExactly("pl", "uk", "hu", "nl");
      }
    }
  }

  @Test
  void highAccuracyModeResolvesAShortPhrase() {
    LanguageIdentifier high = new LanguageIdentifier(LanguageSet.parse("nl,de,en"), AccuracyMode.HIGH);
    assertThat(high.detect("vorig jaar").code()).isEqualTo("nl");
    assertThat(high.mode()).isEqualTo(AccuracyMode.HIGH);
  }

  @Test
  void theModeCanBeGivenAsText() {
    LanguageIdentifier identifier = LanguageIdentifier.create(LanguageSet.parse("pl,cs"), "LOW");
    assertThat(identifier.mode()).isEqualTo(AccuracyMode.LOW);
    assertThat(identifier.languages().codes()).containsExactly("cs", "pl");
    assertThatThrownBy(() -> LanguageIdentifier.create(LanguageSet.parse("pl"), "best")).hasMessageContaining("'best'");
  }

  @Test
  void theMinimumRelativeDistanceMustBeBelowOne() {
    assertThatThrownBy(() -> new LanguageIdentifier(LanguageSet.parse("pl"), AccuracyMode.LOW, 1.0))
        .hasMessageContaining("[0, 1)");
  }
}
