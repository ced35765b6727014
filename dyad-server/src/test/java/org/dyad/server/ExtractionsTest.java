package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.dyad.engine.read.Read;
import org.dyad.model.DateSource;
import org.dyad.model.Document;
import org.junit.jupiter.api.Test;

class ExtractionsTest {
  @Test
  void postsBeyondTheWorkersAndTheQueueAreRefusedAtOnceWith503() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch started = new CountDownLatch(1);
    List<Thread> posters = new ArrayList<>();
    try (Extractions extractions = new Extractions(d -> {
      started.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      throw new IllegalStateException("released");
    }, 1)) {
      List<Read.Ok> article = List.of(new Read.Ok(new Document("t", null, "Japan thanked South Korea.\n",
          LocalDate.of(2023, 12, 11), DateSource.METADATA, null, "test", Map.of()), List.of()));
      for (int i = 0; i < 17; i++) {
        Thread t = new Thread(() -> {
          try {
            extractions.run(article);
          } catch (RuntimeException e) {
            // released or refused: what this test looks at is the next post
          }
        });
        t.start();
        posters.add(t);
        if (i == 0) {
          started.await();
        }
      }
      while (extractions.waiting() < 16) {
        Thread.sleep(10);
      }
      assertThatThrownBy(() -> extractions.run(article)).isInstanceOfSatisfying(ApiException.class,
          e -> assertThat(e.status()).isEqualTo(503));
      release.countDown();
      for (Thread t : posters) {
        t.join(10_000);
      }
      assertThat(extractions.waiting()).isZero();
    }
  }
}
