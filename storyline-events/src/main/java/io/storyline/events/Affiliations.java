package io.storyline.events;

import io.storyline.entities.EntityType;
import io.storyline.entities.Mention;
import io.storyline.entities.lexicon.LanguageData;
import io.storyline.entities.text.Token;
import io.storyline.entities.text.Tokenizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A person's affiliation as the text writes it: the organisation or place inside a title phrase directly before the
 * name ("sekretarz generalny NATO Mark Rutte", "міністр оборони Японії Накатані", "NATO Secretary General Mark
 * Rutte", "Japan's defence minister Nakatani", "NAVO-chef Jens Stoltenberg") or in an apposition directly after it ("Jens Stoltenberg, a NATO
 * főtitkára"). A title phrase is a run of at most {@value #PHRASE_WORDS} words in the same clause that opens with a
 * title word of the language ({@link LanguageData#isPersonBefore}) and holds, besides function words, genitives and
 * names, at most {@value #OTHER_WORDS} other word (more make a clause: "Посол України візьме участь в інавгурації
 * Байдена" says nothing of Biden's affiliation); an organisation or place just before that word
 * belongs to it when nothing but a possessive and one word stand between ("Japan's defence minister"). Where no
 * title phrase names one, a person has no affiliation: being near an organisation is not being part of it.
 * Stateless and thread-safe.
 */
final class Affiliations {
  /** Words of a title phrase, at most, counted back from the name. */
  static final int PHRASE_WORDS = 6;
  /** Other words a title phrase may hold (a noun such as "defence"), at most: more make a clause. */
  static final int OTHER_WORDS = 1;

  private Affiliations() {}

  /**
   * For each person (by the id {@code id} gives) whose title phrase names an organisation or place, that entity's
   * id; when several mentions name different ones, the one named most often (ties: the first in id order).
   */
  static Map<String, String> of(List<Mention> mentions, String clean, String language,
      java.util.function.Function<Mention, String> id) {
    LanguageData data = LanguageData.of(language);
    List<Token> tokens = null;
    MentionIndex index = null;
    Map<String, Map<String, Integer>> votes = new LinkedHashMap<>();
    for (Mention m : mentions) {
      if (m.type() != EntityType.PERSON) {
        continue;
      }
      if (tokens == null) {
        tokens = Tokenizer.tokenize(clean);
        index = new MentionIndex(mentions);
      }
      Mention named = before(m, index, tokens, data);
      if (named == null) {
        named = after(m, index, tokens, data);
      }
      if (named != null && !id.apply(named).equals(id.apply(m))) {
        votes.computeIfAbsent(id.apply(m), k -> new TreeMap<>()).merge(id.apply(named), 1, Integer::sum);
      }
    }
    Map<String, String> out = new LinkedHashMap<>();
    votes.forEach((person, counts) -> {
      String best = null;
      for (Map.Entry<String, Integer> v : counts.entrySet()) {
        if (best == null || v.getValue() > counts.get(best)) {
          best = v.getKey();
        }
      }
      out.put(person, best);
    });
    return out;
  }

  /** The organisation or place of the title phrase directly before {@code person}, or null. */
  private static Mention before(Mention person, MentionIndex mentions, List<Token> tokens, LanguageData data) {
    int k = lastTokenBefore(tokens, person.start());
    List<Token> words = new ArrayList<>();
    int title = -1;
    int others = 0;
    for (; k >= 0 && words.size() < PHRASE_WORDS; k--) {
      Token t = tokens.get(k);
      if (!t.word()) {
        if (t.text().equals("-") || t.text().equals("'") || t.text().equals("’")) {
          continue;
        }
        break;
      }
      if (mentions.inside(t.start(), t.end(), EntityType.PERSON)) {
        break;
      }
      words.add(t);
      if (data.isPersonBefore(t.norm()) || data.isPersonBefore(t.norm().substring(t.norm().lastIndexOf('-') + 1))) {
        title = words.size() - 1;
      } else if (!partOfTitle(t, mentions, data) && ++others > OTHER_WORDS) {
        break; // "Посол України візьме участь в інавгурації Байдена": a clause, not a title, stands before the name
      }
      if (t.sentenceStart()) {
        break;
      }
    }
    if (title < 0) {
      return null;
    }
    int from = words.get(title).start();
    Mention inPhrase = mentions.firstWithin(from, person.start());
    if (inPhrase != null) {
      return inPhrase;
    }
    return ownerOfTitle(tokens, mentions, Token.firstFrom(tokens, from));
  }

  /**
   * The organisation or place written just before a title word: adjacent ("NATO Secretary General", "NATO-chef"),
   * or with a possessive and at most one word between ("Japan's defence minister").
   */
  private static Mention ownerOfTitle(List<Token> tokens, MentionIndex mentions, int titleToken) {
    int k = titleToken - 1;
    boolean possessive = false;
    int skipped = 0;
    while (k >= 0) {
      Token t = tokens.get(k);
      Mention m = mentions.ending(t.end());
      if (m != null && m.end() <= tokens.get(titleToken).start()) {
        boolean owns = possessive || t.norm().endsWith("'s") || t.norm().endsWith("’s"); // "Japan's" is one word
        return skipped == 0 || owns ? m : null;
      }
      if (!t.word() && (t.text().equals("'") || t.text().equals("’") || t.text().equals("-"))) {
        k--;
        continue;
      }
      if (t.word() && (t.norm().equals("s") || t.norm().equals("s'")) && !possessive) {
        possessive = true;
        k--;
        continue;
      }
      if (t.word() && skipped == 0 && !t.capitalised()) {
        skipped++;
        k--;
        continue;
      }
      return null;
    }
    return null;
  }

  /**
   * Whether a word can belong to a title phrase: a function word ("della", "of", "у"), a genitive ("obrony",
   * "оборони"), a word of an organisation or place, or a capitalised word (a title's own name).
   */
  private static boolean partOfTitle(Token t, MentionIndex mentions, LanguageData data) {
    return data.isStopword(t.norm()) || data.isGenitive(t.norm()) || t.capitalised() || mentions.inside(t.start(), t.end(), null);
  }

  /** The organisation or place of an apposition after {@code person} ("Jens Stoltenberg, a NATO főtitkára"), or null. */
  private static Mention after(Mention person, MentionIndex mentions, List<Token> tokens, LanguageData data) {
    int k = Token.firstFrom(tokens, person.end());
    if (k >= tokens.size() || !tokens.get(k).text().equals(",")) {
      return null;
    }
    int from = tokens.get(k).end();
    int to = from;
    boolean titled = false;
    int words = 0;
    for (k++; k < tokens.size() && words < PHRASE_WORDS; k++) {
      Token t = tokens.get(k);
      if (!t.word()) {
        if (t.text().equals("-") || t.text().equals("'") || t.text().equals("’")) {
          continue;
        }
        break;
      }
      if (t.sentenceStart() || mentions.inside(t.start(), t.end(), EntityType.PERSON)) {
        break;
      }
      words++;
      boolean title = data.isPersonBefore(t.norm()) || data.isPersonAfter(t.norm());
      if (!titled && !title && !data.isStopword(t.norm()) && !t.norm().equals("s") && !mentions.inside(t.start(), t.end(), null)) {
        return null; // ", ha invitato i ministri della NATO": a clause goes on, no apposition
      }
      titled |= title;
      to = t.end();
      if (data.isPersonAfter(t.norm())) {
        break; // a title written after its body closes the phrase ("a NATO főtitkára")
      }
    }
    return titled ? mentions.firstWithin(from, to + 1) : null;
  }

  private static int lastTokenBefore(List<Token> tokens, int offset) {
    return Token.firstFrom(tokens, offset) - 1;
  }
}
