package io.storyline.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Links events into storylines. Between rebuilds, a new event joins the storyline whose summed entities and terms
 * are most similar (no time limit, so threads span months and years), else starts one; storylines that grow close
 * merge. Every so often ({@link #rebuild}, driven by {@link Chronicle} as the corpus grows) the storylines are built
 * again as the communities of a graph that links each event to its most similar events, which keeps stories apart
 * that share only hub names (a country, a bloc) and undoes what joined early while word and name frequencies were
 * unreliable. Candidates come from indexes over salient entities and terms, so the cost per event stays flat. Users'
 * merges and splits are constraints kept apart from the events: a merge binds the storylines' anchor events
 * together, a split keeps the moved events apart from the rest, and both hold through rebuilds and when the same
 * articles are processed again. Not thread-safe: driven by the one writer.
 */
public final class StorylineBuilder implements java.io.Serializable {

  /**
   * Storyline parameters.
   *
   * @param join            least similarity for an event to join a storyline, and for two events to be linked
   *                        when the storylines are built again
   * @param merge           least similarity for two storylines to merge
   * @param salientEntities entities of an event used to look up candidate storylines
   * @param salientTerms    terms of an event used to look up candidate storylines
   * @param postingLimit    most recent storylines kept per index key
   * @param maxCandidates   storylines examined per event, at most
   * @param weights         similarity weights (the time factor is not used)
   */
  public record Parameters(double join, double merge, int salientEntities, int salientTerms, int postingLimit,
      int maxCandidates, ArticleSimilarity.Weights weights) implements java.io.Serializable {
    /** The defaults, measured in docs/quality-events.md. */
    public static final Parameters DEFAULT = new Parameters(0.16, 0.55, 6, 10, 200, 30,
        new ArticleSimilarity.Weights(0.5, 0.5, 1.0, 0, 1));

    public Parameters {
      Objects.requireNonNull(weights, "weights");
      if (!(join > 0 && join <= 1 && merge > 0 && merge <= 1)) {
        throw new IllegalArgumentException("join and merge must be in (0, 1], found " + join + " and " + merge);
      }
      if (salientEntities < 1 || salientTerms < 0 || postingLimit < 1 || maxCandidates < 1) {
        throw new IllegalArgumentException("salientEntities, postingLimit and maxCandidates must be >= 1 and "
            + "salientTerms >= 0, found " + salientEntities + ", " + postingLimit + ", " + maxCandidates + ", "
            + salientTerms);
      }
    }
  }

  private static final EventTime NO_TIME = EventTime.parse(null);
  /** Entities and terms kept per storyline centroid, each. */
  static final int MAX_KEYS = 500;
  /** Candidate storylines checked for a merge after one grew, at most. */
  static final int MERGE_CHECKS = 5;

  /** A storyline's mutable state. */
  static final class State implements java.io.Serializable {
    final String id;
    /** The event that started it. */
    final String anchor;
    final long seq;
    final Set<String> events = new LinkedHashSet<>();
    final Centroid centroid = new Centroid(MAX_KEYS);
    final Set<String> tags = new HashSet<>();

    State(String id, String anchor, long seq) {
      this.id = id;
      this.anchor = anchor;
      this.seq = seq;
    }
  }

  private final Parameters parameters;
  private final EventClusterer clusterer;
  private final ArticleSimilarity similarity;
  private PostingIndex index;
  private final Map<String, State> storylines = new LinkedHashMap<>();
  private Aliases aliases = new Aliases();
  private final Map<String, String> storylineOfEvent = new HashMap<>();
  private final Map<String, Set<String>> tagsOfEvent = new HashMap<>();
  private final Map<String, Integer> mustLinkOf = new HashMap<>();
  private final List<List<String>> mustLinks = new ArrayList<>();
  private int cannotLinks;
  private long seq;

  /** Builds storylines from what {@code clusterer} does from now on. */
  public StorylineBuilder(Parameters parameters, EventClusterer clusterer) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    this.clusterer = Objects.requireNonNull(clusterer, "clusterer");
    this.similarity = new ArticleSimilarity(parameters.weights(), clusterer.frequencies());
    this.index = new PostingIndex(parameters.postingLimit());
    clusterer.listen(new Follower());
  }

  /** Keeps the storylines in step with the clusterer's events (a named class, so a snapshot can hold it). */
  private final class Follower implements EventClusterer.Listener {
    @Override
    public void created(EventState event) {
      place(event);
    }

    @Override
    public void grew(EventState event, Features added) {
      State s = storylines.get(storylineOf(event.id).orElseThrow());
      s.centroid.add(added, 1);
      post(s, added);
    }

    @Override
    public void absorbed(EventState survivor, EventState absorbed) {
      moveAbsorbed(survivor, absorbed);
    }
  }

  /** The storyline of an event, if the event exists. */
  public Optional<String> storylineOf(String eventId) {
    String s = storylineOfEvent.get(clusterer.resolve(eventId));
    return s == null ? Optional.empty() : Optional.of(resolve(s));
  }

  /** Number of storylines. */
  public int size() {
    return storylines.size();
  }

  /**
   * How specific an entity is to the storylines that carry it among their salient keys, in {@code (0, 1]}:
   * {@code ln(1 + S / n) / ln(1 + S)} for {@code n} of {@code S} storylines; 1 while there is one storyline.
   */
  double specificity(String entityId) {
    int s = storylines.size();
    int n = Math.max(1, index.count(DocumentFrequencies.entityKey(entityId)));
    return s <= 1 ? 1 : Math.log1p((double) s / n) / Math.log1p(s);
  }

  Collection<State> states() {
    return storylines.values();
  }

  State state(String id) {
    return storylines.get(resolve(id));
  }

  /**
   * Merges storylines (a user correction) and binds their anchor events so they stay together when the articles
   * are processed again. Returns the correction to record; the merged storyline is {@code storylineOf} any anchor.
   *
   * @throws IllegalArgumentException naming an unknown storyline id
   */
  public StorylineCorrection.Merged merge(List<String> storylineIds, String by) {
    if (storylineIds.size() < 2) {
      throw new IllegalArgumentException("a merge needs at least two storylines, found " + storylineIds);
    }
    List<String> anchors = new ArrayList<>();
    for (String id : storylineIds) {
      anchors.add(require(id).anchor);
    }
    StorylineCorrection.Merged merged = new StorylineCorrection.Merged(anchors, by, Instant.now().toString());
    apply(merged);
    return merged;
  }

  /**
   * Moves {@code eventIds} out of their storyline into a new one (a user correction) and keeps them apart from
   * the rest when the articles are processed again. Returns the correction to record; the new storyline is
   * {@code storylineOf} any moved event.
   *
   * @throws IllegalArgumentException when an event is not in the storyline, or all of its events would move
   */
  public StorylineCorrection.Split split(String storylineId, List<String> eventIds, String by) {
    State s = require(storylineId);
    Set<String> moved = new LinkedHashSet<>();
    for (String e : eventIds) {
      String id = clusterer.resolve(e);
      if (!s.events.contains(id)) {
        throw new IllegalArgumentException("event '" + e + "' is not in storyline " + s.id + "; its events: " + s.events);
      }
      moved.add(id);
    }
    if (moved.isEmpty() || moved.size() == s.events.size()) {
      throw new IllegalArgumentException("a split must move some but not all of the " + s.events.size()
          + " events of storyline " + s.id + ", found " + eventIds);
    }
    Set<String> rest = new LinkedHashSet<>(s.events);
    rest.removeAll(moved);
    StorylineCorrection.Split split = new StorylineCorrection.Split(List.copyOf(moved), List.copyOf(rest), by,
        Instant.now().toString());
    apply(split);
    return split;
  }

  /** Applies a recorded correction to what exists now and to every event to come. */
  void apply(StorylineCorrection correction) {
    switch (correction) {
      case StorylineCorrection.Merged m -> bind(m.anchorEventIds());
      case StorylineCorrection.Split s -> separate(s.moved(), s.rest());
    }
  }

  /**
   * Binds the anchor events (which may not exist yet) and merges the storylines of those that exist. A
   * merge across an earlier split lifts that split: the later correction wins.
   */
  private void bind(List<String> anchorEventIds) {
    liftSplitsAcross(anchorEventIds);
    int group = mustLinks.size();
    mustLinks.add(List.copyOf(anchorEventIds));
    anchorEventIds.forEach(e -> mustLinkOf.put(e, group));
    enforce(group);
  }

  /** Drops every keep-apart constraint that has anchors on both of its sides. */
  private void liftSplitsAcross(List<String> anchorEventIds) {
    Set<String> lifted = new HashSet<>();
    for (String a : anchorEventIds) {
      for (String tag : tagsOfEvent.getOrDefault(a, Set.of())) {
        String split = tag.substring(0, tag.indexOf(':'));
        String otherSide = split + (tag.endsWith(":a") ? ":b" : ":a");
        if (anchorEventIds.stream().anyMatch(b -> tagsOfEvent.getOrDefault(b, Set.of()).contains(otherSide))) {
          lifted.add(split);
        }
      }
    }
    if (!lifted.isEmpty()) {
      tagsOfEvent.values().forEach(tags -> tags.removeIf(t -> lifted.contains(t.substring(0, t.indexOf(':')))));
      storylines.values().forEach(this::retag);
    }
  }

  /** Events of {@code moved} never share a storyline with events of {@code rest}; carves them out now. */
  private void separate(Collection<String> moved, Collection<String> rest) {
    int n = cannotLinks++;
    moved.forEach(e -> tagsOfEvent.computeIfAbsent(e, k -> new HashSet<>()).add(n + ":a"));
    rest.forEach(e -> tagsOfEvent.computeIfAbsent(e, k -> new HashSet<>()).add(n + ":b"));
    Map<String, List<String>> byStoryline = new LinkedHashMap<>();
    for (String e : moved) {
      String live = clusterer.resolve(e);
      storylineOf(live).ifPresent(s -> byStoryline.computeIfAbsent(s, k -> new ArrayList<>()).add(live));
    }
    for (Map.Entry<String, List<String>> e : byStoryline.entrySet()) {
      State from = storylines.get(e.getKey());
      boolean mixed = from.events.stream().anyMatch(x -> !e.getValue().contains(x));
      if (mixed) {
        carveOut(from, e.getValue());
      }
    }
    storylines.values().forEach(this::retag);
  }

  /** Candidate events (by shared salient keys) each event is compared with when the storylines are built again. */
  static final int CANDIDATES = 120;
  /**
   * Most similar of those candidates each event is linked to. Few and by score, not many and by shared keys: a small
   * story beside a large one that shares its hub names (a war beside a pipeline sabotage) keeps most of its links
   * inside, where with many links per event most of them reach the large story and modularity folds the small one
   * in (docs/quality-events.md: 15 was chosen on the tuning half of the topics, 8 and 30 gave less).
   */
  static final int NEIGHBOURS = 15;

  /**
   * Builds every storyline again from the events as they are now, with today's document frequencies: each event is
   * linked to its {@link #NEIGHBOURS} most similar events among {@link #CANDIDATES} found through an index of their
   * salient keys (links at least {@code join} similar), and the storylines are the communities of that graph of
   * highest modularity over a few visit orders ({@link Communities#best}): a group of events tied to another only
   * through a few shared hub names stays a storyline of its own. Users' corrections hold as before; the ids of
   * storylines that no longer exist lead to the storyline of their first event.
   */
  void rebuild() {
    Map<String, State> old = new LinkedHashMap<>(storylines);
    Aliases oldAliases = aliases;
    storylines.clear();
    storylineOfEvent.clear();
    index = new PostingIndex(parameters.postingLimit());
    aliases = new Aliases();
    List<EventState> events = new ArrayList<>(clusterer.states());
    events.sort(Comparator.comparingLong(e -> e.seq));
    int[] community = Communities.best(graph(events));
    Map<Integer, State> byCommunity = new HashMap<>();
    for (int i = 0; i < events.size(); i++) {
      EventState e = events.get(i);
      State s = byCommunity.computeIfAbsent(community[i], c -> {
        State made = new State("sl-" + e.id.substring(3), e.id, seq++);
        storylines.put(made.id, made);
        return made;
      });
      s.events.add(e.id);
      s.tags.addAll(tagsOfEvent.getOrDefault(e.id, Set.of()));
      s.centroid.add(e.centroid);
      storylineOfEvent.put(e.id, s.id);
      for (String k : keys(e.centroid).keySet()) {
        post(k, s);
      }
    }
    for (int group = 0; group < mustLinks.size(); group++) {
      enforce(group);
    }
    for (State s : List.copyOf(storylines.values())) {
      keepApart(s);
    }
    Map<String, String> moved = new HashMap<>();
    for (State s : old.values()) {
      String now = storylineOfEvent.get(clusterer.resolve(s.anchor));
      if (now != null && !now.equals(s.id)) {
        moved.put(s.id, now);
      }
    }
    for (String gone : oldAliases.merged()) {
      String now = moved.get(oldAliases.resolve(gone));
      if (now != null && !now.equals(gone) && !storylines.containsKey(gone)) {
        aliases.put(gone, now);
      }
    }
    moved.forEach((was, now) -> {
      if (!storylines.containsKey(was)) {
        aliases.put(was, now);
      }
    });
  }

  /** Each event linked to its most similar others, in {@code events}' order. */
  private Communities.Graph graph(List<EventState> events) {
    PostingIndex byKey = new PostingIndex(parameters.postingLimit());
    Map<String, Integer> position = new HashMap<>();
    List<Map<String, Double>> keys = new ArrayList<>(events.size());
    List<Features> features = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      EventState e = events.get(i);
      position.put(e.id, i);
      keys.add(keys(e.centroid));
      features.add(e.centroid.features(NO_TIME));
      for (String k : keys.get(i).keySet()) {
        byKey.post(k, e.id);
      }
    }
    Communities.Graph graph = new Communities.Graph(events.size());
    List<Link> links = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      links.clear();
      for (String other : byKey.candidates(keys.get(i), CANDIDATES + 1, id -> id)) {
        int j = position.get(other);
        if (j != i) {
          double score = similarity.compare(features.get(i), features.get(j)).total();
          if (score >= parameters.join()) {
            links.add(new Link(j, score));
          }
        }
      }
      links.sort(Link.STRONGEST_FIRST);
      for (Link l : links.subList(0, Math.min(NEIGHBOURS, links.size()))) {
        graph.connect(i, l.to(), l.score());
      }
    }
    return graph;
  }

  /** A candidate link of the storyline graph; ties go to the earlier event, so the graph is deterministic. */
  private record Link(int to, double score) {
    static final Comparator<Link> STRONGEST_FIRST =
        Comparator.comparingDouble(Link::score).reversed().thenComparingInt(Link::to);
  }

  /** Carves out of {@code s} the events a user's split keeps apart from others in it. */
  private void keepApart(State s) {
    for (String tag : List.copyOf(s.tags)) {
      if (!tag.endsWith(":a") || !s.tags.contains(tag.substring(0, tag.length() - 1) + "b")) {
        continue;
      }
      List<String> moved = s.events.stream()
          .filter(e -> tagsOfEvent.getOrDefault(e, Set.of()).contains(tag)).toList();
      carveOut(s, moved);
      retag(s);
      storylines.values().stream().filter(x -> x.events.contains(moved.getFirst())).findFirst().ifPresent(this::retag);
    }
  }

  private void place(EventState event) {
    Features f = event.features();
    Map<String, Double> keys = keys(event.centroid);
    State best = null;
    double bestScore = -1;
    for (String id : index.candidates(keys, parameters.maxCandidates(), this::live)) {
      State s = storylines.get(id);
      if (conflict(tagsOfEvent.getOrDefault(event.id, Set.of()), s.tags)) {
        continue;
      }
      double score = similarity.compare(f, s.centroid.features(NO_TIME)).total();
      if (score >= parameters.join() && score > bestScore) {
        best = s;
        bestScore = score;
      }
    }
    if (best == null) {
      best = new State("sl-" + event.id.substring(3), event.id, seq++);
      storylines.put(best.id, best);
    }
    best.events.add(event.id);
    best.tags.addAll(tagsOfEvent.getOrDefault(event.id, Set.of()));
    best.centroid.add(f, 1);
    storylineOfEvent.put(event.id, best.id);
    for (String k : keys.keySet()) {
      post(k, best);
    }
    mergeAround(best, keys);
    Integer group = mustLinkOf.get(event.id);
    if (group != null) {
      enforce(group);
    }
  }

  private void moveAbsorbed(EventState survivor, EventState absorbed) {
    State to = storylines.get(storylineOf(survivor.id).orElseThrow());
    String fromId = storylineOfEvent.remove(absorbed.id);
    State from = fromId == null ? null : storylines.get(resolve(fromId));
    Set<String> tags = tagsOfEvent.remove(absorbed.id);
    if (tags != null) {
      tagsOfEvent.computeIfAbsent(survivor.id, k -> new HashSet<>()).addAll(tags);
      to.tags.addAll(tags);
    }
    if (from != null) {
      from.events.remove(absorbed.id);
    }
    if (from != null && from != to) {
      from.centroid.add(absorbed.centroid.features(NO_TIME), -1);
      to.centroid.add(absorbed.centroid);
      if (from.events.isEmpty()) {
        storylines.remove(from.id);
        aliases.put(from.id, to.id);
      } else if (tags != null) {
        retag(from);
      }
    }
    Integer group = mustLinkOf.get(absorbed.id);
    if (group != null) {
      mustLinkOf.put(survivor.id, group);
      enforce(group);
    }
  }

  /** Merges the storylines near {@code grown} that became similar enough. */
  private void mergeAround(State grown, Map<String, Double> keys) {
    State survivor = grown;
    for (String id : index.candidates(keys, MERGE_CHECKS + 1, this::live)) {
      State other = storylines.get(id);
      if (other == null || other == survivor || conflict(survivor.tags, other.tags)) {
        continue;
      }
      double score = similarity.compare(survivor.centroid.features(NO_TIME), other.centroid.features(NO_TIME)).total();
      if (score >= parameters.merge()) {
        survivor = union(survivor, other);
      }
    }
  }

  private void enforce(int group) {
    State target = null;
    for (String e : mustLinks.get(group)) {
      Optional<String> s = storylineOf(e);
      if (s.isEmpty()) {
        continue;
      }
      State st = storylines.get(s.get());
      target = target == null ? st : target == st ? target : union(target, st);
    }
  }

  /** Joins two storylines; the older survives. */
  private State union(State a, State b) {
    State keep = a.seq <= b.seq ? a : b;
    State gone = keep == a ? b : a;
    for (String e : gone.events) {
      keep.events.add(e);
      storylineOfEvent.put(e, keep.id);
    }
    keep.centroid.add(gone.centroid);
    keep.tags.addAll(gone.tags);
    storylines.remove(gone.id);
    aliases.put(gone.id, keep.id);
    return keep;
  }

  /** Moves {@code events} out of {@code from} into a new storyline anchored on the earliest of them. */
  private void carveOut(State from, List<String> events) {
    List<EventState> moved = events.stream().map(clusterer::state).sorted(Comparator.comparingLong(e -> e.seq)).toList();
    String anchor = moved.getFirst().id;
    String id = "sl-" + anchor.substring(3);
    for (int n = 2; storylines.containsKey(id) || aliases.contains(id); n++) {
      id = "sl-" + anchor.substring(3) + "-" + n;
    }
    State to = new State(id, anchor, seq++);
    storylines.put(to.id, to);
    for (EventState e : moved) {
      from.events.remove(e.id);
      from.centroid.add(e.centroid.features(NO_TIME), -1);
      to.events.add(e.id);
      to.centroid.add(e.centroid);
      storylineOfEvent.put(e.id, to.id);
      for (String k : keys(e.centroid).keySet()) {
        post(k, to);
      }
    }
  }

  private void retag(State s) {
    s.tags.clear();
    s.events.forEach(e -> s.tags.addAll(tagsOfEvent.getOrDefault(e, Set.of())));
  }

  private void post(State s, Features f) {
    Centroid c = new Centroid(MAX_KEYS);
    c.add(f, 1);
    keys(c).keySet().forEach(k -> post(k, s));
  }

  private void post(String key, State s) {
    index.post(key, s.id);
  }

  private Map<String, Double> keys(Centroid c) {
    DocumentFrequencies df = clusterer.frequencies();
    Map<String, Double> keys = new LinkedHashMap<>();
    for (String e : c.topEntities(parameters.salientEntities(), df)) {
      keys.put(DocumentFrequencies.entityKey(e), df.idf(DocumentFrequencies.entityKey(e)));
    }
    for (String t : c.topTerms(parameters.salientTerms(), df)) {
      keys.put(DocumentFrequencies.termKey(t), df.idf(DocumentFrequencies.termKey(t)));
    }
    return keys;
  }

  /** True when one side holds tag {@code n:a} and the other {@code n:b}. */
  private static boolean conflict(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    for (String t : a) {
      String opposite = t.endsWith(":a") ? t.substring(0, t.length() - 1) + "b" : t.substring(0, t.length() - 1) + "a";
      if (b.contains(opposite)) {
        return true;
      }
    }
    return false;
  }

  private State require(String id) {
    State s = storylines.get(resolve(id));
    if (s == null) {
      throw new IllegalArgumentException("no storyline with id '" + id + "'; ids look like sl-3f2a9c0b1d4e "
          + "(list them with storylines())");
    }
    return s;
  }

  private String resolve(String id) {
    return aliases.resolve(id);
  }

  private String live(String id) {
    String current = resolve(id);
    return storylines.containsKey(current) ? current : null;
  }
}
