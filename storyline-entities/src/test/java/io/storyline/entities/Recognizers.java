package io.storyline.entities;

/** One recogniser shared by the tests: building it loads CLDR names and the dictionaries. */
final class Recognizers {
  static final MentionRecognizer SHARED = new MentionRecognizer();

  private Recognizers() {}
}
