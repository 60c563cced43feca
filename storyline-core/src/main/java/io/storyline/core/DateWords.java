package io.storyline.core;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TIMEX3-style date value in the words a reader uses, as precise as the value and no more: {@code 2024-07-11}
 * is "11 July 2024", {@code 2024-07} "July 2024", {@code 2020} "2020", {@code 2024-W27} "week 27 of 2024",
 * {@code XXXX-WXX-4} "Thursday, date unknown", {@code 2023-11-02TMO} "morning of 2 November 2023", {@code
 * XXXX-XX-XX} "date unknown". Never a made-up day, never a raw code: a value in no known form reads "date unknown".
 * The one place dates are put into words for the CLI, the API and (through the API) the web UI.
 */
public final class DateWords {
  /** The words of a value that says nothing about the date. */
  public static final String UNKNOWN = "date unknown";

  private static final Locale EN = Locale.ENGLISH;
  private static final Pattern POINT = Pattern.compile(
      "^(\\d{4}|XXXX)(?:-(\\d{2}|XX|W\\d{2}|WXX|Q[1-4]|SP|SU|FA|WI))?(?:-(\\d{1,2}|XX))?(?:T(.+))?$");
  private static final Pattern DECADE = Pattern.compile("^(\\d{3})$");
  private static final Pattern CENTURY = Pattern.compile("^(\\d{2})$");
  private static final Pattern CLOCK = Pattern.compile("^(\\d{2}):(\\d{2})(?::\\d{2})?.*$");

  private DateWords() {}

  /** The value in words; "date unknown" for null, blank, fully unknown or unreadable values. */
  public static String of(String value) {
    if (value == null || value.isBlank()) {
      return UNKNOWN;
    }
    String v = value.strip();
    int slash = v.indexOf('/');
    if (slash > 0) {
      return range(v.substring(0, slash), v.substring(slash + 1));
    }
    try {
      return point(v);
    } catch (DateTimeException | NumberFormatException e) {
      return UNKNOWN;
    }
  }

  /** A span from one value to another: "8 April 2025 – 20 June 2025", or one of them when the other is unknown. */
  public static String span(String start, String end) {
    String a = of(start);
    String b = of(end);
    if (a.equals(UNKNOWN) || a.equals(b)) {
      return b;
    }
    return b.equals(UNKNOWN) ? a : a + " – " + b;
  }

  /** "low" below 0.34, "medium" below 0.67, else "high". */
  public static String confidenceWord(double confidence) {
    return confidence < 0.34 ? "low" : confidence < 0.67 ? "medium" : "high";
  }

  /** The value in words with its confidence, "July 2024 (confidence 0.62)"; an unknown date has none to show. */
  public static String withConfidence(String value, double confidence) {
    String words = of(value);
    return words.equals(UNKNOWN) ? words : String.format(Locale.ROOT, "%s (confidence %.2f)", words, confidence);
  }

  private static String range(String a, String b) {
    String from = of(a);
    String to = of(b);
    if (from.equals(UNKNOWN) || to.equals(UNKNOWN)) {
      return from.equals(UNKNOWN) ? to : from;
    }
    if (from.equals(to)) {
      return from;
    }
    Matcher x = POINT.matcher(a);
    Matcher y = POINT.matcher(b);
    if (x.matches() && y.matches() && x.group(4) == null && y.group(4) == null && x.group(1).equals(y.group(1))
        && x.group(2) != null && y.group(2) != null && x.group(2).equals(y.group(2)) && x.group(2).matches("\\d{2}")
        && x.group(3) != null && y.group(3) != null && x.group(3).matches("\\d{1,2}") && y.group(3).matches("\\d{1,2}")) {
      // same month: "8–9 April 2025", "8–9 April, year unknown"
      return Integer.parseInt(x.group(3)) + "–" + point(b);
    }
    return from + " – " + to;
  }

  private static String point(String v) {
    Matcher d = DECADE.matcher(v);
    if (d.matches()) {
      return "the " + d.group(1) + "0s";
    }
    Matcher c = CENTURY.matcher(v);
    if (c.matches()) {
      return "the " + c.group(1) + "00s";
    }
    Matcher m = POINT.matcher(v);
    if (!m.matches()) {
      return UNKNOWN;
    }
    boolean yearKnown = !m.group(1).equals("XXXX");
    String year = m.group(1);
    String middle = m.group(2);
    String day = m.group(3);
    String time = m.group(4);
    String date;
    if (middle == null) {
      date = yearKnown ? year : null;
    } else if (middle.matches("\\d{2}")) {
      Month month = Month.of(Integer.parseInt(middle));
      String monthName = month.getDisplayName(TextStyle.FULL, EN);
      if (day == null || day.equals("XX")) {
        date = yearKnown ? monthName + " " + year : monthName + ", year unknown";
      } else {
        int dd = Integer.parseInt(day);
        if (yearKnown) {
          LocalDate.of(Integer.parseInt(year), month, dd); // rejects 31 June
        } else if (dd < 1 || dd > month.maxLength()) {
          return UNKNOWN;
        }
        date = dd + " " + monthName + (yearKnown ? " " + year : ", year unknown");
      }
    } else if (middle.startsWith("W")) {
      String weekday = day != null && day.matches("[1-7]") ? DayOfWeek.of(Integer.parseInt(day)).getDisplayName(TextStyle.FULL, EN)
          : null;
      if (middle.equals("WXX") || !yearKnown) {
        date = weekday == null ? null : weekday + (middle.equals("WXX") ? ", date unknown"
            : " of week " + Integer.parseInt(middle.substring(1)) + ", year unknown");
        if (weekday == null && !middle.equals("WXX")) {
          date = "week " + Integer.parseInt(middle.substring(1)) + ", year unknown";
        }
      } else {
        String week = "week " + Integer.parseInt(middle.substring(1)) + " of " + year;
        date = weekday == null ? week : weekday + " of " + week;
      }
    } else if (middle.startsWith("Q")) {
      String q = switch (middle.charAt(1)) {
        case '1' -> "first";
        case '2' -> "second";
        case '3' -> "third";
        default -> "fourth";
      };
      date = "the " + q + " quarter of " + (yearKnown ? year : "an unknown year");
    } else if (middle.equals("XX")) {
      date = null;
    } else {
      String season = switch (middle) {
        case "SP" -> "spring";
        case "SU" -> "summer";
        case "FA" -> "autumn";
        default -> "winter";
      };
      date = yearKnown ? season + " " + year : season + ", year unknown";
    }
    return withTime(date, time);
  }

  /** The date with its time of day: "2 November 2023, 14:30", "morning of 2 November 2023". */
  private static String withTime(String date, String time) {
    if (time == null) {
      return date == null ? UNKNOWN : date;
    }
    String part = switch (time) {
      case "MO" -> "morning";
      case "AF" -> "afternoon";
      case "EV" -> "evening";
      case "NI" -> "night";
      case "DT" -> "daytime";
      default -> null;
    };
    if (part != null) {
      return date == null ? "a " + part + ", date unknown" : part + " of " + date;
    }
    Matcher clock = CLOCK.matcher(time);
    if (clock.matches() && Integer.parseInt(clock.group(1)) < 24 && Integer.parseInt(clock.group(2)) < 60) {
      return date == null ? clock.group(1) + ":" + clock.group(2) + ", date unknown"
          : date + ", " + clock.group(1) + ":" + clock.group(2);
    }
    return date == null ? UNKNOWN : date;
  }
}
