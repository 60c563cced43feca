package io.storyline.entities;

import com.ibm.icu.util.Currency;
import com.ibm.icu.util.ULocale;
import io.storyline.entities.key.NameKey;
import io.storyline.entities.lemma.NameLemmatizer;
import io.storyline.entities.lemma.NameLemmatizer.WordFacts;
import io.storyline.entities.lexicon.Gazetteer;
import io.storyline.entities.lexicon.KnownName;
import io.storyline.entities.lexicon.LanguageData;
import io.storyline.entities.model.StatisticalNames;
import io.storyline.entities.text.Homoglyphs;
import io.storyline.entities.text.Token;
import io.storyline.entities.text.Tokenizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds person, organisation, place (and some event) names in Latin- and Cyrillic-script text with what ships in
 * the product: CLDR gazetteers, an acronym table, per-language trigger and head-word lists, capitalised-span
 * candidates with sentence-start handling, Morfologik dictionaries and suffix rules for base forms, and names the
 * registry confirmed. In scripts without capitals (Arabic, Chinese...) only known names are found. Immutable and
 * thread-safe; build it once. Cost is linear in the text length.
 *
 * <pre>{@code
 * MentionRecognizer r = new MentionRecognizer();
 * List<Mention> ms = r.recognise("Sekretarz generalny NATO Mark Rutte przebywał w Japonii.", "pl");
 * }</pre>
 */
public final class MentionRecognizer {
  /**
   * Words of people's full names a text must hold before a bare unknown capitalised word that matches none of them
   * is no longer guessed to be a person (four: about two full names; measured in docs/quality-entities.md).
   */
  private static final int NAMED_IN_FULL = 4;
  private static final int MAX_NAME_WORDS = 5;
  private static final int TRIGGER_WINDOW = 4;
  private static final int MIN_STEM = 5;
  /** Letters of the longest word in capitals still taken for an acronym (UNESCO, ГАЗПРОМ). */
  private static final int LONGEST_ACRONYM = 7;
  /** Lower-case vowels of the Latin-script languages, with their accented forms. */
  private static final String VOWELS = "aeiouyáàâäãåæéèêëěíìîïóòôöõøœőúùûüűůýÿąęėįųūā";
  private static final Set<String> CYRILLIC_LANGUAGES = Set.of("ru", "uk", "bg", "be", "sr", "mk");

  private final Gazetteer gazetteer;
  private final NameLemmatizer lemmatizer;
  private final StatisticalNames model;

  /**
   * Uses the shared CLDR gazetteer ({@link Gazetteer#cldr()}) and loads the dictionaries (a few seconds; do it
   * once); Dutch and German text also go through the shipped name models ({@link StatisticalNames#byDefault()}).
   */
  public MentionRecognizer() {
    this(Gazetteer.cldr(), new NameLemmatizer(), StatisticalNames.byDefault());
  }

  /** Rules only. */
  public MentionRecognizer(Gazetteer gazetteer, NameLemmatizer lemmatizer) {
    this(gazetteer, lemmatizer, null);
  }

  /** Rules combined with a statistical name model ({@code model} may be null: rules only). */
  public MentionRecognizer(Gazetteer gazetteer, NameLemmatizer lemmatizer, StatisticalNames model) {
    this.gazetteer = gazetteer;
    this.lemmatizer = lemmatizer;
    this.model = model;
  }

  /** A recogniser that also knows {@code names} (registry feedback); this one is unchanged. */
  public MentionRecognizer withLearned(Collection<KnownName> names) {
    return new MentionRecognizer(gazetteer.plus(names), lemmatizer, model);
  }

  /**
   * A recogniser that combines the rules with {@code names} (e.g. {@link StatisticalNames#shipped()}) for the
   * languages it has a model for; null gives rules only. This one is unchanged.
   */
  public MentionRecognizer withModel(StatisticalNames names) {
    return new MentionRecognizer(gazetteer, lemmatizer, names);
  }

  /** The statistical name model, or null for rules only. */
  public StatisticalNames model() {
    return model;
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  public NameLemmatizer lemmatizer() {
    return lemmatizer;
  }

  /** The names in {@code text} written in {@code language} (ISO 639-1), in text order, without overlaps. */
  public List<Mention> recognise(String text, String language) {
    Document doc = new Document(text, language, Tokenizer.tokenize(text), LanguageData.of(language));
    List<Candidate> found = doc.caseless ? gazetteerOnly(doc) : scan(doc);
    List<Mention> mentions = resolve(doc, found);
    return TitleAlone.drop(model == null || doc.caseless || !model.supports(language) ? mentions
        : combineWithModel(doc, mentions), doc.data);
  }

  /**
   * Combines the rule mentions with the model's names. Where nouns are capitalised (German), capitalisation says
   * little and the model decides: rule mentions backed by a lexicon (gazetteer, acronym, place cue) stay, the
   * model's names fill the rest, rule mentions the dictionary knows as proper nouns fill what is still free, and the
   * other rule mentions go. Elsewhere the rules decide: the model's names are
   * added where the rules found nothing, and a name the rules typed only by default (stage {@code capitalised})
   * takes the model's type when the model found exactly that span (stage {@code capitalised+model:...}).
   */
  private List<Mention> combineWithModel(Document doc, List<Mention> rules) {
    List<StatisticalNames.Name> names = model.find(doc.tokens, doc.language, rules);
    String stage = model.stage(doc.language);
    boolean modelFirst = model.leads(doc.language);
    List<Mention> out = new ArrayList<>();
    List<Mention> gapFillers = new ArrayList<>();
    for (Mention r : rules) {
      if (modelFirst && !isLexical(r.stage())) {
        Mention backed = properNouns(doc, r);
        if (backed != null) {
          gapFillers.add(backed);
        }
        continue;
      }
      if (!modelFirst && r.stage().equals("capitalised")) {
        for (StatisticalNames.Name n : names) {
          if (n.start() == r.start() && n.end() == r.end() && n.type() != r.type()) {
            r = modelMention(doc, n, r.stage() + "+" + stage);
          }
        }
      }
      out.add(r);
    }
    int rulesKept = out.size();
    for (StatisticalNames.Name found : names) {
      StatisticalNames.Name n = withoutLeadingStopword(doc, found);
      if (n != null && isFree(out, rulesKept, n.start(), n.end())) {
        out.add(modelMention(doc, n, stage));
      }
    }
    for (Mention g : gapFillers) {
      if (isFree(out, out.size(), g.start(), g.end())) {
        out.add(g);
      }
    }
    out.sort(Comparator.comparingInt(Mention::start));
    return surnamesOfNamedPeople(out);
  }

  /**
   * Mentions of one word that the model typed otherwise but that end the full name of a person the text names
   * ("Kutschera" after "Werner Kutschera"): that person.
   */
  private static List<Mention> surnamesOfNamedPeople(List<Mention> mentions) {
    Map<String, String> personBySurname = new HashMap<>();
    for (Mention m : mentions) {
      int space = m.surface().lastIndexOf(' ');
      if (m.type() == EntityType.PERSON && space > 0) {
        personBySurname.merge(Homoglyphs.fold(m.surface().substring(space + 1)), m.key(),
            (a, b) -> a.equals(b) ? a : ""); // two people with one surname: neither
      }
    }
    if (personBySurname.isEmpty()) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      String person = m.stage().contains("model:") && m.type() != EntityType.PERSON && m.surface().indexOf(' ') < 0
          ? personBySurname.get(Homoglyphs.fold(m.surface())) : null;
      out.add(person == null || person.isEmpty() ? m : m.withType(EntityType.PERSON).withKey(person));
    }
    return out;
  }

