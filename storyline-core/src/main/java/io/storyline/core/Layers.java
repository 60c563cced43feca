package io.storyline.core;

import java.util.List;

/** The annotation layers the foundation stages provide. Later capabilities add their own. */
public final class Layers {
  private Layers() {}

  /** Debris spans marked by the cleanup stage. */
  public static final Layer<List<RemovedSpan>> REMOVED = Layer.list("removed", RemovedSpan.class, "clean");

  /** The line that serves as the article's headline when no title was given. */
  public static final Layer<TextSpan> TITLE = Layer.single("title", TextSpan.class, "clean");

  /** The article's language. */
  public static final Layer<LanguageGuess> LANGUAGE = Layer.single("language", LanguageGuess.class, "language");

  /** Sentences of the clean text. */
  public static final Layer<List<TextSpan>> SENTENCES = Layer.list("sentences", TextSpan.class, "sentences");
}
