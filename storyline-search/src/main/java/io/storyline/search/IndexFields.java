package io.storyline.search;

/** Names of the index fields besides the analysed body fields of {@link LanguageAnalyzers}. */
final class IndexFields {
  static final String ID = "id";
  static final String ID_SORT = "id_sort";
  static final String LANG = "lang";
  static final String SOURCE = "source";
  static final String PUBLISHED = "published";
  static final String ENTITY = "entity";
  static final String EVENT = "event";
  static final String STORYLINE = "storyline";

  private IndexFields() {}
}
