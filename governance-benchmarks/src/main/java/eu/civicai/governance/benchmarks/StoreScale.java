package eu.civicai.governance.benchmarks;

import eu.civicai.governance.DatasetId;
import eu.civicai.governance.aiact.AiActClassifier;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.data.DatasetLookup;
import eu.civicai.governance.data.Ledger;
import eu.civicai.governance.data.LedgerEntry;
import eu.civicai.governance.data.LedgerFormat;
import eu.civicai.governance.data.LedgerVerification;
import eu.civicai.governance.data.LedgerVerifier;
import eu.civicai.governance.data.LifecycleEvent;
import eu.civicai.governance.data.PersonalDataLevel;
import eu.civicai.governance.json.DocumentType;
import eu.civicai.governance.json.GovernanceJson;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.spi.PageRequest;
import eu.civicai.governance.spi.TenantId;
import eu.civicai.governance.spi.UsageChanges;
import eu.civicai.governance.spi.UsageFilter;
import eu.civicai.governance.store.JdbcRegisterStore;
import eu.civicai.governance.store.testing.ReusingDataSource;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.DatasetUse;
import eu.civicai.governance.usage.Stage;
import eu.civicai.governance.usage.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The store's scale harness: loads a generated national register (tenants, usages with their
 * datasets, ledger events) through the library and, into a twin database, the same rows through
 * plain JDBC batches; then times tenant-scoped queries and statistics through the library and the
 * same SQL through plain JDBC, and ledger verification from the store against a plain scan plus
 * SHA-256 of the same rows. Every ratio compares two measures of the same run.
 *
 * <pre>
 * java -cp governance-benchmarks/target/benchmarks.jar eu.civicai.governance.benchmarks.StoreScale \
 *   LIBRARY_URL RAW_URL TENANTS USAGES EVENTS
 * </pre>
 *
 * LIBRARY_URL and RAW_URL are two empty databases: SQLite files, or {@code jdbc:postgresql:} URLs
 * (two schemas with {@code currentSchema=}); the harness reports sizes on disk for both. A sixth
 * argument {@code measure-only} skips the load and measures two databases this harness loaded
 * before with the same arguments. Ratios come with their spread: per tenth of the tenants (import,
 * appends), per block of 200 samples (queries, statistics), per round (verification, {@code
 * -Drounds=7} by default).
 */
