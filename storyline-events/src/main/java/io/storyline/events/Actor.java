package io.storyline.events;

import io.storyline.entities.EntityType;
import java.util.Objects;

/**
 * One entity as an article presents it.
 *
 * @param entityId      the registry id, or {@code key:<linking key>} when the mention was not linked
 * @param name          its canonical name when the profile was made
 * @param type          what the name refers to
 * @param mentions      how often the article names it
 * @param salience      how central it is: mentions weighted by place (title 3, lead 2, body 1), square-rooted,
 *                      times a type factor (MISC counts little)
 * @param eventPlace    true for a place named after a place preposition in the title or lead ({@code w Japonii})
 * @param affiliationId the organisation named next to a person ({@code NATO} in {@code sekretarz generalny NATO
 *                      Mark Rutte}), or {@code null}
 */
public record Actor(String entityId, String name, EntityType type, int mentions, double salience, boolean eventPlace,
    String affiliationId) implements java.io.Serializable {
  public Actor {
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }
}
