package io.storyline.entities.recognition;

import io.storyline.entities.EntityType;
import io.storyline.entities.lemma.NameLemmatizer;
import io.storyline.entities.lexicon.Gazetteer;
import io.storyline.entities.lexicon.KnownName;
import io.storyline.entities.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Looks the words of a text up in the gazetteer: the longest known name from a token, as written, through base-form
 * candidates of its words, through an abbreviated word ("W. Brytanii") or as the prefix of a hyphenated word
 * ("NATO-csúcson"). Thread-safe.
 */
final class KnownNames {
  private final Gazetteer gazetteer;
  private final NameLemmatizer lemmatizer;

  KnownNames(Gazetteer gazetteer, NameLemmatizer lemmatizer) {
    this.gazetteer = gazetteer;
    this.lemmatizer = lemmatizer;
  }

  Gazetteer gazetteer() {
    return gazetteer;
  }

  /**
   * A gazetteer hit; {@code prefixLength} is the length of a hyphen prefix ({@code NATO} of {@code NATO-csúcson}) or
   * -1; {@code base} is the base form of the words that matched ({@code Европейски съюз} for {@code Европейския
   * съюз}), or null when they matched as written.
   */
  record Hit(KnownName name, int prefixLength, String base) {}

  /**
   * Tries the longest known name starting at token {@code k} (words only, below {@code to}); adds it and returns
   * its length in tokens, or 0.
   */
  int match(Document doc, List<Token> tokens, int k, int to, List<? super Candidate> out) {
    int max = Math.min(to, k + Gazetteer.MAX_WORDS);
    int last = k;
    while (last < max && tokens.get(last).word()) {
      last++;
    }
    for (int end = last; end > k; end--) {
      Hit found = lookup(doc, tokens.subList(k, end));
      if (found != null) {
        KnownName hit = found.name();
        Token first = tokens.get(k);
        boolean hyphenPrefix = found.prefixLength() > 0;
        int endOffset = hyphenPrefix ? first.start() + found.prefixLength() : tokens.get(end - 1).end();
        if (!hyphenPrefix && end - k > 1 && abbreviated(doc, tokens.get(end - 1)) != null) {
          endOffset++; // "Korei Płn.": the period is part of the name
        }
        if (!doc.caseless && !Character.isUpperCase(first.text().codePointAt(0))
            && !(hit.source().equals("acronyms") && doc.text.substring(first.start(), endOffset).equals(hit.form()))) {
          return 0; // except a name whose own form is lower case, written so ("dpa")
        }
        String lemma = hit.language().equals(doc.language) || hit.language().equals(KnownName.ANY_LANGUAGE)
            && !hyphenPrefix ? hit.form() : doc.text.substring(first.start(), endOffset);
        if (hit.language().equals(KnownName.ANY_LANGUAGE) && !hyphenPrefix) {
          // without capitals there is no dictionary to reduce by, and Chinese or Japanese words are not spaced
          String written = doc.text.substring(first.start(), endOffset);
          // a table's variant written as listed is its own base form ("Южная Корея", not "Южный Корея")
          lemma = found.base() != null ? found.base() : doc.caseless || written.equals(hit.form()) ? written
              : lemmatizer.lemma(words(doc, k, end), doc.language, hit.type());
        }
        lemma = keepAbbreviations(doc, tokens.subList(k, end), lemma);
        out.add(new Candidate(first.start(), endOffset, hit.type(), hit.key(), lemma, "gazetteer:" + hit.source(), false));
        return end - k;
      }
    }
    return 0;
  }

  /** The known name for these words: their folded forms, then base-form candidates of each word, then a hyphen prefix. */
  Hit lookup(Document doc, List<Token> words) {
    StringBuilder folded = new StringBuilder();
    for (Token w : words) {
      if (!folded.isEmpty()) {
        folded.append(' ');
      }
      String whole = abbreviated(doc, w);
      folded.append(whole != null ? whole : w.norm());
    }
    KnownName hit = best(gazetteer.lookup(folded.toString(), doc.language));
    if (hit != null || words.size() > 3) {
      return hit == null ? null : new Hit(hit, -1, null);
    }
    List<List<String>> options = new ArrayList<>();
    for (Token w : words) {
      String whole = abbreviated(doc, w);
      if (whole != null) {
        options.add(List.of(whole.substring(0, 1).toUpperCase(Locale.ROOT) + whole.substring(1)));
        continue;
      }
      String word = doc.caseless ? w.norm().substring(0, 1).toUpperCase(Locale.ROOT) + w.norm().substring(1) : w.text();
      List<String> c = lemmatizer.candidates(word, doc.language, EntityType.LOCATION);
      options.add(c.subList(0, Math.min(4, c.size())));
    }
    Hit combined = tryCombinations(options, 0, new StringBuilder(), doc.language);
    if (combined == null && words.size() == 1) {
      String text = words.getFirst().text();
      int hyphen = text.indexOf('-');
      if (hyphen > 1) {
        KnownName prefix = best(gazetteer.lookup(Gazetteer.foldForm(text.substring(0, hyphen)), doc.language));
        if (prefix != null && (prefix.source().equals("acronyms") || Character.isLowerCase(text.charAt(hyphen + 1)))) {
          return new Hit(prefix, hyphen, null);
        }
      }
    }
    return combined;
  }

  private Hit tryCombinations(List<List<String>> options, int i, StringBuilder prefix, String language) {
    if (i == options.size()) {
      KnownName hit = best(gazetteer.lookup(Gazetteer.foldForm(prefix.toString()), language));
      return hit == null ? null : new Hit(hit, -1, prefix.toString());
    }
    for (String o : options.get(i)) {
      int len = prefix.length();
      if (i > 0) {
        prefix.append(' ');
      }
      prefix.append(o);
      Hit hit = tryCombinations(options, i + 1, prefix, language);
      prefix.setLength(len);
      if (hit != null) {
        return hit;
      }
    }
    return null;
  }

  private static KnownName best(List<KnownName> hits) {
    return hits.isEmpty() ? null : hits.getFirst();
  }

  /**
   * The word that {@code w} abbreviates when a period follows it directly ("W. Brytanii", "Korei Płn."), in its
   * base form and lower case, or null.
   */
  static String abbreviated(Document doc, Token w) {
    return w.end() < doc.text.length() && doc.text.charAt(w.end()) == '.' ? doc.data.abbreviated(w.norm()) : null;
  }

  /**
   * The base form with each word the text abbreviates written as the text does: "W. Brytanii" is "W. Brytania", not
   * "Wielka Brytania" (the known name still gives the entity).
   */
  private static String keepAbbreviations(Document doc, List<Token> words, String lemma) {
    String[] parts = null;
    for (int w = 0; w < words.size(); w++) {
      if (abbreviated(doc, words.get(w)) != null) {
        if (parts == null) {
          parts = lemma.split(" ");
          if (parts.length != words.size()) {
            return lemma;
          }
        }
        parts[w] = words.get(w).text() + ".";
      }
    }
    return parts == null ? lemma : String.join(" ", parts);
  }

  /** Whether a word alone is a known name (an acronym the gazetteer knows, such as NATO). */
  boolean isKnown(Document doc, Token t) {
    return !gazetteer.lookup(t.norm(), doc.language).isEmpty();
  }

  private static List<String> words(Document doc, int from, int to) {
    List<String> w = new ArrayList<>();
    for (int k = from; k < to; k++) {
      if (doc.tokens.get(k).word()) {
        w.add(doc.tokens.get(k).text());
      }
    }
    return w;
  }
}
