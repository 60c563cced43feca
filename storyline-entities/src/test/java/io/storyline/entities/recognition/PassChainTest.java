package io.storyline.entities.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassChainTest {

  @Test
  void thePassesRunInTheirNamedOrderWithTheModelAfterTheRules() {
    PassChain chain = PassChain.standard(Fixtures.GAZETTEER, Fixtures.LEMMATIZER, null);
    assertThat(chain.names()).containsExactly("uncased-names", "candidates", "known-names", "typing", "merging",
        "base-forms", "resolution", "model", "surnames", "titles");
  }

  @Test
  void twoPassesOfOneNameAreRefused() {
    assertThatThrownBy(() -> new PassChain(List.of(new BodiesOfCountries(), new BodiesOfCountries())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("merging");
  }

  @Test
  void aPassThatNeedsCandidatesFailsWhileRunsAreUnread() {
    Document doc = Document.of("Spotkanie, na którym Mark Rutte przemawiał, trwało.", "pl");
    Draft runs = new CapitalisedRuns(Fixtures.KNOWN, Fixtures.LEMMATIZER).apply(doc, Draft.EMPTY);
    assertThatThrownBy(() -> new BaseForms(Fixtures.LEMMATIZER).apply(doc, runs))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("known-names");
  }

  @Test
  void everyMentionKeepsTheRuleThatFoundIt() {
    PassChain chain = PassChain.standard(Fixtures.GAZETTEER, Fixtures.LEMMATIZER, null);
    assertThat(chain.recognise("Sekretarz generalny NATO Mark Rutte przebywał w Japonii.", "pl"))
        .extracting(m -> m.surface() + " " + m.stage())
        .containsExactly("NATO gazetteer:acronyms", "Mark Rutte trigger", "Japonii gazetteer:cldr-region");
  }
}
