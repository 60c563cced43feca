package io.storyline.web;

import io.storyline.search.Expansion;
import java.time.YearMonth;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The entity registry as the web UI sees it: listing, details, the analyst's corrections, and query
 * expansion across languages and scripts. {@link #NONE} stands in until a registry is plugged in.
 *
 * <p>Implementations must be thread-safe. Corrections throw {@link NoSuchElementException} naming
 * an unknown id and {@link IllegalArgumentException} naming a bad value.
 */
public interface EntityDirectory {
  /** No registry: nothing listed, every id unknown, no expansions. */
  EntityDirectory NONE = new EntityDirectory() {
    @Override
    public boolean available() {
      return false;
    }

    @Override
    public Page<EntitySummary> list(String query, String type, String cursor, int limit) {
      return Page.empty();
    }

    @Override
    public Optional<EntityDetail> get(String id) {
      return Optional.empty();
    }

    @Override
    public EntitySummary merge(String id, List<String> others) {
      throw new NoSuchElementException("unknown entity '" + id + "': no entity registry is configured");
    }

    @Override
    public List<EntitySummary> split(String id, List<String> variants, String newName) {
      throw new NoSuchElementException("unknown entity '" + id + "': no entity registry is configured");
    }

    @Override
    public EntitySummary rename(String id, String name) {
      throw new NoSuchElementException("unknown entity '" + id + "': no entity registry is configured");
    }

    @Override
    public List<Expansion> expand(String query) {
      return List.of();
    }
  };

  /** False for {@link #NONE}, so the UI can say the registry is not there yet. */
  default boolean available() {
    return true;
  }

  /** How many entities there are. */
  default long count() {
    return 0;
  }

  /**
   * Entities whose name or a variant starts with {@code query} (all when blank), most mentioned first.
   *
   * @param type   an entity type such as {@code PER}, or {@code null} for all
   * @param cursor the {@link Page#next()} of the previous page, or {@code null}
   */
  Page<EntitySummary> list(String query, String type, String cursor, int limit);

  Optional<EntityDetail> get(String id);

  /** The entity's summary alone (an old id resolves too); cheaper than {@link #get} where the directory can. */
  default Optional<EntitySummary> brief(String id) {
    return get(id).map(EntityDetail::entity);
  }

  /** Merges {@code others} into {@code id}; returns the merged entity. */
  EntitySummary merge(String id, List<String> others);

  /** Moves the named variants of {@code id} to a new entity called {@code newName}; returns both. */
  List<EntitySummary> split(String id, List<String> variants, String newName);

  /** Gives the entity a new display name. */
  EntitySummary rename(String id, String name);

  /** Gives the entity another type ({@code PERSON}, {@code LOCATION}..., any case); returns it. */
  default EntitySummary retype(String id, String type) {
    throw new NoSuchElementException("unknown entity '" + id + "': no entity registry is configured");
  }

  /**
   * The merges and splits since articles were stored that change which articles name {@code id}: the ids merged
   * into it, which articles stored before the merge still carry, and the articles splits moved to it or away.
   */
  default io.storyline.search.EntityScope scope(String id) {
    return io.storyline.search.EntityScope.NONE;
  }

  /** The ids a mistyped {@code id} may have meant, closest first (none by default). */
  default List<String> similarIds(String id) {
    return List.of();
  }

  /** The entities a query names, each with its variants in other languages and scripts. */
  List<Expansion> expand(String query);

  /**
   * An entity in a listing.
   *
   * @param languages the languages it is mentioned in
   */
  record EntitySummary(String id, String name, String type, long mentions, List<String> languages) {
    public EntitySummary {
      languages = List.copyOf(languages);
    }
  }

  /**
   * Everything the entity page shows.
   *
   * @param variants     the names it goes by, per language and script
   * @param timeline     mentions per month, oldest first
   * @param cooccurring  the entities mentioned most often in the same articles
   * @param articleIds   articles that mention it, newest first (a sample)
   */
  record EntityDetail(EntitySummary entity, List<Variant> variants, List<MonthCount> timeline,
      List<EntitySummary> cooccurring, List<String> articleIds) {
    public EntityDetail {
      variants = List.copyOf(variants);
      timeline = List.copyOf(timeline);
      cooccurring = List.copyOf(cooccurring);
      articleIds = List.copyOf(articleIds);
    }
  }

  /** One name of an entity: the text, its language and script (ISO 15924, e.g. {@code Latn}, {@code Cyrl}), how often. */
  record Variant(String text, String lang, String script, long mentions) {}

  /** Mentions in one month. */
  record MonthCount(YearMonth month, long mentions) {}
}
