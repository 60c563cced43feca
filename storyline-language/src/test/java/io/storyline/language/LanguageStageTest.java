package io.storyline.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.core.Article;
import io.storyline.core.LanguageGuess;
import io.storyline.core.Layers;
import io.storyline.core.Outcome;
import io.storyline.core.Pipeline;
import io.storyline.core.RemovedSpan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageStageTest {
  private static final LanguageStage STAGE =
      new LanguageStage(new LanguageIdentifier(LanguageSet.parse("default"), AccuracyMode.DEFAULT));

  private static final Path EXAMPLES = Path.of(System.getProperty("storyline.repo", ".."), "examples");

  @ParameterizedTest(name = "example {0} is detected as {1}")
  @CsvSource({"000, pl", "001, uk", "002, it", "003, hu", "004, nl"})
  void theExampleArticlesAreDetectedCorrectly(String number, String code) throws IOException {
    Path file;
    try (var files = Files.list(EXAMPLES)) {
      file = files.filter(p -> p.getFileName().toString().startsWith(number + "_")).findFirst().orElseThrow();
    }
    LanguageGuess guess = language(article(Files.readString(file), Map.of()));
    assertThat(guess.code()).isEqualTo(code);
    assertThat(guess.stage()).isEqualTo(LanguageIdentifier.SOURCE);
  }

  @Test
  void aUkrainianArticleWithALoneRuLineAndATelegramPromoStaysUkrainian() {
    String text = """
        RU
        UA

        Уряд схвалив програму відновлення енергетичної інфраструктури

        Кабінет міністрів у вівторок ухвалив програму відновлення енергетичної інфраструктури, пошкодженої \
        внаслідок російських атак. На ремонт підстанцій і теплоелектроцентралей спрямують понад двадцять мільярдів гривень.
        За словами прем'єр-міністра, перші роботи розпочнуться вже цього місяця в Харківській і Дніпропетровській областях.
        Subscribe to our Telegram channel: t.me/energy_news_ua
        Telegram | Viber | Facebook
        """;
    assertThat(language(article(text, Map.of())).code()).isEqualTo("uk");
  }

  @Test
  void aPolishArticleWithEnglishQuotesStaysPolish() {
    String text = """
        Ambasador USA: współpraca wojskowa z Polską będzie się rozwijać

        Ambasador Stanów Zjednoczonych w Warszawie zapowiedział w czwartek dalsze zacieśnianie współpracy \
        wojskowej z Polską. Jak podkreślił, amerykańscy żołnierze pozostaną w naszym kraju tak długo, jak będzie to potrzebne.
        "We are fully committed to the security of Poland and of the whole eastern flank," said the ambassador.
        Dyplomata dodał, że w przyszłym roku do Polski trafią kolejne zestawy obrony powietrznej, \
        a wspólne ćwiczenia obu armii odbędą się na poligonach w Drawsku Pomorskim i w Orzyszu.
        "This is not a temporary presence," he added.
        """;
    assertThat(language(article(text, Map.of())).code()).isEqualTo("pl");
  }

  @Test
  void aDutchArticleWhoseOnlyShortLineIsVorigJaarStaysDutch() {
    String text = """
        Kabinet trekt extra geld uit voor dijkversterking

        Het kabinet trekt de komende vier jaar achthonderd miljoen euro extra uit voor het versterken van dijken \
        langs de grote rivieren. Dat heeft de minister van Infrastructuur en Waterstaat dinsdag bekendgemaakt.
        vorig jaar
        Volgens de waterschappen is de versterking hard nodig, omdat de rivieren steeds vaker hoog staan.
        """;
    assertThat(language(article(text, Map.of())).code()).isEqualTo("nl");
  }

  @Test
  void debrisMarkedByTheCleanupIsNotLookedAt() {
    String banner = "We use cookies to improve your experience on our website and to show you personalised advertising.\n";
    String prose = "Il ministro della Difesa ha invitato i colleghi europei a intensificare gli sforzi coordinati.\n";
    Article a = article(banner.repeat(3) + prose, Map.of())
        .with(Layers.REMOVED, List.of(new RemovedSpan(0, banner.length() * 3, "cookie-banner", "clean:test")));
    assertThat(language(a).code()).isEqualTo("it");
  }

  @ParameterizedTest(name = "empty or blank text ''{0}'' is und with confidence 0")
  @ValueSource(strings = {"", " ", "\n\n\t \n"})
  void emptyTextIsUndetermined(String text) {
    assertThat(language(article(text, Map.of())))
        .isEqualTo(new LanguageGuess(LanguageGuess.UNDETERMINED, 0.0, LanguageIdentifier.SOURCE));
  }

  @ParameterizedTest(name = "given lang ''{0}'' is taken as {1} with confidence 1")
  @CsvSource({"pl, pl", "PL, pl", "pl-PL, pl", "pt_BR, pt", " uk-UA , uk", "iw, he"})
  void aValidGivenLanguageIsUsedAsIs(String lang, String code) {
    Article a = article("The government announced on Monday that the minimum wage will rise next year.", Map.of("lang", lang));
    assertThat(language(a)).isEqualTo(new LanguageGuess(code, 1.0, LanguageStage.GIVEN));
  }

  @ParameterizedTest(name = "given lang ''{0}'' is not a language code, so the language is detected")
  @ValueSource(strings = {"xx", "english", "und", "--", ""})
  void anInvalidGivenLanguageIsIgnored(String lang) {
    Article a = article("The government announced on Monday that the minimum wage will rise next year and that "
        + "local councils will receive more money to build nurseries.", Map.of("lang", lang));
    assertThat(language(a).code()).isEqualTo("en");
    assertThat(language(a).stage()).isEqualTo(LanguageIdentifier.SOURCE);
  }

  @Test
  void theStageDeclaresItsLayersAndRunsInAPipeline() {
    assertThat(STAGE.name()).isEqualTo("language");
    assertThat(STAGE.requires()).containsExactly(Layers.REMOVED);
    assertThat(STAGE.provides()).containsExactly(Layers.LANGUAGE);
    Outcome outcome = Pipeline.builder().given(Layers.REMOVED).add(STAGE).build()
        .process(article("Vláda v pondělí oznámila, že od příštího roku vzroste minimální mzda a obce dostanou více peněz.", Map.of()));
    assertThat(outcome).isInstanceOfSatisfying(Outcome.Processed.class,
        p -> assertThat(p.article().expect(Layers.LANGUAGE).code()).isEqualTo("cs"));
  }

  private static Article article(String text, Map<String, String> meta) {
    return Article.of(null, "test", null, null, text, meta).with(Layers.REMOVED, List.of());
  }

  private static LanguageGuess language(Article article) {
    return STAGE.apply(article).expect(Layers.LANGUAGE);
  }
}
