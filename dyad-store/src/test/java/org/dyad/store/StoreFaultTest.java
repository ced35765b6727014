package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
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
          return call(real, method, args);
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

  @Test
  void aCheckpointThatFailsAtClosingIsToldAndWhatWasStoredOpensAgainFromTheLog() throws SQLException {
    Path file = dir.resolve("s.duckdb");
    Connection real = DriverManager.getConnection("jdbc:duckdb:" + file);
    Connection failing = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
          Object out = call(real, method, args);
          return method.getName().equals("createStatement") ? fullDiskAtCheckpoint((Statement) out) : out;
        });
    Store store = Store.over(failing, "s.duckdb");
    store.put(List.of(Articles.plain("a1", "Japan's prime minister visited Seoul.", LocalDate.of(2023, 12, 11))));
    assertThatThrownBy(store::close)
        .isInstanceOf(StoreException.class)
        .hasMessage("cannot checkpoint s.duckdb: what was stored is safe in its write-ahead log, which DuckDB"
            + " replays when the store is next opened: FATAL Error: Failed to create checkpoint: IO Error: Could not"
            + " write file \"s.duckdb\": No space left on device")
        .hasNoSuppressedExceptions();
    assertThat(real.isClosed()).as("closed all the same").isTrue();
    assertThatCode(store::close).as("closed again: nothing to checkpoint").doesNotThrowAnyException();
    try (Store again = Store.open(file.toString())) {
      assertThat(again.contains("a1", "Japan's prime minister visited Seoul.")).isTrue();
    }
  }

  /** {@code real}, but a {@code CHECKPOINT} fails as DuckDB's does on a full disk. */
  private static Statement fullDiskAtCheckpoint(Statement real) {
    return (Statement) Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] {Statement.class},
        (proxy, method, args) -> {
          if (method.getName().equals("execute") && "CHECKPOINT".equals(args[0])) {
            throw new SQLException("FATAL Error: Failed to create checkpoint: IO Error: Could not write file"
                + " \"s.duckdb\": No space left on device");
          }
          return call(real, method, args);
        });
  }

  private static Object call(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
