package org.dyad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dyad.engine.nlp.CoreNlpVersion;
import picocli.CommandLine;

/**
 * {@code dyad --version}: dyad's version and the git commit it was built from (written into the jar by the
 * build, {@code build.txt}), CoreNLP's version and that of the models jar, and the Java that runs it.
 */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    List<String> build = build();
    return new String[] {
      "dyad " + build.get(0) + " (commit " + build.get(1) + ")",
      CoreNlpVersion.describe(),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }

  /** dyad's version and commit, as the build wrote them into {@code build.txt}; unknown where it did not. */
  private static List<String> build() {
    List<String> lines = new ArrayList<>();
    try (InputStream in = Version.class.getResourceAsStream("build.txt")) {
      if (in != null) {
        new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
            .forEach(lines::add);
      }
    } catch (IOException e) {
      lines.clear();
    }
    while (lines.size() < 2) {
      lines.add("unknown");
    }
    return lines;
  }
}
