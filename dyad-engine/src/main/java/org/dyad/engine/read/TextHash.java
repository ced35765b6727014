package org.dyad.engine.read;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The fingerprint that makes the same article sent twice one document: SHA-256 of the text after Unicode NFKC
 * normalisation, with every run of white space made one space and the ends trimmed. Re-wrapped lines,
 * non-breaking spaces and full-width letters do not make a new article; any other change does. The one text
 * hash of dyad: the store's {@code text_hash} and its duplicate check, the Spark job's, and the id of an
 * article posted to the server without one ({@link #id}).
 */
public final class TextHash {
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private TextHash() {}

  /** The hex SHA-256 of the normalised {@code text}. */
  public static String of(String text) {
    String normal = SPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll(" ").strip();
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(normal.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /**
   * An id made from the text alone, for a document that comes without one: {@code prefix}, then the first 16 hex
   * digits of {@link #of}, so that the same article sent twice gets the same id ({@code api-3f9a...}).
   */
  public static String id(String prefix, String text) {
    return prefix + of(text).substring(0, 16);
  }
}
