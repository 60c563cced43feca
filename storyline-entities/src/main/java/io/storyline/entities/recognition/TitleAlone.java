package io.storyline.entities.recognition;

import io.storyline.entities.Mention;
import io.storyline.entities.lexicon.LanguageData;
import io.storyline.entities.text.Token;
import io.storyline.entities.text.Tokenizer;
import java.util.List;

/**
 * A title without a name is not a name: "Secretary General", "Генеральний секретар", "Pan" (Mr) or "Zastupnyk
 * Ministr" written with capitals are roles, not people or organisations. A mention every word of which is a title
 * word of the language ({@link LanguageData#isTitle}) is dropped, unless a lexicon (the gazetteer, a user's name)
 * knows it as a name. Pass {@code titles}, the last of the chain. Stateless.
 */
final class TitleAlone implements MentionPass {
  @Override
  public String name() {
    return "titles";
  }

  @Override
  public Draft apply(Document doc, Draft draft) {
    return draft.withMentions(drop(draft.mentions(), doc.data));
  }

  /** {@code mentions} without the ones that are titles alone. */
  static List<Mention> drop(List<Mention> mentions, LanguageData data) {
    return mentions.stream().filter(m -> !isTitleAlone(m, data)).toList();
  }

  static boolean isTitleAlone(Mention m, LanguageData data) {
    if (m.stage() != null && (m.stage().startsWith("gazetteer") || m.stage().startsWith("learned")
        || m.stage().equals("dictionary"))) {
      return false;
    }
    return allTitles(m.surface(), data) || allTitles(m.lemma(), data);
  }

  /** Whether {@code name} has words and each is a title word ("Panem" is not, its base form "Pan" is). */
  private static boolean allTitles(String name, LanguageData data) {
    int words = 0;
    for (Token t : Tokenizer.tokenize(name)) {
      if (!t.word()) {
        continue;
      }
      for (String part : t.norm().split("-")) {
        if (part.isEmpty()) {
          continue;
        }
        if (!data.isTitle(part)) {
          return false;
        }
        words++;
      }
    }
    return words > 0;
  }
}
