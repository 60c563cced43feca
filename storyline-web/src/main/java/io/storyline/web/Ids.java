package io.storyline.web;

/** Checks ids taken from request paths, so nothing but a plain id ever reaches a store or directory. */
final class Ids {

  private Ids() {}

  /** The id, or a 400 naming it and the allowed form ({@link io.storyline.core.Ids}). */
  static String check(String kind, String id) {
    if (!io.storyline.core.Ids.valid(id)) {
      throw ApiException.badRequest("bad " + kind + " id '" + (id == null ? "" : id.replaceAll("\\p{Cntrl}", "?"))
          + "': " + io.storyline.core.Ids.RULE);
    }
    return id;
  }
}
