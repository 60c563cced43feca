package io.storyline.entities.recognition;

/**
 * What the candidate passes leave for the next ones: a {@link Candidate} name, or words still to be read, a
 * {@link Run} of capitalised words (for the known-names pass) or an {@link UnknownSegment} (for the typing pass).
 */
sealed interface Finding permits Candidate, Run, UnknownSegment {}
