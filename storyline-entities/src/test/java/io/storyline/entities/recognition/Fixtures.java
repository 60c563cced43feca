package io.storyline.entities.recognition;

import io.storyline.entities.EntityType;
import io.storyline.entities.lemma.NameLemmatizer;
import io.storyline.entities.lexicon.Gazetteer;
import io.storyline.entities.text.Token;
import java.util.List;

/** What the pass tests share: the lexicons (loaded once), and ways to build and read drafts. */
final class Fixtures {
  static final Gazetteer GAZETTEER = Gazetteer.cldr();
  static final NameLemmatizer LEMMATIZER = new NameLemmatizer();
  static final KnownNames KNOWN = new KnownNames(GAZETTEER, LEMMATIZER);
  static final Readings READINGS = new Readings(LEMMATIZER);

  private Fixtures() {}

  /** The draft after {@code passes}, run in order over {@code doc} from an empty draft. */
  static Draft run(Document doc, MentionPass... passes) {
    Draft draft = Draft.EMPTY;
    for (MentionPass p : passes) {
      draft = p.apply(doc, draft);
    }
    return draft;
  }

  /** The text a finding covers. */
  static String text(Document doc, Finding f) {
    return switch (f) {
      case Candidate c -> doc.text.substring(c.from(), c.to());
      case Run r -> tokens(doc, r.from(), r.to());
      case UnknownSegment s -> tokens(doc, s.from(), s.to());
    };
  }

  /** The texts of the findings of one kind, in order. */
  static List<String> texts(Document doc, Draft draft, Class<? extends Finding> kind) {
    return draft.findings().stream().filter(kind::isInstance).map(f -> text(doc, f)).toList();
  }

  /** The candidate that covers exactly {@code surface}. */
  static Candidate candidate(Document doc, Draft draft, String surface) {
    return draft.findings().stream().filter(f -> f instanceof Candidate && text(doc, f).equals(surface))
        .map(Candidate.class::cast).findFirst()
        .orElseThrow(() -> new AssertionError("no candidate '" + surface + "' in " + draft.findings()));
  }

  /** An unknown segment over the words of {@code phrase}, which {@code doc} writes once. */
  static UnknownSegment segment(Document doc, String phrase, boolean afterTitle) {
    int start = doc.text.indexOf(phrase);
    int from = Token.firstFrom(doc.tokens, start);
    int to = from;
    while (to < doc.tokens.size() && doc.tokens.get(to).end() <= start + phrase.length()) {
      to++;
    }
    return new UnknownSegment(from, to, afterTitle);
  }

  /** A candidate over {@code surface}, which {@code doc} writes once, without key or base form. */
  static Candidate candidate(Document doc, String surface, EntityType type, String stage) {
    int start = doc.text.indexOf(surface);
    return new Candidate(start, start + surface.length(), type, null, null, stage, false);
  }

  private static String tokens(Document doc, int from, int to) {
    return from >= to ? "" : doc.text.substring(doc.tokens.get(from).start(), doc.tokens.get(to - 1).end());
  }
}
