package io.storyline.entities.lemma;

import io.storyline.entities.EntityType;
import java.util.EnumSet;
import java.util.Set;

/**
 * A base-form rule: a word ending in {@code suffix} has the base form with {@code replacement} instead.
 *
 * @param suffix      the inflectional ending (lowercase)
 * @param replacement what replaces it (may be empty)
 * @param types       the entity types it applies to; empty for all
 * @param apply       true when it applies to unknown names; false when it only yields a candidate that a lexicon
 *                    or the document has to confirm
 */
public record SuffixRule(String suffix, String replacement, Set<EntityType> types, boolean apply) {

  public SuffixRule {
    types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
  }

  /** True when the rule may apply to a word of this type. */
  public boolean fits(String folded, EntityType type) {
    return folded.endsWith(suffix) && folded.length() - suffix.length() >= 2 && (types.isEmpty() || types.contains(type));
  }

  /** The word with the suffix replaced, keeping the case of the untouched part. */
  public String applyTo(String word) {
    return word.substring(0, word.length() - suffix.length()) + replacement;
  }

  /**
   * Parses {@code suffix TAB replacement TAB types TAB mode} ({@code 0} is the empty replacement, types {@code *} or
   * PER,LOC, mode {@code +} or {@code ?}).
   *
   * @throws IllegalArgumentException naming the line, the language and the valid format
   */
  public static SuffixRule parse(String line, String language) {
    String[] f = line.split("\t");
    if (f.length != 4 || !(f[3].strip().equals("+") || f[3].strip().equals("?"))) {
      throw new IllegalArgumentException("bad lemma rule '" + line + "' in lang/" + language
          + ".txt; expected: suffix TAB replacement (0 for none) TAB * or PER,LOC,... TAB + or ?");
    }
    Set<EntityType> types = EnumSet.noneOf(EntityType.class);
    if (!f[2].strip().equals("*")) {
      for (String t : f[2].split(",")) {
        types.add(EntityType.parse(t));
      }
    }
    String replacement = f[1].strip().equals("0") ? "" : f[1].strip();
    return new SuffixRule(f[0].strip(), replacement, types, f[3].strip().equals("+"));
  }
}
