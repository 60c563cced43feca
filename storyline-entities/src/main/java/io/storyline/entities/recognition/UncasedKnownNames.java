package io.storyline.entities.recognition;

import io.storyline.entities.lexicon.Gazetteer;
import io.storyline.entities.lexicon.LanguageData;
import io.storyline.entities.text.Homoglyphs;
import io.storyline.entities.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Pass {@code uncased-names}: in a text whose capitals say nothing (a script without them, or all in capitals or none),
 * the candidates are the known names alone, also written with proclitics before them (Arabic, Hebrew) or a
 * postposition after them (Korean). Does nothing to a cased text.
 */
final class UncasedKnownNames implements MentionPass {
  private final KnownNames known;

  UncasedKnownNames(KnownNames known) {
    this.known = known;
  }

  @Override
  public String name() {
    return "uncased-names";
  }

  @Override
  public Draft apply(Document doc, Draft draft) {
    return doc.caseless ? draft.withFindings(gazetteerOnly(doc)) : draft;
  }

  private List<Candidate> gazetteerOnly(Document doc) {
    List<Candidate> out = new ArrayList<>();
    List<Token> words = doc.tokens.stream().filter(Token::word).toList();
    int i = 0;
    while (i < words.size()) {
      int matched = known.match(doc, words, i, words.size(), out);
      if (matched == 0 && !doc.data.proclitics().isEmpty()) {
        matched = matchAfterProclitics(doc, words, i, out);
      }
      if (matched == 0 && !doc.data.postpositions().isEmpty()) {
        matched = matchBeforePostposition(doc, words.get(i), out);
      }
      i += Math.max(1, matched);
    }
    return out;
  }

  /** A known name written with a postposition at its end ({@code 일본과}, "and Japan"; {@code 도쿄에서}, "in Tokyo"). */
  private int matchBeforePostposition(Document doc, Token t, List<Candidate> out) {
    for (String p : doc.data.postpositions()) {
      if (t.text().endsWith(p) && t.text().length() - p.length() >= 2) {
        String text = t.text().substring(0, t.text().length() - p.length());
        Token stem = new Token(t.start(), t.end() - p.length(), text, Homoglyphs.fold(text), true, t.sentenceStart(),
            t.spaceBefore());
        if (known.match(doc, List.of(stem), 0, 1, out) > 0) {
          return 1;
        }
      }
    }
    return 0;
  }

  /**
   * A known name written with up to two proclitics in front ({@code واليابان}, "and Japan"; {@code ביפן}, "in
   * Japan"): the mention starts after them.
   */
  private int matchAfterProclitics(Document doc, List<Token> words, int i, List<Candidate> out) {
    Token t = words.get(i);
    List<Token> rest = null;
    int cut = 0;
    String text = t.text();
    for (int round = 0; round < 2; round++) {
      LanguageData.Proclitic found = null;
      for (LanguageData.Proclitic c : doc.data.proclitics()) {
        if (text.startsWith(c.written()) && text.length() - c.written().length() >= 3) {
          found = c;
          break;
        }
      }
      if (found == null) {
        return 0;
      }
      cut += found.written().length() - (found.restored().isEmpty() ? 0 : found.restored().length() - 1);
      text = found.restored() + text.substring(found.written().length());
      if (rest == null) {
        rest = new ArrayList<>(words.subList(i, Math.min(words.size(), i + Gazetteer.MAX_WORDS)));
      }
      rest.set(0, new Token(t.start() + cut, t.end(), text, Homoglyphs.fold(text), true, t.sentenceStart(),
          t.spaceBefore()));
      int matched = known.match(doc, rest, 0, rest.size(), out);
      if (matched > 0) {
        return matched;
      }
    }
    return 0;
  }
}
