package io.storyline.web;

import io.storyline.core.Article;
import io.storyline.core.LanguageGuess;
import io.storyline.core.Layers;
import io.storyline.web.EntityDirectory.EntitySummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A storyline of hundreds or thousands of events over real SlavicNER texts ({@code
 * ../shared/evaldata/slavicner/raw}, six languages), read in place and stored in the given corpus. The grouping is
 * test data: every two articles (in file order, starting again from the first when the events outnumber the pairs)
 * make an event whose gist is the first article's headline; the articles carry no dates, so each event gets a
 * made-up day (or, for every seventh, a month) over 2021–2023 and every fiftieth only a weekday, to exercise every
 * lane of the timeline. An event's key entity is Gazprom when an article names it, else Nord Stream.
 */
final class LargeStoryline implements StorylineDirectory {
  static final String ID = "nord-stream";
  /** The storyline of five thousand events over every SlavicNER topic. */
  static final String HUGE_ID = "all-topics";
  static final Path ALL = Corpus.repo().resolve("../shared/evaldata/slavicner/raw").normalize();
  static final Path RAW = ALL.resolve("nord_stream");
  static final EntitySummary GAZPROM = new EntitySummary("gazprom", "Gazprom", "ORG", 0, List.of());
  static final EntitySummary NORD_STREAM = new EntitySummary("nord-stream", "Nord Stream", "MISC", 0, List.of());
  private static final LocalDate START = LocalDate.of(2021, 1, 4);

  private final List<EventCard> events = new ArrayList<>();
  private final StorylineSummary storyline;
  private final String id;

  /** The Nord Stream storyline: one event per two of its 637 articles; {@link #RAW} must exist. */
  LargeStoryline(Corpus corpus) throws IOException {
    this(corpus, RAW, ID, "Nord Stream", 0);
  }

  /**
   * Stores the texts under {@code raw} in {@code corpus} and builds the events.
   *
   * @param count the number of events, or 0 for one per two texts
   */
  LargeStoryline(Corpus corpus, Path raw, String id, String label, int count) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(raw)) {
      files = walk.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    List<Article> stored = new ArrayList<>();
    for (Path f : files) {
      stored.add(store(corpus, f));
    }
    int wanted = count > 0 ? count : stored.size() / 2;
    List<String> languages = new ArrayList<>();
    for (int i = 0; i < wanted; i++) {
      List<Article> pair = List.of(stored.get((2 * i) % stored.size()), stored.get((2 * i + 1) % stored.size()));
      int n = events.size();
      String value = n % 50 == 49 ? "XXXX-WXX-4"
          : n % 7 == 3 ? START.plusDays((n * 37L) % 900).toString().substring(0, 7)
          : START.plusDays((n * 37L) % 900).toString();
      List<String> langs = pair.stream().map(a -> a.get(Layers.LANGUAGE).orElseThrow().code()).distinct().sorted().toList();
      langs.stream().filter(l -> !languages.contains(l)).forEach(languages::add);
      boolean gazprom = pair.stream().anyMatch(a -> a.text().contains("Газпром") || a.text().contains("Gazprom"));
      Optional<DateSpan> date = DateSpan.parse(value);
      events.add(new EventCard(id + "-" + n, id, date.orElse(null), date.map(DateSpan::words).orElse("Thursday, date unknown"),
          value, date.isPresent() ? 0.7 : 0.3, pair.getFirst().displayTitle(), langs,
          List.of(gazprom ? GAZPROM : NORD_STREAM), pair.stream().map(Article::id).toList()));
    }
    corpus.store.commit();
    corpus.index.commit();
    events.sort(java.util.Comparator.comparing((EventCard e) -> e.date() == null ? LocalDate.MAX : e.date().earliest()));
    this.id = id;
    storyline = new StorylineSummary(id, label, DateSpan.parse("2021-01-04/2023-06-30").orElseThrow(),
        languages.stream().sorted().toList(), events.size(), events.size() * 2);
  }

  static boolean present() {
    return Files.isDirectory(RAW);
  }

  private static Article store(Corpus corpus, Path file) {
    try {
      String text = Files.readString(file);
      String lang = file.getParent().getFileName().toString();
      Article a = Article.of(null, "slavicner/" + ALL.relativize(file), null,
          text.lines().findFirst().orElse("").strip(), text, Map.of())
          .with(Layers.LANGUAGE, new LanguageGuess(lang, 1.0, "given"));
      corpus.store.put(a);
      corpus.index.index(a);
      return a;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public long count() {
    return 1;
  }

  @Override
  public Page<StorylineSummary> storylines(String cursor, int limit) {
    return new Page<>(List.of(storyline), null);
  }

  @Override
  public Optional<StorylineSummary> storyline(String id) {
    return this.id.equals(id) ? Optional.of(storyline) : Optional.empty();
  }

  @Override
  public Page<EventCard> events(String storylineId, String cursor, int limit) {
    return storylineId == null || id.equals(storylineId) ? Page.slice(events, cursor, limit) : Page.empty();
  }

  @Override
  public Optional<EventCard> event(String id) {
    return events.stream().filter(e -> e.id().equals(id)).findFirst();
  }
}
