package io.storyline.app;

import io.storyline.core.Article;
import io.storyline.entities.EntityLayers;
import io.storyline.entities.EntityType;
import io.storyline.entities.Mention;
import io.storyline.entities.registry.Entity;
import io.storyline.entities.registry.EntityRegistry;
import io.storyline.search.EntityScope;
import io.storyline.search.Expansion;
import io.storyline.time.EventDate;
import io.storyline.time.PublicationDate;
import io.storyline.time.TimeLayers;
import io.storyline.web.EntityDirectory;
import io.storyline.web.Page;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The entity registry as the web UI sees it; corrections are recorded as made by {@code web}.
 * ({@code Variant} here is the web's record; the registry's is written out in full.)
 */
public final class RegistryDirectory implements EntityDirectory {
  private static final String BY = "web";
  private static final int ARTICLE_SAMPLE = 200;
  private static final int COOCCURRING = 12;

  private static final int MAX_EXPANSIONS = 5;

  private final Workspace workspace;
  private Map<String, List<String>> names;
  private Map<String, List<String>> fullNames;
  private long namesVersion;
  /** Corrections made, under the workspace's writing lock; read to know when the name index is stale. */
  private volatile long corrections;

  /** The registry is opened (its log replayed) on first use, not here, so a server starts at once. */
  public RegistryDirectory(Workspace workspace) {
    this.workspace = workspace;
  }

  @Override
  public long count() {
    return registry().size();
  }

  @Override
  public EntityScope scope(String id) {
    return scope(registry(), id);
  }

  /** The merges and splits since indexing that change which articles name {@code id} (see {@link EntityScope}). */
  public static EntityScope scope(EntityRegistry registry, String id) {
    EntityRegistry.SplitMoves moves = registry.splitMoves(id);
    return new EntityScope(registry.mergedInto(id), moves.gained(), moves.lost());
  }

  @Override
  public Page<EntitySummary> list(String query, String type, String cursor, int limit) {
    String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
    EntityType wanted = type == null || type.isBlank() ? null : EntityType.parse(type);
    List<Entity> matching = registry().entities().stream()
        .filter(e -> wanted == null || e.type() == wanted)
        .filter(e -> q.isEmpty() || names(e).anyMatch(n -> n.toLowerCase(Locale.ROOT).startsWith(q)))
        .sorted(java.util.Comparator.comparingLong(RegistryDirectory::mentions).reversed()) // the column the list shows
        .toList();
    Page<Entity> page = Page.slice(matching, cursor, limit);
    return new Page<>(page.items().stream().map(RegistryDirectory::summary).toList(), page.next());
  }

  @Override
  public Optional<EntityDetail> get(String id) {
    return registry().lookup(id).map(this::detail);
  }

  @Override
  public Optional<EntitySummary> brief(String id) {
    return registry().lookup(id).map(RegistryDirectory::summary);
  }

  @Override
  public EntitySummary merge(String id, List<String> others) {
    return workspace.writing(() -> {
      String target = expect(id).id();
      registry().merge(others.stream().map(o -> expect(o).id()).toList(), target, BY);
      committed();
      return summary(expect(target));
    });
  }

  @Override
  public List<EntitySummary> split(String id, List<String> variants, String newName) {
    return workspace.writing(() -> {
      String target = expect(id).id();
      String created = registry().split(target, variants, BY);
      if (newName != null && !newName.isBlank()) {
        registry().rename(created, newName.strip(), BY);
      }
      committed();
      return List.of(summary(expect(target)), summary(expect(created)));
    });
  }

