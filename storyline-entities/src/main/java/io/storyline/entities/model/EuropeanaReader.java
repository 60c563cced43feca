package io.storyline.entities.model;

import io.storyline.entities.text.Token;
import io.storyline.entities.text.Tokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * Reads a Europeana Newspapers NER file ({@code token TAG} per line) into OpenNLP {@link NameSample}s of the types
 * {@code PER}, {@code LOC} and {@code ORG}, re-tokenised with the project's {@link Tokenizer} and split into
 * sentences exactly as {@link StatisticalNames} splits a text at run time, so a trained model sees the tokens it
 * will see in production.
 *
 * <p>Rules, in this order:
 * <ul>
 *   <li>a blank line ends a sentence; a line starting with {@code #} (the {@code # file:} headers of the SBB file)
 *       starts a new document (the name finder's adaptive data is cleared);</li>
 *   <li>otherwise the last white-space separated field is the tag and everything before it the token text (a few
 *       lines hold several words, {@code Deutsche Bank B-ORG}: they all get the tag); a line with one field has no
 *       tag: its word is read as {@code O} and the line reported;</li>
 *   <li>a tag is {@code O} or a prefix {@code B}/{@code I}, a separator {@code -}, {@code _} or {@code .} and a
 *       type compared case-insensitively ({@code B-PEr}, {@code I_ORG} and {@code B.PER} are read as
 *       {@code B-PER}, {@code I-ORG}, {@code B-PER} and reported); anything else ({@code B-BER}, {@code B-LOCer},
 *       {@code v}, {@code I-MISC}) is read as {@code O} and reported; only exact {@code O} and {@code B-}/{@code I-}
 *       + {@code PER|LOC|ORG} pass silently;</li>
 *   <li>spans are decoded so that IOB1 and IOB2 both work: a name starts at a {@code B-} tag, or at an {@code I-}
 *       tag whose previous token does not carry the same type (the French file uses only {@code I-});</li>
 *   <li>after re-tokenisation, punctuation at the edges of a tagged token ({@code Brenners,}) leaves the name.</li>
 * </ul>
 * The name finder's document memory is cleared every {@value #SENTENCES_PER_DOCUMENT} sentences and at each
 * {@code #} header. Training should use {@link #annotatedOnly} to leave out stretches without annotation.
 */
public final class EuropeanaReader {
  /** Sentences after which the adaptive data is cleared when the file marks no documents. */
  public static final int SENTENCES_PER_DOCUMENT = 30;

  private static final Pattern TAG = Pattern.compile("([BI])[-_.]([A-Za-z]+)");
  private static final List<String> TYPES = List.of("PER", "LOC", "ORG");

  /** A line that did not follow the format, and what the reader did with it. */
  public record Problem(String file, int line, String content, String action) {
    @Override
    public String toString() {
      return file + ":" + line + ": " + action + ": '" + content + "'";
    }
  }

  /** The samples of one file and the problems met on the way. */
  public record Result(List<NameSample> samples, List<Problem> problems) {
    public long names() {
      return samples.stream().mapToLong(s -> s.getNames().length).sum();
    }

    public long tokens() {
      return samples.stream().mapToLong(s -> s.getSentence().length).sum();
    }
  }

  /** One token as written in the file, with its decoded tag. */
  private record Raw(String text, char prefix, String type, boolean sentenceBreak, boolean documentBreak) {}

  private EuropeanaReader() {}

  /** Reads {@code file} (UTF-8). */
  public static Result read(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(file.toString(), in);
    }
  }

  /** Reads the lines of {@code in}; {@code name} is used in problem reports. */
  public static Result read(String name, BufferedReader in) throws IOException {
    List<Raw> raws = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    boolean pendingSentenceBreak = false;
    boolean pendingDocumentBreak = true;
    int lineNumber = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNumber++;
      String stripped = line.strip();
      if (stripped.isEmpty()) {
        pendingSentenceBreak = true;
        continue;
      }
      if (stripped.startsWith("#")) {
        pendingDocumentBreak = true;
        continue;
      }
      String[] fields = stripped.split("\\s+");
      String text;
      char prefix = 'O';
      String type = null;
      if (fields.length == 1) {
        text = fields[0];
        problems.add(new Problem(name, lineNumber, line, "no tag, read as O"));
      } else {
        text = String.join(" ", List.of(fields).subList(0, fields.length - 1));
        String tag = fields[fields.length - 1];
        if (!tag.equals("O")) {
          Matcher m = TAG.matcher(tag);
          String upper = m.matches() ? m.group(2).toUpperCase(Locale.ROOT) : null;
          if (upper != null && TYPES.contains(upper)) {
            prefix = m.group(1).charAt(0);
            type = upper;
            if (!tag.equals(prefix + "-" + type)) {
              problems.add(new Problem(name, lineNumber, line, "malformed tag, read as " + prefix + "-" + type));
            }
          } else {
            problems.add(new Problem(name, lineNumber, line, "unknown tag '" + tag + "', read as O"));
          }
        }
      }
      raws.add(new Raw(text, prefix, type, pendingSentenceBreak || pendingDocumentBreak, pendingDocumentBreak));
      pendingSentenceBreak = false;
      pendingDocumentBreak = false;
    }
    return new Result(toSamples(raws), List.copyOf(problems));
  }

  /**
   * The samples from stretches that were annotated. Parts of the files (long runs of the Dutch one, for example)
   * carry no or almost no tags although they are full of names; trained on, they teach the model that names are
   * not names. A sentence is kept when the sentences within {@code window} tokens around it (half before, half
   * after, itself included) hold at least {@code minNames} names. Document starts are kept on the samples that
   * remain.
   */
  public static List<NameSample> annotatedOnly(List<NameSample> samples, int window, int minNames) {
    int n = samples.size();
    long[] tokensBefore = new long[n + 1];
    long[] namesBefore = new long[n + 1];
    for (int i = 0; i < n; i++) {
      tokensBefore[i + 1] = tokensBefore[i] + samples.get(i).getSentence().length;
      namesBefore[i + 1] = namesBefore[i] + samples.get(i).getNames().length;
    }
    List<NameSample> kept = new ArrayList<>();
    boolean clearNext = false;
    int lo = 0;
    int hi = 0;
    for (int i = 0; i < n; i++) {
      long centre = (tokensBefore[i] + tokensBefore[i + 1]) / 2;
      while (tokensBefore[lo + 1] < centre - window / 2) {
        lo++;
      }
      while (hi < n && tokensBefore[hi] <= centre + window / 2) {
        hi++;
      }
      NameSample s = samples.get(i);
      clearNext |= s.isClearAdaptiveDataSet();
      if (namesBefore[hi] - namesBefore[lo] >= minNames) {
        kept.add(clearNext == s.isClearAdaptiveDataSet() ? s
            : new NameSample(s.getId(), s.getSentence(), s.getNames(), s.getAdditionalContext(), clearNext));
        clearNext = false;
      } else {
        clearNext = true; // a gap: what follows is another stretch of text
      }
    }
    return kept;
  }

  /** Joins the raw tokens into text, re-tokenises it and decodes the names, then splits sentences. */
  private static List<NameSample> toSamples(List<Raw> raws) {
    List<NameSample> samples = new ArrayList<>();
    int from = 0;
    while (from < raws.size()) {
      int to = from + 1;
      while (to < raws.size() && !raws.get(to).documentBreak()) {
        to++;
      }
      addDocument(raws.subList(from, to), samples);
      from = to;
    }
    return samples;
  }

  private static void addDocument(List<Raw> raws, List<NameSample> samples) {
    StringBuilder text = new StringBuilder();
    int[] rawStart = new int[raws.size()];
    for (int i = 0; i < raws.size(); i++) {
      if (i > 0) {
        text.append(raws.get(i).sentenceBreak() ? '\n' : ' ');
      }
      rawStart[i] = text.length();
      text.append(raws.get(i).text());
    }
    List<Token> tokens = Tokenizer.tokenize(text.toString());
    // which raw token each token comes from (tokens never cross the spaces between raw tokens)
    int[] rawOf = new int[tokens.size()];
    int r = 0;
    for (int k = 0; k < tokens.size(); k++) {
      while (r + 1 < raws.size() && rawStart[r + 1] <= tokens.get(k).start()) {
        r++;
      }
      rawOf[k] = r;
    }
    // decode the spans at token level: [start, end) of word tokens inside tagged raw tokens
    List<Span> names = new ArrayList<>();
    int spanStart = -1;
    int spanEnd = -1;
    String spanType = null;
    int spanRaw = -1;
    for (int k = 0; k < tokens.size(); k++) {
      Raw raw = raws.get(rawOf[k]);
      boolean firstOfRaw = k == 0 || rawOf[k - 1] != rawOf[k];
      if (firstOfRaw) {
        boolean continues = raw.type() != null && raw.prefix() == 'I' && raw.type().equals(spanType)
            && spanRaw == rawOf[k] - 1 && !raw.sentenceBreak();
        if (!continues && spanType != null) {
          if (spanStart >= 0) {
            names.add(new Span(spanStart, spanEnd, spanType));
          }
          spanType = null;
          spanStart = -1;
        }
        if (raw.type() != null && !continues) {
          spanType = raw.type();
        }
        if (spanType != null) {
          spanRaw = rawOf[k];
        }
      }
      if (spanType != null && tokens.get(k).word()) {
        if (spanStart < 0) {
          spanStart = k;
        }
        spanEnd = k + 1;
      }
    }
    if (spanType != null && spanStart >= 0) {
      names.add(new Span(spanStart, spanEnd, spanType));
    }
    // split into sentences as at run time, never inside a name
    List<int[]> sentences = new ArrayList<>();
    int pendingFrom = -1;
    int n = 0;
    List<int[]> split = Sentences.split(tokens);
    for (int s = 0; s < split.size(); s++) {
      int from = pendingFrom >= 0 ? pendingFrom : split.get(s)[0];
      int to = split.get(s)[1];
      while (n < names.size() && names.get(n).getEnd() <= from) {
        n++;
      }
      if (n < names.size() && names.get(n).getStart() < to && names.get(n).getEnd() > to && s + 1 < split.size()) {
        pendingFrom = from; // a name crosses the boundary: join with the next sentence
        continue;
      }
      pendingFrom = -1;
      sentences.add(new int[] {from, to});
    }
    // the samples; the model's document memory is cleared every SENTENCES_PER_DOCUMENT sentences
    n = 0;
    for (int s = 0; s < sentences.size(); s++) {
      int from = sentences.get(s)[0];
      int to = sentences.get(s)[1];
      while (n < names.size() && names.get(n).getEnd() <= from) {
        n++;
      }
      int m = n;
      while (m < names.size() && names.get(m).getStart() < to) {
        m++;
      }
      String[] words = new String[to - from];
      for (int k = from; k < to; k++) {
        words[k - from] = tokens.get(k).text();
      }
      Span[] spans = new Span[m - n];
      for (int i = n; i < m; i++) {
        Span sp = names.get(i);
        spans[i - n] = new Span(sp.getStart() - from, Math.min(sp.getEnd(), to) - from, sp.getType());
      }
      samples.add(new NameSample(words, spans, s % SENTENCES_PER_DOCUMENT == 0));
      n = m;
    }
  }
}
