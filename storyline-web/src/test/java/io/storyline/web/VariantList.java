package io.storyline.web;

import io.storyline.search.Expansion;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A tiny hand-written entity registry: three entities of the example corpus with their names in
 * the corpus's languages and scripts. Test data standing in for the registry that is being built.
 */
final class VariantList implements EntityDirectory {
  private record Entry(String name, String type, List<Variant> variants, List<String> articles) {}

  private final Map<String, Entry> entries;

  /** The entities, with their articles looked up in the corpus. */
  VariantList(Corpus corpus) {
    entries = new ConcurrentHashMap<>(Map.of(
      "jens-stoltenberg", new Entry("Jens Stoltenberg", "PER", List.of(
          new Variant("Stoltenberg", "nl", "Latn", 3), new Variant("Stoltenberg", "hu", "Latn", 2),
          new Variant("Столтенберг", "uk", "Cyrl", 2)), List.of(corpus.id("003"), corpus.id("004"), corpus.id("001"))),
      "fumio-kishida", new Entry("Fumio Kishida", "PER", List.of(
          new Variant("Kishida", "nl", "Latn", 2), new Variant("Kisida", "hu", "Latn", 1),
          new Variant("Кісіда", "uk", "Cyrl", 2)), List.of(corpus.id("004"), corpus.id("003"), corpus.id("001"))),
      "nato", new Entry("NATO", "ORG", List.of(new Variant("NATO", "pl", "Latn", 9), new Variant("NAVO", "nl", "Latn", 4),
          new Variant("НАТО", "uk", "Cyrl", 12)), List.of(corpus.id("000"), corpus.id("001"), corpus.id("004")))));
  }

  @Override
  public long count() {
    return entries.size();
  }

  @Override
  public Page<EntitySummary> list(String query, String type, String cursor, int limit) {
    List<EntitySummary> out = entries.keySet().stream().sorted().map(this::summary)
        .filter(e -> query == null || e.name().toLowerCase(Locale.ROOT).contains(query.toLowerCase(Locale.ROOT)))
        .filter(e -> type == null || e.type().equals(type)).limit(limit).toList();
    return new Page<>(out, null);
  }

  @Override
  public Optional<EntityDetail> get(String id) {
    Entry e = entries.get(id);
    if (e == null) {
      return Optional.empty();
    }
    List<MonthCount> months = List.of(new MonthCount(YearMonth.of(2023, 5), 2), new MonthCount(YearMonth.of(2023, 6), 0),
        new MonthCount(YearMonth.of(2023, 7), 3), new MonthCount(YearMonth.of(2024, 7), 2));
    List<EntitySummary> others = entries.keySet().stream().filter(k -> !k.equals(id)).sorted().map(this::summary).toList();
    return Optional.of(new EntityDetail(summary(id), e.variants(), months, others, e.articles()));
  }

  @Override
  public EntitySummary merge(String id, List<String> others) {
    Entry target = expect(id);
    List<Variant> variants = new ArrayList<>(target.variants());
    others.forEach(o -> variants.addAll(expect(o).variants()));
    others.forEach(entries::remove);
    entries.put(id, new Entry(target.name(), target.type(), variants, target.articles()));
    return summary(id);
  }

  @Override
  public List<EntitySummary> split(String id, List<String> variants, String newName) {
    Entry e = expect(id);
    String newId = newName.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
    entries.put(id, new Entry(e.name(), e.type(), e.variants().stream().filter(v -> !variants.contains(v.text())).toList(), e.articles()));
    entries.put(newId, new Entry(newName, e.type(), e.variants().stream().filter(v -> variants.contains(v.text())).toList(), List.of()));
    return List.of(summary(id), summary(newId));
  }

  @Override
  public EntitySummary rename(String id, String name) {
    Entry e = expect(id);
    entries.put(id, new Entry(name, e.type(), e.variants(), e.articles()));
    return summary(id);
  }

  @Override
  public EntitySummary retype(String id, String type) {
    Entry e = expect(id);
    entries.put(id, new Entry(e.name(), type, e.variants(), e.articles()));
    return summary(id);
  }

  /** For each entity one of whose names the query contains: its other names. */
  @Override
  public List<Expansion> expand(String query) {
    String q = query.toLowerCase(Locale.ROOT);
    List<Expansion> out = new ArrayList<>();
    entries.forEach((id, e) -> e.variants().stream().map(Variant::text)
        .filter(v -> q.contains(v.toLowerCase(Locale.ROOT))).findFirst()
        .ifPresent(term -> out.add(new Expansion(term, id,
            e.variants().stream().map(Variant::text).filter(v -> !v.equalsIgnoreCase(term)).toList()))));
    return out;
  }

  private Entry expect(String id) {
    Entry e = entries.get(id);
    if (e == null) {
      throw new NoSuchElementException("unknown entity '" + id + "'");
    }
    return e;
  }

  private EntitySummary summary(String id) {
    Entry e = entries.get(id);
    return new EntitySummary(id, e.name(), e.type(), e.variants().stream().mapToLong(Variant::mentions).sum(),
        e.variants().stream().map(Variant::lang).distinct().sorted().toList());
  }
}
