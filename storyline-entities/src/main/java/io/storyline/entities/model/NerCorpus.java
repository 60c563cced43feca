package io.storyline.entities.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import opennlp.tools.namefind.NameSample;

/**
 * One annotated training file in a token-per-line format, read into the {@code token TAG} lines
 * {@link EuropeanaReader} takes (so every corpus is re-tokenised and decoded the same way). Tag types are mapped to
 * PER, LOC and ORG; every other type (MISC, OTH, products, GermEval's {@code LOCderiv}/{@code ORGpart}) becomes
 * {@code O}. Comment lines ({@code #}) and {@code -DOCSTART-} lines become document breaks.
 *
 * @param path        the file, relative to the shared data folder; {@code .gz} files are decompressed
 * @param tokenColumn the column of the token (0-based, columns split at tabs or, without tabs, at spaces)
 * @param tagColumn   the column of the IOB1/IOB2 tag; negative counts from the end (-1: the last column)
 * @param licence     the licence under which the trained model may be shipped
 * @param sparse      true for a file of which parts carry no tags (the Europeana corpora): it is read as
 *                    {@link EuropeanaReader} input as it is, and only its annotated stretches are trained on
 *                    ({@link EuropeanaReader#annotatedOnly})
 * @param keepEvery   1 to train on every sentence, n to train on every n-th only (a large corpus on a small machine)
 */
public record NerCorpus(String path, int tokenColumn, int tagColumn, String licence, boolean sparse, int keepEvery) {
  /** A fully annotated file. */
  public static NerCorpus of(String path, int tokenColumn, int tagColumn, String licence) {
    return new NerCorpus(path, tokenColumn, tagColumn, licence, false, 1);
  }

  /** This file, of which every {@code n}-th sentence is trained on. */
  public NerCorpus everyNth(int n) {
    return new NerCorpus(path, tokenColumn, tagColumn, licence, sparse, n);
  }

  /** A Europeana Newspapers file ({@code token TAG}, CC0), of which only the annotated stretches are read. */
  public static NerCorpus europeana(String file) {
    return new NerCorpus("evaldata/europeana-newspapers-ner/" + file + "/" + file, 0, -1, "CC0-1.0", true, 1);
  }

  /** Type names of the corpora mapped to the model's types (WNUT-17's lower-case names, NerKor's PER...). */
  private static final Map<String, String> TYPES = Map.of("PER", "PER", "PERS", "PER", "PERSON", "PER",
      "LOC", "LOC", "LOCATION", "LOC", "ORG", "ORG", "CORPORATION", "ORG", "GROUP", "ORG");

  /** Reads the file as {@link EuropeanaReader} input; {@code sharedData} is the folder {@link #path} is relative to. */
  public EuropeanaReader.Result read(Path sharedData) throws IOException {
    Path file = sharedData.resolve(path);
    if (sparse) {
      return EuropeanaReader.read(file);
    }
    StringBuilder lines = new StringBuilder();
    try (InputStream raw = Files.newInputStream(file);
         BufferedReader in = new BufferedReader(new InputStreamReader(
             path.endsWith(".gz") ? new GZIPInputStream(raw) : raw, StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String converted = convert(line);
        if (converted != null) {
          lines.append(converted).append('\n');
        }
      }
    }
    EuropeanaReader.Result all = EuropeanaReader.read(path, new BufferedReader(new StringReader(lines.toString())));
    if (keepEvery == 1) {
      return all;
    }
    List<NameSample> kept = new ArrayList<>();
    for (int i = 0; i < all.samples().size(); i += keepEvery) {
      NameSample s = all.samples().get(i);
      kept.add(new NameSample(s.getId(), s.getSentence(), s.getNames(), s.getAdditionalContext(), true));
    }
    return new EuropeanaReader.Result(List.copyOf(kept), all.problems());
  }

  /** One line as {@code token TAG}, an empty line (a sentence break), {@code #} (a document break) or null (skipped). */
  String convert(String line) {
    String stripped = line.strip();
    if (stripped.isEmpty()) {
      return "";
    }
    if (stripped.startsWith("-DOCSTART-")) {
      return "#";
    }
    String[] fields = line.indexOf('\t') >= 0 ? line.split("\t") : stripped.split(" +");
    int tag = tagColumn < 0 ? fields.length + tagColumn : tagColumn;
    boolean tagged = tokenColumn < fields.length && tag >= 0 && tag < fields.length && isTag(fields[tag].strip());
    if (stripped.startsWith("#") && !tagged) {
      return "#"; // a comment: document or sentence id, source address
    }
    // a leading '#' (hashtags) would read as a comment; the tokenizer drops it anyway
    String token = tagged ? fields[tokenColumn].strip().replaceFirst("^#+", "").replace(' ', '_') : "";
    return token.isEmpty() ? null : token + " " + tagOf(fields[tag].strip());
  }

  private static boolean isTag(String tag) {
    return tag.equals("O") || tag.length() > 2 && (tag.startsWith("B-") || tag.startsWith("I-"));
  }

  private static String tagOf(String tag) {
    if (tag.length() < 3 || tag.charAt(1) != '-' || tag.charAt(0) != 'B' && tag.charAt(0) != 'I') {
      return "O";
    }
    String type = TYPES.get(tag.substring(2).toUpperCase(Locale.ROOT));
    return type == null ? "O" : tag.charAt(0) + "-" + type;
  }
}
