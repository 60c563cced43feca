package io.storyline.events;

import io.storyline.core.Article;
import io.storyline.entities.EntityType;
import io.storyline.entities.log.JsonlFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The front door of this module: the events and storylines of every article added, kept in a directory so a
 * restart continues where it stopped. One writer adds profiles (from the ingest loop); reads take a consistent
 * view because every method is synchronised.
 *
 * <p>On disk: {@value #PROFILES} (one profile per added article, replayed through the clusterer at open, which
 * rebuilds the same events and storylines) and {@value #CORRECTIONS} (users' storyline merges and splits; keep it
 * when re-processing from scratch and they apply again).
 *
 * <pre>{@code
 * Profiler profiler = new Profiler(registry::name);
 * try (Chronicle chronicle = Chronicle.open(dataDir.resolve("events"), Chronicle.Options.DEFAULT,
 *     registry::name)) {
 *   Article linked = registry.link(analysed, Instant.now());
 *   chronicle.add(profiler.profile(linked));
 *   chronicle.commit();                       // with registry.commit(), every N articles
 *   Article exported = chronicle.annotate(linked);   // adds the event and storyline layers
 *   String text = Timeline.render(chronicle.storylines().getFirst(), chronicle);
 * }
 * }</pre>
 */
public final class Chronicle implements AutoCloseable {
  /** The file of added profiles. */
  public static final String PROFILES = "profiles.jsonl";
  /** The file of users' storyline corrections. */
  public static final String CORRECTIONS = "storyline-corrections.jsonl";

  /**
   * Everything that tunes the chronicle.
   *
   * @param events     event clustering parameters
   * @param storylines storyline parameters
   * @param vectors    the neural tier's dense vectors, or {@code null} (the offline tier)
   */
  public record Options(EventClusterer.Parameters events, StorylineBuilder.Parameters storylines,
      VectorSimilarity vectors) {
    public static final Options DEFAULT = new Options(EventClusterer.Parameters.DEFAULT,
        StorylineBuilder.Parameters.DEFAULT, null);

    public Options {
      Objects.requireNonNull(events, "events");
      Objects.requireNonNull(storylines, "storylines");
    }
  }

  private EventClusterer clusterer;
  private StorylineBuilder storylines;
  /** The options as a snapshot records them ({@link ChronicleSnapshot}); null when the state cannot be kept. */
  private final String snapshotKey;
  private final EntityNames names;
  private final JsonlFile<Profile> profileLog;
  private final JsonlFile<StorylineCorrection> correctionLog;
  private final List<Profile> pending = new ArrayList<>();
  /** Articles at which the storylines are first built again. */
  static final int FIRST_REBUILD = 64;
  /** Growth of the article count between two rebuilds of the storylines. */
  static final double REBUILD_GROWTH = 1.25;
  private long nextRebuild = FIRST_REBUILD;
  /** Articles at which a snapshot of the state is first written at a commit; after that, when their number doubled. */
  static final int FIRST_SNAPSHOT = 1000;
  /**
   * At close, a snapshot is written when the articles since the last one are at least this share of it: the next
   * open then replays at most about an eighth of what a full replay would, and a run that added a few articles to a
   * large chronicle does not rewrite its whole state.
   */
  static final int CLOSE_SNAPSHOT_SHARE = 8;
  /** Articles the last snapshot (written or read) held. */
  private int snapshotArticles;
  /** Whether the state went where replaying the logs would not (a correction, an article placed again). */
  private boolean diverged;

  private Chronicle(Options options, EntityNames names, JsonlFile<Profile> profileLog,
      JsonlFile<StorylineCorrection> correctionLog) {
    this.clusterer = new EventClusterer(options.events(), new DocumentFrequencies(), options.vectors());
    this.storylines = new StorylineBuilder(options.storylines(), clusterer);
    this.names = Objects.requireNonNull(names, "names");
    this.snapshotKey = options.vectors() == null
        && !ChronicleSnapshot.code().equals(io.storyline.entities.log.BuildFingerprint.UNKNOWN) ? options.toString() : null;
    this.profileLog = profileLog;
    this.correctionLog = correctionLog;
  }

