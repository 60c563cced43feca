package io.storyline.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Online event clustering: each article joins the most similar event within the time window (of the same kind, or
 * the similarity is lowered by {@link #KIND_MISMATCH}), or starts a new one;
 * an event that grows close to another absorbs it. Candidates come from a {@link PostingIndex} over the article's
 * most salient entities and terms (bounded posting lists, a bounded number of candidates examined), so the cost
 * of an article does not grow with the corpus; nothing is compared all-pairs. Deterministic for the same input
 * order. Not thread-safe: one writer adds articles.
 *
 * <p><b>Across languages.</b> Reports of one happening in two languages share entities (registry ids are the same in
 * every language and script), numbers and translingual concepts, but few word prefixes. An article is therefore
 * also compared with the events that hold no article of its language by the language-neutral similarity
 * ({@link Features#neutral}) against its own threshold ({@link Parameters#crossJoin}); those events are found
 * through a second bounded index over salient entities and concept terms. Within one language nothing changes.
 */
public final class EventClusterer implements java.io.Serializable {

  /**
   * Clustering parameters.
   *
   * @param join            least similarity for an article to join an event when both dates place the happening
   * @param joinUndated     least similarity when either date places nothing ({@code XXXX-XX-XX}, a bare weekday)
   * @param merge           least similarity for two events to merge
   * @param windowDays      an article never joins an event whose date is more than this many days from its own
   * @param salientEntities entities of an article used to look up candidates
   * @param salientTerms    terms of an article used to look up candidates
   * @param postingLimit    most recent events kept per index key
   * @param maxCandidates   events examined per article, at most
   * @param mergeChecks     candidates checked for a merge after an article joins, at most
   * @param weights         the similarity weights
   * @param crossJoin       least language-neutral similarity ({@link Features#neutral}: entities, concept terms,
   *                        numbers) for an article to join an event that holds no article of its language, when
   *                        either date places nothing; when both do, {@code crossJoin * join / joinUndated}. The
   *                        same scale applies to merging two events that share no language
   * @param crossWeights    the weights of the language-neutral similarity
   * @param crossCandidates events examined per article through the language-neutral index (salient entities and
   *                        concept terms), besides {@code maxCandidates}; 0 turns cross-lingual joining off
   */
  public record Parameters(double join, double joinUndated, double merge, int windowDays, int salientEntities,
      int salientTerms, int postingLimit, int maxCandidates, int mergeChecks, ArticleSimilarity.Weights weights,
      double crossJoin, ArticleSimilarity.Weights crossWeights, int crossCandidates) implements java.io.Serializable {
    /** The defaults, measured in docs/quality-events.md. */
    public static final Parameters DEFAULT = new Parameters(0.45, 0.60, 0.55, 7, 8, 8, 200, 40, 4,
        ArticleSimilarity.Weights.CLUSTERING, 0.55, ArticleSimilarity.Weights.CROSS_LINGUAL, 20);

    public Parameters {
      Objects.requireNonNull(weights, "weights");
      Objects.requireNonNull(crossWeights, "crossWeights");
      if (!(join > 0 && join <= 1 && joinUndated >= join && joinUndated <= 1 && merge > 0 && merge <= 1)) {
        throw new IllegalArgumentException("thresholds must satisfy 0 < join <= joinUndated <= 1 and 0 < merge <= 1, "
            + "found join " + join + ", joinUndated " + joinUndated + ", merge " + merge);
      }
      if (!(crossJoin > 0 && crossJoin <= 1) || crossCandidates < 0) {
        throw new IllegalArgumentException("crossJoin must be in (0, 1] and crossCandidates >= 0, found " + crossJoin
            + " and " + crossCandidates);
      }
      if (windowDays < 0 || salientEntities < 1 || salientTerms < 0 || postingLimit < 1 || maxCandidates < 1
          || mergeChecks < 0) {
        throw new IllegalArgumentException("windowDays, salientTerms and mergeChecks must be >= 0 and salientEntities, "
            + "postingLimit, maxCandidates >= 1, found " + windowDays + ", " + salientTerms + ", " + mergeChecks + ", "
            + salientEntities + ", " + postingLimit + ", " + maxCandidates);
      }
    }
  }

  /**
   * Where one article went.
   *
   * @param eventId            the event it joined or started
   * @param created            true when it started the event
   * @param absorbedEventIds   events merged into {@code eventId} as a consequence
   * @param candidatesExamined events compared with the article
   */
  public record Placement(String articleId, String eventId, boolean created, List<String> absorbedEventIds,
      int candidatesExamined) {}

  /**
   * Factor on the similarity of an article and an event of different known kinds (a visit and an interview): one
   * happening is mostly reported as the same kind, but not always.
   */
  static final double KIND_MISMATCH = 0.85;

  private final Parameters parameters;
  private final DocumentFrequencies frequencies;
  private final ArticleSimilarity similarity;
  private final ArticleSimilarity neutralSimilarity;
  private final PostingIndex index;
  /** Events by salient entities and concept terms: where an article finds its event's reports in other languages. */
  private final PostingIndex neutralIndex;
  private final Map<String, EventState> events = new LinkedHashMap<>();
  private final Aliases aliases = new Aliases();
  private final Map<String, String> eventOfArticle = new HashMap<>();
  private final List<Listener> listeners = new ArrayList<>();
  private long seq;

  /** What storylines need to hear about events. */
  interface Listener extends java.io.Serializable {
    void created(EventState event);

    void grew(EventState event, Features added);

    void absorbed(EventState survivor, EventState absorbed);
  }

  public EventClusterer(Parameters parameters, DocumentFrequencies frequencies, VectorSimilarity vectors) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    this.frequencies = Objects.requireNonNull(frequencies, "frequencies");
    this.similarity = new ArticleSimilarity(parameters.weights(), frequencies, vectors);
    this.neutralSimilarity = new ArticleSimilarity(parameters.crossWeights(), frequencies, vectors);
    this.index = new PostingIndex(parameters.postingLimit());
    this.neutralIndex = new PostingIndex(parameters.postingLimit());
  }

  void listen(Listener listener) {
    listeners.add(listener);
  }

  public Parameters parameters() {
    return parameters;
  }

  /** Places one article; an article id seen before keeps its event. Counts the profile's document frequencies. */
  public Placement add(Profile profile) {
    String known = eventOfArticle.get(profile.articleId());
    if (known != null) {
      return new Placement(profile.articleId(), resolve(known), false, List.of(), 0);
    }
    frequencies.add(profile);
    Features features = Features.of(profile, frequencies);
    Features neutral = Features.neutral(profile, frequencies);
    Map<String, Double> keys = salientKeys(features);
    Map<String, Double> neutralKeys = neutralKeys(features, neutral);
    List<String> candidates = index.candidates(keys, parameters.maxCandidates(), this::live);
    Set<String> examined = new LinkedHashSet<>(candidates);
    if (parameters.crossCandidates() > 0) {
      for (String id : neutralIndex.candidates(neutralKeys, parameters.crossCandidates(), this::live)) {
        if (!events.get(id).speaks(profile.language())) {
          examined.add(id);
        }
      }
    }
    EventState best = null;
    double bestScore = -1;
    List<EventState> close = new ArrayList<>();
    for (String id : examined) {
      EventState event = events.get(id);
      if (!withinWindow(features.time(), event.time())) {
        continue;
      }
      double score = similarity.compare(features, event.features()).total();
      if (parameters.crossCandidates() > 0 && !event.speaks(profile.language())) {
        score = Math.max(score, crossScore(neutral, event.neutralFeatures()));
      }
      score *= kindFactor(profile.kind(), event.kind());
      double threshold = features.time().placed() && event.time().placed() ? parameters.join() : parameters.joinUndated();
      if (score >= threshold && score > bestScore) {
        best = event;
        bestScore = score;
      }
      close.add(event);
    }
    Profile light = light(profile);
    boolean created = best == null;
    if (created) {
      best = new EventState(newId(profile.articleId()), seq++);
      best.add(light, features, neutral);
      events.put(best.id, best);
      EventState made = best;
      listeners.forEach(l -> l.created(made));
    } else {
      best.add(light, features, neutral);
      EventState grown = best;
      listeners.forEach(l -> l.grew(grown, features));
    }
    eventOfArticle.put(profile.articleId(), best.id);
    List<String> absorbed = created ? List.of() : mergeAround(best, close);
    EventState target = events.get(resolve(best.id));
    for (String key : keys.keySet()) {
      index.post(key, target.id);
    }
    if (parameters.crossCandidates() > 0) {
      for (String key : neutralKeys.keySet()) {
        neutralIndex.post(key, target.id);
      }
    }
    return new Placement(profile.articleId(), target.id, created, absorbed, examined.size());
  }

  /** The event of an article, if it was added. */
  public Optional<String> eventOf(String articleId) {
    String id = eventOfArticle.get(articleId);
    return id == null ? Optional.empty() : Optional.of(resolve(id));
  }

  /** Number of live events. */
  public int size() {
    return events.size();
  }

  /** Number of articles placed. */
  public int articles() {
    return eventOfArticle.size();
  }

  /** Keys in the candidate index. */
  public int indexedKeys() {
    return index.size();
  }

  Collection<EventState> states() {
    return events.values();
  }

  EventState state(String id) {
    return events.get(resolve(id));
  }

  DocumentFrequencies frequencies() {
    return frequencies;
  }

  /** The current id of an event that may have been merged away. */
  String resolve(String id) {
    return aliases.resolve(id);
  }

  private String live(String id) {
    String current = resolve(id);
    return events.containsKey(current) ? current : null;
  }

  private boolean withinWindow(EventTime a, EventTime b) {
    OptionalLong gap = a.gapDays(b);
    return gap.isEmpty() || gap.getAsLong() <= parameters.windowDays();
  }

  /** Merges into {@code grown} the closest candidates that became similar enough; returns the absorbed ids. */
  private List<String> mergeAround(EventState grown, List<EventState> close) {
    List<String> absorbed = new ArrayList<>();
    EventState survivor = grown;
    int checks = 0;
    for (EventState other : close) {
      if (checks++ >= parameters.mergeChecks()) {
        break;
      }
      if (other == survivor || !events.containsKey(other.id) || !withinWindow(survivor.time(), other.time())) {
        continue;
      }
      double score = similarity.compare(survivor.features(), other.features()).total();
      if (parameters.crossCandidates() > 0 && !survivor.sharesLanguage(other)) {
        score = Math.max(score, crossScore(survivor.neutralFeatures(), other.neutralFeatures()));
      }
      score *= kindFactor(survivor.kind(), other.kind());
      double threshold = survivor.time().placed() && other.time().placed() ? parameters.merge()
          : Math.max(parameters.merge(), parameters.joinUndated());
      if (score < threshold) {
        continue;
      }
      EventState keep = survivor.seq <= other.seq ? survivor : other;
      EventState gone = keep == survivor ? other : survivor;
      keep.absorb(gone);
      events.remove(gone.id);
      aliases.put(gone.id, keep.id);
      listeners.forEach(l -> l.absorbed(keep, gone));
      absorbed.add(gone.id);
      survivor = keep;
    }
    return absorbed;
  }

  /**
   * The language-neutral similarity of two sides in different languages, scaled by {@code joinUndated / crossJoin}
   * so that it meets the same-language thresholds ({@code join}, {@code joinUndated}, {@code merge}) where it meets
   * the cross-lingual ones.
   */
  private double crossScore(Features a, Features b) {
    return neutralSimilarity.compare(a, b).total() * parameters.joinUndated() / parameters.crossJoin();
  }

  /** {@link #KIND_MISMATCH} when both kinds are known and differ, else 1. */
  private static double kindFactor(String a, String b) {
    return a.equals(EventKinds.REPORT) || b.equals(EventKinds.REPORT) || a.equals(b) ? 1.0 : KIND_MISMATCH;
  }

  /** The article's most salient entities and terms, as index keys weighted by IDF. */
  private Map<String, Double> salientKeys(Features f) {
    Map<String, Double> keys = new LinkedHashMap<>();
    salient(f.entities(), parameters.salientEntities(), true, keys);
    salient(f.terms(), parameters.salientTerms(), false, keys);
    return keys;
  }

  /**
   * The keys of the language-neutral index: the article's salient entities and its most salient concept terms and
   * numbers; empty when cross-lingual joining is off.
   */
  private Map<String, Double> neutralKeys(Features f, Features neutral) {
    Map<String, Double> keys = new LinkedHashMap<>();
    if (parameters.crossCandidates() > 0) {
      salient(f.entities(), parameters.salientEntities(), true, keys);
      salient(neutral.terms(), parameters.salientTerms(), false, keys);
    }
    return keys;
  }

  /** Adds the {@code n} keys of most weight times IDF (terms: {@code 1 + ln tf}; ties: by key) with their IDF. */
  private void salient(SparseVector v, int n, boolean entities, Map<String, Double> into) {
    List<Map.Entry<String, Double>> ranked = new ArrayList<>(v.size());
    for (int i = 0; i < v.size(); i++) {
      int id = v.ids[i];
      String key = entities ? DocumentFrequencies.entityKey(frequencies.entityName(id))
          : DocumentFrequencies.termKey(frequencies.term(id));
      double idf = entities ? frequencies.entityIdf(id) : frequencies.termIdf(id);
      ranked.add(Map.entry(key, (entities ? v.weights[i] : 1 + Math.log(v.weights[i])) * idf));
    }
    ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    for (int i = 0; i < n && i < ranked.size(); i++) {
      into.put(ranked.get(i).getKey(), frequencies.idf(ranked.get(i).getKey()));
    }
  }

  /**
   * The profile without its terms but those its gist's gloss reads ({@link Glosses#titleTerms}): what an event keeps
   * of each article once the centroid has them.
   */
  private static Profile light(Profile p) {
    return new Profile(p.articleId(), p.language(), p.headline(), p.dateValue(), p.granularity(), p.dateConfidence(),
        p.kind(), p.actors(), Glosses.titleTerms(p), p.quotes(), null);
  }

  private String newId(String articleId) {
    String base = "ev-" + digest(articleId);
    String id = base;
    for (int n = 2; events.containsKey(id) || aliases.contains(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  /** The first 12 hex digits of the SHA-256 of {@code s}. */
  static String digest(String s) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
