package io.storyline.entities.recognition;

import static io.storyline.entities.recognition.QuotedCompanies.opensQuotedCompany;
import static io.storyline.entities.recognition.QuotedCompanies.quotedCompany;
import static io.storyline.entities.recognition.SiteNames.siteName;
import static io.storyline.entities.recognition.TokenContext.isDateOrCount;
import static io.storyline.entities.recognition.TokenContext.isDigitsAfterName;
import static io.storyline.entities.recognition.TokenContext.isLineBreak;
import static io.storyline.entities.recognition.TokenContext.startsName;

import io.storyline.entities.EntityType;
import io.storyline.entities.lemma.NameLemmatizer;
import io.storyline.entities.lexicon.Gazetteer;
import io.storyline.entities.text.Homoglyphs;
import io.storyline.entities.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Pass {@code candidates}: reads a cased text left to right and marks where names may be. Runs of capitalised words
 * (with connectors such as "van der", a number as in "Nord Stream 2") become {@link Run}s for the known-names pass;
 * what the shape of the text settles here becomes a {@link Candidate} at once: a news site written as its domain
 * ("RBC.UA"), a legal form with a quoted name ("ПАО «Газпром»"), a known name with an abbreviated word ("W.
 * Brytanii") or with later words in lower case ("Unione europea"), a capitalised adjective before a lower-case head
 * word ("Верховный суд") and a body's head word with its genitives ("Палата представителей"). Does nothing to a text
 * without capitals.
 */
final class CapitalisedRuns implements MentionPass {
  private final KnownNames lexicon;
  private final NameLemmatizer lemmatizer;
  private final Gazetteer gazetteer;

  CapitalisedRuns(KnownNames known, NameLemmatizer lemmatizer) {
    this.lexicon = known;
    this.lemmatizer = lemmatizer;
    this.gazetteer = known.gazetteer();
  }

  @Override
  public String name() {
    return "candidates";
  }

  @Override
  public Draft apply(Document doc, Draft draft) {
    return doc.caseless ? draft : draft.withFindings(scan(doc));
  }

  private List<Finding> scan(Document doc) {
    List<Finding> out = new ArrayList<>();
    List<Token> tokens = doc.tokens;
    int i = 0;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      if (t.word() && gazetteer.isLowerCaseName(t.text())) {
        int matched = lexicon.match(doc, tokens, i, i + 1, out); // "dpa"
        i += Math.max(1, matched);
        continue;
      }
      int company = t.word() ? quotedCompany(doc, i, out) : 0;
      if (company > 0) {
        i += company;
        continue;
      }
      if (!t.word() || !startsName(t)) {
        i++;
        continue;
      }
      int site = siteName(doc, i);
      if (site > 0) {
        // "RBC.UA", "Espreso.tv", "BiznesAlert.pl": a news site named by its domain is one name, not a name and a
        // country code
        out.add(Candidate.of(doc, i, i + site, EntityType.ORGANIZATION, "site", false));
        i += site;
        continue;
      }
      int abbreviated = matchAbbreviatedName(doc, i, out);
      if (abbreviated > 0) {
        i += abbreviated;
        continue;
      }
      int j = i + 1;
      while (j < tokens.size()) {
        Token next = tokens.get(j);
        if (isPeriodAfterBodyAcronym(doc, j)) {
          j++; // "FC. BARCELONA", "BM. GRANOLLERS": a club's abbreviation and its name
          continue;
        }
        if (!next.word() || next.sentenceStart() && !next.spaceBefore() && j > i && isLineBreak(doc, j)) {
          break;
        }
        if (changesScript(tokens.get(j - 1), next)) {
          break; // "(по делам) Brexit Дэвид Дэвис": a name is written in one script
        }
        if (opensAbbreviatedName(doc, j) || siteName(doc, j) > 0 || opensQuotedCompany(doc, j)) {
          break; // "Rząd W. Brytanii", "Portal BiznesAlert.pl", "Акции ПАО «Газпром»"
        }
        if (startsName(next) && !(isDigitsAfterName(tokens.get(j - 1)) && !next.acronym())
            || isDigitsAfterName(next) && !isDateOrCount(doc, j)) {
          j++; // "Nord Stream 2 AG", but "Kraków 2 Gdańsk 1" is two names
        } else if (startsName(next)) {
          break;
        } else {
          int connectors = connectorsBeforeName(doc, j); // "van der Leyen", "фон дер Ляєн", "de la Fuente"
          if (connectors == 0) {
            break;
          }
          j += connectors;
        }
      }
      if (isAdjectiveBeforeHead(doc, j)) {
        // "Европейския съюз", "Верховный суд": only the first word of the name is capitalised
        out.add(new Run(i, j - 1));
        int place = countryAfter(doc, j + 1);
        if (place > 0) {
          // "Верховный суд Пакистана": the body of a country; "Združenih državah Amerike": a known place, or a place
          List<Candidate> known = new ArrayList<>();
          if (lexicon.match(doc, tokens, j - 1, j + 1 + place, known) == place + 2) {
            out.addAll(known);
          } else {
            EntityType head = doc.data.inflectedHeadType(tokens.get(j).norm()) == EntityType.LOCATION
                ? EntityType.LOCATION : EntityType.ORGANIZATION;
            out.add(Candidate.of(doc, j - 1, j + 1 + place, head, "adjective-head-place", false));
          }
          i = j + 1 + place;
          continue;
        }
        if (lexicon.match(doc, tokens, j - 1, j + 1, out) < 2) {
          out.add(Candidate.of(doc, j - 1, j + 1, doc.data.inflectedHeadType(tokens.get(j).norm()), "adjective-head",
              false));
        }
        i = j + 1;
        continue;
      }
      int known = knownNameIntoLowerCase(doc, j, out);
      if (known > 0) {
        // "Unione europea", "Франс прес": a known name whose later words are written in lower case
        if (j - 1 > i) {
          out.add(new Run(i, j - 1));
        }
        i = j - 1 + known;
        continue;
      }
      int genitive = genitivesAfterHead(doc, j);
      if (genitive > 0) {
        // "Палата представителей", "Министерство обороны": a body's head word, then its lower-case genitive words
        if (j - 1 > i) {
          out.add(new Run(i, j - 1));
        }
        out.add(Candidate.of(doc, j - 1, j + genitive, EntityType.ORGANIZATION, "head-word", false));
        i = j + genitive;
        continue;
      }
      out.add(new Run(i, j));
      i = j;
    }
    return out;
  }

  /**
   * When the word before {@code j} ends a capitalised run and lower-case words follow, the number of words of a
   * known name that starts at that word and takes in at least one of them (adding it to {@code out}); else 0.
   */
  private int knownNameIntoLowerCase(Document doc, int j, List<Finding> out) {
    List<Token> tokens = doc.tokens;
    if (j >= tokens.size() || !tokens.get(j).word() || tokens.get(j).capitalised() || !tokens.get(j).spaceBefore()
        || !gazetteer.startsLongerName(Gazetteer.foldForm(tokens.get(j - 1).text()))) {
      return 0; // the usual case, decided without a look-up
    }
    List<Candidate> found = new ArrayList<>();
    int matched = lexicon.match(doc, tokens, j - 1, Math.min(tokens.size(), j - 1 + Gazetteer.MAX_WORDS), found);
    if (matched < 2) {
      return 0;
    }
    out.addAll(found);
    return matched;
  }

  /**
   * How many lower-case words from token {@code j} continue the name of a body whose capitalised head word ends the
   * run before it, in languages that write such names with one capital ({@code [genitive-suffix]}): at most two words
   * with a genitive ending, none of them a stop word or, by its ending, a verb ({@code Палата представителей},
   * {@code Служба внешней разведки}); 0 when the word before is no head of an organisation.
   */
  private int genitivesAfterHead(Document doc, int j) {
    if (j == 0 || j >= doc.tokens.size() || !doc.data.hasGenitiveSuffixes()) {
      return 0;
    }
    Token head = doc.tokens.get(j - 1);
    if (head.acronym() || doc.data.headType(head.norm()) != EntityType.ORGANIZATION) {
      return 0;
    }
    int of = doc.data.isGenitiveMarker(doc.tokens.get(j).norm()) ? 1 : 0; // Bulgarian "Камарата на общините"
    int n = 0;
    // the dictionary's cases where it marks them (three words: "иностранных дел", "закордонних справ" end in no
    // genitive ending), else the language's genitive endings (two words)
    boolean byDictionary = of == 0 && lemmatizer.marksGenitive(doc.language);
    while (n < (byDictionary ? 3 : 2) && j + of + n < doc.tokens.size()) {
      Token t = doc.tokens.get(j + of + n);
      if (!t.word() || !Character.isLowerCase(t.text().codePointAt(0)) || doc.data.isStopword(t.norm())
          || !(byDictionary ? lemmatizer.genitive(t.norm(), doc.language) : doc.data.isGenitive(t.norm()))
          || of == 1 && n == 1) {
        break;
      }
      n++;
    }
    return n == 0 ? 0 : of + n;
  }

  /**
   * Whether the capitalised word before token {@code j} looks like an adjective and token {@code j} is a lower-case
   * head word of an organisation, place or event, as in names where only the first word is capitalised.
   */
  private static boolean isAdjectiveBeforeHead(Document doc, int j) {
    if (j >= doc.tokens.size() || j == 0) {
      return false;
    }
    Token head = doc.tokens.get(j);
    Token adjective = doc.tokens.get(j - 1);
    return head.word() && Character.isLowerCase(head.text().codePointAt(0)) && adjective.word()
        && !adjective.acronym() && doc.data.looksAdjectival(adjective.norm()) && !doc.data.isConnector(head.norm())
        && doc.data.inflectedHeadType(head.norm()) != null; // "Урсула фон (дер Ляєн)": a particle, not "фонд"
  }

  /** The number of words of a known place starting at token {@code k} (capitalised, same line), or 0. */
  private int countryAfter(Document doc, int k) {
    if (k >= doc.tokens.size() || !doc.tokens.get(k).word() || !startsName(doc.tokens.get(k))) {
      return 0;
    }
    List<Candidate> found = new ArrayList<>();
    int n = lexicon.match(doc, doc.tokens, k, doc.tokens.size(), found);
    return n > 0 && found.getLast().type() == EntityType.LOCATION ? n : 0;
  }

  /** Whether two words of two letters or more are written in different scripts (Latin, Cyrillic). */
  private static boolean changesScript(Token a, Token b) {
    if (a.text().length() < 2 || b.text().length() < 2) {
      return false;
    }
    Homoglyphs.Script x = Homoglyphs.dominantScript(a.text());
    Homoglyphs.Script y = Homoglyphs.dominantScript(b.text());
    return x != y && (x == Homoglyphs.Script.LATIN || x == Homoglyphs.Script.CYRILLIC)
        && (y == Homoglyphs.Script.LATIN || y == Homoglyphs.Script.CYRILLIC);
  }

  /**
   * Whether token {@code j} is the period written after an organisation's head word in capitals ("FC", "BM") right
   * before the rest of its name on the same line.
   */
  private static boolean isPeriodAfterBodyAcronym(Document doc, int j) {
    List<Token> tokens = doc.tokens;
    if (j == 0 || j + 1 >= tokens.size() || !tokens.get(j).text().equals(".") || tokens.get(j).spaceBefore()) {
      return false;
    }
    Token acronym = tokens.get(j - 1);
    Token after = tokens.get(j + 1);
    return acronym.acronym() && doc.data.headType(acronym.norm()) == EntityType.ORGANIZATION && after.word()
        && after.spaceBefore() && after.capitalised() && !isLineBreak(doc, j + 1);
  }


  /**
   * The number of connectors at {@code j} that a capitalised word follows: one ("Organizzazione delle Nazioni"), or
   * two before a single last word that is no acronym ("van der Leyen", "фон дер Ляєн"; not "Pol Tansens van de
   * Fortis Bank"); else 0.
   */
  private static int connectorsBeforeName(Document doc, int j) {
    List<Token> tokens = doc.tokens;
    int k = j;
    while (k < tokens.size() && k - j < 2 && tokens.get(k).word() && doc.data.isConnector(tokens.get(k).norm())) {
      k++;
    }
    boolean nameAfter = k > j && k < tokens.size() && tokens.get(k).word() && tokens.get(k).capitalised()
        && (k - j == 1 || !tokens.get(k).acronym()); // "Els Flies van de NMBS": a body, not a surname
    boolean lastWord = k + 1 >= tokens.size() || !tokens.get(k + 1).word() || !tokens.get(k + 1).capitalised();
    return !nameAfter ? 0 : k - j == 1 || lastWord ? k - j : 0;
  }


  /** Whether the word at {@code i} is written short with a period, and a capitalised word follows. */
  private static boolean opensAbbreviatedName(Document doc, int i) {
    List<Token> tokens = doc.tokens;
    return i + 2 < tokens.size() && tokens.get(i).capitalised() && KnownNames.abbreviated(doc, tokens.get(i)) != null
        && tokens.get(i + 2).word() && tokens.get(i + 2).capitalised();
  }

  /**
   * A known name whose first word is abbreviated ("W. Brytanii", "Wlk. Brytania", "Płd. Korei"): the run of
   * capitalised words stops at the period, so the name is looked up across it. Returns the tokens it covers, the
   * period included, or 0.
   */
  private int matchAbbreviatedName(Document doc, int i, List<Finding> out) {
    List<Token> tokens = doc.tokens;
    if (!opensAbbreviatedName(doc, i)) {
      return 0;
    }
    Token t = tokens.get(i);
    List<Token> words = new ArrayList<>(Gazetteer.MAX_WORDS);
    words.add(t);
    words.addAll(tokens.subList(i + 2, Math.min(tokens.size(), i + 1 + Gazetteer.MAX_WORDS)));
    int matched = lexicon.match(doc, words, 0, words.size(), out);
    return matched >= 2 ? matched + 1 : 0;
  }
}