public final class StoreScale {
  private static final GovernanceJson JSON = GovernanceJson.create();
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);
  private static final Stage[] STAGES = Stage.values();
  private static final Theme[] THEMES = Theme.values();
  private static final String[] WORDS = {
    "détection", "fuites", "énergie", "bâtiments", "mobilité", "déchets", "agent",
        "conversationnel",
    "prévision", "crues", "stationnement", "éclairage", "écoles", "cantine", "voirie", "accueil"
  };

  private StoreScale() {}

  public static void main(String[] args) throws Exception {
    String libraryUrl = args[0];
    String rawUrl = args[1];
    int tenants = Integer.parseInt(args[2]);
    int usages = Integer.parseInt(args[3]);
    long events = Long.parseLong(args[4]);
    System.out.printf(
        Locale.ROOT,
        "StoreScale: %d tenants, %d usages, %d ledger events%n",
        tenants,
        usages,
        events);

    // The library gets its connections from a pool, as in any embedder; the baseline keeps one.
    JdbcRegisterStore library =
        JdbcRegisterStore.open(
            new ReusingDataSource(
                libraryUrl.startsWith("jdbc:")
                    ? new DriverManagerSource(libraryUrl)
                    : new DriverManagerSource("jdbc:sqlite:" + libraryUrl)),
            CLOCK);
    JdbcRegisterStore.connect(rawUrl, CLOCK).close(); // the same schema, filled by plain JDBC
    boolean postgres = libraryUrl.startsWith("jdbc:postgresql:");

    long libraryImport = 0;
    long rawImport = 0;
    long libraryLedger = 0;
    long rawLedger = 0;
    int perTenant = Math.max(1, usages / tenants);
    long eventsPerTenant = Math.max(1, events / tenants);
    // Ratios per tenth of the tenants, for their spread; the first tenth warms up and is left out.
    int blocks = 10;
    int perBlock = Math.max(1, tenants / blocks);
    long[][] blockTimes = new long[4][blocks];
    boolean load = args.length < 6 || !args[5].equals("measure-only");
    try (Connection raw = connection(rawUrl)) {
      raw.setAutoCommit(false);
      for (int t = 0; load && t < tenants; t++) {
        TenantId tenant = tenant(t);
        List<Dataset> datasets = new ArrayList<>();
        List<AiUsage> list = new ArrayList<>();
        for (int i = 0; i < perTenant; i++) {
          Dataset d = dataset(t, i);
          datasets.add(d);
          list.add(usage(t, i, d.id()));
        }
        // Alternate which goes first, so that neither always meets code the other just warmed
        // (the JSON writer, the classifier, the driver): the tenant's parity decides.
        boolean libraryFirst = t % 2 == 0;
        long[] rawImportTime = new long[1];
        long libImportTime =
            sideBySide(
                libraryFirst,
                () -> library.importBatch(tenant, datasets, list, "import"),
                () -> rawImport(raw, postgres, tenant, datasets, list),
                rawImportTime);
        libraryImport += libImportTime;
        rawImport += rawImportTime[0];

        List<LedgerEntry> entries = entries(datasets, eventsPerTenant);
        long[] rawLedgerTime = new long[1];
        long libLedgerTime =
            sideBySide(
                libraryFirst,
                () -> library.ledgers().appendAll(tenant, "main", entries),
                () -> rawLedger(raw, postgres, tenant, entries),
                rawLedgerTime);
        libraryLedger += libLedgerTime;
        rawLedger += rawLedgerTime[0];
        int block = Math.min(blocks - 1, t / perBlock);
        blockTimes[0][block] += libImportTime;
        blockTimes[1][block] += rawImportTime[0];
        blockTimes[2][block] += libLedgerTime;
        blockTimes[3][block] += rawLedgerTime[0];
        if ((t + 1) % Math.max(1, tenants / 10) == 0) {
          System.out.printf(Locale.ROOT, "  loaded %d/%d tenants%n", t + 1, tenants);
        }
      }

      long rows = (long) perTenant * tenants;
      if (load) {
        printLoad(
            rows,
            libraryImport,
            rawImport,
            libraryLedger,
            rawLedger,
            eventsPerTenant,
            tenants,
            blockTimes);
      }
      queries(library, raw, postgres, tenants);
      verification(library, raw, postgres, tenants);
      System.out.printf(
          Locale.ROOT, "size on disk: library %s, raw %s%n", size(libraryUrl), size(rawUrl));
    }
  }

  private static void printLoad(
      long rows,
      long libraryImport,
      long rawImport,
      long libraryLedger,
      long rawLedger,
      long eventsPerTenant,
      int tenants,
      long[][] blockTimes) {
    {
      System.out.printf(
          Locale.ROOT,
          "import: library %.1f s (%.0f usages/s), raw JDBC %.1f s; ratio raw/library %.2f%n",
          libraryImport / 1e9,
          rows / (libraryImport / 1e9),
          rawImport / 1e9,
          (double) rawImport / libraryImport);
      System.out.printf(
          Locale.ROOT,
          "ledger appends: library %.1f s (%.0f entries/s), raw JDBC %.1f s; ratio raw/library %.2f%n",
          libraryLedger / 1e9,
          eventsPerTenant * tenants / (libraryLedger / 1e9),
          rawLedger / 1e9,
          (double) rawLedger / libraryLedger);
      double[] importRatios = new double[blockTimes[0].length - 1];
      double[] appendRatios = new double[importRatios.length];
      for (int k = 1; k < blockTimes[0].length; k++) {
        importRatios[k - 1] = (double) blockTimes[1][k] / blockTimes[0][k];
        appendRatios[k - 1] = (double) blockTimes[3][k] / blockTimes[2][k];
      }
      System.out.println("  import raw/library per tenth of the tenants: " + spread(importRatios));
      System.out.println("  appends raw/library per tenth of the tenants: " + spread(appendRatios));
    }
  }

  /** Work timed by the harness. */
  @FunctionalInterface
  interface Timed {
    void run() throws Exception;
  }

  /**
   * Runs the library's work and the baseline's, in the order given, and returns the library's time
   * (the baseline's goes to {@code baselineTime[0]}).
   */
  static long sideBySide(boolean libraryFirst, Timed library, Timed baseline, long[] baselineTime)
      throws Exception {
    long libraryTime;
    if (libraryFirst) {
      long a = System.nanoTime();
      library.run();
      long b = System.nanoTime();
      baseline.run();
      baselineTime[0] = System.nanoTime() - b;
      libraryTime = b - a;
    } else {
      long a = System.nanoTime();
      baseline.run();
      long b = System.nanoTime();
      library.run();
      libraryTime = System.nanoTime() - b;
      baselineTime[0] = b - a;
    }
    return libraryTime;
  }

  /** Median, quartiles and extremes of ratios, as printed. */
  static String spread(double[] ratios) {
    double[] r = ratios.clone();
    Arrays.sort(r);
    int n = r.length;
    return String.format(
        Locale.ROOT,
        "median %.2f (quartiles %.2f–%.2f, min %.2f, max %.2f, %d blocks)",
        r[n / 2],
        r[n / 4],
        r[(3 * n) / 4 - (n % 4 == 0 ? 1 : 0)],
        r[0],
        r[n - 1],
        n);
  }

  /** A data source over DriverManager (the pool above it does the reuse). */
  record DriverManagerSource(String url) implements javax.sql.DataSource {
    @Override
    public Connection getConnection() throws SQLException {
      Connection c = DriverManager.getConnection(url);
      if (url.startsWith("jdbc:sqlite:")) {
        try (Statement s = c.createStatement()) {
          s.execute("PRAGMA journal_mode = WAL");
          s.execute("PRAGMA synchronous = FULL");
        }
      }
      return c;
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return DriverManager.getConnection(url, user, password);
    }

    @Override
    public java.io.PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(java.io.PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public java.util.logging.Logger getParentLogger() {
      return java.util.logging.Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return false;
    }
  }

  // --- data ---------------------------------------------------------------------------------

  static TenantId tenant(int n) {
    String body = String.format(Locale.ROOT, "%08d", 10_000_000 + n);
    for (int check = 0; check <= 9; check++) {
      String candidate = body + check;
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        int digit = candidate.charAt(8 - i) - '0';
        if (i % 2 == 1) {
          digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
        }
        sum += digit;
      }
      if (sum % 10 == 0) {
        return TenantId.of(candidate);
      }
    }
    throw new IllegalStateException();
  }

  static Dataset dataset(int t, int i) {
    return Dataset.builder("d-" + t + "-" + i)
        .name("Données " + i + " de la collectivité " + t)
        .personalData(PersonalDataLevel.NONE)
        .build();
  }

  static AiUsage usage(int t, int i, DatasetId dataset) {
    Random r = new Random(31L * t + i);
    String name = WORDS[r.nextInt(WORDS.length)] + " " + WORDS[r.nextInt(WORDS.length)] + " " + i;
    return AiUsage.builder("u-" + i)
        .name(name)
        .summary(
            "Usage "
                + WORDS[r.nextInt(WORDS.length)]
                + " pour les "
                + WORDS[r.nextInt(WORDS.length)])
        .authority(Authority.of("Collectivité " + t, AuthorityKind.COMMUNE))
        .status(s -> s.stage(STAGES[r.nextInt(STAGES.length)]))
        .purpose(p -> p.theme(THEMES[r.nextInt(THEMES.length)]))
        .dataUse(
            d -> d.datasets(DatasetUse.of(dataset, eu.civicai.governance.usage.DataRole.TRAINING)))
        .build();
  }

  static List<LedgerEntry> entries(List<Dataset> datasets, long count) {
    Ledger ledger = Ledger.inMemory(DatasetLookup.of(datasets), CLOCK);
    List<LedgerEntry> out = new ArrayList<>();
    for (long i = 0; i < count; i++) {
      DatasetId d = datasets.get((int) (i % datasets.size())).id();
      out.add(
          ledger.append(
              (i < datasets.size()
                      ? LifecycleEvent.collected(d)
                      : LifecycleEvent.of(eu.civicai.governance.data.EventKind.TRANSFORMED, d))
                  .by("agent")));
    }
    return out;
  }

  // --- the raw JDBC baseline: the same rows, the same values, batched -------------------------

  static Connection connection(String url) throws SQLException {
    return DriverManager.getConnection(url.startsWith("jdbc:") ? url : "jdbc:sqlite:" + url);
  }

  private static void bind(Connection c, boolean postgres, TenantId tenant) throws SQLException {
    if (postgres) {
      try (PreparedStatement s = c.prepareStatement("SELECT set_config('app.tenant', ?, true)")) {
        s.setString(1, tenant.value());
        s.execute();
      }
    }
  }

  static void rawImport(
      Connection c, boolean postgres, TenantId tenant, List<Dataset> datasets, List<AiUsage> usages)
      throws SQLException {
    bind(c, postgres, tenant);
    String now = CLOCK.instant().toString();
    try (PreparedStatement s = c.prepareStatement("INSERT INTO tenants VALUES (?, ?)")) {
      s.setString(1, tenant.value());
      s.setString(2, now);
      s.executeUpdate();
    }
    try (PreparedStatement ds =
            c.prepareStatement("INSERT INTO datasets VALUES (?, ?, 1, ?, ?, ?, ?)");
        PreparedStatement dr =
            c.prepareStatement("INSERT INTO dataset_revisions VALUES (?, ?, 1, ?, ?, ?)")) {
      for (Dataset d : datasets) {
        String doc = JSON.write(DocumentType.DATASET, d);
        ds.setString(1, tenant.value());
        ds.setString(2, d.id().value());
        ds.setString(3, d.name());
        ds.setString(4, d.personalData().name());
        ds.setString(5, now);
        ds.setString(6, doc);
        ds.addBatch();
        dr.setString(1, tenant.value());
        dr.setString(2, d.id().value());
        dr.setString(3, "import");
        dr.setString(4, now);
        dr.setString(5, doc);
        dr.addBatch();
      }
      ds.executeBatch();
      dr.executeBatch();
    }
    try (PreparedStatement us =
            c.prepareStatement(
                "INSERT INTO usages VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement ur =
            c.prepareStatement("INSERT INTO usage_revisions VALUES (?, ?, 1, ?, ?, ?, ?)")) {
      for (AiUsage u0 : usages) {
        AiUsage u = u0.toBuilder().metadata(u0.metadata().withRevision(1, CLOCK.instant())).build();
        String doc = JSON.write(DocumentType.USAGE, u);
        int i = 1;
        us.setString(i++, tenant.value());
        us.setString(i++, u.id().value());
        us.setString(i++, u.name());
        us.setString(i++, UsageFilter.fold(u.name()));
        us.setString(i++, u.summary() == null ? "" : UsageFilter.fold(u.summary()));
        us.setString(i++, u.authority().name());
        us.setString(i++, null);
        us.setString(i++, u.authority().kind().name());
        us.setString(i++, u.status().stage().name());
        us.setString(i++, u.purpose().theme().name());
        us.setString(i++, AiActClassifier.classify(u).tier().name());
        us.setString(i++, now);
        us.setString(i++, "import");
        us.setString(i, doc);
        us.addBatch();
        ur.setString(1, tenant.value());
        ur.setString(2, u.id().value());
        ur.setString(3, "import");
        ur.setString(4, now);
        ur.setString(5, String.join(",", UsageChanges.between(null, u)));
        ur.setString(6, doc);
        ur.addBatch();
      }
      us.executeBatch();
      ur.executeBatch();
    }
    c.commit();
  }

  static void rawLedger(Connection c, boolean postgres, TenantId tenant, List<LedgerEntry> entries)
      throws SQLException {
    bind(c, postgres, tenant);
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO ledger_entries (tenant_id, ledger_name, sequence, event_at,"
                + " previous_hash, hash, entry, canonical) VALUES (?, 'main', ?, ?, ?, ?, ?, ?)")) {
      for (LedgerEntry e : entries) {
        s.setString(1, tenant.value());
        s.setLong(2, e.sequence());
        s.setString(3, e.event().at().toString());
        s.setString(4, e.previousHash());
        s.setString(5, e.hash());
        s.setString(6, JSON.writeLedgerEntry(e));
        s.setBytes(7, LedgerFormat.canonicalBytes(e.sequence(), e.event()));
        s.addBatch();
      }
      s.executeBatch();
    }
    c.commit();
  }

  // --- queries ------------------------------------------------------------------------------

  /** The library's text query on PostgreSQL (the trigram indexes are the planner's to weigh). */
  private static final String QUERY =
      "SELECT u.tenant_id, u.document FROM usages u WHERE u.tenant_id IN (?) AND u.stage = ?"
          + " AND (u.search_name LIKE ? ESCAPE '!' OR u.search_summary LIKE ? ESCAPE '!')"
          + " ORDER BY u.tenant_id, u.usage_id LIMIT ?";

  /** The library's text query on SQLite: the folded texts read from their index (version 6). */
  private static final String SQLITE_QUERY =
      "SELECT u.tenant_id, u.document FROM usages u WHERE u.tenant_id IN (?) AND u.stage = ?"
          + " AND u.rowid IN (SELECT rowid FROM usages INDEXED BY ix_usages_search"
          + " WHERE tenant_id IN (?) AND (search_name LIKE ? ESCAPE '!'"
          + " OR search_summary LIKE ? ESCAPE '!')) ORDER BY u.tenant_id, u.usage_id LIMIT ?";

  static void queries(JdbcRegisterStore library, Connection raw, boolean postgres, int tenants)
      throws Exception {
    int samples = Math.min(2000, tenants * 20);
    long[] lib = new long[samples];
    long[] plain = new long[samples];
    long[] libStats = new long[samples];
    long[] plainStats = new long[samples];
    Random r = new Random(7);
    for (int k = 0; k < samples; k++) {
      TenantId tenant = tenant(r.nextInt(tenants));
      Stage stage = STAGES[r.nextInt(STAGES.length)];
      String word = UsageFilter.fold(WORDS[r.nextInt(WORDS.length)]);
      // Built before the clock starts, as the baseline's statement text and parameters are.
      UsageFilter filter = UsageFilter.all().withStage(stage).withText(word);
      // Alternate which goes first: the second of two meets the JSON reader and the driver warm.
      boolean libraryFirst = k % 2 == 0;
      long[] plainTime = new long[1];
      lib[k] =
          sideBySide(
              libraryFirst,
              () -> library.usages().query(tenant, filter, PageRequest.first(50)),
              () -> plainQuery(raw, postgres, tenant, stage, word),
              plainTime);
      plain[k] = plainTime[0];
      libStats[k] =
          sideBySide(
              !libraryFirst,
              () -> library.usages().statistics(tenant),
              () -> plainStatistics(raw, postgres, tenant),
              plainTime);
      plainStats[k] = plainTime[0];
    }
    report("tenant query (stage + text, page of 50)", lib, plain);
    report("tenant statistics", libStats, plainStats);
  }

  /** The library's query as plain JDBC: the same SQL, the same rows, the same JSON decoded. */
  private static void plainQuery(
      Connection raw, boolean postgres, TenantId tenant, Stage stage, String word)
      throws SQLException {
    bind(raw, postgres, tenant);
    try (PreparedStatement s = raw.prepareStatement(postgres ? QUERY : SQLITE_QUERY)) {
      int i = 1;
      s.setString(i++, tenant.value());
      s.setString(i++, stage.name());
      if (!postgres) {
        s.setString(i++, tenant.value());
      }
      s.setString(i++, "%" + word + "%");
      s.setString(i++, "%" + word + "%");
      s.setInt(i, 51);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          JSON.read(DocumentType.USAGE, rs.getString(2)); // the same decoding the library does
        }
      }
    }
    raw.commit();
  }

  /** The library's statistics as plain JDBC: the same statement, the same values read. */
  private static void plainStatistics(Connection raw, boolean postgres, TenantId tenant)
      throws SQLException {
    bind(raw, postgres, tenant);
    try (PreparedStatement s =
        raw.prepareStatement(
            "SELECT 0, stage, COUNT(*) FROM usages WHERE tenant_id = ? GROUP BY stage"
                + " UNION ALL SELECT 1, theme, COUNT(*) FROM usages WHERE tenant_id = ?"
                + " GROUP BY theme"
                + " UNION ALL SELECT 2, authority_kind, COUNT(*) FROM usages WHERE tenant_id = ?"
                + " GROUP BY authority_kind"
                + " UNION ALL SELECT 3, NULL, COUNT(*) FROM datasets WHERE tenant_id = ?")) {
      for (int i = 1; i <= 4; i++) {
        s.setString(i, tenant.value());
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          rs.getInt(1);
          rs.getString(2);
          rs.getLong(3);
        }
      }
    }
    raw.commit();
  }

  /** The ratio of the medians, block by block of 200 samples after the warm-up. */
  private static String blockRatios(long[] lib, long[] plain) {
    int from = lib.length / 5;
    int block = 200;
    int n = Math.max(1, (lib.length - from) / block);
    double[] ratios = new double[n];
    for (int k = 0; k < n; k++) {
      int a = from + k * block;
      int b = Math.min(lib.length, a + block);
      long[] l = Arrays.copyOfRange(lib, a, b);
      long[] p = Arrays.copyOfRange(plain, a, b);
      Arrays.sort(l);
      Arrays.sort(p);
      ratios[k] = (double) l[l.length / 2] / p[p.length / 2];
    }
    return spread(ratios);
  }

  private static void report(String what, long[] lib, long[] plain) {
    // The first fifth warms the JIT and the caches; it is not counted.
    long[] l = Arrays.copyOfRange(lib, lib.length / 5, lib.length);
    long[] p = Arrays.copyOfRange(plain, plain.length / 5, plain.length);
    Arrays.sort(l);
    Arrays.sort(p);
    System.out.printf(
        Locale.ROOT,
        "%s: library p50 %.2f ms p99 %.2f ms; plain JDBC p50 %.2f ms p99 %.2f ms; ratio library/plain at p50 %.2f%n",
        what,
        l[l.length / 2] / 1e6,
        l[l.length * 99 / 100] / 1e6,
        p[p.length / 2] / 1e6,
        p[p.length * 99 / 100] / 1e6,
        (double) l[l.length / 2] / p[p.length / 2]);
    System.out.println("  library/plain at p50 per block of 200: " + blockRatios(lib, plain));
  }

  // --- verification -------------------------------------------------------------------------

  /**
   * Ledger verification from the store ({@code LedgerRepository.verify}: the stored canonical bytes
   * through SHA-256, chain checked) against two baselines over the same rows: a plain scan of the
   * bytes into one SHA-256 (the "plain scan plus SHA-256"), and a hand-written chain check
   * (per row: SHA-256 of the previous raw hash and the bytes, compared with the stored hash).
   * Rounds alternate which goes first; each round's ratio is kept for the spread.
   */
  static void verification(JdbcRegisterStore library, Connection raw, boolean postgres, int tenants)
      throws Exception {
    int sample = Math.min(tenants, 200);
    int rounds = Integer.getInteger("rounds", 7);
    double[] scanRatios = new double[rounds];
    double[] chainRatios = new double[rounds];
    long entries = 0;
    long libTotal = 0;
    long scanTotal = 0;
    long chainTotal = 0;
    for (int round = 0; round <= rounds; round++) { // round 0 warms up
      long lib = 0;
      long scan = 0;
      long chain = 0;
      entries = 0;
      for (int t = 0; t < sample; t++) {
        TenantId tenant = tenant(t);
        boolean libraryFirst = (t + round) % 2 == 0;
        long[] plain = new long[2];
        if (!libraryFirst) {
          plain = baselines(raw, postgres, tenant);
        }
        long a = System.nanoTime();
        LedgerVerification v = library.ledgers().verify(tenant, "main", null);
        long b = System.nanoTime();
        if (!v.intact()) {
          throw new IllegalStateException("ledger of " + tenant + " does not verify: " + v);
        }
        if (libraryFirst) {
          plain = baselines(raw, postgres, tenant);
        }
        entries += v.entriesChecked();
        lib += b - a;
        scan += plain[0];
        chain += plain[1];
      }
      if (round > 0) {
        scanRatios[round - 1] = (double) scan / lib;
        chainRatios[round - 1] = (double) chain / lib;
        libTotal += lib;
        scanTotal += scan;
        chainTotal += chain;
      }
    }
    Runtime rt = Runtime.getRuntime();
    System.out.printf(
        Locale.ROOT,
        "verification of %d entries (%d ledgers) x %d rounds: library %.2f s, plain scan +"
            + " SHA-256 %.2f s, hand-written chain check %.2f s; heap used %d MiB of %d MiB max%n",
        entries,
        sample,
        rounds,
        libTotal / 1e9,
        scanTotal / 1e9,
        chainTotal / 1e9,
        (rt.totalMemory() - rt.freeMemory()) >> 20,
        rt.maxMemory() >> 20);
    System.out.println("  plain scan + SHA-256 / library, per round: " + spread(scanRatios));
    System.out.println("  hand-written chain check / library, per round: " + spread(chainRatios));

    // For the record, once: the path before schema version 5 (entries decoded, encoded, hashed).
    long a = System.nanoTime();
    int old = Math.min(sample, 50);
    for (int t = 0; t < old; t++) {
      try (Stream<LedgerEntry> stream = library.ledgers().ledger(tenant(t), "main").entries()) {
        LedgerVerifier.verify(stream::iterator);
      }
    }
    long b = System.nanoTime();
    long plain = 0;
    for (int t = 0; t < old; t++) {
      plain += baselines(raw, postgres, tenant(t))[0];
    }
    System.out.printf(
        Locale.ROOT,
        "  (information) entries read back and verified as objects, %d ledgers: plain scan /"
            + " library %.2f%n",
        old,
        (double) plain / (b - a));
  }

  /** The two baselines' times over one tenant's ledger: plain scan + SHA-256, chain check. */
  private static long[] baselines(Connection raw, boolean postgres, TenantId tenant)
      throws Exception {
    long a = System.nanoTime();
    bind(raw, postgres, tenant);
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    try (PreparedStatement s =
        raw.prepareStatement(
            "SELECT canonical FROM ledger_entries WHERE tenant_id = ? AND ledger_name = 'main'"
                + " ORDER BY sequence")) {
      s.setFetchSize(1000);
      s.setString(1, tenant.value());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          sha.update(rs.getBytes(1));
        }
      }
    }
    raw.commit();
    sha.digest();
    long b = System.nanoTime();
    bind(raw, postgres, tenant);
    byte[] previous = new byte[32];
    HexFormat hex = HexFormat.of();
    try (PreparedStatement s =
        raw.prepareStatement(
            "SELECT sequence, previous_hash, hash, canonical FROM ledger_entries"
                + " WHERE tenant_id = ? AND ledger_name = 'main' ORDER BY sequence")) {
      s.setFetchSize(1000);
      s.setString(1, tenant.value());
      try (ResultSet rs = s.executeQuery()) {
        long expected = 1;
        while (rs.next()) {
          rs.getString(2);
          if (rs.getLong(1) != expected++) {
            throw new IllegalStateException("sequence");
          }
          sha.update(previous);
          sha.update(rs.getBytes(4));
          previous = sha.digest();
          if (!hex.formatHex(previous).equals(rs.getString(3))) {
            throw new IllegalStateException("hash");
          }
        }
      }
    }
    raw.commit();
    long c = System.nanoTime();
    return new long[] {b - a, c - b};
  }

  static String size(String url) throws SQLException, java.io.IOException {
    if (!url.startsWith("jdbc:postgresql:")) {
      Path file = Path.of(url.startsWith("jdbc:sqlite:") ? url.substring(12) : url);
      return (Files.size(file) >> 20) + " MiB";
    }
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c"
                    + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE n.nspname = current_schema() AND c.relkind = 'r'")) {
      r.next();
      return (r.getLong(1) >> 20) + " MiB";
    }
  }
}
