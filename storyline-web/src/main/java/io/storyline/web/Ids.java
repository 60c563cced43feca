package io.storyline.web;

import java.util.regex.Pattern;

/** Checks ids taken from request paths, so nothing but a plain id ever reaches a store or directory. */
final class Ids {
  private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}._:@+~-]{0,199}");

  private Ids() {}

  /** The id, or a 400 naming it and the allowed form. */
  static String check(String kind, String id) {
    if (id == null || !ID.matcher(id).matches() || id.contains("..")) {
      throw ApiException.badRequest("bad " + kind + " id '" + (id == null ? "" : id.replaceAll("\\p{Cntrl}", "?"))
          + "': ids are 1 to 200 letters, digits and . _ : @ + ~ -, starting with a letter, digit or _, without '..'");
    }
    return id;
  }
}
