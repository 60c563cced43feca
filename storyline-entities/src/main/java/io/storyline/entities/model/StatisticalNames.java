package io.storyline.entities.model;

import io.storyline.core.AnalysisBudget;
import io.storyline.entities.EntityType;
import io.storyline.entities.Mention;
import io.storyline.entities.text.Token;
import io.storyline.entities.text.Tokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.ext.ExtensionLoader;

/**
 * A statistical name finder (OpenNLP maximum-entropy models) over the project's own tokens, so its offsets line up
 * with the rule recogniser's. The shipped models ({@link #shipped()}: en, de, hu, nl, fr, trained by
 * {@link NameModelTrainer} on corpora whose licences allow shipping them) load on first use of their language; the
 * en, de and hu models also weigh the rule recogniser's mentions ({@link RuleVotes}). Thread-safe: OpenNLP's
 * {@link NameFinderME} is not, so each thread keeps its own finder per language; the model is shared.
 *
 * <pre>{@code
 * StatisticalNames names = StatisticalNames.shipped();
 * List<StatisticalNames.Name> found = names.find("Hij woont in Amsterdam.", "nl");
 * }</pre>
 */
public final class StatisticalNames {
  /** The languages with a shipped model. */
  public static final Set<String> SHIPPED_LANGUAGES = Set.of("en", "de", "hu", "nl", "fr");

  private static final String RESOURCE = "/io/storyline/entities/model/%s-ner.bin";

  static {
    allowFeatureGenerators();
  }

  /** Lets OpenNLP build this package's feature generators ({@link ShapeFeatures}, {@link LexiconFeatures}). */
  static void allowFeatureGenerators() {
    ExtensionLoader.registerAllowedPackage(StatisticalNames.class.getPackageName());
  }
  /**
   * The languages whose shipped model the default recogniser uses: those where it raises F1 on the evaluation half
   * its settings were not chosen on (MODEL_CARD.md; English 0.736 to 0.740, at about three times the entity
   * stage's CPU per English article). French has no evaluation set, so its model is opt-in. The system property
   * {@code storyline.names.languages} (comma-separated) replaces this set, {@code storyline.names.models} (a folder
   * of {@code <language>-ner.bin} files) the shipped models, and {@code storyline.names.lead} {@link #LEADING}: for
   * trying models trained with {@code storyline train-names --out DIR}.
   */
  public static final Set<String> DEFAULT_LANGUAGES = setting("storyline.names.languages",
      Set.of("en", "de", "hu", "nl"));

  /**
   * The languages where the model's names come first and only the rule mentions a lexicon backs stay beside them
   * ({@code MentionRecognizer}); elsewhere the rules lead and the model fills the gaps.
   */
  public static final Set<String> LEADING = setting("storyline.names.lead", Set.of("de", "hu"));

  private static final StatisticalNames SHIPPED = new StatisticalNames("ner", SHIPPED_LANGUAGES, LEADING,
      StatisticalNames::loadShipped);
  /** The default set reads its models through {@link #SHIPPED}, so a process loads each model once. */
  private static final StatisticalNames DEFAULT = new StatisticalNames("ner", DEFAULT_LANGUAGES, LEADING,
      language -> SHIPPED.models.computeIfAbsent(language, StatisticalNames::loadShipped));

  /** A name the model found: character offsets in the text, type and the model's mean tag probability. */
  public record Name(int start, int end, EntityType type, double probability) {}

  private final String source;
  private final Set<String> languages;
  private final Set<String> leading;
  private final Function<String, TokenNameFinderModel> loader;
  private final Map<String, TokenNameFinderModel> models = new ConcurrentHashMap<>();
  /** One finder per thread and language: a new NameFinderME per call made finding about twice as slow. */
  private final ThreadLocal<Map<String, NameFinderME>> finders = ThreadLocal.withInitial(HashMap::new);

  private StatisticalNames(String source, Set<String> languages, Set<String> leading,
      Function<String, TokenNameFinderModel> loader) {
    this.source = source;
    this.languages = Set.copyOf(languages);
    this.leading = Set.copyOf(leading);
    this.loader = loader;
  }

  /** The models shipped in this module (en, de, hu, nl, fr), each loaded when its language is first asked for. */
  public static StatisticalNames shipped() {
    return SHIPPED;
  }

