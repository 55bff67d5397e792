package eu.civicai.governance.store.internal;

import eu.civicai.governance.spi.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A table of records kept at their latest revision, keyed by tenant and one key column, beside a
 * history table holding every revision ({@code tenant_id, key, revision, author, changed_at,
 * document}): what datasets and strategies share. The columns between the key and the document are
 * the record's own, bound by a {@link Columns}. Statements are built from this class's names only.
 *
 * @param <T> the record
 */
final class RevisedTable<T> {
  /** Binds the record's own columns, in the order of {@code columns}, from a parameter index. */
  @FunctionalInterface
  interface Columns<T> {
    /** Binds from {@code at}; returns the next index. */
    int bind(PreparedStatement s, int at, T value, String now) throws SQLException;
  }

  private final Database db;
  private final String table;
  private final String history;
  private final String key;
  private final List<String> columns;
  private final Columns<T> binder;
  private final Function<T, String> writer;
  private final Function<String, T> reader;

  RevisedTable(
      Database db,
      String table,
      String history,
      String key,
      List<String> columns,
      Columns<T> binder,
      Function<T, String> writer,
      Function<String, T> reader) {
    this.db = db;
    this.table = table;
    this.history = history;
    this.key = key;
    this.columns = List.copyOf(columns);
    this.binder = binder;
    this.writer = writer;
    this.reader = reader;
  }

  /**
   * Stores the record as the next revision of {@code id} (1 when new) in an open transaction, with
   * its history row, and returns the revision.
   */
  int put(Connection c, TenantId tenant, String id, T value, String author) throws SQLException {
    String now = db.clock().instant().toString();
    String document = writer.apply(value);
    int updated;
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE "
                + table
                + " SET revision = revision + 1, "
                + String.join(" = ?, ", columns)
                + " = ?, document = ? WHERE tenant_id = ? AND "
                + key
                + " = ?")) {
      int i = binder.bind(s, 1, value, now);
      s.setString(i++, document);
      s.setString(i++, tenant.value());
      s.setString(i, id);
      updated = s.executeUpdate();
    }
    if (updated == 0) {
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO "
                  + table
                  + " (tenant_id, "
                  + key
                  + ", revision, "
                  + String.join(", ", columns)
                  + ", document) VALUES (?, ?, 1, "
                  + "?, ".repeat(columns.size())
                  + "?)")) {
        s.setString(1, tenant.value());
        s.setString(2, id);
        int i = binder.bind(s, 3, value, now);
        s.setString(i, document);
        s.executeUpdate();
      }
    }
    int revision = revision(c, tenant, id);
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO "
                + history
                + " (tenant_id, "
                + key
                + ", revision, author, changed_at, document) VALUES (?, ?, ?, ?, ?, ?)")) {
      s.setString(1, tenant.value());
      s.setString(2, id);
      s.setInt(3, revision);
      s.setString(4, author);
      s.setString(5, now);
      s.setString(6, document);
      s.executeUpdate();
    }
    return revision;
  }

  /** The latest revision of {@code id}, 0 when the tenant has none. */
  int revision(Connection c, TenantId tenant, String id) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT revision FROM " + table + " WHERE tenant_id = ? AND " + key + " = ?")) {
      s.setString(1, tenant.value());
      s.setString(2, id);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getInt(1) : 0;
      }
    }
  }

  /** The record {@code id} at its latest revision. */
  Optional<T> find(String operation, TenantId tenant, String id) {
    return db.query(
        operation,
        tenant,
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT document FROM " + table + " WHERE tenant_id = ? AND " + key + " = ?")) {
            s.setString(1, tenant.value());
            s.setString(2, id);
            try (ResultSet r = s.executeQuery()) {
              return r.next() ? Optional.of(reader.apply(r.getString(1))) : Optional.empty();
            }
          }
        });
  }

  /**
   * The tenant's records at their latest revisions, in the key's {@link String} order (sorted here,
   * as the in-memory store sorts, whatever the database's collation).
   */
  List<T> list(String operation, TenantId tenant) {
    return db.query(
        operation,
        tenant,
        c -> {
          List<String[]> rows = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT " + key + ", document FROM " + table + " WHERE tenant_id = ?")) {
            s.setString(1, tenant.value());
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                rows.add(new String[] {r.getString(1), r.getString(2)});
              }
            }
          }
          rows.sort(Comparator.comparing(row -> row[0]));
          List<T> out = new ArrayList<>(rows.size());
          for (String[] row : rows) {
            out.add(reader.apply(row[1]));
          }
          return List.copyOf(out);
        });
  }
}
