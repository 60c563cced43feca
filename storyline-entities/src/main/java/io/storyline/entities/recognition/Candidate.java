package io.storyline.entities.recognition;

import io.storyline.entities.EntityType;

/**
 * A name found before document-level resolution, at character offsets {@code [from, to)}. {@code type} null means
 * not yet known; {@code key} and {@code lemma} null mean the base-forms pass still has to give them; {@code stage}
 * is the rule or model that found it (its provenance, kept on the mention); {@code needsEvidence} marks a word at a
 * sentence start that only another mention of the same key can confirm.
 */
record Candidate(int from, int to, EntityType type, String key, String lemma, String stage, boolean needsEvidence)
    implements Finding {

  /** A candidate over tokens {@code [from, to)} of {@code doc}, without key and base form yet. */
  static Candidate of(Document doc, int from, int to, EntityType type, String stage, boolean needsEvidence) {
    return new Candidate(doc.tokens.get(from).start(), doc.tokens.get(to - 1).end(), type, null, null, stage,
        needsEvidence);
  }
}
