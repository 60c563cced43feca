package io.storyline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Storylines on a stream of stories that all name the same hub countries most prominently. */
class StorylineHubTest {

  /**
   * {@code n} articles of {@code stories} stories; every article names two hub countries first (the most salient),
   * then its story's own people and words, a few words every story uses, and on a day of its story.
   */
  private static List<Profile> hubStream(int n, int stories, long seed) {
    Random random = new Random(seed);
    List<Profile> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int story = random.nextInt(stories);
      List<String> entities = List.of("loc-us", "loc-ru", "per-s" + story + "a", "org-s" + story + "b",
          "per-x" + random.nextInt(400));
      List<String> terms = new ArrayList<>();
      for (int k = 0; k < 24; k++) {
        terms.add(k < 8 ? "s" + story + "w" + random.nextInt(12) : k < 16 ? "common" + random.nextInt(15)
            : "w" + random.nextInt(3000));
      }
      String date = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(200)).toString();
      out.add(Synthetic.profile("a" + i + "-s" + story, i % 3 == 0 ? "pl" : i % 3 == 1 ? "uk" : "en", date, "report",
          entities, terms));
    }
    return out;
  }

  @Test
  void storiesThatShareOnlyHubCountriesStayApartAndEachStaysTogether() {
    // one article in a hundred may sit in an event of another story (same day, same countries): events, not storylines
    List<Profile> stream = hubStream(400, 4, 7);
    Chronicle chronicle = Chronicle.inMemory(Chronicle.Options.DEFAULT, id -> Optional.empty());
    stream.forEach(chronicle::add);
    Map<String, Map<String, Integer>> storylinesOfStory = new HashMap<>();
    for (Profile p : stream) {
      String story = p.articleId().substring(p.articleId().indexOf("-s") + 2);
      String storyline = chronicle.storylineOf(p.articleId()).orElseThrow();
      storylinesOfStory.computeIfAbsent(story, k -> new HashMap<>()).merge(storyline, 1, Integer::sum);
    }
    Map<String, Map<String, Integer>> storiesIn = new HashMap<>();
    storylinesOfStory.forEach((story, storylines) -> storylines.forEach((storyline, count) ->
        storiesIn.computeIfAbsent(storyline, k -> new HashMap<>()).put(story, count)));
    storiesIn.forEach((storyline, stories) -> {
      int total = stories.values().stream().mapToInt(Integer::intValue).sum();
      int largest = stories.values().stream().mapToInt(Integer::intValue).max().orElse(0);
      assertTrue(largest >= 0.98 * total, "storyline " + storyline + " mixes stories " + stories);
    });
    storylinesOfStory.forEach((story, storylines) -> {
      int total = storylines.values().stream().mapToInt(Integer::intValue).sum();
      int largest = storylines.values().stream().mapToInt(Integer::intValue).max().orElse(0);
      assertTrue(largest >= 0.9 * total, "story " + story + " is spread over " + storylines);
    });
  }

  @Test
  void storylineIdsOfEarlierReadsStillLeadToAStorylineAfterRebuilds() {
    List<Profile> stream = hubStream(300, 3, 11);
    Chronicle chronicle = Chronicle.inMemory(Chronicle.Options.DEFAULT, id -> Optional.empty());
    Map<String, String> seen = new HashMap<>();
    for (Profile p : stream) {
      chronicle.add(p);
      seen.put(p.articleId(), chronicle.storylineOf(p.articleId()).orElseThrow());
    }
    seen.forEach((article, storyline) -> assertTrue(chronicle.storyline(storyline).isPresent(),
        "storyline " + storyline + " seen for " + article + " leads nowhere"));
  }

  @Test
  void aUsersMergeAndSplitHoldThroughLaterRebuilds() {
    List<Profile> stream = hubStream(400, 4, 13);
    Chronicle chronicle = Chronicle.inMemory(Chronicle.Options.DEFAULT, id -> Optional.empty());
    stream.subList(0, 150).forEach(chronicle::add);
    List<Storyline> before = chronicle.storylines();
    Storyline a = before.get(0);
    Storyline b = before.get(1);
    String aEvent = a.eventIds().getFirst();
    String bEvent = b.eventIds().getFirst();
    chronicle.mergeStorylines(List.of(a.id(), b.id()), "test");
    Storyline c = chronicle.storylines().stream().filter(s -> s.eventIds().size() >= 2 && !s.eventIds().contains(aEvent))
        .findFirst().orElseThrow();
    String moved = c.eventIds().getLast();
    String stayed = c.eventIds().getFirst();
    chronicle.splitStoryline(c.id(), List.of(moved), "test");
    stream.subList(150, 400).forEach(chronicle::add); // rebuilds at 157, 197, 247, 309 and 387 articles
    assertEquals(storylineOfEvent(chronicle, aEvent), storylineOfEvent(chronicle, bEvent),
        "the merged storylines came apart");
    assertTrue(!storylineOfEvent(chronicle, moved).equals(storylineOfEvent(chronicle, stayed)),
        "the split-off event is back with the rest");
  }

  private static String storylineOfEvent(Chronicle chronicle, String eventId) {
    return chronicle.storylines().stream().filter(s -> chronicle.events(s).stream()
        .anyMatch(e -> e.id().equals(chronicle.event(eventId).orElseThrow().id()))).findFirst().orElseThrow().id();
  }
}
