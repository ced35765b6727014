package org.dyad.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * An event's identity from its content, the same in every store and on every run: the SHA-256 of its document's
 * id, its evidence's offsets, its CAMEO code and its two actors (an evidence with one code may name two pairs:
 * 'condemned Japan and China'). {@link #uid} is the first 128 bits in hex; {@link #gdeltId} the first 63 as a
 * non-negative number, GDELT's integer {@code GLOBALEVENTID}. Counters such as {@code event_no} start at 1 in
 * every store; these do not, so exports of two stores can be merged.
 */
public final class EventIds {
  private EventIds() {}

  /** The 32 hex digits of an event's identity. */
  public static String uid(String docId, int evidenceStart, int evidenceEnd, String code,
      @Nullable String sourceActor, @Nullable String targetActor) {
    String key = String.join("\t", docId, Integer.toString(evidenceStart), Integer.toString(evidenceEnd), code,
        sourceActor == null ? "" : sourceActor, targetActor == null ? "" : targetActor);
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** The GDELT integer id of a {@link #uid}: its first 64 bits without the sign bit. */
  public static long gdeltId(String uid) {
    return HexFormat.fromHexDigitsToLong(uid.substring(0, 16)) & Long.MAX_VALUE;
  }
}
