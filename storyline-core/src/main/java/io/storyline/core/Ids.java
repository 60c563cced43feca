package io.storyline.core;

import java.util.regex.Pattern;

/**
 * The form of ids that name articles, entities, events and storylines: what ingest accepts is what the REST API
 * and the web UI can fetch back. Ids are 1 to 200 letters, digits and {@code . _ : @ + ~ -}, start with a letter, a
 * digit or {@code _}, and hold no {@code ..}.
 */
public final class Ids {
  /** The rule in words, for error messages. */
  public static final String RULE =
      "ids are 1 to 200 letters, digits and . _ : @ + ~ -, starting with a letter, digit or _, without '..'";

  private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}._:@+~-]{0,199}");

  private Ids() {
  }

  /** Whether {@code id} has the form of an id. */
  public static boolean valid(String id) {
    return id != null && ID.matcher(id).matches() && !id.contains("..");
  }
}
