package io.storyline.time;

/**
 * How precise a time value is, from a minute to a century. Durations use it as their unit; the
 * {@link #timexUnit()} letter is the one TIMEX3 durations use ({@code P3Y}, {@code PT2H}).
 */
public enum Granularity {
  MINUTE("M", true),
  HOUR("H", true),
  DAY("D", false),
  WEEK("W", false),
  MONTH("M", false),
  QUARTER("Q", false),
  SEASON("S", false),
  YEAR("Y", false),
  DECADE("DE", false),
  CENTURY("CE", false);

  private final String timexUnit;
  private final boolean timeOfDay;

  Granularity(String timexUnit, boolean timeOfDay) {
    this.timexUnit = timexUnit;
    this.timeOfDay = timeOfDay;
  }

  /** The unit letter(s) of a TIMEX3 duration in this unit. */
  public String timexUnit() {
    return timexUnit;
  }

  /** True for units below a day, written after {@code T} in a duration ({@code PT5M}). */
  public boolean timeOfDay() {
    return timeOfDay;
  }

  /** True when this granularity is at least as fine as {@code other} (DAY is finer than MONTH). */
  public boolean atLeastAsFineAs(Granularity other) {
    return ordinal() <= other.ordinal();
  }

  /** The TIMEX3 duration of {@code amount} units ({@code null} amount: unknown, {@code X}). */
  public String duration(Integer amount) {
    String n = amount == null ? "X" : amount.toString();
    if (this == SEASON) {
      return amount == null ? "PXM" : "P" + (3 * amount) + "M";
    }
    if (this == DECADE || this == CENTURY) {
      return amount == null ? "P" + n + timexUnit : "P" + (amount * (this == DECADE ? 10 : 100)) + "Y";
    }
    return timeOfDay ? "PT" + n + timexUnit : "P" + n + timexUnit;
  }
}
