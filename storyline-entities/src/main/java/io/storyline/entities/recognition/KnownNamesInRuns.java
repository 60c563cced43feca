package io.storyline.entities.recognition;

import static io.storyline.entities.recognition.TokenContext.isForeignArticle;
import static io.storyline.entities.recognition.TokenContext.isForeignScript;

import io.storyline.entities.EntityType;
import io.storyline.entities.key.NameKey;
import io.storyline.entities.lemma.NameLemmatizer;
import io.storyline.entities.lemma.NameLemmatizer.WordFacts;
import io.storyline.entities.lexicon.Gazetteer;
import io.storyline.entities.lexicon.KnownName;
import io.storyline.entities.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Pass {@code known-names}: splits each {@link Run} of capitalised words at its function words into segments, takes
 * off the titles and sentence-initial common words that open a segment, and finds the known names in what is left
 * (the gazetteer, a head word that types the whole segment, "The New York Times" in a Cyrillic text). A place name
 * that rather opens a person's name ("Владимир Путин", "Asię Bibi") is not taken for the place. The words no lexicon
 * knows become {@link UnknownSegment}s for the typing pass, marked when a title opened them.
 */
final class KnownNamesInRuns implements MentionPass {
  private final KnownNames lexicon;
  private final Readings readings;
  private final NameLemmatizer lemmatizer;
  private final Gazetteer gazetteer;

  KnownNamesInRuns(KnownNames known, Readings readings, NameLemmatizer lemmatizer) {
    this.lexicon = known;
    this.readings = readings;
    this.lemmatizer = lemmatizer;
    this.gazetteer = known.gazetteer();
  }

  @Override
  public String name() {
    return "known-names";
  }

  @Override
  public Draft apply(Document doc, Draft draft) {
    return draft.expand(Run.class, (run, out) -> processRun(doc, run.from(), run.to(), out));
  }

  /** The candidate the last look-up added. */
  private static Candidate last(List<Finding> out) {
    return (Candidate) out.getLast();
  }

  /** Splits a run of capitalised words [from, to) into names. */
  private void processRun(Document doc, int from, int to, List<Finding> out) {
    List<Token> tokens = doc.tokens;
    if (ShoutedRun.is(tokens, from, to, doc.data)) {
      for (int k = from; k < to; k++) {
        if (tokens.get(k).word() && lexicon.isKnown(doc, tokens.get(k))) {
          processSegment(doc, k, k + 1, out);
        }
      }
      return;
    }
    int start = from;
    for (int k = from; k <= to; k++) {
      Token t = k == to ? null : tokens.get(k);
      // a stop word in capitals is cut too when it has three letters or more (ЗМІ, СМИ, THE); "US", "IT" stay
      boolean cut = t == null || doc.data.isStopword(t.norm()) && (!t.acronym() || t.text().length() >= 3)
          && !doc.data.isConnector(t.norm()) && !isForeignArticle(doc, k, to);
      if (cut) {
        if (k > start) {
          processSegment(doc, start, k, out);
        }
        start = k + 1;
      }
    }
  }

