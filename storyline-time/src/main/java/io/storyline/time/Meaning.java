package io.storyline.time;

/**
 * What a vocabulary phrase means: "yesterday" is {@code RELATIVE DAY -1}, "now" is {@code REFERENCE
 * PRESENT_REF}, "daily" is {@code SET P1D}, "last Friday" is {@code WEEKDAY 5} with direction -1.
 *
 * @param type   the sort of meaning
 * @param unit   the unit of a relative offset or a duration
 * @param amount the offset, the weekday (ISO, Monday 1), or a count
 * @param dir    a weekday's direction: -1 last, 0 this, +1 next, {@link #PLAIN} none
 * @param code   a part of day ({@code MO}, {@code AF}, {@code EV}, {@code NI}), a reference or a set value
 */
record Meaning(Type type, Granularity unit, int amount, int dir, String code) {
  static final int PLAIN = Integer.MIN_VALUE;

  enum Type { RELATIVE, REFERENCE, SET, DURATION, WEEKDAY }

  static Meaning relative(Granularity unit, int offset, String partOfDay) {
    return new Meaning(Type.RELATIVE, unit, offset, PLAIN, partOfDay);
  }

  static Meaning weekday(int isoDay, int dir) {
    return new Meaning(Type.WEEKDAY, Granularity.DAY, isoDay, dir, null);
  }

  static Meaning coded(Type type, String code) {
    return new Meaning(type, Granularity.DAY, 0, PLAIN, code);
  }
}
