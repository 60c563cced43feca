package io.storyline.app.export;

/**
 * Makes text safe as a spreadsheet cell: a cell that starts with {@code = + - @}, a tab or a carriage return would
 * be run as a formula by Excel, LibreOffice and Google Sheets (CSV injection), so it gets a leading apostrophe, which
 * spreadsheets show as text and do not display. Numbers are not text and stay as they are.
 */
final class CsvCells {
  private CsvCells() {
  }

  /** The value, with an apostrophe before text that a spreadsheet would take for a formula. */
  static Object asText(Object value) {
    if (value instanceof String s && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      return "'" + s;
    }
    return value;
  }
}
