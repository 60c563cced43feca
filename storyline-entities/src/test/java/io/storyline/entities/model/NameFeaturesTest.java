package io.storyline.entities.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.entities.EntityType;
import io.storyline.entities.Mention;
import io.storyline.entities.text.Token;
import io.storyline.entities.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameFeaturesTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"McDonald, XxXx", "U.S., X.X.", "1996, d", "iPhone, xXx", "NATO-csúcson, X-x", "Leeds, Xx"})
  void aWordShapeMapsCasesAndDigitsAndCollapsesRuns(String word, String shape) {
    assertThat(ShapeFeatures.shape(word)).isEqualTo(shape);
  }

  @Test
  void aSentenceWithoutLowerCaseWordsMarksEveryWordAsShouted() {
    List<String> headline = new ArrayList<>();
    ShapeFeatures.generator().createFeatures(headline, new String[] {"LEEDS", "BEAT", "CHELSEA"}, 0, new String[0]);
    List<String> sentence = new ArrayList<>();
    ShapeFeatures.generator().createFeatures(sentence, new String[] {"Leeds", "beat", "Chelsea"}, 0, new String[0]);
    assertThat(headline).contains("shouted", "shouted,w=leeds", "first,sh=X");
    assertThat(sentence).doesNotContain("shouted");
  }

  @Test
  void theGazetteerTypesACountryAndTheRuleListsMarkATitleBeforeAName() {
    String[] tokens = {"President", "Macron", "visited", "Germany", "in", "May"};
    List<String> macron = new ArrayList<>();
    LexiconFeatures.generator("en").createFeatures(macron, tokens, 1, new String[0]);
    List<String> germany = new ArrayList<>();
    LexiconFeatures.generator("en").createFeatures(germany, tokens, 3, new String[0]);
    List<String> may = new ArrayList<>();
    LexiconFeatures.generator("en").createFeatures(may, tokens, 5, new String[0]);
    assertThat(macron).contains("cue=title-1");
    assertThat(germany).contains("gz=LOCS");
    assertThat(may).contains("month");
  }

  @Test
  void tokensInsideARuleMentionGetItsTypeTheirPositionAndTheKindOfRule() {
    String text = "Yesterday Kenneth Clarke spoke.";
    List<Token> tokens = Tokenizer.tokenize(text);
    Mention clarke = new Mention(10, 24, "Kenneth Clarke", "Kenneth Clarke", EntityType.PERSON, "p:kenneth clarke", null,
        "trigger+dictionary");
    String[][] votes = RuleVotes.of(tokens, 0, tokens.size(), List.of(clarke));
    assertThat(votes[0]).isEmpty();
    assertThat(votes[1]).containsExactly("rule=PER-B", "stage=trigger");
    assertThat(votes[2]).containsExactly("rule=PER-I", "stage=trigger");
    assertThat(votes[3]).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"gazetteer:cldr, gazetteer", "capitalised+model:ner-de, capitalised", "acronym, acronym"})
  void theKindOfRuleIsItsStageWithoutDetails(String stage, String kind) {
    assertThat(RuleVotes.stageKind(stage)).isEqualTo(kind);
  }
}
