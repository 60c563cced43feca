package io.storyline.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.core.Article;
import io.storyline.core.Outcome;
import io.storyline.entities.EntityLayers;
import io.storyline.entities.EntityType;
import io.storyline.entities.Mention;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfilerTest {

  private static Mention misc(String text, String surface, int from, String stage) {
    int start = text.indexOf(surface, from);
    return new Mention(start, start + surface.length(), surface, surface, EntityType.MISC, surface.toLowerCase(),
        "e-" + surface, stage);
  }

  @Test
  void aNameLeftUntypedCountsAsANameWhileAMiscByEvidenceCountsLittle() {
    String text = "Flights cancelled\n\nOn Tuesday Ryanair cancelled flights, and the Nipponese minister protested. "
        + "On Wednesday Ryanair apologised, and the Nipponese press was angry.";
    Article analysed = ((Outcome.Processed) Analysed.PIPELINE.process(Article.of("a", "test", null, null, text,
        Map.of("lang", "en")))).article();
    String clean = analysed.text();
    Article withMentions = analysed.with(EntityLayers.MENTIONS, List.of(
        misc(clean, "Ryanair", 0, "capitalised"), misc(clean, "Nipponese", 0, "demonym"),
        misc(clean, "Ryanair", clean.indexOf("Wednesday"), "capitalised"),
        misc(clean, "Nipponese", clean.indexOf("Wednesday"), "demonym")));
    Profile p = Analysed.profiler(Analysed.registry()).profile(withMentions);
    Actor untyped = p.actors().stream().filter(a -> a.entityId().equals("e-Ryanair")).findFirst().orElseThrow();
    Actor misc = p.actors().stream().filter(a -> a.entityId().equals("e-Nipponese")).findFirst().orElseThrow();
    assertThat(untyped.salience()).isGreaterThan(2 * misc.salience());
  }
}