  /**
   * Opens (creating if needed) the chronicle kept in {@code directory}: applies the recorded corrections, then
   * replays the recorded profiles. {@code names} gives canonical entity names by id (the registry's). A snapshot
   * that agrees with the logs ({@link ChronicleSnapshot}) stands for the profiles it covers: only those logged after
   * it are placed.
   */
  public static Chronicle open(Path directory, Options options, EntityNames names) {
    Chronicle c = new Chronicle(options, names, new JsonlFile<>(directory.resolve(PROFILES), Profile.class),
        new JsonlFile<>(directory.resolve(CORRECTIONS), StorylineCorrection.class));
    Optional<ChronicleSnapshot.State> snapshot = c.snapshot(directory, Long.MAX_VALUE);
    if (snapshot.isPresent()) {
      c.profileLog.replayFrom(snapshot.get().profileBytes()).forEach(c::place);
    } else {
      c.correctionLog.replay().forEach(c.storylines::apply);
      c.profileLog.replay().forEach(c::place);
    }
    return c;
  }

  /** Takes the state of the snapshot in {@code directory} that agrees with the logs' first bytes, if there is one. */
  private Optional<ChronicleSnapshot.State> snapshot(Path directory, long profileLimit) {
    Optional<ChronicleSnapshot.State> read = snapshotKey == null ? Optional.empty()
        : ChronicleSnapshot.read(directory, snapshotKey, profileLimit);
    read.ifPresent(s -> {
      clusterer = s.clusterer();
      storylines = s.storylines();
      nextRebuild = s.nextRebuild();
      snapshotArticles = clusterer.articles();
    });
    return read;
  }

  /**
   * An in-memory chronicle of the first {@code limit} articles the chronicle kept in {@code directory} holds, with
   * its corrections, replayed as {@link #open} does: the events and storylines those articles alone make, since every
   * placement depends only on the articles before it. Leaves {@code directory} as it is.
   */
  public static Chronicle replay(Path directory, Options options, EntityNames names,
      int limit) {
    return replay(directory, options, names, limit, id -> true);
  }

  /**
   * As {@link #replay(Path, Options, EntityNames, int)}, with only the articles {@code kept} accepts (by id): the
   * events and storylines a stream without the others would have made; {@code limit} counts the kept articles.
   */
  public static Chronicle replay(Path directory, Options options, EntityNames names,
      int limit, java.util.function.Predicate<String> kept) {
    Chronicle c = inMemory(options, names);
    corrections(directory).forEach(c.storylines::apply);
    JsonlFile.read(directory.resolve(PROFILES), Profile.class).stream().filter(p -> kept.test(p.articleId()))
        .limit(limit).forEach(c::place);
    return c;
  }

  /**
   * An in-memory chronicle of the profiles in the first {@code profileBytes} bytes of the profile log kept in
   * {@code directory} (a length {@link #committedBytes()} gave), with its corrections: the chronicle as it was when
   * that log was that long. Reads without opening anything for writing, so it may run beside the writer.
   */
  public static Chronicle readOnly(Path directory, Options options, EntityNames names,
      long profileBytes) {
    Chronicle c = inMemory(options, names);
    Optional<ChronicleSnapshot.State> snapshot = c.snapshot(directory, profileBytes);
    if (snapshot.isPresent()) {
      JsonlFile.read(directory.resolve(PROFILES), Profile.class, snapshot.get().profileBytes(), profileBytes)
          .forEach(c::place);
    } else {
      corrections(directory).forEach(c.storylines::apply);
      JsonlFile.read(directory.resolve(PROFILES), Profile.class, profileBytes).forEach(c::place);
    }
    return c;
  }

  /** How long the profile log is with every committed profile: where the next commit appends. */
  public synchronized long committedBytes() {
    return profileLog == null ? 0 : profileLog.end();
  }

  /**
   * The ids of the articles the chronicle kept in {@code directory} holds, in the order they were added (the
   * order that made its events and storylines); empty when there is none. Reads without opening it.
   */
  public static List<String> articleOrder(Path directory) {
    java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
    for (com.fasterxml.jackson.databind.JsonNode p : JsonlFile.read(directory.resolve(PROFILES),
        com.fasterxml.jackson.databind.JsonNode.class)) {
      String id = p.path("articleId").asText(null);
      if (id != null) {
        ids.add(id);
      }
    }
    return List.copyOf(ids);
  }

  /** The users' storyline corrections recorded in {@code directory}, in the order they were made. */
  public static List<StorylineCorrection> corrections(Path directory) {
    return JsonlFile.read(directory.resolve(CORRECTIONS), StorylineCorrection.class);
  }

  /** A chronicle that keeps nothing on disk, for evaluations and tests. */
  public static Chronicle inMemory(Options options, EntityNames names) {
    return new Chronicle(options, names, null, null);
  }

  /**
   * Places one article's profile in an event (and its storyline); a chronicle on disk keeps the profile until
   * {@link #commit()}, an in-memory one keeps only what its events need.
   */
  public synchronized EventClusterer.Placement add(Profile profile) {
    boolean seen = clusterer.eventOf(profile.articleId()).isPresent();
    EventClusterer.Placement placement = place(profile);
    if (!seen && profileLog != null) {
      pending.add(profile);
    }
    diverged |= seen;
    return placement;
  }

