package io.storyline.entities.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.storyline.entities.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatisticalNamesTest {
  /** Hand-written Dutch sentences in the Europeana format (not from any corpus). */
  private static final String TINY_DUTCH = """
      Gisteren O
      zei O
      Jan B-PER
      Jansen I-PER
      dat O
      de O
      brug O
      in O
      Utrecht B-LOC
      dicht O
      blijft O
      . O
      Volgens O
      Jan B-PER
      Jansen I-PER
      is O
      het O
      weer O
      in O
      Utrecht B-LOC
      slecht O
      . O
      De O
      wethouder O
      Piet B-PER
      Bakker I-PER
      woont O
      in O
      Zwolle B-LOC
      . O
      Piet B-PER
      Bakker I-PER
      zei O
      dat O
      Zwolle B-LOC
      een O
      mooie O
      stad O
      is O
      . O
      In O
      Utrecht B-LOC
      sprak O
      Jan B-PER
      Jansen I-PER
      met O
      Piet B-PER
      Bakker I-PER
      over O
      de O
      markt O
      . O
      De O
      markt O
      in O
      Zwolle B-LOC
      is O
      op O
      zaterdag O
      open O
      . O
      """;

  private static TokenNameFinderModel tinyModel() throws IOException {
    List<NameSample> samples = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      samples.addAll(EuropeanaReader.read("tiny.bio", new BufferedReader(new StringReader(TINY_DUTCH))).samples());
    }
    return NameModelTrainer.train("nl", samples, "MAXENT", 50, 0, NameModelTrainer.features("storyline"));
  }

  @Test
  void aTinyModelTrainedOnHandWrittenDutchFindsANameInANewSentence() throws IOException {
    StatisticalNames names = StatisticalNames.of("tiny", Map.of("nl", tinyModel()));
    String text = "Vandaag zei Piet Bakker niets over het weer .";
    List<StatisticalNames.Name> found = names.find(text, "nl");
    assertThat(found).extracting(n -> text.substring(n.start(), n.end()), StatisticalNames.Name::type)
        .contains(tuple("Piet Bakker", EntityType.PERSON));
    assertThat(names.stage("nl")).isEqualTo("model:tiny-nl");
  }

  @Test
  void trainingTwiceOnTheSameDataGivesTheSameModelFile() throws IOException {
    assertThat(NameModelTrainer.serialise(tinyModel())).isEqualTo(NameModelTrainer.serialise(tinyModel()));
  }

  @ParameterizedTest(name = "{0}: {2} in \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "nl | Gisteren reisde de minister naar Amsterdam. | Amsterdam",
      "de | Der Kanzler reiste gestern nach Berlin. | Berlin",
      "fr | Le président est arrivé hier à Paris. | Paris"})
  void theShippedModelsLoadAndFindACapitalAsAPlace(String language, String text, String place) {
    List<StatisticalNames.Name> found = StatisticalNames.shipped().find(text, language);
    assertThat(found).extracting(n -> text.substring(n.start(), n.end()), StatisticalNames.Name::type)
        .contains(tuple(place, EntityType.LOCATION));
  }

  @Test
  void aLanguageWithoutAModelGetsNothing() {
    assertThat(StatisticalNames.shipped().supports("it")).isFalse();
    assertThat(StatisticalNames.shipped().find("Il ministro è andato a Roma.", "it")).isEmpty();
  }

  @Test
  void givesTheSameNamesWhenThreadsShareIt() throws Exception {
    StatisticalNames names = StatisticalNames.shipped();
    List<String> texts = List.of(
        "Der Kanzler reiste gestern nach Berlin und traf dort Angela Merkel.",
        "In Wien sprach der Minister mit Vertretern aus München und Hamburg.",
        "Die Delegation aus Paris kam über Köln nach Dresden.");
    List<List<StatisticalNames.Name>> expected = texts.stream().map(t -> names.find(t, "de")).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        int k = i % texts.size();
        results.add(pool.submit(() -> names.find(texts.get(k), "de").equals(expected.get(k))));
      }
      for (Future<Boolean> r : results) {
        assertThat(r.get()).isTrue();
      }
    } finally {
      pool.shutdown();
    }
  }
}
