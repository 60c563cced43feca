package io.storyline.entities.recognition;

/**
 * One step of the recogniser: reads the document's facts and the draft of the passes before it, and returns the next
 * draft. A pass does one thing, has a name (the chain lists them), keeps no state between texts and is thread-safe.
 */
interface MentionPass {
  /** The pass's name in the chain ({@code candidates}, {@code typing}, {@code model}...). */
  String name();

  /** The draft after this pass; {@code draft} is not changed. */
  Draft apply(Document doc, Draft draft);
}
