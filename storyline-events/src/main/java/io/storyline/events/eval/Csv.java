package io.storyline.events.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A reader of RFC 4180 CSV text (quoted fields may hold commas, quotes and line breaks), header first. */
public final class Csv {
  private Csv() {}

  /** The rows after the header, each as column name to value. */
  public static List<Map<String, String>> parse(String text) {
    List<List<String>> rows = records(text);
    if (rows.isEmpty()) {
      return List.of();
    }
    List<String> header = rows.getFirst();
    List<Map<String, String>> out = new ArrayList<>();
    for (List<String> r : rows.subList(1, rows.size())) {
      if (r.size() == 1 && r.getFirst().isEmpty()) {
        continue;
      }
      if (r.size() != header.size()) {
        throw new IllegalArgumentException("CSV record " + (out.size() + 2) + " has " + r.size() + " fields, the header "
            + header.size() + ": " + header);
      }
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), r.get(i));
      }
      out.add(row);
    }
    return out;
  }

  private static List<List<String>> records(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }
}