  /**
   * Places a profile, and builds the storylines again ({@link StorylineBuilder#rebuild}) each time the number of
   * articles grew by {@link #REBUILD_GROWTH} (from {@link #FIRST_REBUILD}): what joined while the corpus was smaller
   * and its frequencies less reliable is decided again, at a cost per article that stays flat (a rebuild costs in
   * proportion to the events, and comes after a fixed share of new articles).
   */
  private EventClusterer.Placement place(Profile profile) {
    EventClusterer.Placement placement = clusterer.add(profile);
    if (clusterer.articles() >= nextRebuild) {
      storylines.rebuild();
      nextRebuild = Math.max(nextRebuild + 1, (long) Math.ceil(clusterer.articles() * REBUILD_GROWTH));
    }
    return placement;
  }

  /** Rebuilds the storylines from the events as they are now ({@link StorylineBuilder#rebuild}). */
  public synchronized void rebuildStorylines() {
    storylines.rebuild();
  }

  /**
   * Makes every profile added since the last commit durable; writes a snapshot of the state when the articles
   * doubled since the last one (from {@value #FIRST_SNAPSHOT}), so its cost stays a fixed share of the work.
   */
  public synchronized void commit() {
    if (profileLog != null) {
      profileLog.append(pending);
    }
    pending.clear();
    if (clusterer.articles() >= Math.max(FIRST_SNAPSHOT, 2L * snapshotArticles)) {
      writeSnapshot();
    }
  }

  /**
   * Writes the state as of the committed profile log ({@link ChronicleSnapshot}), unless it holds something replaying
   * the logs would not make, or the chronicle keeps nothing on disk.
   */
  private void writeSnapshot() {
    if (profileLog == null || snapshotKey == null || diverged || clusterer.articles() == snapshotArticles) {
      return;
    }
    ChronicleSnapshot.write(profileLog.file().getParent(), snapshotKey, clusterer, storylines, nextRebuild,
        profileLog.end());
    snapshotArticles = clusterer.articles();
  }

  /** The article with its {@code event} and {@code storyline} ids, when it was added. */
  public synchronized Article annotate(Article article) {
    Optional<String> event = clusterer.eventOf(article.id());
    if (event.isEmpty()) {
      return article;
    }
    return article.with(EventLayers.EVENT, event.get())
        .with(EventLayers.STORYLINE, storylines.storylineOf(event.get()).orElseThrow());
  }

  public synchronized Optional<String> eventOf(String articleId) {
    return clusterer.eventOf(articleId);
  }

  public synchronized Optional<String> storylineOf(String articleId) {
    return clusterer.eventOf(articleId).flatMap(storylines::storylineOf);
  }

  /** Every event, in timeline order. */
  public synchronized List<Event> events() {
    return clusterer.states().stream().sorted(timeline()).map(this::event).toList();
  }

  /**
   * What an export needs of every event, without its gist: its most salient entities (as {@link Event#keyEntityIds})
   * and its articles' quotations. Building the gists of every event (names, glosses) costs far more than the export
   * of the articles itself.
   */
  public synchronized List<EventFacts> eventFacts() {
    return clusterer.states().stream().map(state -> new EventFacts(state.id,
        Gist.combine(state.members).stream().limit(5).map(Gist.Combined::entityId).toList(),
        state.members.stream().flatMap(p -> p.quotes().stream()).toList())).toList();
  }

  /** An event's key entities and quotations ({@link #eventFacts}). */
  public record EventFacts(String id, List<String> keyEntityIds, List<Quote> quotes) {}

  /** The event with this id (or the one it was merged into). */
  public synchronized Optional<Event> event(String id) {
    return Optional.ofNullable(clusterer.state(id)).map(this::event);
  }

  /** Every storyline, most articles first. */
  public synchronized List<Storyline> storylines() {
    return storylines.states().stream().map(this::storyline)
        .sorted(Comparator.comparingInt((Storyline s) -> -s.articleCount()).thenComparing(Storyline::id)).toList();
  }

  /** The storyline with this id (or the one it was merged into). */
  public synchronized Optional<Storyline> storyline(String id) {
    return Optional.ofNullable(storylines.state(id)).map(this::storyline);
  }

  /** The events of a storyline, in timeline order. */
  public synchronized List<Event> events(Storyline storyline) {
    return storyline.eventIds().stream().map(clusterer::state).filter(Objects::nonNull).map(this::event).toList();
  }

