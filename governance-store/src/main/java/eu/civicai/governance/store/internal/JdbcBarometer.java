package eu.civicai.governance.store.internal;

import eu.civicai.governance.barometer.AuthorityFigures;
import eu.civicai.governance.barometer.Barometer;
import eu.civicai.governance.barometer.DocumentedPart;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.spi.TenantId;
import eu.civicai.governance.usage.Theme;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The barometer of a tenant's register, computed in SQL (issue 21): each query reduces the usages,
 * strategies and ledger entries to one row per authority (or per authority and theme), so that
 * nothing of the register but those rows reaches the JVM; {@link Barometer#fromFigures} then scores
 * them with the arithmetic the in-memory barometer uses. What the tables have no column for (which
 * parts of a usage are given, a usage's population, the committee's meetings, the usage a ledger
 * entry names) is read from the stored JSON documents with the database's JSON functions (SQLite
 * JSON1, PostgreSQL jsonb), so no migration is needed. Thread-safe: it keeps no state.
 */
public final class JdbcBarometer {
  private final Database db;

  /** Creates the query over a database. */
  public JdbcBarometer(Database db) {
    this.db = db;
  }

  /**
   * Computes the barometer of a tenant.
   *
   * @param tenant the tenant
   * @param asOf the day committees' activity is judged on
   * @return the barometer
   */
  public Barometer barometer(TenantId tenant, LocalDate asOf) {
    List<AuthorityFigures> figures = db.read("barometer", tenant, c -> figures(c, tenant, asOf));
    return Barometer.fromFigures(figures, asOf);
  }

