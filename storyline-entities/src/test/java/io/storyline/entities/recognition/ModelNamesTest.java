package io.storyline.entities.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.entities.EntityType;
import io.storyline.entities.Mention;
import io.storyline.entities.model.StatisticalNames;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelNamesTest {
  private static final StatisticalNames SHIPPED = StatisticalNames.byDefault();
  private final BaseForms baseForms = new BaseForms(Fixtures.LEMMATIZER);

  private ModelNames pass(StatisticalNames model) {
    return new ModelNames(model, baseForms, Fixtures.READINGS, Fixtures.LEMMATIZER);
  }

  private static Draft ruleMentions(Document doc, Mention... mentions) {
    return Draft.EMPTY.withMentions(List.of(mentions));
  }

  private static Mention mention(Document doc, String surface, String stage) {
    int at = doc.text.indexOf(surface);
    return new Mention(at, at + surface.length(), surface, surface, EntityType.PERSON, surface.toLowerCase(), null,
        stage);
  }

  @Test
  void withoutAModelTheRuleMentionsStayAsTheyAre() {
    Document doc = Document.of("Bundeskanzler Olaf Scholz traf am Montag Emmanuel Macron.", "de");
    Draft rules = ruleMentions(doc, mention(doc, "Olaf Scholz", "trigger"));
    assertThat(pass(null).apply(doc, rules)).isSameAs(rules);
  }

  @Test
  void aLanguageTheModelDoesNotKnowKeepsTheRuleMentions() {
    Document doc = Document.of("Wczoraj premier Mark Rutte przyjechał do Tokio.", "pl");
    Draft rules = ruleMentions(doc, mention(doc, "Mark Rutte", "trigger"));
    assertThat(pass(SHIPPED).apply(doc, rules)).isSameAs(rules);
  }

  @Test
  void whereTheModelLeadsItFindsTheNamesTheRulesLeft() {
    Document doc = Document.of("Bundeskanzler Olaf Scholz traf am Montag in Berlin den Präsidenten Emmanuel Macron.",
        "de");
    List<Mention> combined = pass(SHIPPED).apply(doc, ruleMentions(doc)).mentions();
    assertThat(combined).filteredOn(m -> m.surface().equals("Emmanuel Macron")).extracting(Mention::stage)
        .containsExactly("model:ner-de");
  }
}
