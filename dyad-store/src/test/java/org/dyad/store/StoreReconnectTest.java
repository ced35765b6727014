package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, item 4: a database server restarted under the store (the connection lost, then refused while the
 * server starts) costs a few tries, told one line each, and stores each document once.
 */
class StoreReconnectTest {
  private static final LocalDate DAY = LocalDate.of(2023, 12, 11);

  @TempDir Path dir;

  /** A DuckDB file behind connections that a test can fail at the next commit and refuse for a while. */
  private final class Server {
    static final SQLException DROPPED = new SQLException("An I/O error occurred while sending to the backend.", "08006");
    final Path file = dir.resolve("s.duckdb");
    SQLException atCommit;
    final AtomicInteger refusals = new AtomicInteger();
    int connections;

    Connection connect() throws SQLException {
      if (refusals.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        throw new SQLException("Connection to localhost:5432 refused", "08001");
      }
      connections++;
      Connection real = DriverManager.getConnection("jdbc:duckdb:" + file);
      return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
          (proxy, method, args) -> {
            SQLException failure = atCommit;
            if (failure != null && method.getName().equals("commit")) {
              atCommit = null;
              throw failure;
            }
            try {
              return method.invoke(real, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          });
    }
  }

  @Test
  void aBatchWhoseCommitLostTheConnectionIsStoredOnceAfterConnectingAgain() throws SQLException {
    Server server = new Server();
    List<String> told = new ArrayList<>();
    try (Store store = Store.over(server::connect, "s.duckdb")) {
      store.onLostConnection(told::add);
      store.retries(5, Duration.ofMillis(10));
      store.put(List.of(Articles.plain("a1", "Japan's prime minister visited Seoul.", DAY)));
      server.atCommit = Server.DROPPED;
      server.refusals.set(2);
      assertThat(store.put(List.of(Articles.plain("a2", "Seoul answered Tokyo.", DAY),
          Articles.plain("a3", "Tokyo answered Seoul.", DAY))))
          .containsExactly(Store.Outcome.STORED, Store.Outcome.STORED);
      assertThat(told).hasSize(3).allSatisfy(line -> assertThat(line).startsWith("dyad: lost the connection to s.duckdb"));
      assertThat(told.get(0)).contains("An I/O error occurred", "trying again in 0.01 s (2 of 5)");
      assertThat(told.get(1)).contains("refused", "trying again in 0.02 s (3 of 5)");
      assertThat(server.connections).isEqualTo(2);
      assertThat(documents(store)).isEqualTo("1 a1, 2 a2, 3 a3");
    }
  }

  @Test
  void aConnectionNotRegainedStopsWithOneErrorAndTheBatchIsStoredWholeByTheNextRun() throws SQLException {
    Server server = new Server();
    List<String> told = new ArrayList<>();
    try (Store store = Store.over(server::connect, "s.duckdb")) {
      store.onLostConnection(told::add);
      store.retries(3, Duration.ofMillis(1));
      server.atCommit = Server.DROPPED;
      server.refusals.set(100);
      assertThatThrownBy(() -> store.put(List.of(Articles.plain("a1", "Seoul answered Tokyo.", DAY))))
          .isInstanceOf(StoreException.class)
          .hasMessage("cannot store a batch of 1 document(s) in s.duckdb: Connection to localhost:5432 refused")
          .satisfies(e -> assertThat(e.getSuppressed()).singleElement().asString()
              .contains("the connection was lost and not regained in 3 tries"));
      assertThat(told).hasSize(2);
      server.refusals.set(0);
      assertThat(store.contains("a1", "Seoul answered Tokyo.")).isFalse();
      assertThat(store.put(List.of(Articles.plain("a1", "Seoul answered Tokyo.", DAY))))
          .containsExactly(Store.Outcome.STORED);
      assertThat(documents(store)).isEqualTo("1 a1");
    }
  }

  @Test
  void anErrorThatIsNotALostConnectionIsNotTriedAgain() throws SQLException {
    Server server = new Server();
    List<String> told = new ArrayList<>();
    try (Store store = Store.over(server::connect, "s.duckdb")) {
      store.onLostConnection(told::add);
      server.atCommit = new SQLException("IO Error: Could not write file: No space left on device");
      assertThatThrownBy(() -> store.put(List.of(Articles.plain("a1", "Seoul answered Tokyo.", DAY))))
          .isInstanceOf(StoreException.class)
          .hasMessage("cannot store a batch of 1 document(s) in s.duckdb: IO Error: Could not write file: No space"
              + " left on device");
      assertThat(told).isEmpty();
      assertThat(store.contains("a1", "Seoul answered Tokyo.")).isFalse();
      assertThat(server.connections).isEqualTo(1);
    }
  }

  @Test
  void aPostgreSqlBackendTerminatedBetweenBatchesIsConnectedAgainAndNothingIsStoredTwice() throws SQLException {
    try (Db db = Db.of(Dialect.POSTGRESQL, dir); Store store = Store.open(db.target())) {
      List<String> told = new ArrayList<>();
      store.onLostConnection(told::add);
      store.retries(5, Duration.ofMillis(100));
      store.put(List.of(Articles.plain("a1", "Japan's prime minister visited Seoul.", DAY)));
      terminate(store);
      assertThat(store.put(List.of(Articles.plain("a2", "Seoul answered Tokyo.", DAY))))
          .containsExactly(Store.Outcome.STORED);
      terminate(store);
      assertThat(store.contains("a2", "Seoul answered Tokyo.")).isTrue();
      assertThat(told).hasSize(2).allSatisfy(line -> assertThat(line)
          .startsWith("dyad: lost the connection to jdbc:postgresql:").contains("password=***").doesNotContain("\n"));
      assertThat(documents(store)).isEqualTo("1 a1, 2 a2");
    }
  }

  /** Ends the store's PostgreSQL backend from another connection, as a server restart does. */
  private static void terminate(Store store) throws SQLException {
    int pid;
    try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery("SELECT pg_backend_pid()")) {
      r.next();
      pid = r.getInt(1);
    }
    try (Connection admin = DriverManager.getConnection(System.getenv("DYAD_TEST_PG"));
        Statement s = admin.createStatement(); ResultSet r = s.executeQuery("SELECT pg_terminate_backend(" + pid + ")")) {
      r.next();
      assertThat(r.getBoolean(1)).isTrue();
    }
  }

  private static String documents(Store store) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = store.connection().createStatement();
        ResultSet r = s.executeQuery("SELECT doc_no, id FROM documents ORDER BY doc_no")) {
      while (r.next()) {
        out.add(r.getLong(1) + " " + r.getString(2));
      }
    }
    return String.join(", ", out);
  }
}