  /** Per authority: the figures, gathered from one query per source. */
  private List<AuthorityFigures> figures(Connection c, TenantId tenant, LocalDate asOf)
      throws SQLException {
    boolean pg = db.dialect() == Dialect.POSTGRESQL;
    Map<String, long[]> usages = new HashMap<>(); // name -> {count, parts}
    try (PreparedStatement s = c.prepareStatement(pg ? PG_USAGES : SQLITE_USAGES)) {
      s.setString(1, tenant.value());
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          usages.put(r.getString(1), new long[] {r.getLong(2), r.getLong(3)});
        }
      }
    }
    Map<String, AuthorityKind> firstKind = new HashMap<>();
    try (PreparedStatement s = c.prepareStatement(pg ? PG_FIRST_KIND : SQLITE_FIRST_KIND)) {
      s.setString(1, tenant.value());
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          firstKind.put(r.getString(1), AuthorityKind.valueOf(r.getString(2)));
        }
      }
    }
    Map<String, Long> firstPopulation = new HashMap<>();
    try (PreparedStatement s =
        c.prepareStatement(pg ? PG_FIRST_POPULATION : SQLITE_FIRST_POPULATION)) {
      s.setString(1, tenant.value());
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          firstPopulation.put(r.getString(1), r.getLong(2));
        }
      }
    }
    Map<String, Set<Theme>> themes = new HashMap<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT DISTINCT authority_name, theme FROM usages"
                + " WHERE tenant_id = ? AND theme IS NOT NULL")) {
      s.setString(1, tenant.value());
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          themes
              .computeIfAbsent(r.getString(1), k -> EnumSet.noneOf(Theme.class))
              .add(Theme.valueOf(r.getString(2)));
        }
      }
    }
    Set<String> ledgerKept = null;
    if (hasLedgerEntries(c, tenant)) {
      ledgerKept = new HashSet<>();
      try (PreparedStatement s = c.prepareStatement(pg ? PG_LEDGER_USED : SQLITE_LEDGER_USED)) {
        s.setString(1, tenant.value());
        s.setString(2, tenant.value());
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            ledgerKept.add(r.getString(1));
          }
        }
      }
    }
    Map<String, StrategyRow> strategies = new HashMap<>();
    try (PreparedStatement s = c.prepareStatement(pg ? PG_STRATEGIES : SQLITE_STRATEGIES)) {
      s.setString(1, asOf.minusMonths(Barometer.COMMITTEE_MONTHS).toString());
      s.setString(2, asOf.toString());
      s.setString(3, tenant.value());
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          strategies.put(r.getString(1), StrategyRow.of(r));
        }
      }
    }
    Set<String> names = new TreeSet<>(usages.keySet());
    names.addAll(strategies.keySet());
    List<AuthorityFigures> out = new ArrayList<>(names.size());
    for (String name : names) {
      long[] u = usages.getOrDefault(name, new long[] {0, 0});
      StrategyRow st = strategies.get(name);
      Long population = st == null ? null : st.population;
      if (population == null) {
        population = firstPopulation.get(name);
      }
      Boolean ledger = ledgerKept == null || u[0] == 0 ? null : ledgerKept.contains(name);
      out.add(
          new AuthorityFigures(
              name,
              st == null ? firstKind.get(name) : st.kind,
              population,
              u[0],
              u[1],
              themes.getOrDefault(name, Set.of()),
              st != null,
              st == null ? null : st.charterAdopted,
              st == null ? null : st.committeeActive,
              st == null ? null : st.roadmapIndicators,
              st == null ? null : st.agentsUsingAi,
              st == null ? null : st.agentsTrained,
              ledger));
    }
    return out;
  }

  private static boolean hasLedgerEntries(Connection c, TenantId tenant) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT COUNT(*) FROM (SELECT 1 FROM ledger_entries WHERE tenant_id = ? LIMIT 1) x")) {
      s.setString(1, tenant.value());
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1) > 0;
      }
    }
  }

  /** One strategy row, as the barometer reads it. */
  private record StrategyRow(
      AuthorityKind kind,
      Long population,
      boolean charterAdopted,
      Boolean committeeActive,
      Integer roadmapIndicators,
      Integer agentsUsingAi,
      Integer agentsTrained) {

    static StrategyRow of(ResultSet r) throws SQLException {
      long population = r.getLong(3);
      boolean populationKnown = !r.wasNull();
      boolean hasRoadmap = r.getInt(5) != 0;
      int indicators = r.getInt(6);
      boolean hasCommittee = r.getInt(7) != 0;
      boolean active = r.getInt(8) != 0;
      int usingAi = r.getInt(9);
      boolean usingAiKnown = !r.wasNull();
      int trained = r.getInt(10);
      boolean trainedKnown = !r.wasNull();
      return new StrategyRow(
          AuthorityKind.valueOf(r.getString(2)),
          populationKnown ? population : null,
          r.getString(4) != null,
          hasCommittee ? active : null,
          hasRoadmap ? indicators : null,
          usingAiKnown ? usingAi : null,
          trainedKnown ? trained : null);
    }
  }

  // --- SQLite (JSON1) ---------------------------------------------------------------------------

  private static final String SQLITE_USAGES =
      "SELECT authority_name, COUNT(*), SUM("
          + parts(false)
          + ") FROM usages WHERE tenant_id = ? GROUP BY authority_name";

  private static final String SQLITE_FIRST_KIND =
      "SELECT authority_name, authority_kind FROM (SELECT authority_name, authority_kind,"
          + " ROW_NUMBER() OVER (PARTITION BY authority_name ORDER BY usage_id) AS rn"
          + " FROM usages WHERE tenant_id = ?) f WHERE rn = 1";

  private static final String SQLITE_POPULATION =
      "json_extract(document, '$.content.authority.population')";

  private static final String SQLITE_FIRST_POPULATION =
      "SELECT authority_name, pop FROM (SELECT authority_name, "
          + SQLITE_POPULATION
          + " AS pop, ROW_NUMBER() OVER (PARTITION BY authority_name ORDER BY usage_id) AS rn"
          + " FROM usages WHERE tenant_id = ? AND "
          + SQLITE_POPULATION
          + " IS NOT NULL) f WHERE rn = 1";

  private static final String SQLITE_LEDGER_USED =
      "SELECT DISTINCT authority_name FROM usages WHERE tenant_id = ? AND usage_id IN"
          + " (SELECT json_extract(entry, '$.event.usage') FROM ledger_entries"
          + " WHERE tenant_id = ? AND json_extract(entry, '$.event.usage') IS NOT NULL)";

  private static final String SQLITE_STRATEGIES =
      "SELECT authority_name, authority_kind, population, charter_adopted_on,"
          + " COALESCE(json_type(document, '$.content.roadmap'), 'null') <> 'null',"
          + " roadmap_indicators,"
          + " COALESCE(json_type(document, '$.content.committee'), 'null') <> 'null',"
          + " EXISTS (SELECT 1 FROM json_each(document, '$.content.committee.meetings') m,"
          + " json_each(m.value, '$.attendees') a,"
          + " json_each(document, '$.content.committee.members') mb"
          + " WHERE json_extract(m.value, '$.date') >= ? AND json_extract(m.value, '$.date') <= ?"
          + " AND json_extract(mb.value, '$.role') = 'ELECTED_OFFICIAL'"
          + " AND json_extract(mb.value, '$.name') = a.value),"
          + " agents_using_ai, agents_using_ai_trained"
          + " FROM strategies WHERE tenant_id = ?";

  // --- PostgreSQL (jsonb) -----------------------------------------------------------------------

  private static final String PG_USAGES =
      "SELECT authority_name, COUNT(*), SUM("
          + parts(true)
          + ") FROM (SELECT authority_name, CAST(document AS jsonb) AS d FROM usages"
          + " WHERE tenant_id = ?) u GROUP BY authority_name";

  // COLLATE "C": ids in code-point order, as Java sorts them, whatever the database's collation.
  private static final String PG_FIRST_KIND =
      "SELECT authority_name, authority_kind FROM (SELECT authority_name, authority_kind,"
          + " ROW_NUMBER() OVER (PARTITION BY authority_name ORDER BY usage_id COLLATE \"C\") AS rn"
          + " FROM usages WHERE tenant_id = ?) f WHERE rn = 1";

  private static final String PG_FIRST_POPULATION =
      "SELECT authority_name, pop FROM (SELECT authority_name, pop, ROW_NUMBER() OVER"
          + " (PARTITION BY authority_name ORDER BY usage_id COLLATE \"C\") AS rn FROM"
          + " (SELECT authority_name, usage_id,"
          + " CAST(CAST(document AS jsonb) #>> '{content,authority,population}' AS BIGINT) AS pop"
          + " FROM usages WHERE tenant_id = ?) p WHERE pop IS NOT NULL) f WHERE rn = 1";

  private static final String PG_LEDGER_USED =
      "SELECT DISTINCT authority_name FROM usages WHERE tenant_id = ? AND usage_id IN"
          + " (SELECT CAST(entry AS jsonb) #>> '{event,usage}' FROM ledger_entries"
          + " WHERE tenant_id = ?)";

  private static final String PG_STRATEGIES =
      "SELECT authority_name, authority_kind, population, charter_adopted_on,"
          + " CASE WHEN COALESCE(jsonb_typeof(d #> '{content,roadmap}'), 'null') <> 'null'"
          + " THEN 1 ELSE 0 END,"
          + " roadmap_indicators,"
          + " CASE WHEN COALESCE(jsonb_typeof(d #> '{content,committee}'), 'null') <> 'null'"
          + " THEN 1 ELSE 0 END,"
          + " CASE WHEN EXISTS (SELECT 1 FROM"
          + " jsonb_array_elements("
          + array("d #> '{content,committee,meetings}'")
          + ") m,"
          + " jsonb_array_elements_text("
          + array("m -> 'attendees'")
          + ") a(name),"
          + " jsonb_array_elements("
          + array("d #> '{content,committee,members}'")
          + ") mb"
          + " WHERE CAST(m ->> 'date' AS DATE) >= CAST(? AS DATE)"
          + " AND CAST(m ->> 'date' AS DATE) <= CAST(? AS DATE)"
          + " AND mb ->> 'role' = 'ELECTED_OFFICIAL' AND mb ->> 'name' = a.name)"
          + " THEN 1 ELSE 0 END,"
          + " agents_using_ai, agents_using_ai_trained"
          + " FROM (SELECT authority_name, authority_kind, population, charter_adopted_on,"
          + " roadmap_indicators, agents_using_ai, agents_using_ai_trained,"
          + " CAST(document AS jsonb) AS d FROM strategies WHERE tenant_id = ?) s";

  /** A jsonb array, or an empty one when the value is missing or not an array. */
  private static String array(String value) {
    return "CASE WHEN jsonb_typeof(" + value + ") = 'array' THEN " + value + " ELSE '[]' END";
  }

  /** The SQL sum of the documented parts of one usage row, as {@link DocumentedPart} counts. */
  static String parts(boolean pg) {
    List<String> terms = new ArrayList<>();
    for (DocumentedPart part : DocumentedPart.values()) {
      terms.add("CASE WHEN " + given(part, pg) + " THEN 1 ELSE 0 END");
    }
    return String.join(" + ", terms);
  }

  /** The condition that a part is given in the JSON document: as {@link DocumentedPart} says. */
  private static String given(DocumentedPart part, boolean pg) {
    String name = jsonName(part);
    return switch (kind(part)) {
      case TEXT ->
          pg
              ? "COALESCE(d #>> '{content," + name + "}', '') <> ''"
              : "COALESCE(json_extract(document, '$.content." + name + "'), '') <> ''";
      case LIST ->
          pg
              ? "jsonb_typeof(d #> '{content,"
                  + name
                  + "}') = 'array' AND jsonb_array_length("
                  + array("d #> '{content," + name + "}'")
                  + ") > 0"
              : "COALESCE(json_array_length(document, '$.content." + name + "'), 0) > 0";
      case PART ->
          pg
              ? "COALESCE(jsonb_typeof(d #> '{content," + name + "}'), 'null') <> 'null'"
              : "COALESCE(json_type(document, '$.content." + name + "'), 'null') <> 'null'";
    };
  }

  private enum Shape {
    TEXT,
    LIST,
    PART
  }

  private static Shape kind(DocumentedPart part) {
    return switch (part) {
      case SUMMARY -> Shape.TEXT;
      case RISKS, BENEFITS -> Shape.LIST;
      default -> Shape.PART;
    };
  }

  /** The property of the usage document (docs/json-format.md) that holds a part. */
  static String jsonName(DocumentedPart part) {
    return switch (part) {
      case SUMMARY -> "summary";
      case PURPOSE -> "purpose";
      case SYSTEM -> "system";
      case DECISION -> "decision";
      case DATA_USE -> "dataUse";
      case RISKS -> "risks";
      case FOOTPRINT -> "footprint";
      case BENEFITS -> "benefits";
      case GOVERNANCE -> "governance";
      case TRANSPARENCY -> "transparency";
    };
  }
}
