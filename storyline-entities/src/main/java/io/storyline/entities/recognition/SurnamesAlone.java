package io.storyline.entities.recognition;

import io.storyline.entities.EntityType;
import io.storyline.entities.Mention;
import io.storyline.entities.text.Homoglyphs;
import io.storyline.entities.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pass {@code surnames}: a surname written alone where no mention was found is the person the text names in full
 * ("Finkelnburg blieb." after "Thomas Finkelnburg", a later "Bausch" after "Franz Bausch"). News writes a person's
 * full name once and the surname after it; the rules drop an unconfirmed sentence-initial word and the name models
 * often miss a lone surname. Only words written exactly as the last word of one person's full name (two people
 * with one surname: neither), capitalised, not also written in lower case in the text, and not next to another
 * capitalised word (that would be another name). The mention takes the full name's key. Stateless.
 */
final class SurnamesAlone implements MentionPass {
  /** Letters of the shortest surname taken alone ("Li" or "Ng" alone are too often something else). */
  private static final int MIN_LETTERS = 3;

  @Override
  public String name() {
    return "surnames";
  }

  @Override
  public Draft apply(Document doc, Draft draft) {
    if (doc.caseless) {
      return draft;
    }
    Map<String, String> keyBySurname = surnames(draft.mentions(), MIN_LETTERS);
    if (keyBySurname.isEmpty()) {
      return draft;
    }
    List<Mention> mentions = draft.mentions();
    List<Mention> added = new ArrayList<>();
    int m = 0;
    for (int k = 0; k < doc.tokens.size(); k++) {
      Token t = doc.tokens.get(k);
      while (m < mentions.size() && mentions.get(m).end() <= t.start()) {
        m++;
      }
      boolean covered = m < mentions.size() && mentions.get(m).start() < t.end();
      if (covered || !t.capitalised() || t.text().length() < MIN_LETTERS || doc.lowerWords.contains(t.norm())
          || doc.data.isStopword(t.norm()) || capitalisedNeighbour(doc.tokens, k)) {
        continue;
      }
      String key = keyBySurname.get(Homoglyphs.fold(t.text()));
      if (key != null && !key.isEmpty()) {
        added.add(new Mention(t.start(), t.end(), t.text(), t.text(), EntityType.PERSON, key, null, "surname"));
      }
    }
    if (added.isEmpty()) {
      return draft;
    }
    List<Mention> out = new ArrayList<>(mentions);
    out.addAll(added);
    out.sort(Comparator.comparingInt(Mention::start));
    return draft.withMentions(out);
  }

  /**
   * The last word (of more than {@code minLetters} characters, counting the space) of each person's name of two or
   * more words, folded, to the name's key; "" for a surname two people share.
   */
  static Map<String, String> surnames(List<Mention> mentions, int minLetters) {
    Map<String, String> keyBySurname = new HashMap<>();
    for (Mention m : mentions) {
      int space = m.surface().lastIndexOf(' ');
      if (m.type() == EntityType.PERSON && space > 0 && m.surface().length() - space > minLetters) {
        keyBySurname.merge(Homoglyphs.fold(m.surface().substring(space + 1)), m.key(),
            (a, b) -> a.equals(b) ? a : "");
      }
    }
    return keyBySurname;
  }

  /** Whether the word before (inside its sentence) or after {@code k} is capitalised. */
  private static boolean capitalisedNeighbour(List<Token> tokens, int k) {
    boolean before = k > 0 && !tokens.get(k).sentenceStart() && tokens.get(k - 1).capitalised();
    boolean after = k + 1 < tokens.size() && !tokens.get(k + 1).sentenceStart() && tokens.get(k + 1).capitalised();
    return before || after;
  }
}
