package io.storyline.entities.recognition;

import io.storyline.core.AnalysisBudget;
import io.storyline.entities.Mention;
import io.storyline.entities.lemma.NameLemmatizer;
import io.storyline.entities.lexicon.Gazetteer;
import io.storyline.entities.model.StatisticalNames;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The recogniser's passes in their order, run over one text at a time: {@code uncased-names} and {@code candidates}
 * find where names may be (the first in texts without capitals, the second in the others), {@code known-names}
 * finds the lexicon's names in the runs of capitalised words, {@code typing} reads the rest, {@code merging} joins a
 * body and its country, {@code base-forms} reduces the names, {@code resolution} decides with what the whole
 * document shows, {@code model} combines a statistical model's names with the rules', {@code surnames} finds the
 * surnames written alone of people the text names in full, and {@code titles} drops titles written without a name.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * PassChain chain = PassChain.standard(Gazetteer.cldr(), new NameLemmatizer(), null);
 * List<Mention> ms = chain.recognise("Sekretarz generalny NATO Mark Rutte przebywał w Japonii.", "pl");
 * }</pre>
 */
public final class PassChain {
  private final List<MentionPass> passes;

  PassChain(List<MentionPass> passes) {
    Set<String> names = new HashSet<>();
    for (MentionPass p : passes) {
      if (!names.add(p.name())) {
        throw new IllegalArgumentException("two passes are named '" + p.name() + "'");
      }
    }
    this.passes = List.copyOf(passes);
  }

  /** The product's chain over {@code gazetteer} and {@code lemmatizer}; {@code model} may be null (rules only). */
  public static PassChain standard(Gazetteer gazetteer, NameLemmatizer lemmatizer, StatisticalNames model) {
    KnownNames known = new KnownNames(gazetteer, lemmatizer);
    Readings readings = new Readings(lemmatizer);
    BaseForms baseForms = new BaseForms(lemmatizer);
    return new PassChain(List.of(
        new UncasedKnownNames(known),
        new CapitalisedRuns(known, lemmatizer),
        new KnownNamesInRuns(known, readings, lemmatizer),
        new UnknownNameTyping(readings, lemmatizer),
        new BodiesOfCountries(),
        baseForms,
        new DocumentResolution(),
        new ModelNames(model, baseForms, readings, lemmatizer),
        new SurnamesAlone(),
        new TitleAlone()));
  }

  /** The names of the passes, in the order they run. */
  public List<String> names() {
    return passes.stream().map(MentionPass::name).toList();
  }

  /** The names in {@code text} written in {@code language} (ISO 639-1), in text order, without overlaps. */
  public List<Mention> recognise(String text, String language) {
    Document doc = Document.of(text, language);
    Draft draft = Draft.EMPTY;
    for (MentionPass pass : passes) {
      AnalysisBudget.checkpoint();
      draft = pass.apply(doc, draft);
    }
    return draft.mentions();
  }
}
