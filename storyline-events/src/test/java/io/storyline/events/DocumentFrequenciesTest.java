package io.storyline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentFrequenciesTest {

  /** 60 Slovene profiles that all write "lahko" and name Slovenia, among 600 profiles in nine other languages. */
  private static DocumentFrequencies corpus() {
    DocumentFrequencies df = new DocumentFrequencies();
    List<String> others = List.of("pl", "cs", "ru", "uk", "bg", "de", "en", "es", "it");
    for (int i = 0; i < 60; i++) {
      df.add(Synthetic.profile("sl" + i, "sl", "2024-07-10", "statement", List.of("loc-SI"), List.of("lahko", "t" + i)));
      for (String language : others) {
        df.add(Synthetic.profile(language + i, language, "2024-07-10", "statement", List.of("org-" + language + i),
            List.of("w" + language + i, i % 10 == 0 ? "rare" : "x" + language + i)));
      }
    }
    return df;
  }

  @Test
  void aWordEveryTextOfOneLanguageWritesIsCommonThoughFewTextsOfTheCorpusCarryIt() {
    DocumentFrequencies df = corpus();
    double functionWord = df.idf(DocumentFrequencies.termKey("lahko"));
    double rare = df.idf(DocumentFrequencies.termKey("rare"));
    assertThat(df.count(DocumentFrequencies.termKey("lahko"))).isEqualTo(60);
    assertThat(df.count(DocumentFrequencies.termKey("rare"))).isEqualTo(54);
    assertThat(functionWord).as("carried by every Slovene text").isLessThan(1.0).isLessThan(rare / 2);
    assertThat(df.idf(DocumentFrequencies.entityKey("loc-SI"))).as("the home country of a language's press")
        .isLessThan(1.0);
  }

  @Test
  void aLanguageWithFewTextsDoesNotYetSayWhatIsCommonInIt() {
    DocumentFrequencies df = new DocumentFrequencies();
    List<Profile> profiles = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      profiles.add(Synthetic.profile("sl" + i, "sl", "2024-07-10", "statement", List.of(), List.of("lahko")));
      for (int k = 0; k < 20; k++) {
        profiles.add(Synthetic.profile("pl" + i + "-" + k, "pl", "2024-07-10", "statement", List.of(), List.of("p" + k)));
      }
    }
    profiles.forEach(df::add);
    assertThat(df.idf(DocumentFrequencies.termKey("lahko")))
        .as("10 Slovene texts are too few to call a word common").isGreaterThan(2.5);
  }

  @Test
  void aKeyWrittenInManyLanguagesKeepsTheLanguageThatCarriesItMost() {
    DocumentFrequencies df = new DocumentFrequencies();
    for (int i = 0; i < 100; i++) {
      // "koron" in every Czech text, and now and then in four other languages between them
      df.add(Synthetic.profile("cs" + i, "cs", "2024-07-10", "statement", List.of(), List.of("koron")));
      String other = List.of("pl", "ru", "uk", "bg").get(i % 4);
      df.add(Synthetic.profile(other + i, other, "2024-07-10", "statement", List.of(),
          List.of(i % 5 == 0 ? "koron" : "x" + i)));
    }
    // 120 of 200 profiles carry it, but all 100 Czech ones, as if 200 did; the summary of two counters may
    // undercount the Czech share by the other languages' 20, never more
    double asCounted = Math.log(1 + 201.0 / (120 + 0.5));
    double asCzechShare = Math.log(1 + 201.0 / (200 - 20 + 0.5));
    assertThat(df.idf(DocumentFrequencies.termKey("koron"))).isLessThan(asCounted).isLessThanOrEqualTo(asCzechShare);
  }
}
