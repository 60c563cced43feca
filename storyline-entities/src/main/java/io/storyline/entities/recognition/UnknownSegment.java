package io.storyline.entities.recognition;

/**
 * Capitalised words, tokens {@code [from, to)}, that no lexicon knows, left for the typing pass; {@code afterTitle}
 * when a title word opened the segment ("Premier Mark Rutte").
 */
record UnknownSegment(int from, int to, boolean afterTitle) implements Finding {}
