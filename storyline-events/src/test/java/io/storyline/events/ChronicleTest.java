package io.storyline.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChronicleTest {
  private static final List<String> NATO_JAPAN = List.of("per-rutte", "org-nato", "loc-jp");
  private static final List<String> TERMS = List.of("visit", "tokyo", "defen", "partn");

  private static List<Profile> twoStories() {
    return List.of(
        Synthetic.profile("a", "pl", "2025-04-08", "visit", NATO_JAPAN, TERMS),
        Synthetic.profile("b", "pl", "2025-06-20", "visit", NATO_JAPAN, TERMS),
        Synthetic.profile("c", "nl", "2024-02-01", "election", List.of("per-wilders", "loc-nl", "org-pvv"),
            List.of("verki", "stemm", "kabin")));
  }

  @Test
  void aReopenedChronicleContinuesWithTheSameEventsAndStorylines(@TempDir Path dir) {
    List<Event> events;
    List<Storyline> storylines;
    try (Chronicle c = Chronicle.open(dir, Chronicle.Options.DEFAULT, id -> Optional.empty())) {
      twoStories().forEach(c::add);
      c.commit();
      events = c.events();
      storylines = c.storylines();
    }
    assertThat(dir.resolve(Chronicle.PROFILES)).exists();
    try (Chronicle again = Chronicle.open(dir, Chronicle.Options.DEFAULT, id -> Optional.empty())) {
      assertThat(again.events()).isEqualTo(events);
      assertThat(again.storylines()).isEqualTo(storylines);
      again.add(Synthetic.profile("d", "uk", "2025-04-09", "visit", NATO_JAPAN, TERMS));
      assertThat(again.eventOf("d")).isEqualTo(again.eventOf("a"));
    }
  }

  @Test
  void aUsersSplitAndMergeAreRecordedAndHoldWhenTheArticlesAreProcessedAgain(@TempDir Path dir) throws Exception {
    String split;
    try (Chronicle c = Chronicle.open(dir, Chronicle.Options.DEFAULT, id -> Optional.empty())) {
      twoStories().forEach(c::add);
      String natoJapan = c.storylineOf("a").orElseThrow();
      assertThat(c.storylineOf("b")).contains(natoJapan);
      split = c.splitStoryline(natoJapan, List.of(c.eventOf("b").orElseThrow()), "editor@example.org");
      assertThat(c.storylineOf("b")).contains(split);
      assertThat(c.storylineOf("a")).contains(natoJapan);
      String merged = c.mergeStorylines(List.of(natoJapan, c.storylineOf("c").orElseThrow()), "editor@example.org");
      assertThat(c.storylineOf("c")).contains(merged);
      c.commit();
    }
    assertThat(Files.readString(dir.resolve(Chronicle.CORRECTIONS))).contains("\"op\":\"split\"", "\"op\":\"merged\"",
        "editor@example.org");
    Files.delete(dir.resolve(Chronicle.PROFILES));
    try (Chronicle again = Chronicle.open(dir, Chronicle.Options.DEFAULT, id -> Optional.empty())) {
      twoStories().forEach(again::add);
      assertThat(again.storylineOf("b")).isNotEqualTo(again.storylineOf("a"));
      assertThat(again.storylineOf("c")).isEqualTo(again.storylineOf("a"));
      assertThat(again.storylines()).hasSize(2);
    }
  }

  @Test
  void aStorylinesSpanIsTheSpanOfItsEventsDatesNotOfAYearAlone() {
    Chronicle c = Chronicle.inMemory(Chronicle.Options.DEFAULT, id -> Optional.empty());
    twoStories().forEach(c::add);
    c.add(Synthetic.profile("y", "pl", "2030", "visit", NATO_JAPAN, TERMS));
    Storyline s = c.storyline(c.storylineOf("a").orElseThrow()).orElseThrow();
    assertThat(c.storylineOf("y")).contains(s.id());
    assertThat(s.startValue()).isEqualTo("2025-04-08");
    assertThat(s.endValue()).isEqualTo("2025-06-20");
  }

  @Test
  void aDateFarFromTheRestOfALargeStorylineStaysOnItsTimelineButOutOfItsSpan() {
    Chronicle c = Chronicle.inMemory(Chronicle.Options.DEFAULT, id -> Optional.empty());
    for (int i = 0; i < 40; i++) {
      c.add(Synthetic.profile("r" + i, "pl", String.format("2020-%02d-%02d", 1 + i % 12, 1 + i), "visit", NATO_JAPAN,
          TERMS));
    }
    c.add(Synthetic.profile("born", "ru", "1901-02-01", "visit", NATO_JAPAN, TERMS));
    Storyline s = c.storyline(c.storylineOf("r0").orElseThrow()).orElseThrow();
    assertThat(c.storylineOf("born")).contains(s.id());
    assertThat(s.eventIds()).contains(c.eventOf("born").orElseThrow());
    assertThat(s.startValue()).startsWith("2020-");
    assertThat(s.endValue()).startsWith("2020-");
  }

  @Test
  void aSmallStorylineSpansEveryDateOfItsEvents() {
    Chronicle c = Chronicle.inMemory(Chronicle.Options.DEFAULT, id -> Optional.empty());
    for (int i = 0; i < 10; i++) {
      c.add(Synthetic.profile("r" + i, "pl", String.format("2020-03-%02d", 1 + 2 * i), "visit", NATO_JAPAN, TERMS));
    }
    c.add(Synthetic.profile("early", "pl", "2015-05-04", "visit", NATO_JAPAN, TERMS));
    Storyline s = c.storyline(c.storylineOf("r0").orElseThrow()).orElseThrow();
    assertThat(c.storylineOf("early")).contains(s.id());
    assertThat(s.startValue()).isEqualTo("2015-05-04");
    assertThat(s.endValue()).startsWith("2020-03-");
  }

  @Test
  void aStorylineWhoseEventsAreDatedOnlyByAYearSpansThatYear() {
    Chronicle c = Chronicle.inMemory(Chronicle.Options.DEFAULT, id -> Optional.empty());
    c.add(Synthetic.profile("x", "pl", "2024", "visit", NATO_JAPAN, TERMS));
    Storyline s = c.storyline(c.storylineOf("x").orElseThrow()).orElseThrow();
    assertThat(s.startValue()).isEqualTo("2024");
    assertThat(s.endValue()).isEqualTo("2024");
  }

  @Test
  void correctionsNameTheBadStorylineOrEvent() {
    Chronicle c = Chronicle.inMemory(Chronicle.Options.DEFAULT, id -> Optional.empty());
    twoStories().forEach(c::add);
    String natoJapan = c.storylineOf("a").orElseThrow();
    assertThatThrownBy(() -> c.mergeStorylines(List.of(natoJapan, "sl-nope"), "me"))
        .hasMessageContaining("no storyline with id 'sl-nope'");
    assertThatThrownBy(() -> c.splitStoryline(natoJapan, List.of("ev-nope"), "me"))
        .hasMessageContaining("event 'ev-nope' is not in storyline " + natoJapan);
    assertThatThrownBy(() -> c.splitStoryline(natoJapan, List.of(c.eventOf("a").orElseThrow(),
        c.eventOf("b").orElseThrow()), "me")).hasMessageContaining("some but not all");
  }
}
