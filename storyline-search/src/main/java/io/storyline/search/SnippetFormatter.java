package io.storyline.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/** Turns the highlighter's passages into {@link Snippet}s, merging overlapping matches. */
final class SnippetFormatter extends PassageFormatter {
  @Override
  public Object format(Passage[] passages, String content) {
    List<Snippet> snippets = new ArrayList<>();
    for (Passage p : passages) {
      int base = p.getStartOffset();
      List<Snippet.Range> ranges = new ArrayList<>();
      int lastEnd = -1;
      for (int i = 0; i < p.getNumMatches(); i++) {
        int start = Math.max(p.getMatchStarts()[i], base) - base;
        int end = Math.min(p.getMatchEnds()[i], p.getEndOffset()) - base;
        if (start < lastEnd) {
          Snippet.Range prev = ranges.removeLast();
          ranges.add(new Snippet.Range(prev.start(), Math.max(prev.end(), end)));
        } else if (end > start) {
          ranges.add(new Snippet.Range(start, end));
        }
        lastEnd = ranges.isEmpty() ? -1 : ranges.getLast().end();
      }
      snippets.add(new Snippet(base, content.substring(base, p.getEndOffset()), ranges));
    }
    return snippets;
  }
}
