package io.storyline.entities.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.storyline.entities.EntityType;
import io.storyline.entities.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurnamesAloneTest {
  private static Mention person(Document doc, String surface, String key) {
    int at = doc.text.indexOf(surface);
    return new Mention(at, at + surface.length(), surface, surface, EntityType.PERSON, key, null, "model:ner-de");
  }

  private static List<Mention> apply(Document doc, Mention... found) {
    return new SurnamesAlone().apply(doc, Draft.EMPTY.withMentions(List.of(found))).mentions();
  }

  @Test
  void aSurnameAloneOpeningASentenceIsThePersonTheTextNamedInFull() {
    Document doc = Document.of("Danach sprach er mit Thomas Finkelnburg. Finkelnburg blieb.", "de");
    assertThat(apply(doc, person(doc, "Thomas Finkelnburg", "thomas finkelnburg")))
        .extracting(Mention::surface, Mention::type, Mention::key, Mention::stage).containsExactly(
            tuple("Thomas Finkelnburg", EntityType.PERSON, "thomas finkelnburg", "model:ner-de"),
            tuple("Finkelnburg", EntityType.PERSON, "thomas finkelnburg", "surname"));
  }

  @Test
  void aSurnameTwoPeopleShareIsNeither() {
    Document doc = Document.of("Anna Weber und Paul Weber kamen. Weber sprach.", "de");
    assertThat(apply(doc, person(doc, "Anna Weber", "anna weber"), person(doc, "Paul Weber", "paul weber")))
        .extracting(Mention::surface).containsExactly("Anna Weber", "Paul Weber");
  }

  @Test
  void aSurnameNextToAnotherCapitalisedWordIsLeftToTheOtherPasses() {
    Document doc = Document.of("Thomas Finkelnburg kam. Die Finkelnburg Stiftung zahlte.", "de");
    assertThat(apply(doc, person(doc, "Thomas Finkelnburg", "thomas finkelnburg"))).hasSize(1);
  }

  @Test
  void aWordTheTextAlsoWritesInLowerCaseIsNoSurname() {
    Document doc = Document.of("Robert Koch kam. Koch sagte, der koch sei krank.", "de");
    assertThat(apply(doc, person(doc, "Robert Koch", "robert koch"))).hasSize(1);
  }

  @Test
  void aWordAMentionAlreadyCoversStaysAsFound() {
    Document doc = Document.of("Thomas Finkelnburg kam. Finkelnburg blieb.", "de");
    Mention place = new Mention(23, 34, "Finkelnburg", "Finkelnburg", EntityType.LOCATION, "finkelnburg", null,
        "gazetteer:geonames");
    assertThat(apply(doc, person(doc, "Thomas Finkelnburg", "thomas finkelnburg"), place))
        .extracting(Mention::surface, Mention::type).containsExactly(
            tuple("Thomas Finkelnburg", EntityType.PERSON), tuple("Finkelnburg", EntityType.LOCATION));
  }
}
