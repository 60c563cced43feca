package io.storyline.entities.recognition;

/** Rows of sports results, where a town or state names its team. Stateless. */
final class ResultsRows {
  /** How far either side of a name a results row is read. */
  private static final int RESULTS_ROW_REACH = 200;

  private ResultsRows() {}

  /**
   * Whether the name at [from, to) opens a score in a line of results: a number follows it, the line has another
   * number, and no word of four or more lower-case letters (a table row, not a sentence).
   */
  static boolean isTeamInResultsRow(String text, int from, int to) {
    int k = to;
    while (k < text.length() && text.charAt(k) == ' ') {
      k++;
    }
    if (k == to || k >= text.length() || !Character.isDigit(text.charAt(k))) {
      return false;
    }
    int start = Math.max(text.lastIndexOf('\n', from) + 1, from - RESULTS_ROW_REACH); // bounded on a page
    int end = text.indexOf('\n', to);
    end = Math.min(end < 0 ? text.length() : end, to + RESULTS_ROW_REACH);    // without line breaks
    int numbers = 0;
    for (String word : text.substring(start, end).split("\\s+")) {
      if (word.length() >= 4 && word.chars().allMatch(Character::isLowerCase)) {
        return false;
      }
      numbers += !word.isEmpty() && Character.isDigit(word.charAt(0)) ? 1 : 0;
    }
    return numbers >= 2;
  }
}