  @Override
  public EntitySummary rename(String id, String name) {
    return workspace.writing(() -> {
      String target = expect(id).id();
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("a new name is required, found '" + name + "'");
      }
      registry().rename(target, name.strip(), BY);
      committed();
      return summary(expect(target));
    });
  }

  @Override
  public EntitySummary retype(String id, String type) {
    return workspace.writing(() -> {
      String target = expect(id).id();
      registry().retype(target, EntityType.parse(type), BY);
      committed();
      return summary(expect(target));
    });
  }

  /** Commits a correction at the data directory's commit point, so it is durable before it is answered. */
  private void committed() {
    workspace.commit();
    corrections++;
  }

  /**
   * The entities whose name or a variant is the query or one of its words, most mentioned first, each with all its
   * other names; a one-word query also finds the names it ends ("Stoltenberg" finds Jens Stoltenberg), a word of a
   * longer query does not ("Nord Stream" is not Corea del Nord). Looked up in a name index, rebuilt when the
   * registry has grown or was corrected.
   */
  @Override
  public List<Expansion> expand(String query) {
    if (query == null || query.isBlank()) {
      return List.of();
    }
    Map<String, List<String>> index;
    Map<String, List<String>> full;
    synchronized (this) {
      index = nameIndex();
      full = fullNames;
    }
    String whole = query.strip();
    List<String> words = List.of(whole.split("\\s+"));
    List<String> terms = new ArrayList<>(List.of(whole));
    terms.addAll(words);
    Map<String, Expansion> out = new LinkedHashMap<>();
    for (String term : terms.stream().distinct().toList()) {
      String key = term.toLowerCase(Locale.ROOT);
      List<String> ids = words.size() == 1 ? index.getOrDefault(key, List.of()) : full.getOrDefault(key, List.of());
      for (String id : ids) {
        if (out.size() < MAX_EXPANSIONS && !out.containsKey(id)) {
          registry().get(id).ifPresent(e -> out.put(id,
              new Expansion(term, id, names(e).filter(n -> !n.equalsIgnoreCase(term)).toList())));
        }
      }
    }
    return List.copyOf(out.values());
  }

  private synchronized Map<String, List<String>> nameIndex() {
    long version = registry().size() * 31L + corrections;
    if (names == null || namesVersion != version) {
      Map<String, List<String>> index = new HashMap<>();
      Map<String, List<String>> full = new HashMap<>();
      for (Entity e : registry().entities()) { // most articles first, so each list is in that order too
        names(e).flatMap(n -> Stream.of(n, lastWord(n))).map(n -> n.toLowerCase(Locale.ROOT)).distinct()
            .forEach(n -> index.computeIfAbsent(n, k -> new ArrayList<>()).add(e.id()));
        names(e).map(n -> n.toLowerCase(Locale.ROOT)).distinct()
            .forEach(n -> full.computeIfAbsent(n, k -> new ArrayList<>()).add(e.id()));
      }
      names = index;
      fullNames = full;
      namesVersion = version;
    }
    return names;
  }

  private EntityRegistry registry() {
    return workspace.entities();
  }

  private Entity expect(String id) {
    return registry().lookup(id).orElseThrow(() -> new NoSuchElementException("unknown entity '" + id + "'"
        + io.storyline.core.DidYouMean.hint(registry().similarIds(id))));
  }

  @Override
  public List<String> similarIds(String id) {
    return registry().similarIds(id);
  }

  private EntityDetail detail(Entity e) {
    Map<List<String>, Long> byVariant = new LinkedHashMap<>();
    for (io.storyline.entities.registry.Variant v : e.variants()) {
      byVariant.merge(List.of(v.form(), v.language(), script(v.script())), (long) v.count(), Long::sum);
    }
    List<EntityDirectory.Variant> variants = byVariant.entrySet().stream()
        .map(v -> new EntityDirectory.Variant(v.getKey().get(0), v.getKey().get(1), v.getKey().get(2), v.getValue())).toList();
    Map<YearMonth, Long> months = new TreeMap<>();
    Map<String, Long> together = new HashMap<>();
    List<Article> articles = e.articles().stream().sorted().limit(ARTICLE_SAMPLE)
        .map(id -> workspace.articles().get(id)).flatMap(Optional::stream).toList();
    for (Article a : articles) {
      month(a).ifPresent(m -> months.merge(m, 1L, Long::sum));
      a.get(EntityLayers.MENTIONS).orElse(List.of()).stream().map(Mention::entityId)
          .filter(o -> o != null && !o.equals(e.id())).distinct().forEach(o -> together.merge(o, 1L, Long::sum));
    }
    List<EntitySummary> cooccurring = together.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(COOCCURRING).map(t -> registry().get(t.getKey())).flatMap(Optional::stream).map(RegistryDirectory::summary).toList();
    List<String> newestFirst = articles.stream()
        .sorted((x, y) -> month(y).map(Object::toString).orElse("").compareTo(month(x).map(Object::toString).orElse("")))
        .map(Article::id).toList();
    return new EntityDetail(summary(e), variants,
        months.entrySet().stream().map(m -> new MonthCount(m.getKey(), m.getValue())).toList(), cooccurring, newestFirst);
  }

  /** The month an article is about: its event date, else its publication date, when the year is known. */
  private static Optional<YearMonth> month(Article a) {
    Optional<String> value = a.get(TimeLayers.EVENT_DATE).map(EventDate::value)
        .filter(v -> v.matches("\\d{4}-\\d{2}.*"))
        .or(() -> a.get(TimeLayers.PUBLISHED).map(PublicationDate::value).filter(v -> v.matches("\\d{4}-\\d{2}.*")));
    return value.map(v -> YearMonth.parse(v.substring(0, 7)));
  }

  static EntitySummary summary(Entity e) {
    List<String> languages = e.variants().stream().map(io.storyline.entities.registry.Variant::language).distinct().sorted().toList();
    return new EntitySummary(e.id(), e.name(), e.type().code(), mentions(e), languages);
  }

  /** How often any of its names occurs. */
  private static long mentions(Entity e) {
    return e.variants().stream().mapToLong(io.storyline.entities.registry.Variant::count).sum();
  }

  private static Stream<String> names(Entity e) {
    return Stream.concat(Stream.of(e.name()), e.variants().stream().flatMap(v -> Stream.of(v.form(), v.lemma()))).distinct();
  }

  private static String lastWord(String name) {
    int space = name.lastIndexOf(' ');
    return space < 0 ? name : name.substring(space + 1);
  }

  /** ISO 15924 code for the registry's script names. */
  private static String script(String script) {
    return switch (script) {
      case "latin" -> "Latn";
      case "cyrillic" -> "Cyrl";
      case "greek" -> "Grek";
      default -> "Zyyy";
    };
  }
}
