package io.storyline.search;

import java.util.List;
import java.util.Objects;

/**
 * Other names of something a query names, usually an entity's variants in other languages and
 * scripts: the query "Stoltenberg" expanded with "Столтенберг". Hits found only through a variant
 * say so ({@link Hit#via()}).
 *
 * @param term     what the query said
 * @param entityId the entity the variants belong to, or {@code null}
 * @param variants the other names, searched as phrases
 */
public record Expansion(String term, String entityId, List<String> variants) {
  public Expansion {
    Objects.requireNonNull(term, "term");
    variants = variants.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
  }
}