  /**
   * A model name without a stop word it starts with ("Diese Kolumne" -> "Kolumne"), or null when what is left is a
   * dictionary common word alone or nothing.
   */
  private StatisticalNames.Name withoutLeadingStopword(Document doc, StatisticalNames.Name n) {
    int k = Token.firstFrom(doc.tokens, n.start());
    if (k >= doc.tokens.size() || !doc.data.isStopword(doc.tokens.get(k).norm())) {
      return n;
    }
    int next = k + 1;
    if (next >= doc.tokens.size() || doc.tokens.get(next).start() >= n.end()) {
      return null;
    }
    Token rest = doc.tokens.get(next);
    if (rest.end() == n.end() && isDictionaryCommon(doc, rest)) {
      return null;
    }
    return new StatisticalNames.Name(rest.start(), n.end(), n.type(), n.probability());
  }

  /** True when none of the first {@code n} mentions overlaps {@code [start, end)}. */
  private static boolean isFree(List<Mention> mentions, int n, int start, int end) {
    for (int i = 0; i < n; i++) {
      if (mentions.get(i).start() < end && start < mentions.get(i).end()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where every noun is capitalised, a rule mention the dictionary backs: all its words are proper nouns there, or
   * unknown with at least one proper noun; typed by the dictionary (a first name or surname makes a person, a city,
   * region or country a place). Null when a word is only a common word, or the dictionary knows none of them.
   */
  private Mention properNouns(Document doc, Mention r) {
    int proper = 0;
    boolean person = false;
    boolean place = false;
    for (int k = Token.firstFrom(doc.tokens, r.start()); k < doc.tokens.size(); k++) {
      Token t = doc.tokens.get(k);
      if (t.end() > r.end()) {
        break;
      }
      if (!t.word()) {
        continue;
      }
      WordFacts f = lemmatizer.facts(t.text(), doc.language);
      if (f.properLemmas().isEmpty()) {
        if (f.known()) {
          return null;
        }
        continue;
      }
      proper++;
      person |= f.person();
      place |= f.place();
    }
    if (proper == 0) {
      return null;
    }
    EntityType type = person && !place ? EntityType.PERSON : place && !person ? EntityType.LOCATION : r.type();
    return new Mention(r.start(), r.end(), r.surface(), r.lemma(), type, NameKey.of(r.lemma(), type, doc.language),
        r.entityId(), "dictionary");
  }

  /**
   * When the word before {@code j} ends a capitalised run and lower-case words follow, the number of words of a
   * known name that starts at that word and takes in at least one of them (adding it to {@code out}); else 0.
   */
  private int knownNameIntoLowerCase(Document doc, int j, List<Candidate> out) {
    List<Token> tokens = doc.tokens;
    if (j >= tokens.size() || !tokens.get(j).word() || tokens.get(j).capitalised() || !tokens.get(j).spaceBefore()
        || !gazetteer.startsLongerName(Gazetteer.foldForm(tokens.get(j - 1).text()))) {
      return 0; // the usual case, decided without a look-up
    }
    List<Candidate> found = new ArrayList<>();
    int matched = matchGazetteer(doc, tokens, j - 1, Math.min(tokens.size(), j - 1 + Gazetteer.MAX_WORDS), found);
    if (matched < 2) {
      return 0;
    }
    out.addAll(found);
    return matched;
  }

  /** Whether a rule stage rests on a lexicon rather than on capitalisation alone. */
  private static boolean isLexical(String stage) {
    return stage.startsWith("gazetteer:") || stage.equals("acronym") || stage.equals("place-cue");
  }

  private Mention modelMention(Document doc, StatisticalNames.Name n, String stage) {
    String surface = doc.text.substring(n.start(), n.end());
    String lemma = lemmaInDocument(doc, List.of(surface.split("\\s+")), n.type());
    return new Mention(n.start(), n.end(), surface, lemma, n.type(), NameKey.of(lemma, n.type(), doc.language), null,
        stage);
  }

  /**
   * A gazetteer hit; {@code prefixLength} is the length of a hyphen prefix ({@code NATO} of {@code NATO-csúcson}) or
   * -1; {@code base} is the base form of the words that matched ({@code Европейски съюз} for {@code Европейския
   * съюз}), or null when they matched as written.
   */
  private record Hit(KnownName name, int prefixLength, String base) {}

  /** A name found before document-level resolution; {@code type} null means not yet known. */
  private record Candidate(int from, int to, EntityType type, String key, String lemma, String stage,
      boolean needsEvidence) {}

  /** One text being analysed, with the document-level facts the rules consult. */
  private static final class Document {
    final String text;
    final String language;
    final List<Token> tokens;
    final LanguageData data;
    final boolean caseless;
    final Set<String> lowerWords = new HashSet<>();
    final Set<String> capitalisedWords = new HashSet<>();
    /** Capitalised words the document also writes alone, between words that are not capitalised, folded. */
    final Set<String> aloneWords = new HashSet<>();
    /** Every prefix of five letters or more of the words the document writes in lower case. */
    final Set<String> lowerPrefixes = new HashSet<>();

    Document(String text, String language, List<Token> tokens, LanguageData data) {
      this.text = text;
      this.language = language;
      this.tokens = tokens;
      this.data = data;
      int upper = 0;
      int lower = 0;
      int uncased = 0;
      for (Token t : tokens) {
        if (!t.word()) {
          continue;
        }
        if (t.capitalised()) {
          capitalisedWords.add(t.text());
        } else if (Character.isLetter(t.text().charAt(0))) {
          if (lowerWords.add(t.norm())) {
            for (int n = MIN_STEM; n <= t.norm().length(); n++) {
              lowerPrefixes.add(t.norm().substring(0, n));
            }
          }
        }
        for (int i = 0; i < t.text().length(); i++) {
          char c = t.text().charAt(i);
          if (Character.isUpperCase(c)) {
            upper++;
          } else if (Character.isLowerCase(c)) {
            lower++;
          } else if (Character.isLetter(c)) {
            uncased++;
          }
        }
      }
      int letters = upper + lower;
      // all capitals or none, or mostly a script without capitals (Arabic, Chinese): capitals say nothing
      this.caseless = letters >= 40 && (upper > 0.6 * letters || upper < 0.002 * letters) || uncased > letters;
      for (int k = 0; k < tokens.size(); k++) {
        Token t = tokens.get(k);
        if (t.word() && t.capitalised() && !t.sentenceStart() && (k == 0 || !isCapitalisedWord(tokens.get(k - 1)))
            && (k + 1 == tokens.size() || !isCapitalisedWord(tokens.get(k + 1)))) {
          aloneWords.add(t.norm());
        }
      }
    }

    private static boolean isCapitalisedWord(Token t) {
      return t.word() && t.capitalised();
    }

    /**
     * Whether the document also writes this word in lower case, allowing for inflection: its stem (all but the
     * last three letters, at least five) begins a lower-case word ({@code Brexitu} after {@code brexit}).
     */
    boolean writesInLowerCase(Token t) {
      String norm = t.norm();
      return norm.length() >= MIN_STEM && lowerPrefixes.contains(norm.substring(0, Math.max(MIN_STEM, norm.length() - 3)));
    }
  }

  private List<Candidate> gazetteerOnly(Document doc) {
    List<Candidate> out = new ArrayList<>();
    List<Token> words = doc.tokens.stream().filter(Token::word).toList();
    int i = 0;
    while (i < words.size()) {
      int matched = matchGazetteer(doc, words, i, words.size(), out);
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
        if (matchGazetteer(doc, List.of(stem), 0, 1, out) > 0) {
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
      int matched = matchGazetteer(doc, rest, 0, rest.size(), out);
      if (matched > 0) {
        return matched;
      }
    }
    return 0;
  }

  private List<Candidate> scan(Document doc) {
    List<Candidate> out = new ArrayList<>();
    List<Token> tokens = doc.tokens;
    int i = 0;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      if (t.word() && gazetteer.isLowerCaseName(t.text())) {
        int matched = matchGazetteer(doc, tokens, i, i + 1, out); // "dpa"
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
        out.add(named(doc, i, i + site, EntityType.ORGANIZATION, "site", false));
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
        processRun(doc, i, j - 1, out);
        int place = countryAfter(doc, j + 1);
        if (place > 0) {
          // "Верховный суд Пакистана": the body of a country; "Združenih državah Amerike": a known place, or a place
          List<Candidate> known = new ArrayList<>();
          if (matchGazetteer(doc, tokens, j - 1, j + 1 + place, known) == place + 2) {
            out.addAll(known);
          } else {
            EntityType head = doc.data.inflectedHeadType(tokens.get(j).norm()) == EntityType.LOCATION
                ? EntityType.LOCATION : EntityType.ORGANIZATION;
            out.add(named(doc, j - 1, j + 1 + place, head, "adjective-head-place", false));
          }
          i = j + 1 + place;
          continue;
        }
        if (matchGazetteer(doc, tokens, j - 1, j + 1, out) < 2) {
          out.add(named(doc, j - 1, j + 1, doc.data.inflectedHeadType(tokens.get(j).norm()), "adjective-head", false));
        }
        i = j + 1;
        continue;
      }
      int known = knownNameIntoLowerCase(doc, j, out);
      if (known > 0) {
        // "Unione europea", "Франс прес": a known name whose later words are written in lower case
        if (j - 1 > i) {
          processRun(doc, i, j - 1, out);
        }
        i = j - 1 + known;
        continue;
      }
      int genitive = genitivesAfterHead(doc, j);
      if (genitive > 0) {
        // "Палата представителей", "Министерство обороны": a body's head word, then its lower-case genitive words
        if (j - 1 > i) {
          processRun(doc, i, j - 1, out);
        }
        out.add(named(doc, j - 1, j + genitive, EntityType.ORGANIZATION, "head-word", false));
        i = j + genitive;
        continue;
      }
      processRun(doc, i, j, out);
      i = j;
    }
    return doc.data.capitalisesNouns() ? out : bodiesOfCountries(doc, out);
  }

  /** Stages of organisations named by their own words, which may go on with the country they belong to. */
  private static final Set<String> BODY_STAGES = Set.of("head-word", "capitalised-phrase", "adjective-head");

  /**
   * A body's name followed by a country's ("Верховної Ради України", "Ministerstwa Zdrowia Polski"): one
   * organisation, as the press and the gold sets write it, rather than a body and a place.
   */
  private static List<Candidate> bodiesOfCountries(Document doc, List<Candidate> unordered) {
    List<Candidate> found = new ArrayList<>(unordered);
    found.sort(Comparator.comparingInt(Candidate::from)); // a run's place is found before the words ahead of it
    List<Candidate> out = new ArrayList<>(found.size());
    for (int k = 0; k < found.size(); k++) {
      Candidate body = found.get(k);
      Candidate place = k + 1 < found.size() ? found.get(k + 1) : null;
      if (place != null && body.type() == EntityType.ORGANIZATION && BODY_STAGES.contains(body.stage())
          && place.type() == EntityType.LOCATION && place.stage().equals("gazetteer:cldr-region")
          && place.from() == body.to() + 1 && doc.text.charAt(body.to()) == ' ') {
        out.add(new Candidate(body.from(), place.to(), EntityType.ORGANIZATION, null, null, body.stage() + "-place",
            false));
        k++;
      } else {
        out.add(body);
      }
    }
    return out;
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
   * The type of the head word that a capitalised adjective ending at {@code to} shares with a second one after a
   * short function word ("Демократической и Республиканской партий", "Demokratycznej i Republikańskiej Partii"), or
   * null.
   */
  private static EntityType sharedHeadType(Document doc, int to) {
    if (to + 2 >= doc.tokens.size()) {
      return null;
    }
    Token and = doc.tokens.get(to);
    Token second = doc.tokens.get(to + 1);
    if (!and.word() || !doc.data.isStopword(and.norm()) || and.text().length() > 3 || !second.capitalised()
        || !doc.data.looksAdjectival(second.norm())) {
      return null;
    }
    Token head = doc.tokens.get(to + 2);
    return head.word() && !doc.data.isConnector(head.norm()) ? doc.data.inflectedHeadType(head.norm()) : null;
  }

  /**
   * The type of a lower-case head word among the five tokens before {@code from} in the same sentence ("двух
   * партий — Демократической"), or null.
   */
  private static EntityType headWordBefore(Document doc, int from) {
    for (int k = from - 1; k >= Math.max(0, from - 5); k--) {
      Token t = doc.tokens.get(k);
      if (t.word() && Character.isLowerCase(t.text().codePointAt(0))) {
        EntityType type = doc.data.inflectedHeadType(t.norm());
        if (type != null && !doc.data.isConnector(t.norm())) {
          return type;
        }
      }
      if (t.sentenceStart()) {
        break;
      }
    }
    return null;
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
    int n = matchGazetteer(doc, doc.tokens, k, doc.tokens.size(), found);
    return n > 0 && found.getLast().type() == EntityType.LOCATION ? n : 0;
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

  /** The letters of a word, not its digits or hyphens ("COVID-19" has five). */
  private static int letters(String word) {
    int n = 0;
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLetter(word.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /** Whether a word alone is a known name (an acronym the gazetteer knows, such as NATO). */
  private boolean isKnown(Document doc, Token t) {
    return !gazetteer.lookup(t.norm(), doc.language).isEmpty();
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

  /** Currencies in use since this date count: ICU keeps the codes of withdrawn ones too. */
  private static final Date CURRENCIES_SINCE = new Date(1_577_836_800_000L); // 2020-01-01

  /** Roman numerals of the kind news write (centuries, ordinals: II, XIX, XXI), not DC, CD or MI. */
  private static final Pattern ROMAN_NUMERAL = Pattern.compile("(?:X{0,3}L?X{0,3})(?:IX|IV|V?I{0,3})");

  /**
   * Whether an acronym alone is a number or an amount's unit rather than a name: a Roman numeral ("XXI wieku",
   * "II wojny") or the ISO 4217 code of a currency in use ("USD", "EUR", "PLN"; not the peseta's "ESP", which
   * sports tables write for Spain).
   */
  static boolean isNumeralOrCurrency(String word) {
    return word.length() >= 2 && ROMAN_NUMERAL.matcher(word).matches()
        || word.length() == 3 && word.chars().allMatch(c -> c >= 'A' && c <= 'Z')
        && Currency.isAvailable(word, CURRENCIES_SINCE, null);
  }

  /**
   * Whether the word at {@code k} is a title-case Latin word of two to five letters without a vowel ("Cgil" has one,
   * but "Csc", "Pd", "Sdr" do not): no word or name is so written, so it is an acronym. Not an abbreviation ("Sgt.
   * Rossi": a period that ends no sentence).
   */
  private static boolean isVowelless(Document doc, int k) {
    String w = doc.tokens.get(k).text();
    if (w.length() < 2 || w.length() > 5 || isAbbreviation(doc, k)) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN || !Character.isLetter(c)
          || i > 0 && !Character.isLowerCase(c) || VOWELS.indexOf(Character.toLowerCase(c)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether the word at {@code k} is followed by a period that ends no sentence ("Sgt. Rossi", not "la Csc. Poi"). */
  private static boolean isAbbreviation(Document doc, int k) {
    List<Token> tokens = doc.tokens;
    return k + 1 < tokens.size() && tokens.get(k + 1).text().equals(".")
        && (k + 2 >= tokens.size() || !tokens.get(k + 2).sentenceStart());
  }

  private static boolean startsName(Token t) {
    return t.capitalised() && Character.isLetter(t.text().charAt(0));
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

  /** The most characters a quoted company name after its legal form may take. */
  private static final int LONGEST_QUOTED_NAME = 80;

  /**
   * A company written as its legal form and a quoted name ("ТОВ «Бюро Ейнштейн»", "ПАО «Газпром»", "ДП «НАЕК
   * «Енергоатом»"): one organisation from the legal form to the first closing quote, keyed and based on the quoted
   * name so it links with the name written alone. Returns the tokens taken, or 0.
   */
  private int quotedCompany(Document doc, int i, List<Candidate> out) {
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
  private static boolean opensQuotedCompany(Document doc, int i) {
    List<Token> tokens = doc.tokens;
    return i + 2 < tokens.size() && tokens.get(i).word() && doc.data.isLegalForm(tokens.get(i).norm())
        && isOpeningQuote(tokens.get(i + 1));
  }

  private static boolean isOpeningQuote(Token t) {
    return !t.word() && t.text().length() == 1 && "\"„“«‚".indexOf(t.text().charAt(0)) >= 0;
  }

  private static boolean isDigitsAfterName(Token t) {
    return Character.isDigit(t.text().charAt(0)) && t.text().length() <= 2;
  }

  private static boolean endsWithDigit(Token t) {
    return Character.isDigit(t.text().charAt(t.text().length() - 1));
  }

  /**
   * True when the number at {@code j} belongs to a date or a count rather than to the name before it: a month name
   * follows, after an optional period ({@code Ryanair 28 сентября}, {@code Trump 26. septembra}); a period and more
   * digits ({@code Brexitu 23.06.}); a period and a lower-case word (an ordinal: {@code 26. listopadu}); a connector,
   * dash or comma and another number ({@code Ryanair 25 и 26 июля}); or the word for a thousand, million or billion
   * ({@code Biontech 2 мільйонам}); or a unit in the form the number takes ({@code Ryanair 10 лет}, {@code Boeing 737
   * lat}, but not {@code Boeing 737 lata}, flies); a per cent sign ({@code Байдену 33%}). {@code Nord Stream 2 jest}
   * and {@code Nord Stream 2.} keep their number.
   */
  private static boolean isDateOrCount(Document doc, int j) {
    List<Token> tokens = doc.tokens;
    int k = j + 1;
    if (k >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(k);
    if (next.text().equals("%") || next.text().equals("‰")) {
      return true;
    }
    if (next.text().equals(".") && !next.spaceBefore() && k + 1 < tokens.size()) {
      Token after = tokens.get(k + 1);
      return Character.isDigit(after.text().charAt(0))
          || after.word() && (Character.isLowerCase(after.text().codePointAt(0)) || doc.data.isMonth(after.norm()));
    }
    if (next.word()) {
      if (doc.data.isMonth(next.norm()) || doc.data.isCountWord(next.norm())
          || tokens.get(j).text().chars().allMatch(Character::isDigit)
          && doc.data.isUnitAfter(Long.parseLong(tokens.get(j).text()), next.norm())) {
        return true;
      }
      if (!doc.data.isConnector(next.norm()) && !doc.data.isStopword(next.norm())) {
        return false;
      }
    } else if (!"-–—,".contains(next.text())) {
      return false;
    }
    return k + 1 < tokens.size() && Character.isDigit(tokens.get(k + 1).text().charAt(0));
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

  /**
   * The end of a lower-case noun at {@code k} and the number of one or two digits that goes with it ({@code поток-2},
   * {@code поток 2}, {@code потока — 2}), else 0.
   */
  private static int nounAndNumberAfter(Document doc, int k) {
    List<Token> tokens = doc.tokens;
    if (k >= tokens.size() || !tokens.get(k).word() || !Character.isLowerCase(tokens.get(k).text().codePointAt(0))
        || doc.data.isStopword(tokens.get(k).norm())) {
      return 0;
    }
    Token noun = tokens.get(k);
    if (endsWithDigit(noun) && Character.isLetter(noun.text().charAt(0))) {
      return k + 1;
    }
    int n = k + 1;
    if (n + 1 < tokens.size() && "—–-".contains(tokens.get(n).text())) {
      n++;
    }
    return n < tokens.size() && isDigitsAfterName(tokens.get(n)) && !isDateOrCount(doc, n) ? n + 1 : 0;
  }

  private static boolean isLineBreak(Document doc, int j) {
    int from = doc.tokens.get(j - 1).end();
    int to = doc.tokens.get(j).start();
    return doc.text.substring(from, to).indexOf('\n') >= 0;
  }

  /** Splits a run of capitalised words [from, to) into names. */
  private void processRun(Document doc, int from, int to, List<Candidate> out) {
    List<Token> tokens = doc.tokens;
    if (ShoutedRun.is(tokens, from, to, doc.data)) {
      for (int k = from; k < to; k++) {
        if (tokens.get(k).word() && isKnown(doc, tokens.get(k))) {
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

  private void processSegment(Document doc, int from, int to, List<Candidate> out) {
    List<Token> tokens = doc.tokens;
    boolean triggered = false;
    while (from < to) {
      Token first = tokens.get(from);
      if (!first.acronym() && doc.data.isTitle(first.norm())) {
        triggered = true;
        from++;
      } else if (first.sentenceStart() && to - from > 1 && isCommonWord(doc, first) && !opensName(doc, from)
          && matchGazetteer(doc, tokens, from, to, new ArrayList<>()) < 2) {
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
      if (matchGazetteer(doc, doc.tokens, from, to, known) == to - from) {
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
      if (matchGazetteer(doc, tokens, from, to, known) == to - from) {
        out.addAll(known); // "Stanami Zjednoczonymi": a known name whose last word is also a head word
      } else {
        out.add(named(doc, from, to, head, "head-word", false));
      }
      return;
    }
    int pending = from;
    int k = from;
    while (k < to) {
      int matched = matchGazetteer(doc, tokens, k, to, out);
      if (matched == 1 && k + 1 < to && (isForeignWordBeforeUnknown(doc, tokens, k, to)
          || isCityNameBeforeUnknown(doc, tokens, k, to, out.getLast()))) {
        out.removeLast(); // "Asia Bibi" in Polish, "Владимир Путин": the place name starts a person's name
        matched = 0;
      } else if (matched == 1 && k + 2 == to && isFirstNameBeforeUnknown(doc, tokens, k, out.getLast())) {
        out.removeLast(); // "Домінік Рааб": a first name read as an inflected place (Домініка)
        matched = 0;
      } else if (matched == 1 && (isDoubtfulCityWord(doc, k, out.getLast())
          || k > pending && !tokens.get(k - 1).acronym() && out.getLast().stage().equals("gazetteer:geonames"))) {
        // "Pueblo", "Van", "David" alone are a word or a first name before a city; after an unknown capitalised
        // word a city's name ends a person's ("Дейвид Дейвис")
        out.removeLast();
        matched = 0;
      }
      if (matched > 0 && k == pending + 1 && tokens.get(pending).acronym() && !isKnown(doc, tokens.get(pending))
          && out.getLast().type() == EntityType.LOCATION) {
        // "МИД Великобритании", "MSZ Niemiec": a body's acronym with its country is that country's body
        out.removeLast();
        out.add(named(doc, pending, k + matched, EntityType.ORGANIZATION, "acronym-place", false));
        k += matched;
        pending = k;
      } else if (matched > 0) {
        if (k > pending) {
          unknownName(doc, pending, k, triggered, out);
        }
        k += matched;
        pending = k;
      } else {
        k++;
      }
    }
    if (to > pending) {
      unknownName(doc, pending, to, triggered, out);
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
   * Tries the longest known name starting at token {@code k} (words only, below {@code to}); adds it and returns
   * its length in tokens, or 0.
   */
  private int matchGazetteer(Document doc, List<Token> tokens, int k, int to, List<Candidate> out) {
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
  private Hit lookup(Document doc, List<Token> words) {
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

  /**
   * The word that {@code w} abbreviates when a period follows it directly ("W. Brytanii", "Korei Płn."), in its
   * base form and lower case, or null.
   */
  private static String abbreviated(Document doc, Token w) {
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

  /** Top-level domains besides the countries' two letters, as news sites end their names. */
  private static final Set<String> GENERIC_DOMAINS = Set.of("com", "net", "org", "info", "biz", "news", "online",
      "media", "eu");
  private static final Set<String> COUNTRY_DOMAINS = countryDomains();

  private static Set<String> countryDomains() {
    Set<String> out = new HashSet<>();
    for (String code : ULocale.getISOCountries()) {
      out.add(code.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }

  /**
   * The tokens of a site's name written as its domain at {@code i} ("RBC.UA", "LB.ua", "Корреспондент.net"): a
   * capitalised word, a period and a top-level domain with no space between, the domain in lower case or, after a
   * word in capitals, in capitals; else 0. "Trump.It was" (a missing space) is no site.
   */
  private static int siteName(Document doc, int i) {
    List<Token> tokens = doc.tokens;
    if (i + 2 >= tokens.size() || !tokens.get(i).capitalised() || !tokens.get(i + 1).text().equals(".")
        || tokens.get(i + 1).spaceBefore() || tokens.get(i + 2).spaceBefore() || !tokens.get(i + 2).word()) {
      return 0;
    }
    String domain = tokens.get(i + 2).text();
    boolean lower = domain.equals(domain.toLowerCase(Locale.ROOT));
    boolean capitals = tokens.get(i + 2).acronym() && tokens.get(i).acronym();
    String folded = domain.toLowerCase(Locale.ROOT);
    return (lower || capitals) && (COUNTRY_DOMAINS.contains(folded) || GENERIC_DOMAINS.contains(folded)) ? 3 : 0;
  }

  /** Whether the word at {@code i} is written short with a period, and a capitalised word follows. */
  private static boolean opensAbbreviatedName(Document doc, int i) {
    List<Token> tokens = doc.tokens;
    return i + 2 < tokens.size() && tokens.get(i).capitalised() && abbreviated(doc, tokens.get(i)) != null
        && tokens.get(i + 2).word() && tokens.get(i + 2).capitalised();
  }

  /**
   * A known name whose first word is abbreviated ("W. Brytanii", "Wlk. Brytania", "Płd. Korei"): the run of
   * capitalised words stops at the period, so the name is looked up across it. Returns the tokens it covers, the
   * period included, or 0.
   */
  private int matchAbbreviatedName(Document doc, int i, List<Candidate> out) {
    List<Token> tokens = doc.tokens;
    if (!opensAbbreviatedName(doc, i)) {
      return 0;
    }
    Token t = tokens.get(i);
    List<Token> words = new ArrayList<>(Gazetteer.MAX_WORDS);
    words.add(t);
    words.addAll(tokens.subList(i + 2, Math.min(tokens.size(), i + 1 + Gazetteer.MAX_WORDS)));
    int matched = matchGazetteer(doc, words, 0, words.size(), out);
    return matched >= 2 ? matched + 1 : 0;
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
      Hit inflected = lookup(doc, tokens.subList(k, k + 1));
      if (inflected != null && inflected.base() != null) {
        names = gazetteer.lookup(Gazetteer.foldForm(inflected.base()), doc.language);
      }
    }
    for (KnownName n : names) {
      if (n.language().equals(doc.language) || n.language().equals(KnownName.ANY_LANGUAGE)) {
        return false;
      }
    }
    return !names.isEmpty() && matchGazetteer(doc, tokens, k + 1, to, new ArrayList<>()) == 0;
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
    int matched = matchGazetteer(doc, tokens, k + 1, to, after);
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
        && matchGazetteer(doc, tokens, k + 1, k + 2, new ArrayList<>()) == 0;
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

  /** A capitalised segment that no gazetteer knows: typed by triggers, dictionaries and shape. */
  private void unknownName(Document doc, int from, int to, boolean triggered, List<Candidate> out) {
    unknownName(doc, from, to, triggered, true, out);
  }

  /**
   * As above; {@code personCues} false ignores titles around the segment (the body's name in "przewodniczący
   * Rady Europejskiej Donald Tusk", whose title belongs to the person after it).
   */
  private void unknownName(Document doc, int from, int to, boolean triggered, boolean personCues,
      List<Candidate> out) {
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
        && !lemmatizer.facts(first.text(), doc.language).person() && !isDictionaryCommon(doc, first)
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
      out.add(named(doc, from, to, EntityType.ORGANIZATION, "head-word", false));
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
      out.add(named(doc, from, numbered, EntityType.PRODUCT, "numbered", false));
      return;
    }
    EntityType shared = to - from == 1 && !first.sentenceStart() && adjective ? sharedHeadType(doc, to) : null;
    if (shared != null) {
      // "Демократической и Республиканской партий": the first adjective names a body with the second's head word
      out.add(named(doc, from, to, shared, "shared-head", false));
      return;
    }
    if (facts.adjective() && facts.properLemmas().isEmpty()) {
      EntityType head = to - from == 1 && !first.sentenceStart() && !facts.commonNoun()
          && lemmatizer.declinesAsSurname(first.text(), doc.language) ? headWordBefore(doc, from) : null;
      if (head != null) {
        // "двух партий — Демократической и Республиканской": the adjective names a body whose head word came before
        out.add(named(doc, from, to, head, "head-word-before", false));
      } else if (isAdjectivalSurname(doc, from, to, facts)) {
        EntityType cue = cueBefore(doc, from); // a kind of body or place written before it ("газета Новая")
        out.add(named(doc, from, to, cue != null ? cue : EntityType.PERSON, "adjectival-surname", false));
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
    if (needsEvidence && isCommonWord(doc, first)) {
      return;
    }
    if (needsEvidence && !facts.properLemmas().isEmpty()) {
      needsEvidence = false;
    }
    out.add(named(doc, from, to, type, stage, needsEvidence));
  }

  /**
   * The kind of name announced by a lower-case noun right before token {@code from} ({@code koncern Gazprom},
   * {@code штата Мичиган}), or null; not at a sentence start.
   */
  private static EntityType cueBefore(Document doc, int from) {
    if (from == 0 || doc.tokens.get(from).sentenceStart()) {
      return null;
    }
    Token before = doc.tokens.get(from - 1);
    // a cue word is written in lower case, or capitalised as the first word of a sentence ("Firma Moderna ...")
    return before.word() && (Character.isLowerCase(before.text().codePointAt(0)) || before.sentenceStart())
        ? doc.data.cueType(before.norm()) : null;
  }

  /**
   * Whether token {@code k} is an English article opening a Latin-script name in a Cyrillic text ("The Guardian",
   * "The Hill"): part of the name, as the title is written.
   */
  private static boolean isForeignArticle(Document doc, int k, int to) {
    Token t = doc.tokens.get(k);
    return k + 1 < to && t.text().equals("The") && isForeignScript(doc, k, k + 2)
        && doc.tokens.get(k + 1).capitalised();
  }

  /**
   * Whether a Cyrillic-script text writes the segment in Latin letters: such names are brands, media and
   * companies, since Cyrillic-script news transliterates people's names.
   */
  private static boolean isForeignScript(Document doc, int from, int to) {
    if (!CYRILLIC_LANGUAGES.contains(doc.language)) {
      return false;
    }
    for (int k = from; k < to; k++) {
      String w = doc.tokens.get(k).text();
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether the segment stands alone between quotes, allowing one small word inside the opening quote ("The"). */
  private static boolean isQuoted(Document doc, int from, int to) {
    int before = from - 1;
    if (before >= 0 && doc.tokens.get(before).word() && doc.data.isStopword(doc.tokens.get(before).norm())) {
      before--;
    }
    return before >= 0 && to < doc.tokens.size() && isQuote(doc.tokens.get(before)) && isQuote(doc.tokens.get(to));
  }

  private static boolean isQuote(Token t) {
    return !t.word() && t.text().length() == 1 && "\"„“”«»‚‘’".indexOf(t.text().charAt(0)) >= 0;
  }

  /**
   * Where a person's name starts after dictionary common words in a segment ({@code Rady Europejskiej | Donald
   * Tusk}): the first of at least two final words that the dictionary does not know as common words, when all
   * words before it are common words; {@code from} when the segment is not so split.
   */
  private int commonWordsBeforeName(Document doc, int from, int to) {
    int k = from;
    while (k < to && isDictionaryCommon(doc, doc.tokens.get(k))) {
      k++;
    }
    if (k == from || to - k < 2) {
      return from;
    }
    for (int n = k; n < to; n++) {
      if (isDictionaryCommon(doc, doc.tokens.get(n)) || doc.tokens.get(n).acronym()) {
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

  private boolean isDictionaryCommon(Document doc, Token t) {
    WordFacts f = lemmatizer.facts(t.text(), doc.language);
    return f.common() && f.properLemmas().isEmpty() && !t.acronym();
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

  private static boolean allNameLike(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (tokens.get(k).acronym() || !tokens.get(k).capitalised()) {
        return false;
      }
    }
    return true;
  }

  private boolean isCommonWord(Document doc, Token t) {
    if (doc.data.isStopword(t.norm()) || doc.lowerWords.contains(t.norm())) {
      return true;
    }
    WordFacts f = lemmatizer.facts(t.text(), doc.language);
    // "Rosa Díaz dijo...": a first name, though also a noun, where the dictionary's proper readings mean something
    return f.common() && (f.properLemmas().isEmpty() || !lemmatizer.prefersProperReading(doc.language));
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

  private boolean personTriggerBefore(Document doc, int from) {
    if (from > 0 && doc.data.isConnector(doc.tokens.get(from - 1).norm())) {
      return false;
    }
    int words = 0;
    for (int k = from - 1; k >= 0 && words < TRIGGER_WINDOW; k--) {
      Token t = doc.tokens.get(k);
      if (!t.word()) {
        if (t.text().equals("-") || t.text().equals("'")) {
          continue;
        }
        return false;
      }
      words++;
      if (doc.data.isPersonBefore(t.norm())) {
        return true;
      }
      if (t.sentenceStart()) {
        return false;
      }
    }
    return false;
  }

  private boolean personTriggerAfter(Document doc, int to) {
    int words = 0;
    for (int k = to; k < doc.tokens.size() && words < TRIGGER_WINDOW; k++) {
      Token t = doc.tokens.get(k);
      if (!t.word()) {
        if (t.text().equals(",") && words == 0) {
          continue;
        }
        return false;
      }
      words++;
      if (doc.data.isPersonAfter(t.norm())) {
        return true;
      }
    }
    return false;
  }

  private Candidate named(Document doc, int from, int to, EntityType type, String stage, boolean needsEvidence) {
    int start = doc.tokens.get(from).start();
    int end = doc.tokens.get(to - 1).end();
    return new Candidate(start, end, type, null, null, stage, needsEvidence);
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

  /**
   * Document-level decisions: types of bare names from other mentions of the same key, partial person names
   * resolved to the full name, base forms confirmed by forms seen in the text, and sentence-initial words kept
   * only with evidence.
   */
  private List<Mention> resolve(Document doc, List<Candidate> found) {
    List<Candidate> candidates = new ArrayList<>(found);
    candidates.sort(Comparator.comparingInt(Candidate::from));
    List<Candidate> typed = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.key() != null) {
        typed.add(c);
        continue;
      }
      EntityType type = c.type() == null ? EntityType.PERSON : c.type();
      String[] words = doc.text.substring(c.from(), c.to()).split("\\s+");
      String lemma = lemmaInDocument(doc, List.of(words), type);
      typed.add(new Candidate(c.from(), c.to(), c.type(), NameKey.of(lemma, type, doc.language), lemma, c.stage(),
          c.needsEvidence()));
    }
    Map<String, EntityType> typeByKey = new HashMap<>();
    Map<String, Set<String>> fullNamesByToken = new HashMap<>();
    Set<String> confirmedKeys = new HashSet<>();
    for (Candidate c : typed) {
      if (c.type() != null) {
        typeByKey.putIfAbsent(c.key(), c.type());
      }
      if (!c.needsEvidence()) {
        confirmedKeys.add(c.key());
      }
      if (c.type() == EntityType.PERSON && c.key().indexOf(' ') > 0) {
        for (String part : c.key().split(" ")) {
          fullNamesByToken.computeIfAbsent(part, p -> new HashSet<>()).add(c.key());
        }
      }
    }
    List<Mention> out = new ArrayList<>();
    int lastEnd = -1;
    for (Candidate c : typed) {
      if (c.from() < lastEnd) {
        continue;
      }
      String key = c.key();
      EntityType type = c.type() != null ? c.type() : typeByKey.get(key);
      Set<String> full = fullNamesByToken.get(key);
      if (c.stage().equals("gazetteer:geonames") && key.startsWith(NameKey.CODE_PREFIX)) {
        Set<String> person = fullNamesByToken.get(NameKey.of(c.lemma(), EntityType.PERSON, doc.language));
        if (person != null && person.size() == 1) {
          // "Дейвис" after "Дейвид Дейвис": the surname of the person the document names, not the city
          key = person.iterator().next();
          type = EntityType.PERSON;
        }
      }
      boolean weaklyTyped = type == null || type == EntityType.PERSON || c.stage().equals("capitalised-noun")
          || c.stage().equals("dictionary"); // "Stoltenberg" after "Jens Stoltenberg", though also a place name
      if (key.indexOf(' ') < 0 && full != null && full.size() == 1 && weaklyTyped) {
        // "Трампа" after "Дональд Трамп": a common noun too ("трамп"), but here the surname of the person named
        key = full.iterator().next();
        type = EntityType.PERSON;
      }
      if (c.needsEvidence() && !confirmedKeys.contains(c.key()) && key.equals(c.key())) {
        continue;
      }
      if (type == null) {
        type = EntityType.PERSON;
      }
      String stage = c.stage();
      if (type == EntityType.LOCATION && TOWN_SOURCES.contains(stage)
          && isTeamInResultsRow(doc.text, c.from(), c.to())) {
        // "CHICAGO 4 Florida 3", "NEW YORK 75 58 .564": in a row of results a town or state names its team
        type = EntityType.ORGANIZATION;
        key = NameKey.of(c.lemma(), type, doc.language);
        stage = "team";
      }
      if (type == EntityType.PERSON && c.stage().equals("capitalised") && key.indexOf(' ') < 0 && full == null
          && fullNamesByToken.size() >= NAMED_IN_FULL) {
        // a text that names people in full ("Donald Trump", "Theresa May") and writes a bare unknown word that is
        // none of them: "Brexit", "Twitter", "Ryanair" rather than a person; its type is left to the registry
        type = EntityType.MISC;
      }
      int from = c.from();
      int to = c.to();
      String lemma = c.lemma();
      if (type == EntityType.PERSON) {
        // "Т.Мэй", "J. Lundgren", "Елизавета II": a person's initials and regnal number belong to the name
        from = Math.max(lastEnd, initialsBefore(doc.text, from));
        to = regnalNumberAfter(doc.text, to);
        if (from < c.from() || to > c.to()) {
          lemma = doc.text.substring(from, c.from()) + lemma + doc.text.substring(c.to(), to);
        }
      }
      out.add(new Mention(from, to, doc.text.substring(from, to), lemma, type, key, null, stage));
      lastEnd = to;
    }
    return out;
  }

  /** One or two initials ("Т.", "Дж. ", "W.W.") written right before a name; not "Mr.", "Dr.". */
  private static final Pattern INITIALS = Pattern.compile("(?<![\\p{L}\\p{N}.])(?:(?:\\p{Lu}|Дж)\\.[ \u00A0]?){1,2}$");
  /** A regnal number after a name ("Елизавета II", "Benedykt XVI"), ended by no letter or digit. */
  private static final Pattern REGNAL = Pattern.compile("^ (X{0,2}(?:IX|IV|V?I{0,3}))(?![\\p{L}\\p{N}])");

  /** Where the initials written right before offset {@code from} start, or {@code from} when there are none. */
  static int initialsBefore(String text, int from) {
    int window = Math.max(0, from - 10);
    Matcher m = INITIALS.matcher(text.substring(window, from));
    return m.find() ? window + m.start() : from;
  }

  /**
   * Where a regnal number written right after offset {@code to} ends, or {@code to} when there is none; a lone "I"
   * before a word is the English pronoun ("told Trump I would").
   */
  static int regnalNumberAfter(String text, int to) {
    Matcher m = REGNAL.matcher(text.substring(to, Math.min(text.length(), to + 8)));
    if (!m.find() || m.group(1).isEmpty()) {
      return to;
    }
    int end = to + m.end();
    boolean pronoun = m.group(1).equals("I") && end + 1 < text.length() && text.charAt(end) == ' '
        && Character.isLetter(text.charAt(end + 1));
    return pronoun ? to : end;
  }

  /** How far either side of a name a results row is read. */
  private static final int RESULTS_ROW_REACH = 200;

  /** Where names of towns and states come from; a country in a results row stays the country (its team's name). */
  private static final Set<String> TOWN_SOURCES = Set.of("gazetteer:cldr-city", "gazetteer:geonames",
      "gazetteer:iso-subdivision");

  /**
   * Whether the name at [from, to) opens a score in a line of results: a number follows it, the line has another
   * number, and no word of four or more lower-case letters (a table row, not a sentence).
   */
  static boolean isTeamInResultsRow(String text, int from, int to) {
    int k = to;
    while (k < text.length() && text.charAt(k) == ' ') {
      k++;
    }
    if (k == to || k >= text.length() || !Character.isDigit(text.charAt(k))) {
      return false;
    }
    int start = Math.max(text.lastIndexOf('\n', from) + 1, from - RESULTS_ROW_REACH); // bounded on a page
    int end = text.indexOf('\n', to);
    end = Math.min(end < 0 ? text.length() : end, to + RESULTS_ROW_REACH);    // without line breaks
    int numbers = 0;
    for (String word : text.substring(start, end).split("\\s+")) {
      if (word.length() >= 4 && word.chars().allMatch(Character::isLowerCase)) {
        return false;
      }
      numbers += !word.isEmpty() && Character.isDigit(word.charAt(0)) ? 1 : 0;
    }
    return numbers >= 2;
  }

  /** The base form, preferring for each word a candidate that the document itself writes somewhere. */
  private String lemmaInDocument(Document doc, List<String> words, EntityType type) {
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
