package io.storyline.entities.recognition;

/**
 * A run of capitalised words, tokens {@code [from, to)}, that the candidates pass found and the known-names pass
 * splits into names.
 */
record Run(int from, int to) implements Finding {}
