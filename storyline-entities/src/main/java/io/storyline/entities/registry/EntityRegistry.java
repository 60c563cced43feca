package io.storyline.entities.registry;

import io.storyline.core.Article;
import io.storyline.entities.EntityLayers;
import io.storyline.entities.EntityType;
import io.storyline.entities.Mention;
import io.storyline.entities.key.NameKey;
import io.storyline.entities.lexicon.KnownName;
import io.storyline.entities.text.Homoglyphs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The entities of every article, linked across languages and scripts, with the users' corrections. Linking looks a
 * mention's key up in a hash index (cost per mention O(1)); a key no entity has yet creates one. Every change is
 * an event in a {@link RegistryLog}, replayed at open, so corrections survive restarts and apply to all later
 * ingests. Methods are synchronised: one ingest loop writes, others may read.
 *
 * <pre>{@code
 * EntityRegistry registry = EntityRegistry.open(new JsonlRegistryLog(dir), recognizer.gazetteer()::canonical);
 * Article linked = registry.link(article, Instant.now());
 * registry.commit();
 * }</pre>
 */
public final class EntityRegistry implements AutoCloseable {
  private static final int MIN_SKELETON = 4;
  /** Least letters after the type prefix for the start of an id to name an entity ({@code per-jens}). */
  private static final int MIN_PREFIX = 4;
  private static final System.Logger LOG = System.getLogger(EntityRegistry.class.getName());

  private final RegistryLog log;
  private final Function<String, String> canonicalByKey;
  private final Map<String, State> entities;
  private final Map<String, String> byKey;
  private final Map<String, Set<String>> bySkeleton;
  /** Each word of a person's key of two or more words, to the entities with such a key ("trump" → Donald Trump). */
  private final Map<String, Set<String>> personsByWord;
  /** The loose skeletons of people's full names ({@link PersonKeys#loose}), to the entities with such a key. */
  private final Map<String, Set<String>> personsByLooseSkeleton;
  /** The words of each key of two words or more, in the order of a person's key, to the entities with such a key. */
  private final Map<String, Set<String>> byWords;
  private final Map<String, String> aliases;
  /** Where a split moved a variant: {@code sourceId + "\n" + variantId} to the new entity's id. */
  private final Map<String, String> moved;
  private final List<RegistryEvent> pending = new ArrayList<>();

  private EntityRegistry(RegistryLog log, Function<String, String> canonicalByKey, RegistryState state) {
    this.log = log;
    this.canonicalByKey = canonicalByKey;
    this.entities = state.entities;
    this.byKey = state.byKey;
    this.bySkeleton = state.bySkeleton;
    this.personsByWord = state.personsByWord;
    this.personsByLooseSkeleton = state.personsByLooseSkeleton;
    this.byWords = state.byWords;
    this.aliases = state.aliases;
    this.moved = state.moved;
  }

  /** The state as a log may save it after a commit ({@link RegistryLog#committed}): the live maps, not a copy. */
  private RegistryState state() {
    return new RegistryState(entities, byKey, bySkeleton, personsByWord, personsByLooseSkeleton, byWords, aliases, moved);
  }

