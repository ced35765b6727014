package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void withoutATerminalAProgressLineComesEveryNDocuments() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Progress p = new Progress("extract", new PrintStream(bytes, true, StandardCharsets.UTF_8), false, -1, 2)) {
      p.start();
      for (int done = 1; done <= 5; done++) {
        p.step(done, "written " + done + ", failed 0");
      }
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8).lines().map(l -> l.replaceAll(", [0-9.]+ articles/s$", "")))
        .containsExactly("dyad: 2 documents (written 2, failed 0)", "dyad: 4 documents (written 4, failed 0)");
  }

  @Test
  void onATerminalTheBarShowsTheCountAndTheCountsAfterTheSpeedWithASpaceAndALineSaidClearsItFirst() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Progress p = new Progress("extract", new PrintStream(bytes, true, StandardCharsets.UTF_8), true, 3, 100)) {
      p.start();
      p.step(1, "written 1, failed 0");
      p.say("dyad: b.txt: warning: no date");
      p.step(3, "written 2, failed 1");
    }
    String shown = bytes.toString(StandardCharsets.UTF_8);
    assertThat(shown).contains("\r\033[Kdyad: b.txt: warning: no date\n");
    assertThat(shown).containsPattern("extract .*3/3 .*docs/s written 2, failed 1");
  }
}
