package io.storyline.entities.recognition;

import io.storyline.entities.lemma.NameLemmatizer;
import io.storyline.entities.lemma.NameLemmatizer.WordFacts;
import io.storyline.entities.text.Token;

/** What the dictionary reads a word as, where several passes ask the same question. Thread-safe. */
final class Readings {
  private final NameLemmatizer lemmatizer;

  Readings(NameLemmatizer lemmatizer) {
    this.lemmatizer = lemmatizer;
  }

  /** Whether the dictionary knows the word only as a common word (and it is no acronym). */
  boolean isDictionaryCommon(Document doc, Token t) {
    WordFacts f = lemmatizer.facts(t.text(), doc.language);
    return f.common() && f.properLemmas().isEmpty() && !t.acronym();
  }

  /**
   * Whether the word is a common word rather than a name: a stop word, a word the document also writes in lower
   * case, or a common word for the dictionary (unless the language's proper readings win, as in Spanish).
   */
  boolean isCommonWord(Document doc, Token t) {
    if (doc.data.isStopword(t.norm()) || doc.lowerWords.contains(t.norm())) {
      return true;
    }
    WordFacts f = lemmatizer.facts(t.text(), doc.language);
    // "Rosa Díaz dijo...": a first name, though also a noun, where the dictionary's proper readings mean something
    return f.common() && (f.properLemmas().isEmpty() || !lemmatizer.prefersProperReading(doc.language));
  }
}
