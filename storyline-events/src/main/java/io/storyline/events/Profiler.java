package io.storyline.events;

import io.storyline.core.Article;
import io.storyline.core.LanguageGuess;
import io.storyline.core.Layers;
import io.storyline.core.Lead;
import io.storyline.entities.EntityLayers;
import io.storyline.entities.EntityType;
import io.storyline.entities.Mention;
import io.storyline.entities.lexicon.LanguageData;
import io.storyline.time.EventDate;
import io.storyline.time.Granularity;
import io.storyline.time.TimeLayers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@link Profile} of an analysed article: its entities weighted by salience, its normalised terms, its
 * event date, kind and quotations. Needs the {@code language}, {@code entities} (linked by the registry) and
 * {@code eventDate} layers, and uses the {@link ProfileText} an analysis thread read when the article carries it.
 * Thread-safe when the name function is.
 *
 * <pre>{@code
 * Profiler profiler = new Profiler(registry::name);
 * Profile p = profiler.profile(registry.link(analysed, Instant.now()));
 * }</pre>
 */
public final class Profiler {
  /** Entities kept per profile, the most salient first. */
  public static final int MAX_ACTORS = 40;
  /** Plain terms kept per profile, the most frequent first; as many concept terms are kept besides. */
  public static final int MAX_TERMS = 250;

  private static final Pattern PREVIOUS_WORD = Pattern.compile("([\\p{L}]+)[\\s]+$");

  private final Function<String, Optional<String>> names;
  private final VectorSimilarity vectors;

  /** A profiler without dense vectors; {@code names} gives canonical names by entity id (the registry's). */
  public Profiler(Function<String, Optional<String>> names) {
    this(names, null);
  }

  /** A profiler that also embeds articles with {@code vectors} (may be null). */
  public Profiler(Function<String, Optional<String>> names, VectorSimilarity vectors) {
    this.names = Objects.requireNonNull(names, "names");
    this.vectors = vectors;
  }

  /**
   * The profile of {@code article}.
   *
   * @throws IllegalStateException naming the missing layer when the article was not analysed
   */
  public Profile profile(Article article) {
    String language = article.expect(Layers.LANGUAGE).code();
    List<Mention> mentions = article.expect(EntityLayers.MENTIONS);
    EventDate date = article.expect(TimeLayers.EVENT_DATE);
    ProfileText text = article.get(ProfileText.LAYER).orElseGet(() -> ProfileText.of(article));
    String clean = text.clean();
    Lead where = text.lead();
    String titleText = text.title();

    List<Actor> actors = actors(mentions, clean, language, where.titleEnd(), where.leadEnd());
    List<Quote> quotes = QuoteFinder.find(article.id(), clean, language, mentions, this::name);
    String headline = Optional.ofNullable(article.displayTitle()).orElse(titleText).strip();
    float[] vector = vectors == null ? null : vectors.embed(article);
    boolean dated = !date.value().equals(EventTime.UNKNOWN);
    return new Profile(article.id(), article.get(Layers.LANGUAGE).filter(LanguageGuess::isDetermined)
        .map(LanguageGuess::code).orElse(LanguageGuess.UNDETERMINED), headline,
        dated ? date.value() : EventTime.UNKNOWN, dated ? date.granularity() : Granularity.DAY, date.confidence(),
        text.kind(), actors, top(text.terms()), quotes, vector);
  }

  private List<Actor> actors(List<Mention> mentions, String clean, String language, int titleEnd, int leadEnd) {
    LanguageData data = LanguageData.of(language);
    Map<String, double[]> weights = new LinkedHashMap<>();
    Map<String, Mention> firstMention = new LinkedHashMap<>();
    Map<String, Boolean> placed = new LinkedHashMap<>();
    for (Mention m : mentions) {
      String id = id(m);
      double place = m.end() <= titleEnd ? 3 : m.start() < leadEnd ? 2 : 1;
      weights.computeIfAbsent(id, k -> new double[2]);
      weights.get(id)[0] += place;
      weights.get(id)[1]++;
      firstMention.putIfAbsent(id, m);
      if (m.type() == EntityType.LOCATION && m.start() < leadEnd) {
        Matcher w = PREVIOUS_WORD.matcher(clean.substring(Math.max(0, m.start() - 25), m.start()));
        if (w.find() && data.isPlaceBefore(w.group(1).toLowerCase(Locale.ROOT))) {
          placed.put(id, true);
        }
      }
    }
    Map<String, String> affiliations = Affiliations.of(mentions, clean, language, Profiler::id);
    List<Actor> actors = new ArrayList<>();
    for (Map.Entry<String, double[]> e : weights.entrySet()) {
      Mention m = firstMention.get(e.getKey());
      actors.add(new Actor(e.getKey(), name(m), m.type(), (int) e.getValue()[1],
          typeFactor(m) * Math.sqrt(e.getValue()[0]), placed.getOrDefault(e.getKey(), false),
          affiliations.get(e.getKey())));
    }
    actors.sort(Comparator.comparingDouble((Actor a) -> -a.salience()).thenComparing(Actor::entityId));
    return actors.size() > MAX_ACTORS ? actors.subList(0, MAX_ACTORS) : actors;
  }

  /** The canonical name of a mention's entity, else its base form. */
  private String name(Mention m) {
    return m.entityId() == null ? m.lemma() : names.apply(m.entityId()).orElse(m.lemma());
  }

  static String id(Mention m) {
    return m.entityId() != null ? m.entityId() : "key:" + m.key();
  }

  /**
   * How much a mention's entity counts by its type. MISC by evidence (a demonym, "Japanese") counts little; a name
   * left untyped ("Brexit", "Ryanair" in a text that names its people in full) counts as a name.
   */
  private static double typeFactor(Mention m) {
    return switch (m.type()) {
      case MISC -> m.typeGuessed() ? 1.0 : 0.3;
      case PRODUCT -> 0.7;
      case EVENT -> 1.2;
      default -> 1.0;
    };
  }

  /**
   * The {@link #MAX_TERMS} most frequent plain terms with their covered counts, and the {@link #MAX_TERMS} most
   * frequent concept terms ({@link Terms}).
   */
  private static Map<String, Integer> top(Map<String, Integer> terms) {
    Map<String, Integer> kept = new TreeMap<>();
    Map<String, Integer> concepts = new TreeMap<>();
    terms.forEach((t, n) -> {
      if (Terms.isPlain(t)) {
        kept.put(t, n);
      } else if (Terms.isConcept(t)) {
        concepts.put(t, n);
      }
    });
    Map<String, Integer> top = new TreeMap<>(most(kept));
    top.keySet().stream().toList().forEach(t -> {
      Integer covered = terms.get(Terms.COVERED + t);
      if (covered != null) {
        top.put(Terms.COVERED + t, covered);
      }
    });
    top.putAll(most(concepts));
    return top;
  }

  private static Map<String, Integer> most(Map<String, Integer> terms) {
    if (terms.size() <= MAX_TERMS) {
      return terms;
    }
    Map<String, Integer> kept = new TreeMap<>();
    terms.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(MAX_TERMS).forEach(e -> kept.put(e.getKey(), e.getValue()));
    return kept;
  }
}