  /** Merges storylines (a user's correction, recorded with who made it). Returns the merged storyline's id. */
  public synchronized String mergeStorylines(List<String> storylineIds, String by) {
    StorylineCorrection.Merged m = storylines.merge(storylineIds, by);
    diverged = true; // replaying applies corrections before every profile
    record(m);
    return storylines.storylineOf(m.anchorEventIds().getFirst()).orElseThrow();
  }

  /** Moves events into a new storyline (a user's correction, recorded). Returns the new storyline's id. */
  public synchronized String splitStoryline(String storylineId, List<String> eventIds, String by) {
    StorylineCorrection.Split s = storylines.split(storylineId, eventIds, by);
    diverged = true;
    record(s);
    return storylines.storylineOf(s.moved().getFirst()).orElseThrow();
  }

  /** Counts for status output: articles, events, storylines, indexed keys. */
  public synchronized Map<String, Integer> counts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("articles", clusterer.articles());
    counts.put("events", clusterer.size());
    counts.put("storylines", storylines.size());
    counts.put("indexedKeys", clusterer.indexedKeys());
    return counts;
  }

  @Override
  public synchronized void close() {
    commit();
    if (clusterer.articles() - snapshotArticles >= snapshotArticles / CLOSE_SNAPSHOT_SHARE) {
      writeSnapshot();
    }
    if (profileLog != null) {
      profileLog.close();
      correctionLog.close();
    }
  }

  private void record(StorylineCorrection c) {
    if (correctionLog != null) {
      correctionLog.append(List.of(c));
    }
  }

  private Event event(EventState state) {
    Profile dated = state.dated();
    List<Gist.Combined> entities = Gist.combine(state.members);
    Map<String, String> cache = new LinkedHashMap<>();
    Function<String, String> nameOf = id -> cache.computeIfAbsent(id, k -> name(state.members, k));
    return new Event(state.id, dated.dateValue(), dated.granularity(), dated.dateConfidence(),
        new TreeSet<>(state.members.stream().map(Profile::language).toList()).stream().toList(),
        state.members.stream().map(Profile::articleId).toList(),
        entities.stream().limit(5).map(Gist.Combined::entityId).toList(),
        state.members.stream().map(Profile::headline).toList(), state.kind(),
        Gist.line(state.kind(), entities, nameOf, gloss(state, entities, nameOf), names::written),
        state.members.stream().flatMap(p -> p.quotes().stream()).toList());
  }

  /**
   * English glosses of the event's key action or object from its titles' concepts ({@link Glosses}), weighed by
   * how specific each concept is in the chronicle; none repeats a name of the event's entities.
   */
  private String gloss(EventState state, List<Gist.Combined> entities, Function<String, String> nameOf) {
    List<String> names = new ArrayList<>();
    for (Gist.Combined c : entities) {
      names.add(nameOf.apply(c.entityId()));
    }
    state.members.forEach(p -> p.actors().forEach(a -> names.add(a.name())));
    DocumentFrequencies df = clusterer.frequencies();
    return Glosses.of(state.members, state.kind(), names, c -> df.idf(DocumentFrequencies.termKey(Terms.CONCEPT + c)));
  }

  /** The canonical name, else the name the articles recorded. */
  private String name(List<Profile> members, String entityId) {
    return names.name(entityId).orElseGet(() -> members.stream().flatMap(p -> p.actors().stream())
        .filter(a -> a.entityId().equals(entityId)).map(Actor::name).findFirst().orElse(entityId));
  }

  private Storyline storyline(StorylineBuilder.State state) {
    List<EventState> events = state.events.stream().map(clusterer::state).sorted(timeline()).toList();
    List<Profile> members = events.stream().flatMap(e -> e.members.stream()).toList();
    // named by its most salient entities, each weighed by how specific it is to few storylines: "Ryanair" rather
    // than the country every storyline names
    List<String> label = Gist.combine(members).stream().filter(c -> c.type() != EntityType.MISC).limit(12)
        .sorted(Comparator.comparingDouble((Gist.Combined c) -> -c.salience() * storylines.specificity(c.entityId())))
        .limit(2).map(c -> name(members, c.entityId())).toList();
    StorylineSpan.Ends span = StorylineSpan.of(events);
    return new Storyline(state.id, String.join(" · ", label), span.start(), span.end(), events.stream().map(e -> e.id).toList(),
        new TreeSet<>(members.stream().map(Profile::language).toList()).stream().toList(), members.size());
  }

  private static Comparator<EventState> timeline() {
    return Comparator.comparing(EventState::time, EventTime.TIMELINE).thenComparingLong(e -> e.seq);
  }
}
