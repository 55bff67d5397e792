package eu.civicai.governance.store.internal;

import eu.civicai.governance.barometer.AuthorityFigures;
import eu.civicai.governance.barometer.Barometer;
import eu.civicai.governance.barometer.BarometerWeights;
import eu.civicai.governance.barometer.DocumentedPart;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.org.Siren;
import eu.civicai.governance.spi.TenantId;
import eu.civicai.governance.usage.Theme;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
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
   * @param weights the components' weights
   * @return the barometer
   */
  public Barometer barometer(TenantId tenant, LocalDate asOf, BarometerWeights weights) {
    List<AuthorityFigures> figures =
        db.read("barometer", tenant, c -> figures(c, tenant.value(), asOf));
    return Barometer.fromFigures(figures, asOf, weights);
  }

  /**
   * Computes the barometer over several tenants: each tenant's figures, counted in SQL as for one
   * tenant, then merged by authority ({@link Barometer#merge}, in tenant order). SQLite runs the
   * per-tenant queries tenant by tenant in one read transaction (one snapshot); PostgreSQL calls
   * {@code governance_barometer_figures}, which binds each tenant in turn inside the database and
   * returns only the figures (migration V7).
   *
   * @param tenants the tenants, in any order, duplicates ignored
   * @param asOf the day committees' activity is judged on
   * @param weights the components' weights
   * @return the barometer
   */
  public Barometer barometer(
      Collection<TenantId> tenants, LocalDate asOf, BarometerWeights weights) {
    List<String> ids = tenants.stream().map(TenantId::value).distinct().sorted().toList();
    List<AuthorityFigures> figures =
        db.readUnbound(
            "barometer",
            c ->
                db.dialect() == Dialect.POSTGRESQL
                    ? viaFunction(c, ids, asOf)
                    : tenantByTenant(c, ids, asOf));
    return Barometer.fromFigures(Barometer.merge(figures), asOf, weights);
  }

  /**
   * Returns the tenants the connection may list, sorted: every tenant of a SQLite file; on
   * PostgreSQL, those row-level security shows it (all of them to a reporting role that bypasses
   * it, see docs/store-schema.md; none to an unbound ordinary connection).
   */
  public List<TenantId> tenants() {
    return db.readUnbound(
        "barometer.tenants",
        c -> {
          List<TenantId> out = new ArrayList<>();
          try (PreparedStatement s =
                  c.prepareStatement("SELECT tenant_id FROM tenants ORDER BY tenant_id");
              ResultSet r = s.executeQuery()) {
            while (r.next()) {
              out.add(TenantId.of(r.getString(1)));
            }
          }
          return out;
        });
  }

  private List<AuthorityFigures> tenantByTenant(Connection c, List<String> ids, LocalDate asOf)
      throws SQLException {
    List<AuthorityFigures> out = new ArrayList<>();
    for (String id : ids) {
      out.addAll(figures(c, id, asOf));
    }
    return out;
  }

  private static List<AuthorityFigures> viaFunction(Connection c, List<String> ids, LocalDate asOf)
      throws SQLException {
    List<AuthorityFigures> out = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT tenant_id, authority_name, authority_siren, authority_kind, population,"
                + " usages, parts, themes, strategy_recorded, charter_adopted, committee_active,"
                + " roadmap_indicators, agents_using_ai, agents_trained, ledger_kept"
                + " FROM governance_barometer_figures(CAST(? AS DATE), ?) ORDER BY tenant_id")) {
      s.setString(1, asOf.toString());
      s.setArray(2, c.createArrayOf("varchar", ids.toArray()));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(functionRow(r));
        }
      }
    }
    // Tenants sorted (SIRENs are digits: one order in every collation), the order merge relies on.
    return out;
  }

  private static AuthorityFigures functionRow(ResultSet r) throws SQLException {
    String siren = r.getString(3);
    Long population = nullableLong(r, 5);
    Set<Theme> themes = EnumSet.noneOf(Theme.class);
    String t = r.getString(8);
    if (t != null) {
      for (String name : t.split(",")) {
        themes.add(Theme.valueOf(name));
      }
    }
    return new AuthorityFigures(
        r.getString(2),
        siren == null ? null : Siren.of(siren),
        AuthorityKind.valueOf(r.getString(4)),
        population,
        r.getLong(6),
        r.getLong(7),
        themes,
        r.getBoolean(9),
        nullableBoolean(r, 10),
        nullableBoolean(r, 11),
        nullableInt(r, 12),
        nullableInt(r, 13),
        nullableInt(r, 14),
        nullableBoolean(r, 15));
  }

  private static Long nullableLong(ResultSet r, int column) throws SQLException {
    long v = r.getLong(column);
    return r.wasNull() ? null : v;
  }

  private static Integer nullableInt(ResultSet r, int column) throws SQLException {
    int v = r.getInt(column);
    return r.wasNull() ? null : v;
  }

  private static Boolean nullableBoolean(ResultSet r, int column) throws SQLException {
    boolean v = r.getBoolean(column);
    return r.wasNull() ? null : v;
  }

  /**
   * Per authority of one tenant: the figures, gathered from one query per source. An authority is
   * keyed as {@link Barometer#figures} keys it: by its SIREN, a record without one by the one SIREN
   * its name has in the tenant, by its name otherwise ({@link AuthorityFigures#key()}).
   */
  private List<AuthorityFigures> figures(Connection c, String tenant, LocalDate asOf)
      throws SQLException {
    boolean pg = db.dialect() == Dialect.POSTGRESQL;
    Map<String, long[]> usages = new HashMap<>(); // key -> {count, parts}
    String sql = pg ? PG_USAGES : SQLITE_USAGES;
    try (PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, sql, tenant);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          usages.put(r.getString(1), new long[] {r.getLong(2), r.getLong(3)});
        }
      }
    }
    Map<String, String[]> first = new HashMap<>(); // key -> {name, kind}
    sql = pg ? PG_FIRST_USAGE : SQLITE_FIRST_USAGE;
    try (PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, sql, tenant);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          first.put(r.getString(1), new String[] {r.getString(2), r.getString(3)});
        }
      }
    }
    Map<String, Long> firstPopulation = new HashMap<>();
    sql = pg ? PG_FIRST_POPULATION : SQLITE_FIRST_POPULATION;
    try (PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, sql, tenant);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          firstPopulation.put(r.getString(1), r.getLong(2));
        }
      }
    }
    Map<String, Set<Theme>> themes = new HashMap<>();
    sql = pg ? PG_THEMES : SQLITE_THEMES;
    try (PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, sql, tenant);
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
      sql = pg ? PG_LEDGER_USED : SQLITE_LEDGER_USED;
      try (PreparedStatement s = c.prepareStatement(sql)) {
        bind(s, sql, tenant);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            ledgerKept.add(r.getString(1));
          }
        }
      }
    }
    Map<String, StrategyRow> strategies = new HashMap<>();
    sql = pg ? PG_STRATEGIES : SQLITE_STRATEGIES;
    try (PreparedStatement s = c.prepareStatement(sql)) {
      bind(
          s, sql, tenant, asOf.minusMonths(Barometer.COMMITTEE_MONTHS).toString(), asOf.toString());
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) { // by name: of two strategies with one key, the first by name counts
          StrategyRow row = StrategyRow.of(r);
          strategies.putIfAbsent(row.key, row);
        }
      }
    }
    Set<String> keys = new TreeSet<>(usages.keySet());
    keys.addAll(strategies.keySet());
    List<AuthorityFigures> out = new ArrayList<>(keys.size());
    for (String key : keys) {
      long[] u = usages.getOrDefault(key, new long[] {0, 0});
      StrategyRow st = strategies.get(key);
      String[] f = first.get(key);
      Long population = st == null ? null : st.population;
      if (population == null) {
        population = firstPopulation.get(key);
      }
      // The key holds the SIREN: the records', or the one their name has in the tenant.
      String siren = key.startsWith("siren:") ? key.substring("siren:".length()) : null;
      Boolean ledger = ledgerKept == null || u[0] == 0 ? null : ledgerKept.contains(key);
      out.add(
          new AuthorityFigures(
              st != null ? st.name : f[0],
              siren == null ? null : Siren.of(siren),
              st != null ? st.kind : AuthorityKind.valueOf(f[1]),
              population,
              u[0],
              u[1],
              themes.getOrDefault(key, Set.of()),
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

  private static boolean hasLedgerEntries(Connection c, String tenant) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT COUNT(*) FROM (SELECT 1 FROM ledger_entries WHERE tenant_id = ? LIMIT 1) x")) {
      s.setString(1, tenant);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1) > 0;
      }
    }
  }

  /** One strategy row, as the barometer reads it. */
  private record StrategyRow(
      String key,
      String name,
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
          r.getString(11),
          r.getString(1),
          AuthorityKind.valueOf(r.getString(2)),
          populationKnown ? population : null,
          r.getString(4) != null,
          hasCommittee ? active : null,
          hasRoadmap ? indicators : null,
          usingAiKnown ? usingAi : null,
          trainedKnown ? trained : null);
    }
  }

  // --- Keys -------------------------------------------------------------------------------------

  /** The SIREN a strategy document states, or NULL. */
  private static String strategySiren(boolean pg) {
    return pg
        ? "(CAST(document AS jsonb) #>> '{content,authority,siren}')"
        : "json_extract(document, '$.content.authority.siren')";
  }

  /**
   * The tenant's names that its records (usages and strategies) give exactly one SIREN: a record of
   * that name without a SIREN is that SIREN's authority. Two tenant parameters.
   */
  private static String sirenOfName(boolean pg) {
    return "SELECT name, MIN(siren) AS siren FROM (SELECT authority_name AS name,"
        + " authority_siren AS siren FROM usages WHERE tenant_id = ? AND authority_siren IS NOT NULL"
        + " UNION SELECT authority_name, "
        + strategySiren(pg)
        + " FROM strategies WHERE tenant_id = ? AND "
        + strategySiren(pg)
        + " IS NOT NULL) n GROUP BY name HAVING COUNT(DISTINCT siren) = 1";
  }

  /**
   * The tenant's usages, each with its authority's key {@code k} as {@link AuthorityFigures#key()}
   * gives it: its SIREN, the one SIREN of its name, or its name. Three tenant parameters.
   */
  private static String keyedUsages(boolean pg) {
    return "(SELECT u.*, COALESCE('siren:' || u.authority_siren, 'siren:' || sm.siren,"
        + " 'name:' || u.authority_name) AS k FROM usages u LEFT JOIN ("
        + sirenOfName(pg)
        + ") sm ON sm.name = u.authority_name WHERE u.tenant_id = ?)";
  }

  /** The key of a strategy (joined with {@code sm}, {@link #sirenOfName}). */
  private static String strategyKey(boolean pg) {
    String siren = pg ? "(d #>> '{content,authority,siren}')" : strategySiren(false);
    return "COALESCE('siren:' || " + siren + ", 'siren:' || sm.siren, 'name:' || authority_name)";
  }

  // --- SQLite (JSON1) ---------------------------------------------------------------------------

  private static final String SQLITE_USAGES =
      "SELECT k, COUNT(*), SUM(" + parts(false) + ") FROM " + keyedUsages(false) + " x GROUP BY k";

  private static final String SQLITE_FIRST_USAGE =
      "SELECT k, authority_name, authority_kind FROM (SELECT k, authority_name, authority_kind,"
          + " ROW_NUMBER() OVER (PARTITION BY k ORDER BY usage_id) AS rn FROM "
          + keyedUsages(false)
          + " x) f WHERE rn = 1";

  private static final String SQLITE_POPULATION =
      "json_extract(document, '$.content.authority.population')";

  private static final String SQLITE_FIRST_POPULATION =
      "SELECT k, pop FROM (SELECT k, "
          + SQLITE_POPULATION
          + " AS pop, ROW_NUMBER() OVER (PARTITION BY k ORDER BY usage_id) AS rn FROM "
          + keyedUsages(false)
          + " x WHERE "
          + SQLITE_POPULATION
          + " IS NOT NULL) f WHERE rn = 1";

  private static final String SQLITE_THEMES =
      "SELECT DISTINCT k, theme FROM " + keyedUsages(false) + " x WHERE theme IS NOT NULL";

  private static final String SQLITE_LEDGER_USED =
      "SELECT DISTINCT k FROM "
          + keyedUsages(false)
          + " x WHERE usage_id IN"
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
          + " agents_using_ai, agents_using_ai_trained, "
          + strategyKey(false)
          + " FROM strategies s LEFT JOIN ("
          + sirenOfName(false)
          + ") sm ON sm.name = s.authority_name WHERE s.tenant_id = ? ORDER BY s.authority_name";

  // --- PostgreSQL (jsonb) -----------------------------------------------------------------------

  private static final String PG_USAGES =
      "SELECT k, COUNT(*), SUM("
          + parts(true)
          + ") FROM (SELECT k, CAST(document AS jsonb) AS d FROM "
          + keyedUsages(true)
          + " x) u GROUP BY k";

  // COLLATE "C": ids in code-point order, as Java sorts them, whatever the database's collation.
  private static final String PG_FIRST_USAGE =
      "SELECT k, authority_name, authority_kind FROM (SELECT k, authority_name, authority_kind,"
          + " ROW_NUMBER() OVER (PARTITION BY k ORDER BY usage_id COLLATE \"C\") AS rn FROM "
          + keyedUsages(true)
          + " x) f WHERE rn = 1";

  private static final String PG_FIRST_POPULATION =
      "SELECT k, pop FROM (SELECT k, pop, ROW_NUMBER() OVER"
          + " (PARTITION BY k ORDER BY usage_id COLLATE \"C\") AS rn FROM"
          + " (SELECT k, usage_id,"
          + " CAST(CAST(document AS jsonb) #>> '{content,authority,population}' AS BIGINT) AS pop"
          + " FROM "
          + keyedUsages(true)
          + " x) p WHERE pop IS NOT NULL) f WHERE rn = 1";

  private static final String PG_THEMES =
      "SELECT DISTINCT k, theme FROM " + keyedUsages(true) + " x WHERE theme IS NOT NULL";

  private static final String PG_LEDGER_USED =
      "SELECT DISTINCT k FROM "
          + keyedUsages(true)
          + " x WHERE usage_id IN"
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
          + " agents_using_ai, agents_using_ai_trained, "
          + strategyKey(true)
          + " FROM (SELECT authority_name, authority_kind, population, charter_adopted_on,"
          + " roadmap_indicators, agents_using_ai, agents_using_ai_trained,"
          + " CAST(document AS jsonb) AS d FROM strategies WHERE tenant_id = ?) s LEFT JOIN ("
          + sirenOfName(true)
          + ") sm ON sm.name = s.authority_name"
          + " ORDER BY authority_name COLLATE \"C\"";

  /** Binds the leading values, then the tenant to every other parameter of the statement. */
  private static void bind(PreparedStatement s, String sql, String tenant, String... leading)
      throws SQLException {
    int params = (int) sql.chars().filter(ch -> ch == '?').count();
    for (int i = 1; i <= params; i++) {
      s.setString(i, i <= leading.length ? leading[i - 1] : tenant);
    }
  }

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
