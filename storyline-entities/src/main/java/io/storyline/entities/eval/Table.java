package io.storyline.entities.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A plain-text table with aligned columns (Markdown-compatible), for evaluation reports; shared by the entity and event evaluations. */
public final class Table {
  private final List<String[]> rows = new ArrayList<>();

  public Table(String... header) {
    rows.add(header);
  }

  public Table row(Object... cells) {
    String[] r = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      r[i] = cells[i] instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : String.valueOf(cells[i]);
    }
    rows.add(r);
    return this;
  }

  public String render() {
    int columns = rows.getFirst().length;
    int[] width = new int[columns];
    for (String[] r : rows) {
      for (int i = 0; i < columns; i++) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < rows.size(); k++) {
      String[] r = rows.get(k);
      sb.append('|');
      for (int i = 0; i < columns; i++) {
        sb.append(' ').append(r[i]).append(" ".repeat(width[i] - r[i].length())).append(" |");
      }
      sb.append('\n');
      if (k == 0) {
        sb.append('|');
        for (int i = 0; i < columns; i++) {
          sb.append("-".repeat(width[i] + 2)).append('|');
        }
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  static double ratio(long a, long b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
