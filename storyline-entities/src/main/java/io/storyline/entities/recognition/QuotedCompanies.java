package io.storyline.entities.recognition;

import static io.storyline.entities.recognition.TokenContext.isQuote;

import io.storyline.entities.EntityType;
import io.storyline.entities.key.NameKey;
import io.storyline.entities.text.Token;
import java.util.List;

/** Companies written as a legal form and a quoted name ("ПАО «Газпром»"), as the candidates pass finds them. */
final class QuotedCompanies {
  /** The most characters a quoted company name after its legal form may take. */
  private static final int LONGEST_QUOTED_NAME = 80;

  private QuotedCompanies() {}

  /**
   * A company written as its legal form and a quoted name ("ТОВ «Бюро Ейнштейн»", "ПАО «Газпром»", "ДП «НАЕК
   * «Енергоатом»"): one organisation from the legal form to the first closing quote, keyed and based on the quoted
   * name so it links with the name written alone. Returns the tokens taken, or 0.
   */
  static int quotedCompany(Document doc, int i, List<Finding> out) {
    List<Token> tokens = doc.tokens;
    if (!opensQuotedCompany(doc, i)) {
      return 0;
    }
    int limit = tokens.get(i + 1).end() + LONGEST_QUOTED_NAME;
    for (int k = i + 2; k < tokens.size() && tokens.get(k).start() < limit; k++) {
      Token t = tokens.get(k);
      if (doc.text.indexOf('\n', tokens.get(k - 1).end(), t.start()) >= 0) {
        return 0;
      }
      if (isQuote(t) && "«„‚".indexOf(t.text().charAt(0)) < 0) {
        if (k == i + 2) {
          return 0;
        }
        String name = doc.text.substring(tokens.get(i + 2).start(), tokens.get(k - 1).end());
        String surface = doc.text.substring(tokens.get(i).start(), t.end());
        out.add(new Candidate(tokens.get(i).start(), t.end(), EntityType.ORGANIZATION,
            NameKey.of(name, EntityType.ORGANIZATION, doc.language), surface, "legal-form", false));
        return k + 1 - i;
      }
    }
    return 0;
  }

  /** Whether token {@code i} is a legal form with an opening quote after it ("ПАО «"). */
  static boolean opensQuotedCompany(Document doc, int i) {
    List<Token> tokens = doc.tokens;
    return i + 2 < tokens.size() && tokens.get(i).word() && doc.data.isLegalForm(tokens.get(i).norm())
        && isOpeningQuote(tokens.get(i + 1));
  }

  private static boolean isOpeningQuote(Token t) {
    return !t.word() && t.text().length() == 1 && "\"„“«‚".indexOf(t.text().charAt(0)) >= 0;
  }
}
