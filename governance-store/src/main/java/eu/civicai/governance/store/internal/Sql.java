package eu.civicai.governance.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A statement built from fixed fragments, with every value bound as a parameter. */
final class Sql {
  /** Rows sent per JDBC batch by imports: one round trip each, and bounded driver memory. */
  static final int BATCH = 1_000;

  private final StringBuilder text;
  private final List<Object> values = new ArrayList<>();

  Sql(String start) {
    this.text = new StringBuilder(start);
  }

  Sql append(String fragment) {
    text.append(fragment);
    return this;
  }

  Sql bind(Object value) {
    values.add(value);
    return this;
  }

  PreparedStatement prepare(Connection c) throws SQLException {
    PreparedStatement s = c.prepareStatement(text.toString());
    try {
      for (int i = 0; i < values.size(); i++) {
        s.setObject(i + 1, values.get(i));
      }
      return s;
    } catch (SQLException e) {
      s.close();
      throw e;
    }
  }

  /** Escapes LIKE's wildcards with {@code !}, the escape character the store's queries declare. */
  static String escapeLike(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
