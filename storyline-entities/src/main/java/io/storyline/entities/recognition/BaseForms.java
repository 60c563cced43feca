package io.storyline.entities.recognition;

import io.storyline.entities.EntityType;
import io.storyline.entities.key.NameKey;
import io.storyline.entities.lemma.NameLemmatizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pass {@code base-forms}: orders the candidates by their start and gives each that has none a base form and a
 * linking key. For a person's name, or a name of one word, each word takes the dictionary's candidate that the
 * document itself writes capitalised somewhere ("Trumpa" becomes "Trump" where the text writes "Trump"), and a
 * surname takes the case ending of the first name before it ("Donalda Trumpa"); longer names of other kinds are
 * reduced as a whole. Known names keep the base form and key their lexicon gave.
 */
final class BaseForms implements MentionPass {
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  private final NameLemmatizer lemmatizer;

  BaseForms(NameLemmatizer lemmatizer) {
    this.lemmatizer = lemmatizer;
  }

  @Override
  public String name() {
    return "base-forms";
  }

  @Override
  public Draft apply(Document doc, Draft draft) {
    List<Candidate> candidates = new ArrayList<>(draft.candidates());
    candidates.sort(Comparator.comparingInt(Candidate::from));
    List<Candidate> typed = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.key() != null) {
        typed.add(c);
        continue;
      }
      EntityType type = c.type() == null ? EntityType.PERSON : c.type();
      String[] words = SPACES.split(doc.text.substring(c.from(), c.to()));
      String lemma = lemmaInDocument(doc, List.of(words), type);
      typed.add(new Candidate(c.from(), c.to(), c.type(), NameKey.of(lemma, type, doc.language), lemma, c.stage(),
          c.needsEvidence()));
    }
    return draft.withFindings(typed);
  }

  /** The base form, preferring for each word a candidate that the document itself writes somewhere. */
  String lemmaInDocument(Document doc, List<String> words, EntityType type) {
    if (words.size() > 1 && type != EntityType.PERSON) {
      return lemmatizer.lemma(words, doc.language, type);
    }
    List<String> out = new ArrayList<>();
    String ending = null;
    for (String w : words) {
      List<String> options = lemmatizer.candidates(w, doc.language, type);
      String chosen = options.getFirst();
      for (String o : options) {
        if (!o.equals(w) && doc.capitalisedWords.contains(o)) {
          chosen = o;
          break;
        }
      }
      if (chosen.equals(w) && ending != null && w.endsWith(ending) && w.length() - ending.length() >= 3
          && options.contains(w.substring(0, w.length() - ending.length()))) {
        chosen = w.substring(0, w.length() - ending.length()); // "Donalda Trumpa": the surname takes the case of
      }                                                         // the first name the dictionary reduced
      if (ending == null && !chosen.equals(w) && w.startsWith(chosen) && w.length() - chosen.length() <= 3) {
        ending = w.substring(chosen.length());
      }
      out.add(chosen);
    }
    return String.join(" ", out);
  }
}
