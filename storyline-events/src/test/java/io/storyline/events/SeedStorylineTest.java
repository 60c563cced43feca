package io.storyline.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.core.Article;
import io.storyline.core.Outcome;
import io.storyline.entities.registry.Entity;
import io.storyline.entities.registry.EntityRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The five seed articles (pl, uk, it, hu, nl): one NATO–Japan storyline of five distinct events. */
class SeedStorylineTest {
  private static final List<Article> ANALYSED = new ArrayList<>();
  private static final Map<String, Article> BY_ID = new HashMap<>();
  private static Chronicle chronicle;

  @BeforeAll
  static void analyseTheSeeds() {
    for (Article a : Analysed.seeds()) {
      Article processed = ((Outcome.Processed) Analysed.PIPELINE.process(a)).article();
      ANALYSED.add(processed);
      BY_ID.put(processed.id(), processed);
    }
    chronicle = run(ANALYSED);
  }

  /** Links, profiles and clusters the articles in the given order with a fresh registry. */
  static Chronicle run(List<Article> order) {
    EntityRegistry registry = Analysed.registry();
    Profiler profiler = Analysed.profiler(registry);
    Chronicle c = Chronicle.inMemory(Chronicle.Options.DEFAULT, id -> registry.get(id).map(Entity::name));
    for (Article a : order) {
      c.add(profiler.profile(registry.link(a, Analysed.AT)));
    }
    return c;
  }

  private static Article seed(String prefix) {
    return ANALYSED.stream().filter(a -> a.source().contains("/" + prefix + "_")).findFirst().orElseThrow();
  }

  private static Event eventOf(String prefix) {
    return chronicle.event(chronicle.eventOf(seed(prefix).id()).orElseThrow()).orElseThrow();
  }

  @Test
  void theFiveSeedsFormOneStorylineOfFiveEvents() {
    assertThat(chronicle.storylines()).hasSize(1);
    Storyline s = chronicle.storylines().getFirst();
    assertThat(s.eventIds()).hasSize(5);
    assertThat(s.articleCount()).isEqualTo(5);
    assertThat(s.languages()).containsExactly("hu", "it", "nl", "pl", "uk");
    assertThat(s.label()).isEqualTo("NATO · Japan");
    assertThat(s.startValue()).isEqualTo("2023-05-03");
    assertThat(s.endValue()).isEqualTo("2024-07");
  }

  @Test
  void theTimelineOrdersDatedEventsByDateAndKeepsUnknownYearsUnknown() {
    Storyline s = chronicle.storylines().getFirst();
    List<Event> events = chronicle.events(s);
    assertThat(events).extracting(Event::displayDate)
        .containsExactly("3 May 2023", "July 2024", "8–9 April, year unknown", "Thursday, date unknown", "date unknown");
    assertThat(events).extracting(e -> e.languages().getFirst()).containsExactly("uk", "hu", "pl", "it", "nl");
    String text = Timeline.render(s, events, BY_ID::get);
    assertThat(text).startsWith("NATO · Japan").contains("3 May 2023 – July 2024 · 5 events · 5 articles")
        .containsPattern("8–9 April, year unknown \\(confidence 0\\.\\d\\d\\) +pl\n    Visit: collaboration — Mark Rutte \\(NATO\\) in Japan")
        .doesNotContain("XXXX", "????");
    assertThat(Timeline.json(s, events, BY_ID::get)).contains("\"date\" : \"8–9 April, year unknown\"")
        .contains("\"dateValue\" : \"XXXX-04-08/XXXX-04-09\"");
  }

  @Test
  void thePolishSeedReadsLikeAVisitOfMarkRutteOfNatoToJapan() {
    Event visit = eventOf("000");
    assertThat(visit.kind()).isEqualTo("visit");
    assertThat(visit.gist()).startsWith("Visit: collaboration — Mark Rutte (NATO) in Japan; meets ")
        .contains("Nakatani", "Ishiba");
    assertThat(visit.headlines()).containsExactly("Japonia chce bliższej współpracy z NATO");
  }

  @Test
  void eachSeedHasTheKindItsTitleAndLeadName() {
    assertThat(eventOf("001").kind()).isEqualTo("plan");
    assertThat(eventOf("002").kind()).isEqualTo("meeting");
    assertThat(eventOf("003").kind()).isEqualTo("interview");
    assertThat(eventOf("004").kind()).isEqualTo("visit");
    assertThat(eventOf("003").gist()).startsWith("Interview — Jens Stoltenberg (NATO)");
    assertThat(eventOf("004").gist()).startsWith("Visit — Jens Stoltenberg (NATO) in Japan; meets Fumio Kishida");
    assertThat(eventOf("001").gist()).startsWith("Plan: office, ");
    assertThat(eventOf("002").gist()).startsWith("Meeting: defense, cooperation — ");
  }

  @ParameterizedTest(name = "seed {0}: the quote starting ''{1}'' is by {2}")
  @CsvSource({
      "000, Partnerstwo między NATO, Mark Rutte",
      "000, 'Chiny, Korea Północna', Mark Rutte",
      "001, 'Це означає, що коли НАТО', Mitito Tsuruoka",
      "002, La guerra in Ucraina, Mark Rutte",
      "002, Il nostro mondo, Mark Rutte",
      "004, De wereld bevindt zich, Fumio Kishida",
      "004, De oorlog in Oekraïne, Jens Stoltenberg"})
  void quotesGetTheirSpeakersInPolishUkrainianItalianAndDutch(String seed, String opening, String speaker) {
    Event event = eventOf(seed);
    assertThat(event.quotes()).filteredOn(q -> q.text().startsWith(opening)).singleElement()
        .satisfies(q -> assertThat(q.speakerName()).isEqualTo(speaker))
        .satisfies(q -> assertThat(q.speakerEntityId()).startsWith("per-"))
        .satisfies(q -> assertThat(seed(seed).text().substring(q.start(), q.end())).isEqualTo(q.text()));
  }

  @Test
  void theIngestOrderDoesNotChangeTheEventsOrTheStoryline() {
    Set<Set<String>> expected = partition(chronicle);
    for (List<Article> order : permutations(ANALYSED)) {
      Chronicle c = run(order);
      assertThat(partition(c)).as("events for order %s", order.stream().map(Article::id).toList()).isEqualTo(expected);
      assertThat(c.storylines()).hasSize(1);
    }
  }

  @Test
  void theSameOrderGivesTheSameIdsGistsAndQuotes() {
    Chronicle again = run(ANALYSED);
    assertThat(again.events()).isEqualTo(chronicle.events());
    assertThat(again.storylines()).isEqualTo(chronicle.storylines());
  }

  @Test
  void annotatedArticlesCarryTheirEventAndStorylineIds() {
    Article a = chronicle.annotate(seed("002"));
    assertThat(a.expect(EventLayers.EVENT)).isEqualTo(eventOf("002").id());
    assertThat(a.expect(EventLayers.STORYLINE)).isEqualTo(chronicle.storylines().getFirst().id());
  }

  private static Set<Set<String>> partition(Chronicle c) {
    return c.events().stream().map(e -> Set.copyOf(e.articleIds())).collect(Collectors.toSet());
  }

  private static List<List<Article>> permutations(List<Article> items) {
    if (items.isEmpty()) {
      return List.of(List.of());
    }
    List<List<Article>> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      List<Article> rest = new ArrayList<>(items);
      Article head = rest.remove(i);
      for (List<Article> tail : permutations(rest)) {
        List<Article> p = new ArrayList<>();
        p.add(head);
        p.addAll(tail);
        out.add(p);
      }
    }
    return out;
  }
}
