package io.storyline.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.entities.EntityType;
import io.storyline.entities.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MentionIndexTest {
  private static final EntityType[] TYPES = {EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.MISC};

  @Test
  void eachLookUpAnswersAsAScanOfEveryMentionInListOrderDoes() {
    Random random = new Random(7);
    for (int trial = 0; trial < 200; trial++) {
      List<Mention> mentions = new ArrayList<>();
      int n = random.nextInt(30);
      for (int i = 0; i < n; i++) {
        int start = random.nextInt(100);
        int end = start + 1 + random.nextInt(12);
        EntityType type = TYPES[random.nextInt(TYPES.length)];
        mentions.add(new Mention(start, end, "x".repeat(end - start), "m" + i, type, "m" + i, "e" + i, "test"));
      }
      MentionIndex index = new MentionIndex(mentions);
      for (int a = 0; a < 115; a++) {
        for (int b = a; b < Math.min(a + 20, 116); b++) {
          assertThat(index.firstWithin(a, b)).isSameAs(firstWithin(mentions, a, b));
          assertThat(index.inside(a, b, null)).isEqualTo(inside(mentions, a, b, null));
          assertThat(index.inside(a, b, EntityType.PERSON)).isEqualTo(inside(mentions, a, b, EntityType.PERSON));
        }
        assertThat(index.ending(a)).isSameAs(ending(mentions, a));
      }
    }
  }

  private static boolean body(Mention o) {
    return o.type() == EntityType.ORGANIZATION || o.type() == EntityType.LOCATION;
  }

  private static Mention firstWithin(List<Mention> mentions, int from, int to) {
    Mention best = null;
    for (Mention o : mentions) {
      if (body(o) && o.start() >= from && o.end() <= to && (best == null || o.start() < best.start())) {
        best = o;
      }
    }
    return best;
  }

  private static Mention ending(List<Mention> mentions, int end) {
    return mentions.stream().filter(o -> body(o) && o.end() == end).findFirst().orElse(null);
  }

  private static boolean inside(List<Mention> mentions, int start, int end, EntityType type) {
    return mentions.stream().anyMatch(o -> (type == null ? body(o) : o.type() == type) && o.start() <= start && end <= o.end());
  }
}
