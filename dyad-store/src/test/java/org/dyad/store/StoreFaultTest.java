package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13, item 4: what the store tells when the database fails under it. */
class StoreFaultTest {
  @TempDir Path dir;

  @Test
  void aCommitThatFailsForAFullDiskIsTheErrorToldNotTheRollbackThatFailsAfterIt() throws SQLException {
    boolean[] diskFull = {false};
    Connection real = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("s.duckdb"));
    Connection failing = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
          if (diskFull[0] && method.getName().equals("commit")) {
            throw new SQLException("IO Error: Could not write file: No space left on device");
          }
          if (diskFull[0] && method.getName().equals("rollback")) {
            throw new SQLException("TransactionContext Error: cannot rollback - no transaction is active");
          }
          try {
            return method.invoke(real, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
    try (Store store = Store.over(failing, "s.duckdb")) {
      store.put(List.of(Articles.plain("a1", "Japan's prime minister visited Seoul.", LocalDate.of(2023, 12, 11))));
      diskFull[0] = true;
      assertThatThrownBy(() -> store.put(List.of(Articles.plain("a2", "Seoul answered Tokyo.",
          LocalDate.of(2023, 12, 11)))))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("cannot store a batch of 1 document(s) in s.duckdb")
          .cause().hasMessageContaining("No space left on device")
          .satisfies(e -> assertThat(e.getSuppressed()).singleElement().asString().contains("cannot rollback"));
      diskFull[0] = false;
      assertThat(store.contains("a1", "Japan's prime minister visited Seoul.")).isTrue();
      assertThat(store.put(List.of(Articles.plain("a3", "Tokyo answered Seoul.", LocalDate.of(2023, 12, 11)))))
          .containsExactly(Store.Outcome.STORED);
    }
  }
}