  /**
   * Opens a registry over {@code log}, replaying it: from the state the log saved after a prefix of it, when it has
   * one ({@link RegistryLog#opening()}), else from the first event. {@code canonicalByKey} gives display names for
   * code keys ({@code #JP -> Japan}); it may return null.
   */
  public static EntityRegistry open(RegistryLog log, Function<String, String> canonicalByKey) {
    RegistryLog.Opening opening = log.opening();
    EntityRegistry r = new EntityRegistry(log, canonicalByKey, opening.saved().orElseGet(RegistryState::empty));
    List<String> skipped = new ArrayList<>();
    for (RegistryEvent e : opening.events()) {
      Optional<String> missing = r.unknownEntity(e);
      if (missing.isPresent()) {
        skipped.add(e.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT) + " " + missing.get());
      } else {
        r.apply(e);
      }
    }
    for (State s : List.copyOf(r.entities.values())) {
      if (!s.seen) {
        skipped.add("created " + s.id + " (no record says where it was seen)");
        r.drop(s);
      }
    }
    if (!skipped.isEmpty()) {
      LOG.log(System.Logger.Level.WARNING, "the registry log has {0} records whose companion record is missing "
          + "(torn by a crash?), skipped: {1}", skipped.size(),
          String.join("; ", skipped.subList(0, Math.min(5, skipped.size()))) + (skipped.size() > 5 ? "; ..." : ""));
    }
    return r;
  }

  /** The entity id an event names that no earlier event created (its creation was lost), if any. */
  private Optional<String> unknownEntity(RegistryEvent event) {
    String id = switch (event) {
      case RegistryEvent.Created c -> null;
      case RegistryEvent.Seen seen -> seen.id();
      case RegistryEvent.Forgotten f -> f.id();
      case RegistryEvent.Merged m -> m.into();
      case RegistryEvent.Split sp -> sp.id();
      case RegistryEvent.Renamed r -> r.id();
      case RegistryEvent.Retyped t -> t.id();
    };
    return id == null || entities.containsKey(resolve(id)) ? Optional.empty() : Optional.of(id);
  }

  /** Removes an entity from the registry and its indexes (one whose every mention was lost). */
  private void drop(State s) {
    entities.remove(s.id);
    byKey.values().removeIf(s.id::equals);
    for (Map<String, Set<String>> index : List.of(bySkeleton, personsByWord, personsByLooseSkeleton, byWords)) {
      index.values().forEach(ids -> ids.remove(s.id));
      index.values().removeIf(Set::isEmpty);
    }
  }

  /** A registry that keeps nothing on disk. */
  public static EntityRegistry inMemory(Function<String, String> canonicalByKey) {
    return open(RegistryLog.none(), canonicalByKey);
  }

  /** Mutable state of one entity; serialisable for the log's snapshots ({@link RegistryState}). */
  static final class State implements java.io.Serializable {
    @java.io.Serial
    private static final long serialVersionUID = 1L;
    final String id;
    EntityType type;
    String fixedName;
    boolean typeFixed;
    final Map<String, Variant> variants = new LinkedHashMap<>();
    final Set<String> keys = new LinkedHashSet<>();
    final Set<String> articles = new LinkedHashSet<>();
    /** The articles that wrote each variant, by {@link Variant#id()}: a split moves them with the variant. */
    final Map<String, Set<String>> variantArticles = new HashMap<>();
    /** Mentions typed by evidence, by type ({@link Mention#typeGuessed} is false for them). */
    final Map<EntityType, Integer> evidence = new EnumMap<>(EntityType.class);
    String firstSeen;
    String lastSeen;
    /** Whether any article's mentions reached it (false only when the record saying so was lost). */
    boolean seen;

    State(String id, EntityType type) {
      this.id = id;
      this.type = type;
    }
  }

  /**
   * Links the article's mentions: each gets the id of the entity its key resolves to, created when new. A mention
   * whose type the recogniser only guessed ({@link Mention#typeGuessed}) takes the type the entity's other mentions
   * show ("Michigan" alone reads as a person, but "w stanie Michigan" elsewhere made it a place), and every mention
   * of an entity a user retyped takes the user's type. A surname alone is the person the same article names in full
   * ({@link SurnameLinks}). The changes are kept until {@link #commit()}.
   *
   * @throws IllegalStateException when the article has no {@code entities} layer
   */
  public synchronized Article link(Article article, Instant at) {
    List<Mention> mentions = article.expect(EntityLayers.MENTIONS);
    String when = at.toString();
    String language = languageOf(article);
    Map<Integer, Integer> surnames = SurnameLinks.of(mentions);
    Mention[] out = new Mention[mentions.size()];
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (surnames.containsKey(i)) {
        continue;
      }
      Optional<String> full = m.type() == EntityType.PERSON && !m.typeGuessed() && m.key().indexOf(' ') < 0
          ? fullNameOf(m.key()) : Optional.empty();
      String id = full.or(() -> find(m.key(), m.type())).orElseGet(() -> {
        String newId = newId(m.type(), EntityIds.nameOf(m.key(), m.lemma(), language));
        record(new RegistryEvent.Created(newId, m.type(), m.key(), when));
        return newId;
      });
      State s = entities.get(id);
      Mention typed = m;
      if (s != null && (s.typeFixed || m.typeGuessed() && !s.evidence.isEmpty())) {
        typed = m.withType(typeOf(s));
      }
      out[i] = typed.withEntityId(id);
    }
    for (Map.Entry<Integer, Integer> e : surnames.entrySet()) {
      Mention person = out[e.getValue()];
      out[e.getKey()] = mentions.get(e.getKey()).withType(person.type()).withEntityId(person.entityId());
    }
    Article result = article.with(EntityLayers.MENTIONS, List.of(out));
    for (Map.Entry<String, Contribution> e : contributions(result).entrySet()) {
      record(new RegistryEvent.Seen(e.getKey(), article.id(), when, e.getValue().variants(), e.getValue().evidence()));
    }
    return result;
  }

  /**
   * Withdraws what an earlier, linked version of an article contributed (its variants, its type evidence and its
   * place in each entity's articles), before its new version is linked: an article stored again with new text
   * counts once. Entities merged or split since are followed to where the forms are now. Kept until
   * {@link #commit()}.
   */
  public synchronized void forget(Article earlier, Instant at) {
    if (!earlier.has(EntityLayers.MENTIONS)) {
      return;
    }
    for (Map.Entry<String, Contribution> e : contributions(earlier).entrySet()) {
      record(new RegistryEvent.Forgotten(e.getKey(), earlier.id(), at.toString(), e.getValue().variants(),
          e.getValue().evidence()));
    }
  }

  /** What one article's mentions of one entity add to it: the forms written, and the types shown by evidence. */
  private record Contribution(List<Variant> variants, Map<EntityType, Integer> evidence) {}

  /** Each entity's contribution from an article's linked mentions, by entity id in order of first mention. */
  private static Map<String, Contribution> contributions(Article article) {
    Map<String, List<Variant>> variants = variantsByEntity(article);
    Map<String, Map<EntityType, Integer>> evidence = new HashMap<>();
    for (Mention m : article.expect(EntityLayers.MENTIONS)) {
      if (m.entityId() != null && !m.typeGuessed() && m.type() != EntityType.MISC) {
        evidence.computeIfAbsent(m.entityId(), k -> new EnumMap<>(EntityType.class)).merge(m.type(), 1, Integer::sum);
      }
    }
    Map<String, Contribution> out = new LinkedHashMap<>();
    variants.forEach((id, v) -> out.put(id, new Contribution(v, evidence.getOrDefault(id, Map.of()))));
    return out;
  }

  /** The variants an article's linked mentions contribute, counted, by entity id in order of first mention. */
  private static Map<String, List<Variant>> variantsByEntity(Article article) {
    String language = languageOf(article);
    Map<String, Map<String, Variant>> byEntity = new LinkedHashMap<>();
    for (Mention m : article.expect(EntityLayers.MENTIONS)) {
      if (m.entityId() == null) {
        continue;
      }
      Variant v = variant(m, language);
      byEntity.computeIfAbsent(m.entityId(), k -> new LinkedHashMap<>()).merge(v.id(), v, (a, b) -> a.plus(b.count()));
    }
    Map<String, List<Variant>> out = new LinkedHashMap<>();
    byEntity.forEach((id, variants) -> out.put(id, List.copyOf(variants.values())));
    return out;
  }

  private static String languageOf(Article article) {
    return article.get(io.storyline.core.Layers.LANGUAGE).map(l -> l.code()).orElse("und");
  }

  /**
   * The entity id a key resolves to: the exact key, else a unique same-type entity with the same consonant skeleton;
   * for a name of two words or more, else the one entity of any type with the same words; then, by the rules of
   * {@link PersonKeys}, a unique person (a loose skeleton, a short name sharing a long word, a name without the
   * feminine -ová; for a name typed otherwise, the person with that name).
   */
  public synchronized Optional<String> find(String key, EntityType type) {
    String id = byKey.get(key);
    if (id != null) {
      return Optional.of(resolve(id));
    }
    if (key.startsWith(NameKey.CODE_PREFIX)) {
      return Optional.empty();
    }
    String skeleton = NameKey.skeleton(key);
    boolean longSkeleton = skeleton.replace(" ", "").length() >= MIN_SKELETON;
    Optional<String> same = longSkeleton ? unique(bySkeleton.get(skeleton), type, k -> true) : Optional.empty();
    if (same.isPresent() || !PersonKeys.fullName(key)) {
      return same;
    }
    Set<String> sameWords = byWords.get(PersonKeys.asPerson(key));
    if (sameWords != null) {
      List<String> ids = sameWords.stream().map(this::resolve).distinct().filter(entities::containsKey).limit(2).toList();
      if (ids.size() == 1) {
        return Optional.of(ids.getFirst());
      }
    }
    if (type != EntityType.PERSON) {
      return personNamed(PersonKeys.asPerson(key));
    }
    if (!longSkeleton) {
      return unique(bySkeleton.get(skeleton), type, k -> PersonKeys.shareLongWord(k, key));
    }
    Optional<String> loose = unique(personsByLooseSkeleton.get(PersonKeys.loose(skeleton)), type, k -> true);
    String stemmed = PersonKeys.withoutFeminineEnding(key);
    return loose.isPresent() || stemmed.equals(key) ? loose : personNamed(stemmed);
  }

  /** The person whose key is {@code key}, or the one person with its skeleton. */
  private Optional<String> personNamed(String key) {
    String id = byKey.get(key);
    if (id != null && entities.containsKey(resolve(id)) && typeOf(entities.get(resolve(id))) == EntityType.PERSON) {
      return Optional.of(resolve(id));
    }
    String skeleton = NameKey.skeleton(key);
    return skeleton.replace(" ", "").length() >= MIN_SKELETON
        ? unique(bySkeleton.get(skeleton), EntityType.PERSON, k -> true) : Optional.empty();
  }

  /** The one entity of {@code ids} (followed through merges) of {@code type} with a key {@code fits}, if one. */
  private Optional<String> unique(Set<String> ids, EntityType type, Predicate<String> fits) {
    if (ids == null) {
      return Optional.empty();
    }
    List<String> found = ids.stream().map(this::resolve).distinct()
        .filter(i -> entities.containsKey(i) && typeOf(entities.get(i)) == type)
        .filter(i -> entities.get(i).keys.stream().anyMatch(fits)).limit(2).toList();
    return found.size() == 1 ? Optional.of(found.getFirst()) : Optional.empty();
  }

  /** Of {@code ids}, the entity seen in at least three times as many articles as any other, if one is. */
  private Optional<String> dominant(Collection<String> ids) {
    State best = null;
    int runnerUp = 0;
    int candidates = 0;
    for (String id : ids) {
      State s = entities.get(id);
      if (s == null) {
        continue;
      }
      candidates++;
      if (best == null || s.articles.size() > best.articles.size()) {
        runnerUp = best == null ? runnerUp : Math.max(runnerUp, best.articles.size());
        best = s;
      } else {
        runnerUp = Math.max(runnerUp, s.articles.size());
      }
    }
    boolean wins = candidates == 1 || best != null && best.articles.size() > 0 && best.articles.size() >= 3 * runnerUp;
    return wins ? Optional.of(best.id) : Optional.empty(); // two people first named in one article: neither
  }

  /**
   * The person known by a full name containing {@code word}, when one is: the only one, or one seen in at least
   * three times as many articles as any other ("Trump" in an article that never writes "Donald" is Donald Trump, as
   * a reader of the news would take it; two Kaczyńskis equally known stay apart).
   */
  private Optional<String> fullNameOf(String word) {
    Set<String> ids = personsByWord.getOrDefault(word, personsByWord.get(PersonKeys.stem(word)));
    if (ids == null) {
      return Optional.empty();
    }
    return dominant(ids.stream().map(this::resolve).distinct()
        .filter(i -> entities.containsKey(i) && typeOf(entities.get(i)) == EntityType.PERSON).toList());
  }

  /** Makes every change since the last commit durable. */
  public synchronized void commit() {
    commit(false);
  }

  private void commit(boolean closing) {
    log.append(List.copyOf(pending));
    pending.clear();
    log.committed(this::state, closing);
  }

  /** Folds {@code ids} into {@code into}; later mentions of any of them link to {@code into}. */
  public synchronized void merge(Collection<String> ids, String into, String by) {
    State target = require(into);
    for (String id : ids) {
      if (!resolve(id).equals(target.id)) {
        require(id);
      }
    }
    record(new RegistryEvent.Merged(List.copyOf(ids), target.id, by, Instant.now().toString()));
  }

  /**
   * Moves the variants written as {@code forms} (surface or base forms) out of {@code id} into a new entity and
   * returns its id; later mentions with those variants' keys link to the new entity.
   */
  public synchronized String split(String id, Collection<String> forms, String by) {
    State source = require(id);
    boolean any = source.variants.values().stream().anyMatch(v -> forms.contains(v.form()) || forms.contains(v.lemma()));
    if (!any) {
      throw new IllegalArgumentException("entity " + source.id + " has no variant written as " + forms + "; its variants: "
          + source.variants.values().stream().map(Variant::form).distinct().toList());
    }
    String newId = newId(source.type, source.id.substring(source.id.indexOf('-') + 1) + "-split");
    record(new RegistryEvent.Split(source.id, List.copyOf(forms), newId, by, Instant.now().toString()));
    return newId;
  }

  /** Fixes the display name of {@code id}. */
  public synchronized void rename(String id, String name, String by) {
    Objects.requireNonNull(name, "name");
    record(new RegistryEvent.Renamed(require(id).id, name.strip(), by, Instant.now().toString()));
  }

  /** Fixes the type of {@code id}. */
  public synchronized void retype(String id, EntityType type, String by) {
    record(new RegistryEvent.Retyped(require(id).id, type, by, Instant.now().toString()));
  }

  /** Whether {@code event} is a user's correction (merge, split, rename, retype) rather than what ingest records. */
  public static boolean isCorrection(RegistryEvent event) {
    return !(event instanceof RegistryEvent.Created || event instanceof RegistryEvent.Seen
        || event instanceof RegistryEvent.Forgotten);
  }

  /**
   * Records again a correction made earlier, as it was (same ids, who and when), e.g. one read from the log of
   * the registry this one replaces when the articles are processed again. A correction that names an entity this
   * registry does not hold (or, for a split, a variant it does not have, or a new id it already uses) is not
   * recorded.
   *
   * @return empty when recorded, else why the correction does not apply here
   * @throws IllegalArgumentException when {@code correction} is not a correction
   */
  public synchronized Optional<String> reapply(RegistryEvent correction) {
    RegistryEvent current = withCurrentIds(correction);
    Optional<String> problem = switch (current) {
      case RegistryEvent.Created c -> throw new IllegalArgumentException("not a correction: " + c);
      case RegistryEvent.Seen s -> throw new IllegalArgumentException("not a correction: " + s);
      case RegistryEvent.Forgotten f -> throw new IllegalArgumentException("not a correction: " + f);
      case RegistryEvent.Merged m -> {
        if (!exists(m.into())) {
          yield Optional.of("the entity merged into, " + m.into() + ", is not in the registry");
        }
        List<String> missing = m.ids().stream().filter(id -> !exists(id)).toList();
        yield missing.size() == m.ids().size() ? Optional.of("none of the merged entities " + m.ids() + " is in the registry")
            : Optional.empty();
      }
      case RegistryEvent.Split sp -> {
        if (!exists(sp.id())) {
          yield Optional.of("the split entity " + sp.id() + " is not in the registry");
        }
        if (entities.containsKey(sp.newId()) || aliases.containsKey(sp.newId())) {
          yield Optional.of("the id of the new entity, " + sp.newId() + ", is taken");
        }
        boolean any = entities.get(resolve(sp.id())).variants.values().stream()
            .anyMatch(v -> sp.forms().contains(v.form()) || sp.forms().contains(v.lemma()));
        yield any ? Optional.empty() : Optional.of("entity " + sp.id() + " has no variant written as " + sp.forms());
      }
      case RegistryEvent.Renamed r -> exists(r.id()) ? Optional.empty()
          : Optional.of("the renamed entity " + r.id() + " is not in the registry");
      case RegistryEvent.Retyped t -> exists(t.id()) ? Optional.empty()
          : Optional.of("the retyped entity " + t.id() + " is not in the registry");
    };
    if (problem.isEmpty()) {
      record(current);
    }
    return problem;
  }

  /**
   * The correction with each entity id it names replaced by the id of the entity that id means here
   * ({@link #lookup}): a registry rebuilt by newer code may give an entity another id than the log it replaces
   * (the ids of earlier versions were linking keys), and the user's correction must still find it. Ids that mean
   * nothing here, or already are ids here, stay as they are.
   */
  private RegistryEvent withCurrentIds(RegistryEvent correction) {
    Function<String, String> now = id -> entities.containsKey(resolve(id)) ? id : current(id).orElse(id);
    return switch (correction) {
      case RegistryEvent.Merged m -> new RegistryEvent.Merged(m.ids().stream().map(now).toList(), now.apply(m.into()),
          m.by(), m.at());
      case RegistryEvent.Split sp -> new RegistryEvent.Split(now.apply(sp.id()), sp.forms(), sp.newId(), sp.by(), sp.at());
      case RegistryEvent.Renamed r -> new RegistryEvent.Renamed(now.apply(r.id()), r.name(), r.by(), r.at());
      case RegistryEvent.Retyped t -> new RegistryEvent.Retyped(now.apply(t.id()), t.type(), t.by(), t.at());
      default -> correction;
    };
  }

  private boolean exists(String id) {
    return entities.containsKey(resolve(id));
  }

  /** The entity with this id (or the one it was merged into). */
  public synchronized Optional<Entity> get(String id) {
    State s = entities.get(resolve(id));
    return s == null ? Optional.empty() : Optional.of(snapshot(s));
  }

  /**
   * The display name of the entity with this id (or the one it was merged into): what {@code get(id)} gives as its
   * name, without copying its variants and articles (for profiles and gists, which ask for every actor).
   */
  public synchronized Optional<String> name(String id) {
    State s = entities.get(resolve(id));
    return s == null ? Optional.empty() : Optional.of(name(s));
  }

  /**
   * Whether the display name of the entity with this id is one a text wrote in Latin script, a user gave, or a
   * code's English name ("European Council", "Jens Stoltenberg"), rather than a romanisation of another script
   * ("Yevropeyska Rada" from the Ukrainian "Європейська Рада"), which an English reader cannot use as the name of a
   * body; false when there is no such entity.
   */
  public synchronized boolean nameWritten(String id) {
    State s = entities.get(resolve(id));
    return s != null && !naming(s).romanised();
  }

  /**
   * The entity a user means by {@code id} (any case): the one with that id (or merged into it), else the one entity
   * that id names otherwise ({@link EntityIds#derived}: its display name, another written form or its linking key
   * written as an id: {@code per-jens-stoltenberg}, {@code per-michael-oleary}, the {@code per-iens-stoltenberh} of
   * earlier versions), else the one entity whose id or display-name id begins with it ({@code per-jens-stol}). Two
   * entities a name could mean give none (see {@link #similarIds}). For users' look-ups; {@link #get} is the fast
   * exact one.
   */
  public synchronized Optional<Entity> lookup(String id) {
    return current(id).map(i -> snapshot(entities.get(i)));
  }

  /** The id of the entity {@code id} means ({@link #lookup}). */
  private Optional<String> current(String id) {
    String wanted = id.strip().toLowerCase(Locale.ROOT);
    for (String exact : List.of(id, wanted)) {
      if (entities.containsKey(resolve(exact))) {
        return Optional.of(resolve(exact));
      }
    }
    int dash = wanted.indexOf('-');
    if (dash < 0) {
      return Optional.empty();
    }
    String prefix = wanted.substring(0, dash + 1);
    List<State> typed = entities.values().stream().filter(st -> st.id.startsWith(prefix)).toList();
    Set<String> named = new LinkedHashSet<>();
    Set<String> begun = new LinkedHashSet<>();
    for (State st : typed) {
      Set<String> derived = EntityIds.derived(st.id, name(st), st.keys, st.variants.values());
      if (derived.contains(wanted)) {
        named.add(st.id);
      }
      if (wanted.length() >= dash + 1 + MIN_PREFIX
          && (st.id.startsWith(wanted) || (prefix + EntityIds.asciiSlug(name(st))).startsWith(wanted))) {
        begun.add(st.id);
      }
    }
    Set<String> hits = named.isEmpty() ? begun : named;
    return hits.size() == 1 ? Optional.of(hits.iterator().next()) : Optional.empty();
  }

  /**
   * The ids a mistyped one may have meant ({@link io.storyline.core.DidYouMean}): ids a few edits away, and ids of
   * entities whose display name, written as an id, is ({@code per-jens-stoltenberg} for Jens Stoltenberg), or which
   * another name ({@link #lookup}) fits.
   */
  public synchronized List<String> similarIds(String wanted) {
    Map<String, String> byWritten = new HashMap<>();
    for (State st : entities.values()) {
      byWritten.put(st.id, st.id);
      for (String derived : EntityIds.derived(st.id, name(st), st.keys, st.variants.values())) {
        byWritten.putIfAbsent(derived, st.id);
      }
      byWritten.putIfAbsent(name(st).toLowerCase(Locale.ROOT), st.id);
    }
    return io.storyline.core.DidYouMean.closest(wanted, byWritten.keySet()).stream().map(byWritten::get).distinct().toList();
  }

  /** Every entity, most articles first. */
  public synchronized List<Entity> entities() {
    return entities.values().stream().map(this::snapshot)
        .sorted(Comparator.comparingInt((Entity e) -> -e.articles().size()).thenComparing(Entity::id)).toList();
  }

  public synchronized int size() {
    return entities.size();
  }

  /**
   * Registry feedback: the base forms of entities seen in at least {@code minArticles} articles whose type rests on
   * evidence or on a user's decision (a guessed type is not taught), as names the recogniser can use on new
   * articles ({@link io.storyline.entities.MentionRecognizer#withLearned}).
   */
  public synchronized List<KnownName> confirmedNames(int minArticles) {
    List<KnownName> names = new ArrayList<>();
    for (State s : entities.values()) {
      if (s.articles.size() < minArticles || typeOf(s) == EntityType.MISC || s.evidence.isEmpty() && !s.typeFixed) {
        continue;
      }
      String canonical = name(s);
      Set<String> done = new HashSet<>();
      for (Variant v : s.variants.values()) {
        if (done.add(v.language() + "|" + v.lemma()) && v.lemma().codePoints().anyMatch(Character::isLetter)) {
          names.add(new KnownName(v.lemma(), v.language(), typeOf(s), v.key(), canonical, "registry"));
        }
      }
    }
    return names;
  }

  @Override
  public synchronized void close() {
    commit(true);
    log.close();
  }

  private void record(RegistryEvent e) {
    apply(e);
    pending.add(e);
  }

  /** The one state transition, used by live changes and by replay alike. */
  private void apply(RegistryEvent event) {
    switch (event) {
      case RegistryEvent.Created c -> {
        State s = new State(c.id(), c.type());
        entities.put(c.id(), s);
        s.firstSeen = c.at();
        s.lastSeen = c.at();
        index(s, c.key());
      }
      case RegistryEvent.Seen seen -> {
        State s = entities.get(resolve(seen.id()));
        if (s == null) {
          return;
        }
        s.seen = true;
        s.articles.add(seen.article());
        if (s.firstSeen == null || seen.at().compareTo(s.firstSeen) < 0) {
          s.firstSeen = seen.at();
        }
        if (s.lastSeen == null || seen.at().compareTo(s.lastSeen) > 0) {
          s.lastSeen = seen.at();
        }
        for (Variant v : seen.variants()) {
          s.variants.merge(v.id(), v, (a, b) -> a.plus(b.count()));
          s.variantArticles.computeIfAbsent(v.id(), k -> new LinkedHashSet<>()).add(seen.article());
          if (!byKey.containsKey(v.key())) {
            index(s, v.key());
          }
        }
        seen.evidence().forEach((type, n) -> s.evidence.merge(type, n, Integer::sum));
      }
      case RegistryEvent.Forgotten f -> {
        State s = entities.get(resolve(f.id()));
        if (s == null) {
          return;
        }
        for (Variant v : f.variants()) {
          State owner = entities.getOrDefault(owner(s.id, v.id()), s);
          owner.variants.computeIfPresent(v.id(), (id, had) -> had.count() > v.count() ? had.plus(-v.count()) : null);
          Set<String> writers = owner.variantArticles.getOrDefault(v.id(), new HashSet<>());
          writers.remove(f.article());
          if (writers.isEmpty()) {
            owner.variantArticles.remove(v.id());
          }
          if (owner != s && owner.variantArticles.values().stream().noneMatch(a -> a.contains(f.article()))) {
            owner.articles.remove(f.article());
          }
        }
        s.articles.remove(f.article());
        f.evidence().forEach((type, n) -> s.evidence.computeIfPresent(type, (t, had) -> had > n ? had - n : null));
      }
      case RegistryEvent.Merged m -> {
        State target = entities.get(resolve(m.into()));
        for (String id : m.ids()) {
          State source = entities.get(resolve(id));
          if (source == null || source == target) {
            continue;
          }
          source.variants.values().forEach(v -> target.variants.merge(v.id(), v, (a, b) -> a.plus(b.count())));
          source.evidence.forEach((type, n) -> target.evidence.merge(type, n, Integer::sum));
          source.articles.forEach(target.articles::add);
          source.variantArticles.forEach((v, a) -> target.variantArticles.computeIfAbsent(v, k -> new LinkedHashSet<>()).addAll(a));
          List.copyOf(source.keys).forEach(k -> index(target, k)); // index() takes each key from the source's set
          target.seen |= source.seen;
          target.firstSeen = min(target.firstSeen, source.firstSeen);
          target.lastSeen = max(target.lastSeen, source.lastSeen);
          entities.remove(source.id);
          aliases.put(source.id, target.id);
        }
      }
      case RegistryEvent.Split sp -> {
        State source = entities.get(resolve(sp.id()));
        State fresh = new State(sp.newId(), typeOf(source));
        fresh.seen = source.seen;
        entities.put(fresh.id, fresh);
        fresh.firstSeen = source.firstSeen;
        fresh.lastSeen = source.lastSeen;
        for (Variant v : List.copyOf(source.variants.values())) {
          if (sp.forms().contains(v.form()) || sp.forms().contains(v.lemma())) {
            source.variants.remove(v.id());
            fresh.variants.put(v.id(), v);
            fresh.variantArticles.put(v.id(), source.variantArticles.getOrDefault(v.id(), new LinkedHashSet<>()));
            source.variantArticles.remove(v.id());
            source.keys.remove(v.key());
            index(fresh, v.key());
            moved.put(source.id + "\n" + v.id(), fresh.id);
          }
        }
        // each keeps the articles that write one of its variants (an article writing both stays in both)
        fresh.variantArticles.values().forEach(fresh.articles::addAll);
        Set<String> remaining = new HashSet<>();
        source.variantArticles.values().forEach(remaining::addAll);
        source.articles.retainAll(remaining);
      }
      case RegistryEvent.Renamed r -> entities.get(resolve(r.id())).fixedName = r.name();
      case RegistryEvent.Retyped t -> {
        State s = entities.get(resolve(t.id()));
        s.type = t.type();
        s.typeFixed = true;
      }
    }
  }

  private void index(State s, String key) {
    String previous = byKey.put(key, s.id);
    if (previous != null && !previous.equals(s.id) && entities.containsKey(previous)) {
      entities.get(previous).keys.remove(key);
    }
    s.keys.add(key);
    bySkeleton.computeIfAbsent(NameKey.skeleton(key), k -> new TreeSet<>()).add(s.id);
    if (PersonKeys.fullName(key)) {
      byWords.computeIfAbsent(PersonKeys.asPerson(key), k -> new TreeSet<>()).add(s.id);
    }
    if (s.type == EntityType.PERSON && PersonKeys.fullName(key)) {
      personsByLooseSkeleton.computeIfAbsent(PersonKeys.loose(NameKey.skeleton(key)), k -> new TreeSet<>()).add(s.id);
      for (String word : key.split(" ")) {
        if (word.length() >= 3) {
          personsByWord.computeIfAbsent(word, k -> new TreeSet<>()).add(s.id);
        }
      }
    }
  }

  /**
   * The entity that holds a variant an article linked to {@code entityId}: that entity (or the one it was merged
   * into), or, when a split moved the variant away, the entity it moved to.
   */
  private String owner(String entityId, String variantId) {
    String current = resolve(entityId);
    for (int hops = 0; moved.containsKey(current + "\n" + variantId) && hops < 64; hops++) {
      current = resolve(moved.get(current + "\n" + variantId));
    }
    return current;
  }

  /**
   * The id of the entity a stored mention names now: the one its {@code entityId} was merged into, or, when a split
   * moved the mention's variant, the new entity.
   *
   * @param language the article's language, part of the variant's identity
   */
  public synchronized Optional<String> idOf(Mention m, String language) {
    if (m.entityId() == null) {
      return Optional.empty();
    }
    String id = owner(m.entityId(), variant(m, language).id());
    return entities.containsKey(id) ? Optional.of(id) : Optional.empty();
  }

  private static Variant variant(Mention m, String language) {
    return new Variant(m.surface(), m.lemma(), m.key(), language,
        Homoglyphs.dominantScript(m.surface()).name().toLowerCase(Locale.ROOT), 1);
  }

  /** The ids of the entities merged into {@code id} (directly or through others), without {@code id} itself. */
  public synchronized Set<String> mergedInto(String id) {
    String target = resolve(id);
    Set<String> out = new TreeSet<>();
    for (String from : aliases.keySet()) {
      if (!from.equals(target) && resolve(from).equals(target)) {
        out.add(from);
      }
    }
    return out;
  }

  /**
   * Articles a split moved, as the articles' stored links see it.
   *
   * @param gained articles that write a name a split moved to this entity (their stored links name the entity it
   *               was split from)
   * @param lost   articles whose stored links name this entity (or one merged into it) but that write none of its
   *               names since a split moved them away
   */
  public record SplitMoves(Set<String> gained, Set<String> lost) {
    public SplitMoves {
      gained = Set.copyOf(gained);
      lost = Set.copyOf(lost);
    }
  }

  /** The articles splits moved to and away from {@code id} (empty sets when no split concerns it). */
  public synchronized SplitMoves splitMoves(String id) {
    String target = resolve(id);
    State state = entities.get(target);
    if (state == null || moved.isEmpty()) {
      return new SplitMoves(Set.of(), Set.of());
    }
    Set<String> group = new HashSet<>(mergedInto(target));
    group.add(target);
    boolean received = false;
    Set<String> away = new HashSet<>();
    for (Map.Entry<String, String> m : moved.entrySet()) {
      String source = m.getKey().substring(0, m.getKey().indexOf('\n'));
      String dest = resolve(m.getValue());
      if (dest.equals(target)) {
        received |= !resolve(source).equals(target);
      } else if (group.contains(source) && entities.containsKey(dest)) {
        away.addAll(entities.get(dest).articles);
      }
    }
    away.removeAll(state.articles);
    return new SplitMoves(received ? state.articles : Set.of(), away);
  }

  private String resolve(String id) {
    String current = id;
    for (int hops = 0; aliases.containsKey(current) && hops < 64; hops++) {
      current = aliases.get(current);
    }
    return current;
  }

  private State require(String id) {
    State s = entities.get(resolve(id));
    if (s == null) {
      throw new IllegalArgumentException("no entity with id '" + id + "'; ids look like loc-jp or per-fumo-kisida "
          + "(list them with entities())");
    }
    return s;
  }

  /** A new id of {@code type} whose name part is {@code name}, numbered when the id is taken. */
  private String newId(EntityType type, String name) {
    String base = EntityIds.prefix(type) + (name.isEmpty() ? "x" : name);
    String id = base;
    for (int n = 2; entities.containsKey(id) || aliases.containsKey(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  private Entity snapshot(State s) {
    List<Variant> variants = s.variants.values().stream().sorted(Comparator.comparingInt((Variant v) -> -v.count())).toList();
    return new Entity(s.id, typeOf(s), name(s), variants, s.keys, s.articles, s.firstSeen, s.lastSeen);
  }

  /**
   * The entity's type: the one a user fixed, else the type most of its mentions were given by evidence (ties keep
   * the type it was created with, else the first in {@link EntityType} order), else the type it was created with.
   */
  private static EntityType typeOf(State s) {
    if (s.typeFixed || s.evidence.isEmpty()) {
      return s.type;
    }
    int most = Collections.max(s.evidence.values());
    if (s.evidence.getOrDefault(s.type, 0) == most) {
      return s.type;
    }
    for (Map.Entry<EntityType, Integer> e : s.evidence.entrySet()) {
      if (e.getValue() == most) {
        return e.getKey();
      }
    }
    return s.type;
  }

  /**
   * Display name: fixed by a user, else the code's English name, else the best base form written in Latin script
   * ({@link #BEST_FORM}; for a person, when it is as full a name as the best form in another script: "Ursula" alone
   * does not name the person other texts call "Урсула фон дер Ляйен", while "Gazprom" names "ВАТ «Газпром»"), else the best form romanised as an English reader expects
   * ({@link EnglishRomanisation}).
   */
  private String name(State s) {
    return naming(s).name();
  }

  /** A display name, and whether it is a romanisation rather than a form a text, a user or a code list wrote. */
  private record Naming(String name, boolean romanised) {}

  private Naming naming(State s) {
    if (s.fixedName != null) {
      return new Naming(s.fixedName, false);
    }
    for (String key : s.keys) {
      String c = key.startsWith(NameKey.CODE_PREFIX) ? canonicalByKey.apply(key) : null;
      if (c != null) {
        return new Naming(c, false);
      }
    }
    Map<String, Form> latin = new HashMap<>();
    Map<String, Form> other = new HashMap<>();
    for (Variant v : s.variants.values()) {
      (v.script().equals("latin") ? latin : other).computeIfAbsent(v.lemma(), Form::new).add(v);
    }
    boolean person = typeOf(s) == EntityType.PERSON;
    Comparator<Form> order = person ? BEST_PERSON_FORM : BEST_FORM;
    Optional<Form> bestLatin = latin.values().stream().max(order);
    Optional<Form> bestOther = other.values().stream().max(order);
    if (bestLatin.isEmpty() && bestOther.isEmpty()) {
      return new Naming(s.keys.isEmpty() ? s.id : s.keys.iterator().next(), true); // every mention forgotten
    }
    boolean latinAsFull = bestLatin.isPresent() && (bestOther.isEmpty() || !person
        || Math.min(bestLatin.get().words, 2) >= Math.min(bestOther.get().words, 2));
    return latinAsFull ? new Naming(bestLatin.get().lemma, false)
        : new Naming(EnglishRomanisation.of(bestOther.get().lemma, bestOther.get().firstLanguage), true);
  }

  /** One base form of an entity's name, with the languages and mentions that wrote it. */
  private static final class Form {
    final String lemma;
    final int words;
    final boolean numbered;
    final Set<String> languages = new TreeSet<>();
    String firstLanguage;
    boolean english;
    int count;

    Form(String lemma) {
      this.lemma = lemma;
      int w = 0;
      boolean digits = false;
      for (String word : lemma.split("[\\s\u00a0]+")) {
        w += word.chars().anyMatch(Character::isLetter) ? 1 : 0; // "COVID 19" is no fuller than "COVID-19"
        digits |= word.chars().anyMatch(Character::isDigit);
      }
      this.words = w;
      this.numbered = digits;
    }

    void add(Variant v) {
      languages.add(v.language());
      firstLanguage = firstLanguage == null ? v.language() : firstLanguage;
      english |= v.language().equals("en");
      count += v.count();
    }
  }

  /**
   * Which form names an entity: an English one; a full name over a single word (two words are enough: "Marketingu
   * Ryanair Kenny Jacobs" gains nothing over "Kenny Jacobs"); the form most languages write ("Vladimir Putin" in
   * Czech and Slovene over Polish "Władimir Putin"); the most mentions; then the alphabetically first.
   */
  private static final Comparator<Form> BEST_FORM = Comparator.comparing((Form f) -> f.english)
      .thenComparingInt(f -> Math.min(f.words, 2))
      .thenComparingInt(f -> f.languages.size())
      .thenComparingInt(f -> f.count)
      .thenComparing(f -> f.lemma, Comparator.reverseOrder());
  /** As {@link #BEST_FORM}, but a person's name without a number first ("Donald Trump" over "Donald Trump 74"). */
  private static final Comparator<Form> BEST_PERSON_FORM = Comparator.comparing((Form f) -> f.english)
      .thenComparing(f -> !f.numbered).thenComparing(BEST_FORM);

  private static String min(String a, String b) {
    return a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b;
  }

  private static String max(String a, String b) {
    return a == null ? b : b == null ? a : a.compareTo(b) >= 0 ? a : b;
  }
}
