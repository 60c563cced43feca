package io.storyline.entities.lemma;

import io.storyline.entities.EntityType;
import io.storyline.entities.lexicon.LanguageData;
import io.storyline.entities.text.Homoglyphs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Base forms of names: Morfologik dictionaries for Polish (PoliMorf, BSD-2-Clause), Ukrainian (dict_uk search
 * dictionary, Apache-2.0), German (LanguageTool's german-pos-dict, CC BY-SA 4.0), Russian (AOT via LanguageTool,
 * LGPL-2.1), Spanish (LanguageTool/Softcatalà spanish-pos-dict, LGPL-2.1), Italian (Morph-it via LanguageTool,
 * LGPL-2.1), English and Dutch (LanguageTool's english-pos-dict and dutch-pos-dict, LGPL-2.1), then per-language
 * suffix rules for names no dictionary knows ({@code Ishibą -> Ishiba}, {@code Japánnal -> Japán},
 * {@code Кісідою -> Кісіда}). Thread-safe; each dictionary is loaded once, on the first use of its language.
 */
public final class NameLemmatizer {

  /**
   * How one dictionary marks proper nouns, people, places and adjectives in its tags.
   *
   * @param resource     the Morfologik dictionary on the class path
   * @param taggedNames  true when tags (not the case of the base form) tell proper nouns: German capitalises every
   *                     noun, Russian's base forms are all lower case
   * @param proper       tag parts of proper-noun readings (when {@code taggedNames})
   * @param person       tag parts of readings that name people
   * @param place        tag parts of readings that name places
   * @param organisation tag parts of readings that name organisations
   * @param adjective    tag prefixes of adjective readings
   * @param noun         tag prefixes of noun readings
   * @param skipped      tag prefixes of readings to ignore (abbreviations)
   * @param asWritten    true to look a capitalised word up as written before its lower-case form
   * @param commonBaseForms true when names inflect like common words, so a common word's base form is a candidate
   *                     base form of a name ({@code Bundestages}, {@code Москвы}); false where names barely inflect
   *                     and the dictionary would reduce them wrongly ({@code Tweede Wereldoorlog})
   * @param properFirst  true when a proper-noun reading of a sentence-initial word that is also a common word should
   *                     win ({@code Rosa Díaz dijo...}); false where proper readings are too many to tell (Polish and
   *                     Ukrainian capitalised base forms, Dutch surname readings of common words, English: measured,
   *                     it cost cross-lingual similarity 0.014 for 0.005 of span F1)
   * @param capitalisedNoun what a word is when written capitalised inside a sentence though the dictionary has only
   *                     common readings of it: where the dictionary lists place names as plain nouns (Russian:
   *                     {@code москва}, {@code германия}) most often a place; elsewhere null, no name: a common noun
   *                     capitalised for emphasis or in a heading ("il Paese", "la Coppa"; typing them as
   *                     organisations was right for fewer than half: CoNLL it 0.490 → 0.501, es 0.649 → 0.659, nl
   *                     0.620 → 0.632, SlavicNER uk 0.723 → 0.729, pl 0.754 → 0.753)
   */
  private record Spec(String resource, boolean asWritten, boolean taggedNames, List<String> proper,
      List<String> person, List<String> place, List<String> organisation, List<String> adjective, List<String> noun,
      List<String> skipped, boolean commonBaseForms, boolean properFirst, EntityType capitalisedNoun) {}

  private static final Map<String, Spec> DICTIONARIES = Map.of(
      "pl", new Spec("/morfologik/stemming/polish/polish.dict", true, false, List.of(),
          List.of(":m1", "fname", "lname"), List.of(), List.of(), List.of("adj"), List.of("subst"), List.of(), true, false,
          null),
      "uk", new Spec("/ua/net/nlp/ukrainian.dict", false, false, List.of(),
          List.of(":m1", "fname", "lname"), List.of(), List.of(), List.of("adj"), List.of("noun"), List.of(), true, false,
          null),
      "de", new Spec("/org/languagetool/resource/de/german.dict", true, true, List.of("EIG"),
          List.of(":VOR", ":NAC", ":PER"), List.of(":COU", ":STD", ":GEB", ":GEO", ":WAT", ":MOU"), List.of(),
          List.of("ADJ", "PA1", "PA2"), List.of("SUB"), List.of("ABK"), true, false, null),
      "ru", new Spec("/org/languagetool/resource/ru/russian.dict", false, true, List.of("NN:Name", "NN:Fam", "NN:Patr"),
          List.of("NN:Name", "NN:Fam", "NN:Patr"), List.of(), List.of(), List.of("ADJ"), List.of("NN"), List.of("ABR"),
          true, false, EntityType.LOCATION),
      // EAGLES tags: NP = proper noun, typed SP (person), G0 (place), O0 (organisation); a frequency letter ends each
      "es", new Spec("/org/languagetool/resource/es/es-ES.dict", true, true, List.of("NP"), List.of("SP0"),
          List.of("G00"), List.of("O0"), List.of("AQ"), List.of("NC"), List.of(), false, true, null),
      "en", new Spec("/org/languagetool/resource/en/english.dict", true, true, List.of("NNP"), List.of(), List.of(),
          List.of(), List.of("JJ"), List.of("NN"), List.of(), false, false, null),
      // ENM = proper noun; only first names count as people (surname readings cover half the place names)
      "nl", new Spec("/org/languagetool/resource/nl/dutch.dict", true, true, List.of("ENM"), List.of("ENM:PER:FST"),
          List.of("ENM:LOC"), List.of("ENM:ORG"), List.of("BNW"), List.of("ZNW"), List.of(), false, false, null),
      "it", new Spec("/org/languagetool/resource/it/italian.dict", true, true, List.of("NPR"), List.of(), List.of(),
          List.of(), List.of("ADJ"), List.of("NOUN"), List.of(), false, true, null));

  /**
   * A dictionary with each thread's look-up and each thread's recent {@link WordFacts}: the recogniser's passes and
   * the name model's features ask about the same words again and again (a fifth of German recognition's CPU went to
   * repeated look-ups).
   */
  private record Loaded(Spec spec, ThreadLocal<DictionaryLookup> lookup, ThreadLocal<Map<String, WordFacts>> facts) {}

  /** Words whose facts a thread keeps per language before it starts afresh (about 2-4 MB). */
  private static final int FACTS_KEPT = 20_000;

  /**
   * The dictionaries read so far, shared by every lemmatizer of the process: the recogniser, the name models'
   * features and the event concepts each hold one, and each dictionary is read once, not once per holder.
   */
  private static final Map<String, Loaded> LOOKUPS = new ConcurrentHashMap<>();

  /** A lemmatizer; each language's dictionary (0.5-13 MB) is read on the process's first use of it, once. */
  public NameLemmatizer() {}

  /** The loaded dictionary of {@code language}, or null when there is none. */
  private Loaded loaded(String language) {
    Spec spec = language == null ? null : DICTIONARIES.get(language);
    if (spec == null) {
      return null;
    }
    return LOOKUPS.computeIfAbsent(language, l -> {
      Dictionary dictionary = read(spec.resource());
      return new Loaded(spec, ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary)),
          ThreadLocal.withInitial(HashMap::new));
    });
  }

  /**
   * What a dictionary says about a word; {@link #UNKNOWN} for languages without one.
   *
   * @param place        true when a reading names a place (only dictionaries that tag places say so: German, Spanish)
   * @param organisation true when a reading names an organisation (Spanish, Dutch)
   * @param capitalisedCommon true when a common reading is written capitalised in a dictionary that tags proper
   *                     nouns: a demonym or similar noun ({@code Noor}, a Norwegian; {@code Japanner})
   * @param commonLemmas base forms of the common readings, where names inflect like common words
   * @param commonNoun   true when a common reading is a noun (not only a verb, adverb, pronoun...)
   */
  public record WordFacts(boolean known, boolean common, boolean person, boolean place, boolean organisation,
      boolean adjective, boolean capitalisedCommon, List<String> properLemmas, List<String> commonLemmas,
      boolean commonNoun) {
    public static final WordFacts UNKNOWN = new WordFacts(false, false, false, false, false, false, false, List.of(),
        List.of(), false);
  }

  /**
   * The type of a word capitalised inside a sentence that the dictionary of {@code language} knows only as a common
   * word, or null when such a word is no name (every language but Russian) or there is no dictionary.
   */
  public EntityType capitalisedNounType(String language) {
    Loaded loaded = loaded(language);
    return loaded == null ? null : loaded.spec().capitalisedNoun();
  }

  /**
   * Whether a sentence-initial word with a proper-noun reading is taken as a name even though it is also a common
   * word ({@code Mark}, {@code Rosa}): true where the dictionary's proper nouns are few enough to mean it.
   */
  public boolean prefersProperReading(String language) {
    Loaded loaded = loaded(language);
    return loaded != null && loaded.spec().properFirst();
  }

  /** Dictionary facts for a word as written. */
  public WordFacts facts(String word, String language) {
    Loaded loaded = loaded(language);
    if (loaded == null || word.isEmpty()) {
      return WordFacts.UNKNOWN;
    }
    Map<String, WordFacts> kept = loaded.facts().get();
    WordFacts facts = kept.get(word);
    if (facts == null) {
      if (kept.size() >= FACTS_KEPT) {
        kept.clear();
      }
      facts = lookUpFacts(word, loaded);
      kept.put(word, facts);
    }
    return facts;
  }

  private static WordFacts lookUpFacts(String word, Loaded loaded) {
    Spec spec = loaded.spec();
    DictionaryLookup d = loaded.lookup().get();
    String lower = word.toLowerCase(Locale.ROOT);
    boolean common = false;
    boolean person = false;
    boolean place = false;
    boolean organisation = false;
    boolean adjective = false;
    boolean capitalisedCommon = false;
    boolean commonNoun = false;
    Set<String> proper = new LinkedHashSet<>();
    Set<String> commonLemmas = new LinkedHashSet<>();
    boolean bothCases = spec.asWritten() && !word.equals(lower);
    for (String form : bothCases ? List.of(word, lower) : List.of(lower)) {
      for (WordData wd : d.lookup(form)) {
        String stem = wd.getStem().toString();
        String tag = wd.getTag() == null ? "" : wd.getTag().toString();
        if (startsWithAny(tag, spec.skipped())) {
          continue;
        }
        boolean properNoun = spec.taggedNames() ? startsWithAny(tag, spec.proper())
            : !stem.isEmpty() && Character.isUpperCase(stem.codePointAt(0));
        if (properNoun) {
          proper.add(capitalise(stem));
          person |= containsAny(tag, spec.person()) || !spec.taggedNames() && tag.contains("anim:")
              && !tag.contains("inanim");
          place |= containsAny(tag, spec.place());
          organisation |= containsAny(tag, spec.organisation());
        } else {
          common = true;
          commonNoun |= startsWithAny(tag, spec.noun());
          capitalisedCommon |= spec.taggedNames() && !stem.isEmpty() && Character.isUpperCase(stem.codePointAt(0));
          if (spec.commonBaseForms()) {
            commonLemmas.add(stem);
          }
        }
        adjective |= startsWithAny(tag, spec.adjective());
      }
    }
    boolean known = common || !proper.isEmpty();
    return new WordFacts(known, common, person, place, organisation, adjective, capitalisedCommon,
        List.copyOf(proper), List.copyOf(commonLemmas), commonNoun);
  }

  /**
   * The lower-case base forms of every reading of a lower-case word, common or proper ({@code szczytu} gives
   * {@code szczyt}; {@code elezioni} gives {@code elezione}), in dictionary order without repeats; empty when the
   * language has no dictionary or the dictionary does not know the word. For content words (translingual concepts),
   * where {@link #facts} keeps only what tells names.
   */
  public List<String> baseForms(String word, String language) {
    Loaded loaded = loaded(language);
    if (loaded == null || word.isEmpty()) {
      return List.of();
    }
    Set<String> forms = new LinkedHashSet<>();
    DictionaryLookup d = loaded.lookup().get();
    // a dictionary that lists words as written keeps German nouns capitalised: Gipfels, not gipfels
    for (String form : loaded.spec().asWritten() ? List.of(word, capitalise(word)) : List.of(word)) {
      for (WordData wd : d.lookup(form)) {
        String tag = wd.getTag() == null ? "" : wd.getTag().toString();
        if (!startsWithAny(tag, loaded.spec().skipped()) && wd.getStem().length() > 0) {
          forms.add(wd.getStem().toString().toLowerCase(Locale.ROOT));
        }
      }
      if (!forms.isEmpty()) {
        break;
      }
    }
    return List.copyOf(forms);
  }

  /** The tag part that marks a genitive reading, per dictionary (Polish {@code :gen:}, Ukrainian, Russian AOT). */
  private static final Map<String, Pattern> GENITIVE = Map.of(
      "pl", Pattern.compile(":gen[:.]|:gen$"), "uk", Pattern.compile("v_rod"), "ru", Pattern.compile(":R(:|$)"));

  /** Whether {@link #genitive} can tell: the language has a dictionary that marks the genitive. */
  public boolean marksGenitive(String language) {
    return GENITIVE.containsKey(language) && loaded(language) != null;
  }

  /**
   * Whether the dictionary of {@code language} reads a lower-case word as a noun or adjective in the genitive
   * ({@code дел}, {@code иностранных}, {@code справ}); false when it does not, or cannot tell ({@link #marksGenitive}).
   */
  public boolean genitive(String word, String language) {
    Pattern marker = GENITIVE.get(language);
    Loaded loaded = loaded(language);
    if (marker == null || loaded == null) {
      return false;
    }
    for (WordData wd : loaded.lookup().get().lookup(word)) {
      String tag = wd.getTag() == null ? "" : wd.getTag().toString();
      if ((startsWithAny(tag, loaded.spec().noun()) || startsWithAny(tag, loaded.spec().adjective()))
          && marker.matcher(tag).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Readings of an adjective declined as a family name is (singular, full form, masculine or feminine; the
   * masculine genitive is also neuter), per dictionary where many family names are adjectives: Russian "Навальный",
   * which the dictionary knows only as an adjective (Ukrainian's lists the family names themselves).
   */
  private static final Map<String, Pattern> SURNAME_ADJECTIVE = Map.of(
      "ru", Pattern.compile("^ADJ:Posit:(Masc|Fem|Neut):"));

  /**
   * Whether every dictionary reading of a word is an adjective in a form a family name takes ({@code навального},
   * not {@code согласно}, {@code последние}, {@code это}), with a masculine or feminine one among them; false in
   * languages without such names in the dictionary.
   */
  public boolean declinesAsSurname(String word, String language) {
    Pattern form = SURNAME_ADJECTIVE.get(language);
    Loaded loaded = loaded(language);
    if (form == null || loaded == null) {
      return false;
    }
    boolean gendered = false;
    boolean any = false;
    for (WordData wd : loaded.lookup().get().lookup(word.toLowerCase(Locale.ROOT))) {
      String tag = wd.getTag() == null ? "" : wd.getTag().toString();
      if (!form.matcher(tag).find()) {
        return false;
      }
      any = true;
      gendered |= !tag.contains(":Neut:");
    }
    return any && gendered;
  }

  /**
   * Dictionaries that list first names of many origins, with the tag part that marks them: German's ({@code :VOR}:
   * Tommy, Iwan, Oscar, Ali) and Spanish's people ({@code SP0}: Gianluca, Simona, Renato), used for names a text's
   * own dictionary does not know ("Tommy Robredo" in Spanish, "Gianluca Salvatori" in Italian).
   */
  private static final Map<String, String> FIRST_NAME_TAGS = Map.of("de", ":VOR", "es", "SP0");

  /** Whether {@code word}, as written, is a first name in a dictionary that lists first names of many origins. */
  public boolean isKnownFirstName(String word) {
    if (word.length() < 2 || !Character.isUpperCase(word.codePointAt(0))) {
      return false;
    }
    for (Map.Entry<String, String> source : FIRST_NAME_TAGS.entrySet()) {
      Loaded loaded = loaded(source.getKey());
      if (loaded == null) {
        continue;
      }
      for (WordData wd : loaded.lookup().get().lookup(word)) {
        if (wd.getTag() != null && wd.getTag().toString().contains(source.getValue())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean startsWithAny(String tag, List<String> prefixes) {
    for (String p : prefixes) {
      if (tag.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsAny(String tag, List<String> parts) {
    for (String p : parts) {
      if (tag.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Possible base forms of one word, best first: proper-noun dictionary lemmas, then applicable suffix rules,
   * then the word itself, then candidate-only rules.
   */
  public List<String> candidates(String word, String language, EntityType type) {
    Set<String> out = new LinkedHashSet<>();
    if (isAllCaps(word)) {
      out.add(word);
      return List.copyOf(out);
    }
    WordFacts facts = facts(word, language);
    if (!facts.adjective() || type == EntityType.LOCATION) {
      out.addAll(facts.properLemmas()); // a place may share its form with an adjective: Polski (of Polska), polski
    }
    if (!facts.adjective() && type != EntityType.PERSON) {
      if (Character.isUpperCase(word.codePointAt(0))) {
        facts.commonLemmas().forEach(l -> out.add(capitalise(l)));
      } else {
        out.addAll(facts.commonLemmas()); // the lower-case head of "Мадридському саміті", "Верховного суда"
      }
    }
    List<String> maybe = new ArrayList<>();
    String folded = Homoglyphs.fold(word);
    boolean sameLength = folded.length() == word.length();
    for (SuffixRule rule : LanguageData.of(language).lemmaRules()) {
      if (rule.fits(folded, type)) {
        String base = sameLength ? rule.applyTo(word) : rule.applyTo(folded);
        (rule.apply() ? out : maybe).add(base);
      }
    }
    out.add(word);
    if (facts.adjective() && type != EntityType.PERSON && Character.isUpperCase(word.codePointAt(0))) {
      // "(в) Белом (доме)" is "Белый дом" in the gazetteer: the adjective's own base form, where no rule reaches,
      // for look-ups; after the word itself, so it never becomes a base form by itself
      facts.commonLemmas().forEach(l -> out.add(capitalise(l)));
    }
    out.addAll(maybe);
    return List.copyOf(out);
  }

  /** The base form of one word: the first of {@link #candidates}. */
  public String lemma(String word, String language, EntityType type) {
    return candidates(word, language, type).getFirst();
  }

  /**
   * The base form of a multi-word name. Person names inflect in every word; other names inflect in the head noun
   * and the adjectives next to it ({@code Wielkiej Brytanii -> Wielka Brytania}, {@code Partii Niepodległości
   * Wielkiej Brytanii -> Partia Niepodległości Wielkiej Brytanii}).
   */
  public String lemma(List<String> words, String language, EntityType type) {
    LanguageData data = LanguageData.of(language);
    StringBuilder out = new StringBuilder();
    boolean inflecting = true;
    boolean previousAdjective = false;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      boolean adjective = data.looksAdjectival(Homoglyphs.fold(w)) || facts(w, language).adjective();
      // a lower-case adjective right after the head noun opens the head's genitive ("Института мировой экономики")
      boolean dependent = i > 0 && !previousAdjective && !w.isEmpty() && Character.isLowerCase(w.codePointAt(0));
      boolean inflect = type == EntityType.PERSON || i == 0
          || inflecting && (adjective && !dependent || previousAdjective);
      inflecting = inflect;
      if (i > 0) {
        out.append(' ');
      }
      out.append(inflect ? lemma(w, language, type) : w);
      previousAdjective = adjective;
    }
    return out.toString();
  }

  private static String capitalise(String w) {
    return w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
  }

  private static boolean isAllCaps(String word) {
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  private static Dictionary read(String resource) {
    URL url = NameLemmatizer.class.getResource(resource);
    if (url == null) {
      throw new IllegalStateException("Morfologik dictionary " + resource + " is not on the class path");
    }
    try {
      return Dictionary.read(url);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Morfologik dictionary " + resource, e);
    }
  }
}
