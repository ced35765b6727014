package org.dyad.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The fingerprint that makes the same article sent twice one document: SHA-256 of the text after Unicode NFKC
 * normalisation, with every run of white space made one space and the ends trimmed. Re-wrapped lines,
 * non-breaking spaces and full-width letters do not make a new article; any other change does.
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
}