  /** The shipped models of {@link #DEFAULT_LANGUAGES}, as the default recogniser uses them. */
  public static StatisticalNames byDefault() {
    return DEFAULT;
  }

  /** Given models by language, the rules leading; {@code source} names them in {@link #stage(String)}. */
  public static StatisticalNames of(String source, Map<String, TokenNameFinderModel> models) {
    return of(source, models, Set.of());
  }

  /** Given models by language, leading over the rules in {@code leading} ({@link #leads}). */
  public static StatisticalNames of(String source, Map<String, TokenNameFinderModel> models, Set<String> leading) {
    Map<String, TokenNameFinderModel> copy = Map.copyOf(models);
    return new StatisticalNames(source, copy.keySet(), leading, copy::get);
  }

  /** Whether the model's names lead over the rules' in {@code language} ({@link #LEADING} for the shipped models). */
  public boolean leads(String language) {
    return leading.contains(language);
  }

  /** Whether {@code language} has a model. */
  public boolean supports(String language) {
    return languages.contains(language);
  }

  public Set<String> languages() {
    return languages;
  }

  /** The provenance recorded on mentions: {@code model:ner-nl} for the shipped models. */
  public String stage(String language) {
    return "model:" + source + "-" + language;
  }

  /** The model of {@code language}, loading it if needed; empty when the language has none. */
  public Optional<TokenNameFinderModel> model(String language) {
    if (!supports(language)) {
      return Optional.empty();
    }
    return Optional.of(models.computeIfAbsent(language, loader));
  }

  /** The names in {@code text}; nothing for a language without a model. */
  public List<Name> find(String text, String language) {
    return supports(language) ? find(Tokenizer.tokenize(text), language) : List.of();
  }

  /**
   * The names in already tokenised text (from {@link Tokenizer#tokenize}), sentence by sentence; the text is one
   * document (names the model tagged earlier in it inform later decisions).
   */
  public List<Name> find(List<Token> tokens, String language) {
    return find(tokens, language, List.of());
  }

  /**
   * The names in already tokenised text, with the rule recogniser's mentions of the same text ({@code rules}, in
   * text order) as evidence: models trained with {@link RuleVotes} weigh them, the others ignore them.
   */
  public List<Name> find(List<Token> tokens, String language, List<Mention> rules) {
    if (!supports(language) || tokens.isEmpty()) {
      return List.of();
    }
    NameFinderME finder = finders.get().computeIfAbsent(language, l -> new NameFinderME(model(l).orElseThrow()));
    List<Name> out = new ArrayList<>();
    finder.clearAdaptiveData();
    try {
      for (int[] sentence : Sentences.split(tokens)) {
        AnalysisBudget.checkpoint();
        int from = sentence[0];
        String[] words = new String[sentence[1] - from];
        for (int k = 0; k < words.length; k++) {
          words[k] = tokens.get(from + k).text();
        }
        Span[] spans = finder.find(words, RuleVotes.of(tokens, from, sentence[1], rules));
        double[] probs = finder.probs(spans);
        for (int i = 0; i < spans.length; i++) {
          EntityType type = typeOf(spans[i].getType());
          if (type != null) {
            out.add(new Name(tokens.get(from + spans[i].getStart()).start(), tokens.get(from + spans[i].getEnd() - 1).end(),
                type, probs[i]));
          }
        }
      }
    } finally {
      finder.clearAdaptiveData();
    }
    return out;
  }

  private static EntityType typeOf(String type) {
    return switch (type) {
      case "PER" -> EntityType.PERSON;
      case "LOC" -> EntityType.LOCATION;
      case "ORG" -> EntityType.ORGANIZATION;
      default -> null;
    };
  }

  private static Set<String> setting(String property, Set<String> otherwise) {
    String value = System.getProperty(property);
    if (value == null) {
      return otherwise;
    }
    // "de, hu" and "de,de" are what people type: trimmed, blanks dropped, repeats once
    return java.util.Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty())
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  private static TokenNameFinderModel loadShipped(String language) {
    String folder = System.getProperty("storyline.names.models");
    String path = String.format(RESOURCE, language);
    try (InputStream in = folder == null ? StatisticalNames.class.getResourceAsStream(path)
        : Files.newInputStream(Path.of(folder, language + "-ner.bin"))) {
      if (in == null) {
        throw new IllegalStateException("the name model " + path + " is missing from the class path");
      }
      return new TokenNameFinderModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the name model " + path, e);
    }
  }
}
