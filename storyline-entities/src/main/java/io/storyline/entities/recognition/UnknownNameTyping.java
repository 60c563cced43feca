package io.storyline.entities.recognition;

import static io.storyline.entities.recognition.TokenContext.allNameLike;
import static io.storyline.entities.recognition.TokenContext.endsWithDigit;
import static io.storyline.entities.recognition.TokenContext.isForeignScript;
import static io.storyline.entities.recognition.TokenContext.isQuoted;
import static io.storyline.entities.recognition.TokenContext.letters;
import static io.storyline.entities.recognition.TypingCues.cueBefore;
import static io.storyline.entities.recognition.TypingCues.headWordBefore;
import static io.storyline.entities.recognition.TypingCues.isNumeralOrCurrency;
import static io.storyline.entities.recognition.TypingCues.isVowelless;
import static io.storyline.entities.recognition.TypingCues.nounAndNumberAfter;
import static io.storyline.entities.recognition.TypingCues.personTriggerAfter;
import static io.storyline.entities.recognition.TypingCues.personTriggerBefore;
import static io.storyline.entities.recognition.TypingCues.sharedHeadType;

import io.storyline.entities.EntityType;
import io.storyline.entities.lemma.NameLemmatizer;
import io.storyline.entities.lemma.NameLemmatizer.WordFacts;
import io.storyline.entities.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Pass {@code typing}: reads each {@link UnknownSegment}, capitalised words no lexicon knows, and decides whether it is
 * a name, where it splits ("МИД | Сергей Лавров", "Rady Europejskiej | Donald Tusk") and what it names: by a title
 * or trigger around it, the dictionary's readings of its words, a cue noun before it, its script, quotes, a number
 * at its end or its shape alone (stage {@code capitalised}, a person by default). A word at a sentence start is kept
 * only when another mention confirms it ({@link Candidate#needsEvidence}).
 */
final class UnknownNameTyping implements MentionPass {
  /** Most words of a name no lexicon knows. */
  private static final int MAX_NAME_WORDS = 5;

  /** Letters of the longest word in capitals still taken for an acronym (UNESCO, ГАЗПРОМ). */
  private static final int LONGEST_ACRONYM = 7;

  private final Readings readings;
  private final NameLemmatizer lemmatizer;

  UnknownNameTyping(Readings readings, NameLemmatizer lemmatizer) {
    this.readings = readings;
    this.lemmatizer = lemmatizer;
  }

  @Override
  public String name() {
    return "typing";
  }

  @Override
  public Draft apply(Document doc, Draft draft) {
    return draft.expand(UnknownSegment.class, (s, out) -> unknownName(doc, s.from(), s.to(), s.afterTitle(), out));
  }

  /** A capitalised segment that no gazetteer knows: typed by triggers, dictionaries and shape. */
  private void unknownName(Document doc, int from, int to, boolean triggered, List<Finding> out) {
    unknownName(doc, from, to, triggered, true, out);
  }

  /**
   * As above; {@code personCues} false ignores titles around the segment (the body's name in "przewodniczący
   * Rady Europejskiej Donald Tusk", whose title belongs to the person after it).
   */
  private void unknownName(Document doc, int from, int to, boolean triggered, boolean personCues,
      List<Finding> out) {
    List<Token> tokens = doc.tokens;
    while (from < to && (doc.data.isConnector(tokens.get(from).norm())
        || !Character.isLetter(tokens.get(from).text().codePointAt(0)))) {
      from++;
    }
    while (to > from && doc.data.isConnector(tokens.get(to - 1).norm())) {
      to--;
    }
    if (from >= to || to - from > MAX_NAME_WORDS || isShouted(tokens, from, to)) {
      return;
    }
    Token first = tokens.get(from);
    if (to - from >= 3 && first.acronym() && !tokens.get(from + 1).acronym()) {
      // "МИД Сергей Лавров": a body's acronym before its head's full name
      unknownName(doc, from, from + 1, false, out);
      unknownName(doc, from + 1, to, triggered, out);
      return;
    }
    int body = commonWordsBeforeName(doc, from, to);
    if (body > from) {
      // "(przewodniczący) Rady Europejskiej Donald Tusk": the body's name, then its head's
      unknownName(doc, from, body, false, false, out);
      unknownName(doc, body, to, triggered, out);
      return;
    }
    int person = personAfterOtherWords(doc, from, to);
    if (person == from && to - from >= 3 && !first.acronym() && doc.aloneWords.contains(first.norm())
        && !doc.data.familyNameFirst() && doc.data.headType(first.norm()) == null
        && !lemmatizer.facts(first.text(), doc.language).person() && !readings.isDictionaryCommon(doc, first)
        && allNameLike(tokens, from + 1, to)) {
      person = from + 1; // "(министър по) Брекзит Дейвид Дейвис": the document writes "Брекзит" alone elsewhere
    }
    if (person > from) {
      // "(ds.) Brexitu David Davis", "Brexitu Michel Barnier": a word the dictionary does not take for a person's
      // name, then a full name that it does
      unknownName(doc, from, person, false, false, out);
      unknownName(doc, person, to, triggered, out);
      return;
    }
    if (to - from == 1 && !first.acronym() && doc.data.isDemonym(first.norm())) {
      return;
    }
    if (to - from == 1 && !first.sentenceStart() && !first.acronym() && !doc.data.capitalisesNouns()
        && !doc.data.isTitle(first.norm()) && doc.data.headType(first.norm()) == EntityType.ORGANIZATION) {
      // "Конгресс", "Сенат", "Sejm" capitalised inside a sentence: the body itself, not the common noun
      out.add(Candidate.of(doc, from, to, EntityType.ORGANIZATION, "head-word", false));
      return;
    }
    if (to - from == 1 && (first.text().length() < 2 || doc.data.isPersonBefore(first.norm())
        || doc.data.headType(first.norm()) != null)) {
      return;
    }
    WordFacts facts = to - from == 1 ? lemmatizer.facts(first.text(), doc.language) : WordFacts.UNKNOWN;
    boolean adjective = facts.adjective() || !facts.known() && doc.data.looksAdjectival(first.norm());
    int numbered = to - from == 1 && adjective && !first.sentenceStart() ? nounAndNumberAfter(doc, to) : 0;
    if (numbered > 0) {
      // "Северный поток-2", "Severni tok 2": only the adjective is capitalised, the number ends the name
      out.add(Candidate.of(doc, from, numbered, EntityType.PRODUCT, "numbered", false));
      return;
    }
    EntityType shared = to - from == 1 && !first.sentenceStart() && adjective ? sharedHeadType(doc, to) : null;
    if (shared != null) {
      // "Демократической и Республиканской партий": the first adjective names a body with the second's head word
      out.add(Candidate.of(doc, from, to, shared, "shared-head", false));
      return;
    }
    if (facts.adjective() && facts.properLemmas().isEmpty()) {
      EntityType head = to - from == 1 && !first.sentenceStart() && !facts.commonNoun()
          && lemmatizer.declinesAsSurname(first.text(), doc.language) ? headWordBefore(doc, from) : null;
      if (head != null) {
        // "двух партий — Демократической и Республиканской": the adjective names a body whose head word came before
        out.add(Candidate.of(doc, from, to, head, "head-word-before", false));
      } else if (isAdjectivalSurname(doc, from, to, facts)) {
        EntityType cue = cueBefore(doc, from); // a kind of body or place written before it ("газета Новая")
        out.add(Candidate.of(doc, from, to, cue != null ? cue : EntityType.PERSON, "adjectival-surname", false));
      }
      return;
    }
    if (facts.common() && !facts.commonNoun() && facts.properLemmas().isEmpty() && !first.acronym()) {
      return; // "Подпишитесь", "Ранее": a verb or an adverb written capitalised, not a name
    }
    if (facts.adjective() && facts.common() && !first.sentenceStart() && to < tokens.size()
        && tokens.get(to).word() && Character.isLowerCase(tokens.get(to).text().codePointAt(0))
        && !doc.data.isStopword(tokens.get(to).norm())) {
      return; // "Северный поток": a name whose noun is written in lower case, which no rule here can delimit
    }
    if (facts.capitalisedCommon() && !doc.data.capitalisesNouns() && !first.acronym()) {
      return; // "de Noor" (a Norwegian), "Japanner": a noun written capitalised, not a name
    }
    EntityType type = null;
    String stage = "capitalised";
    if (endsWithDigit(tokens.get(to - 1)) && to - from >= 3 && !tokens.get(to - 2).acronym()
        && !endsWithDigit(tokens.get(to - 2)) && (lemmatizer.facts(first.text(), doc.language).person()
        || personCues && (triggered || personTriggerBefore(doc, from)))) {
      unknownName(doc, from, to - 1, triggered, personCues, out); // "Donald Trump 74 (milionů)": no name ends so
      return;
    }
    if (endsWithDigit(tokens.get(to - 1))) {
      type = EntityType.PRODUCT; // "Nord Stream 2", "Boeing 737", "F-16", "COVID-19": no person's name ends in a number
      stage = "numbered";
    } else if (to - from == 1 && first.acronym()) {
      if (isNumeralOrCurrency(first.text()) || doc.data.isLegalForm(first.norm())) {
        return; // "XXI", "USD"; "ТОВ" (a limited company) without its name
      }
      type = EntityType.ORGANIZATION; // "глава МИД": a title before an acronym names a body's head, not the body
      stage = "acronym";
    } else if (to - from == 1 && !facts.known() && isVowelless(doc, from)) {
      type = EntityType.ORGANIZATION; // "Cgil", "Pd", "Csc": an acronym written in title case (Italian papers)
      stage = "acronym";
    } else if (to - from == 1 && facts.common() && facts.properLemmas().isEmpty() && !first.sentenceStart()) {
      type = lemmatizer.capitalisedNounType(doc.language);
      stage = "capitalised-noun";
      if (type == null) {
        // a common noun capitalised for emphasis ("il Paese", "la Coppa") is no name; one a cue or quotes make a
        // name is ("firma Moderna", „Rzeczpospolita”)
        type = cueBefore(doc, from);
        stage = "cue";
        if (type == null && isQuoted(doc, from, to)) {
          type = EntityType.ORGANIZATION;
          stage = "quoted";
        }
        if (type == null) {
          return;
        }
      }
    } else if (personCues && (triggered || personTriggerBefore(doc, from) && cueBefore(doc, from) == null
        || personTriggerAfter(doc, to))) {
      type = EntityType.PERSON;
      stage = "trigger";
    } else if (isForeignScript(doc, from, to)) {
      type = EntityType.ORGANIZATION; // Reuters, Pfizer in Russian text: people's names are transliterated
      stage = "foreign-script";
    } else if (isQuoted(doc, from, to)) {
      type = EntityType.ORGANIZATION; // „The Japan Times”, «Газпром»: titles of media, parties, companies
      stage = "quoted";
    } else {
      if (to - from >= 2 && provesPerson(doc, from, to)) {
        type = EntityType.PERSON; // "Дональд Трамп": a first name opens it, though "трамп" is also a common noun
        stage = "dictionary";
      } else if (to - from >= 2 && to - from <= 3 && !first.acronym() && lemmatizer.isKnownFirstName(first.text())
          && allNameLike(tokens, from, to)) {
        type = EntityType.PERSON; // "Iwan Roberts", "Tommy Robredo": a first name of another language opens it
        stage = "first-name";
      } else if (to - from >= 2 && hasCommonWord(doc, from, to)) {
        type = EntityType.ORGANIZATION; // "Izba Gmin", "Sądu Najwyższego": institutions, not people
        stage = "capitalised-phrase";
      }
      for (int k = from; k < to && type == null; k++) {
        WordFacts f = lemmatizer.facts(tokens.get(k).text(), doc.language);
        if (provesPerson(doc, k, to) && (to - from >= 2 || !f.common())) {
          // alone, a name that is also a common word ("de Noor", a Norwegian) proves nothing
          type = EntityType.PERSON;
          stage = "dictionary";
        }
      }
      if (type == null && to - from == 1 && !facts.person() && facts.place() != facts.organisation()) {
        type = facts.place() ? EntityType.LOCATION : EntityType.ORGANIZATION; // "Barcelona", "ONU" as tagged
        stage = "dictionary";
      }
      if (type == null) {
        type = cueBefore(doc, from); // "koncern Gazprom", "губернатор штата Мичиган"
        if (type != null) {
          stage = "cue";
        }
      }
      if (type == null && to - from >= 2 && allNameLike(tokens, from, to)) {
        type = EntityType.PERSON;
      }
      if (type == null && to - from == 1 && from > 0 && doc.data.isPlaceBefore(tokens.get(from - 1).norm())) {
        type = EntityType.LOCATION;
        stage = "place-cue";
      }

    }
    if (type == null && to - from == 1 && (doc.data.capitalisesNouns() || doc.writesInLowerCase(first))) {
      return;
    }
    // "CDU und Grüne haben...": a short acronym at a sentence start is no capital of position
    boolean needsEvidence = first.sentenceStart() && to - from == 1 && !"trigger".equals(stage)
        && !(first.acronym() && letters(first.text()) <= 4);
    if (needsEvidence && readings.isCommonWord(doc, first)) {
      return;
    }
    if (needsEvidence && !facts.properLemmas().isEmpty()) {
      needsEvidence = false;
    }
    out.add(Candidate.of(doc, from, to, type, stage, needsEvidence));
  }

  /**
   * Whether the segment is ordinary words in capitals ("ВИДИТЕ НЕЩО ЛЮБОПИТНО", "СНИМАЙТЕ") rather than an
   * acronym: one capitalised word of more than {@value #LONGEST_ACRONYM} letters, or several of more than four.
   */
  private static boolean isShouted(List<Token> tokens, int from, int to) {
    int longest = to - from == 1 ? LONGEST_ACRONYM : 4;
    for (int k = from; k < to; k++) {
      if (!tokens.get(k).acronym() || letters(tokens.get(k).text()) <= longest) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the dictionary reads word {@code k} of a name ending before {@code to} as a person's name. A family name
   * that is also an adjective agreeing with a common noun after it proves nothing ("Южная Корея": "Южный" is a
   * surname too).
   */
  private boolean provesPerson(Document doc, int k, int to) {
    WordFacts f = lemmatizer.facts(doc.tokens.get(k).text(), doc.language);
    if (!f.person()) {
      return false;
    }
    if (f.adjective() && k + 1 < to) {
      WordFacts next = lemmatizer.facts(doc.tokens.get(k + 1).text(), doc.language);
      return !(next.commonNoun() && !next.person());
    }
    return true;
  }

  /**
   * Whether a lone capitalised word the dictionary knows only as an adjective is a family name declined like one
   * ("отравили Навального в Омске"): read in a family name's forms by a dictionary that has such names as
   * adjectives only, inside a sentence, with no noun or adjective after it for it to qualify and no noun reading.
   */
  private boolean isAdjectivalSurname(Document doc, int from, int to, WordFacts facts) {
    if (to - from != 1 || doc.tokens.get(from).sentenceStart() || facts.commonNoun() || doc.tokens.get(from).acronym()
        || !lemmatizer.declinesAsSurname(doc.tokens.get(from).text(), doc.language)) {
      return false;
    }
    if (to < doc.tokens.size()) {
      Token next = doc.tokens.get(to);
      if (next.word() && doc.data.isStopword(next.norm()) && to + 1 < doc.tokens.size()
          && doc.tokens.get(to + 1).capitalised() && doc.data.looksAdjectival(doc.tokens.get(to + 1).norm())) {
        return false; // "Демократической и Республиканской": a list of adjectives
      }
      if (next.word() && !doc.data.isStopword(next.norm())) {
        WordFacts after = lemmatizer.facts(next.text(), doc.language);
        if (!after.known() || after.commonNoun() || after.adjective() || next.capitalised()) {
          return false; // "Северный поток", "Международное информационное"; not "Навального вышли"
        }
      }
    }
    return !isQuoted(doc, from, to);
  }

  /**
   * Where a person's name starts after dictionary common words in a segment ({@code Rady Europejskiej | Donald
   * Tusk}): the first of at least two final words that the dictionary does not know as common words, when all
   * words before it are common words; {@code from} when the segment is not so split.
   */
  private int commonWordsBeforeName(Document doc, int from, int to) {
    int k = from;
    while (k < to && readings.isDictionaryCommon(doc, doc.tokens.get(k))) {
      k++;
    }
    if (k == from || to - k < 2) {
      return from;
    }
    for (int n = k; n < to; n++) {
      if (readings.isDictionaryCommon(doc, doc.tokens.get(n)) || doc.tokens.get(n).acronym()) {
        return from;
      }
    }
    return k;
  }

  /**
   * Where a person's full name starts after other words in a segment: the first word the dictionary reads as a
   * person's name when no word before it is one and at least one more word follows it; {@code from} when the
   * segment is not so split. Not for languages that write the family name first (Hungarian: "Kisida Fumio").
   */
  private int personAfterOtherWords(Document doc, int from, int to) {
    if (to - from < 3 || doc.data.familyNameFirst()) {
      return from;
    }
    for (int k = from; k < to - 1; k++) {
      Token t = doc.tokens.get(k);
      if (t.acronym() || !t.capitalised()) {
        return from;
      }
      if (lemmatizer.facts(t.text(), doc.language).person()) {
        return k;
      }
    }
    return from;
  }

  /** Whether a word of the segment is, by the dictionary, only a common noun or adjective. */
  private boolean hasCommonWord(Document doc, int from, int to) {
    for (int k = from; k < to; k++) {
      WordFacts f = lemmatizer.facts(doc.tokens.get(k).text(), doc.language);
      if (f.common() && f.properLemmas().isEmpty() && !doc.tokens.get(k).acronym()) {
        return true;
      }
    }
    return false;
  }
}
