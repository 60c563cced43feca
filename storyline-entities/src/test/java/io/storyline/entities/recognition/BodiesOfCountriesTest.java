package io.storyline.entities.recognition;

import static io.storyline.entities.recognition.Fixtures.candidate;
import static io.storyline.entities.recognition.Fixtures.texts;
import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.entities.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodiesOfCountriesTest {
  private final BodiesOfCountries pass = new BodiesOfCountries();

  private Draft merged(Document doc, String body, String country) {
    Candidate b = candidate(doc, body, EntityType.ORGANIZATION, "head-word");
    Candidate c = candidate(doc, country, EntityType.LOCATION, "gazetteer:cldr-region");
    return pass.apply(doc, Draft.EMPTY.withFindings(List.of(c, b)));
  }

  @Test
  void aBodyFollowedByItsCountryIsOneOrganisation() {
    Document doc = Document.of("Вчора Міністерство оборони України заявило про навчання.", "uk");
    Draft draft = merged(doc, "Міністерство оборони", "України");
    Candidate ministry = candidate(doc, draft, "Міністерство оборони України");
    assertThat(ministry.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(ministry.stage()).isEqualTo("head-word-place");
    assertThat(draft.findings()).hasSize(1);
  }

  @Test
  void aBodyAndACountryApartStayTwoNames() {
    Document doc = Document.of("Вчора Міністерство оборони, України та НАТО заявили про навчання.", "uk");
    assertThat(texts(doc, merged(doc, "Міністерство оборони", "України"), Candidate.class))
        .containsExactly("Міністерство оборони", "України");
  }

  @Test
  void whereEveryNounIsCapitalisedNothingIsMerged() {
    Document doc = Document.of("Gestern sagte das Ministerium Deutschlands nichts dazu.", "de");
    assertThat(merged(doc, "Ministerium", "Deutschlands").findings()).hasSize(2);
  }
}
