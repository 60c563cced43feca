package io.storyline.entities.recognition;

import io.storyline.entities.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Pass {@code merging}: a body's name followed by a country's ("Верховної Ради України", "Ministerstwa Zdrowia
 * Polski") is one organisation, as the press and the gold sets write it, rather than a body and a place. Orders the
 * candidates by their start. Not where every noun is capitalised (German), nor in a text without capitals.
 */
final class BodiesOfCountries implements MentionPass {
  /** Stages of organisations named by their own words, which may go on with the country they belong to. */
  private static final Set<String> BODY_STAGES = Set.of("head-word", "capitalised-phrase", "adjective-head");

  @Override
  public String name() {
    return "merging";
  }

  @Override
  public Draft apply(Document doc, Draft draft) {
    return doc.caseless || doc.data.capitalisesNouns() ? draft
        : draft.withFindings(bodiesOfCountries(doc, draft.candidates()));
  }

  /** The candidates in text order, each body joined with the country written right after it. */
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
}
