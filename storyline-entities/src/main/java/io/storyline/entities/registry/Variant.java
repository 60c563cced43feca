package io.storyline.entities.registry;

/**
 * One way an entity is written: the surface form, its base form and linking key, the language and script, and how
 * many mentions used it.
 */
public record Variant(String form, String lemma, String key, String language, String script, int count)
    implements java.io.Serializable {

  /** The same variant counted {@code more} times more. */
  public Variant plus(int more) {
    return new Variant(form, lemma, key, language, script, count + more);
  }

  /** Identity of a variant regardless of its count. */
  public String id() {
    return language + "|" + script + "|" + form + "|" + key;
  }
}
