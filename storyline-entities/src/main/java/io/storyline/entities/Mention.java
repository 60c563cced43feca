package io.storyline.entities;

import io.storyline.core.Span;
import java.util.Objects;
import java.util.Set;

/**
 * One occurrence of a name in an article's text.
 *
 * @param start    offset of the first character in the article's text
 * @param end      offset after the last character
 * @param surface  the text as written ({@code Ishibą})
 * @param lemma    the base form ({@code Ishiba})
 * @param type     what the name refers to
 * @param key      the normalised linking key, the same across languages and scripts ({@code ishiba}, {@code #JP})
 * @param entityId the registry's canonical id, or {@code null} before linking
 * @param stage    the rule or model that found it ({@code gazetteer}, {@code trigger}, {@code capitalised}...)
 */
public record Mention(int start, int end, String surface, String lemma, EntityType type, String key, String entityId,
    String stage) implements Span {

  public Mention {
    Span.checkOffsets(start, end);
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(stage, "stage");
    if (surface.length() != end - start) {
      throw new IllegalArgumentException("surface '" + surface + "' does not fit span [" + start + ", " + end + ")");
    }
  }

  /**
   * Stages whose type is not a reading of evidence: the recogniser's default for a capitalised word it cannot place,
   * and a name the registry taught it (its type is the registry's, so it must not count as evidence again).
   */
  private static final Set<String> GUESSING_STAGES = Set.of("capitalised", "capitalised-noun", "gazetteer:registry");

  /**
   * True when the type is a default rather than evidence: an unknown capitalised word taken for a person, a
   * capitalised dictionary noun taken for the dictionary's usual kind of name. The registry replaces such a type with
   * the one the entity's other mentions show ({@code EntityRegistry#link}).
   */
  public boolean typeGuessed() {
    if (GUESSING_STAGES.contains(stage)) {
      return true;
    }
    int colon = stage.indexOf(':');
    return colon >= 0 && GUESSING_STAGES.contains(stage.substring(0, colon));
  }

  /** A copy linked to {@code id}. */
  public Mention withEntityId(String id) {
    return new Mention(start, end, surface, lemma, type, key, id, stage);
  }

  /** A copy with another linking key (a partial name resolved to the full one). */
  public Mention withKey(String newKey) {
    return new Mention(start, end, surface, lemma, type, newKey, entityId, stage);
  }

  /** A copy with another type. */
  public Mention withType(EntityType newType) {
    return new Mention(start, end, surface, lemma, newType, key, entityId, stage);
  }
}