  private void processSegment(Document doc, int from, int to, List<Finding> out) {
    List<Token> tokens = doc.tokens;
    boolean triggered = false;
    while (from < to) {
      Token first = tokens.get(from);
      if (!first.acronym() && doc.data.isTitle(first.norm())) {
        triggered = true;
        from++;
      } else if (first.sentenceStart() && to - from > 1 && readings.isCommonWord(doc, first) && !opensName(doc, from)
          && lexicon.match(doc, tokens, from, to, new ArrayList<>()) < 2) {
        from++;
      } else if (!first.capitalised() && doc.data.isConnector(first.norm())) {
        from++; // "Sinds de Tweede Wereldoorlog": a lower-case connector left at the start opens no name
      } else {
        break;
      }
    }
    if (from >= to) {
      return;
    }
    if (isForeignArticle(doc, from, to) && isForeignScript(doc, from, to)) {
      // "The New York Times" in a Cyrillic text: a title, one name, not an article, a city and a word; keyed
      // without the article so it links with "New York Times" written without it
      List<Candidate> known = new ArrayList<>();
      if (lexicon.match(doc, doc.tokens, from, to, known) == to - from) {
        out.addAll(known);
      } else {
        String name = doc.text.substring(doc.tokens.get(from + 1).start(), doc.tokens.get(to - 1).end());
        out.add(new Candidate(doc.tokens.get(from).start(), doc.tokens.get(to - 1).end(), EntityType.ORGANIZATION,
            NameKey.of(name, EntityType.ORGANIZATION, doc.language),
            doc.text.substring(doc.tokens.get(from).start(), doc.tokens.get(to - 1).end()), "foreign-script", false));
      }
      return;
    }
    EntityType head = headTypeOf(doc, from, to);
    if (head != null) {
      List<Candidate> known = new ArrayList<>();
      if (lexicon.match(doc, tokens, from, to, known) == to - from) {
        out.addAll(known); // "Stanami Zjednoczonymi": a known name whose last word is also a head word
      } else {
        out.add(Candidate.of(doc, from, to, head, "head-word", false));
      }
      return;
    }
    int pending = from;
    int k = from;
    while (k < to) {
      int matched = lexicon.match(doc, tokens, k, to, out);
      if (matched == 1 && k + 1 < to && (isForeignWordBeforeUnknown(doc, tokens, k, to)
          || isCityNameBeforeUnknown(doc, tokens, k, to, last(out)))) {
        out.removeLast(); // "Asia Bibi" in Polish, "Владимир Путин": the place name starts a person's name
        matched = 0;
      } else if (matched == 1 && k + 2 == to && isFirstNameBeforeUnknown(doc, tokens, k, last(out))) {
        out.removeLast(); // "Домінік Рааб": a first name read as an inflected place (Домініка)
        matched = 0;
      } else if (matched == 1 && (isDoubtfulCityWord(doc, k, last(out))
          || k > pending && !tokens.get(k - 1).acronym() && last(out).stage().equals("gazetteer:geonames"))) {
        // "Pueblo", "Van", "David" alone are a word or a first name before a city; after an unknown capitalised
        // word a city's name ends a person's ("Дейвид Дейвис")
        out.removeLast();
        matched = 0;
      }
      if (matched > 0 && k == pending + 1 && tokens.get(pending).acronym() && !lexicon.isKnown(doc, tokens.get(pending))
          && last(out).type() == EntityType.LOCATION) {
        // "МИД Великобритании", "MSZ Niemiec": a body's acronym with its country is that country's body
        out.removeLast();
        out.add(Candidate.of(doc, pending, k + matched, EntityType.ORGANIZATION, "acronym-place", false));
        k += matched;
        pending = k;
      } else if (matched > 0) {
        if (k > pending) {
          out.add(new UnknownSegment(pending, k, triggered));
        }
        k += matched;
        pending = k;
      } else {
        k++;
      }
    }
    if (to > pending) {
      out.add(new UnknownSegment(pending, to, triggered));
    }
  }

  /** The type a head word gives the segment: a head at its start ({@code Uniwersytet Keio}) or end ({@code Labour Party}). */
  private static EntityType headTypeOf(Document doc, int from, int to) {
    EntityType first = doc.data.headType(doc.tokens.get(from).norm());
    if (first != null && to - from > 1) {
      return first;
    }
    EntityType last = doc.data.headType(doc.tokens.get(to - 1).norm());
    return last != null && to - from > 1 ? last : null;
  }

  /**
   * Whether the one-word name at {@code k} is known only in other languages, as written or in a base form ("Asię"
   * for "Asia", which Polish writes "Azja"), and the next word of the segment is not a known name: then the pair is
   * more likely one unknown name ("Asię Bibi").
   */
  private boolean isForeignWordBeforeUnknown(Document doc, List<Token> tokens, int k, int to) {
    Token word = tokens.get(k);
    if (word.acronym() || !tokens.get(k + 1).word() || tokens.get(k + 1).acronym()) {
      return false;
    }
    List<KnownName> names = gazetteer.lookup(word.norm(), doc.language);
    if (names.isEmpty()) {
      KnownNames.Hit inflected = lexicon.lookup(doc, tokens.subList(k, k + 1));
      if (inflected != null && inflected.base() != null) {
        names = gazetteer.lookup(Gazetteer.foldForm(inflected.base()), doc.language);
      }
    }
    for (KnownName n : names) {
      if (n.language().equals(doc.language) || n.language().equals(KnownName.ANY_LANGUAGE)) {
        return false;
      }
    }
    return !names.isEmpty() && lexicon.match(doc, tokens, k + 1, to, new ArrayList<>()) == 0;
  }

  /**
   * Whether the one-word name at {@code k}, found only in the table of world cities, is followed in the segment by a
   * capitalised word that is not a known name: then it is a first name ("Владимир Путин", "Victoria Nuland"), as
   * many cities are named after people.
   */
  private boolean isCityNameBeforeUnknown(Document doc, List<Token> tokens, int k, int to, Candidate found) {
    Token next = tokens.get(k + 1);
    if (!found.stage().equals("gazetteer:geonames") || !next.word() || !next.capitalised() || next.acronym()) {
      return false;
    }
    List<Candidate> after = new ArrayList<>();
    int matched = lexicon.match(doc, tokens, k + 1, to, after);
    return matched == 0 || matched == 1 && after.getFirst().stage().equals("gazetteer:geonames"); // "David Davis"
  }

  /**
   * Whether the one-word name at {@code k}, found through an inflection of a known name, is a word the dictionary
   * reads as a person's name and is followed, last in the segment, by a capitalised word that is not a known name:
   * then the two are a person's first name and surname.
   */
  private boolean isFirstNameBeforeUnknown(Document doc, List<Token> tokens, int k, Candidate found) {
    Token word = tokens.get(k);
    Token next = tokens.get(k + 1);
    if (found.lemma() == null || !next.word() || !next.capitalised() || next.acronym()) {
      return false;
    }
    WordFacts facts = lemmatizer.facts(word.text(), doc.language);
    // "Доминика Рааба": the place's own form, but an inflected first name agreeing with the unknown word after it
    boolean inflectedName = !facts.properLemmas().isEmpty() && !facts.properLemmas().contains(word.text())
        && word.text().length() > 2 && next.text().endsWith(word.text().substring(word.text().length() - 1));
    return (!found.lemma().equals(word.text()) || inflectedName) && facts.person()
        && lexicon.match(doc, tokens, k + 1, k + 2, new ArrayList<>()) == 0;
  }

  /**
   * Whether a one-word name found only in the table of world cities is more likely a word or a first name: the
   * dictionary reads it as a common word, or as a person's name in the very form the table lists (an inflected
   * "Львові" stays the city; "David", "Rivera", "Владимир" do not), or it has three letters or fewer. A place
   * preposition before it ("во Владимире", "in Split") settles it as the city.
   */
  private boolean isDoubtfulCityWord(Document doc, int k, Candidate found) {
    if (!found.stage().equals("gazetteer:geonames")
        || k > 0 && doc.tokens.get(k - 1).word() && doc.data.isPlaceBefore(doc.tokens.get(k - 1).norm())) {
      return false;
    }
    Token word = doc.tokens.get(k);
    if (word.text().length() <= 3) {
      return true;
    }
    WordFacts facts = lemmatizer.facts(word.text(), doc.language);
    return facts.common() && facts.properLemmas().isEmpty() || facts.person() && found.lemma().equals(word.text());
  }

  /**
   * Whether a sentence-initial word that is also a common word opens a name: the dictionary has it as a proper noun
   * as written, not only as an inflected form of one, and the next word is no common word ({@code Mark Rutte
   * met...}, but not {@code Mark Plans...}, nor Polish {@code Potem Ryanair...}, "then", also a surname's
   * instrumental).
   */
  private boolean opensName(Document doc, int from) {
    Token next = doc.tokens.get(from + 1);
    String first = doc.tokens.get(from).text();
    return next.word() && !doc.data.capitalisesNouns()
        && lemmatizer.facts(first, doc.language).properLemmas().contains(first)
        && !lemmatizer.facts(next.text(), doc.language).common();
  }
}
