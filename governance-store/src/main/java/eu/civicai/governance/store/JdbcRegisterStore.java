package eu.civicai.governance.store;

import eu.civicai.governance.barometer.Barometer;
import eu.civicai.governance.barometer.BarometerWeights;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Messages;
import eu.civicai.governance.spi.DatasetRepository;
import eu.civicai.governance.spi.EvaluationRepository;
import eu.civicai.governance.spi.LedgerRepository;
import eu.civicai.governance.spi.RegisterStore;
import eu.civicai.governance.spi.StrategyRepository;
import eu.civicai.governance.spi.TenantId;
import eu.civicai.governance.spi.TenantRepository;
import eu.civicai.governance.spi.UsageRepository;
import eu.civicai.governance.spi.WaiverRepository;
import eu.civicai.governance.store.internal.Database;
import eu.civicai.governance.store.internal.Dialect;
import eu.civicai.governance.store.internal.JdbcBarometer;
import eu.civicai.governance.store.internal.JdbcDatasets;
import eu.civicai.governance.store.internal.JdbcEvaluations;
import eu.civicai.governance.store.internal.JdbcLedgers;
import eu.civicai.governance.store.internal.JdbcStrategies;
import eu.civicai.governance.store.internal.JdbcTenants;
import eu.civicai.governance.store.internal.JdbcUsages;
import eu.civicai.governance.store.internal.JdbcWaivers;
import eu.civicai.governance.store.internal.Migrations;
import eu.civicai.governance.store.internal.SimpleDataSource;
import eu.civicai.governance.strategy.Strategy;
import eu.civicai.governance.usage.AiUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;

/**
 * A {@link RegisterStore} in a SQL database: SQLite (one file, nothing installed) or PostgreSQL.
 * Opening it migrates the schema to this library's version ({@link #SCHEMA_VERSION}) and refuses a
 * database whose schema is newer.
 *
 * <pre>{@code
 * try (JdbcRegisterStore store = JdbcRegisterStore.sqlite(Path.of("governance.db"), clock)) {
 *   TenantId toulouse = TenantId.of("213105554");
 *   store.usages().add(toulouse, usage, "dpo");
 *   store.usages().query(toulouse, UsageFilter.all().withText("fuites"), PageRequest.first(20));
 * }
 * }</pre>
 *
 * <p>On PostgreSQL every transaction is bound to its tenant and row-level security policies hold
 * isolation below the library; connect as a role that is neither a superuser nor {@code BYPASSRLS}.
 * Thread-safe: each call takes its own connection from the data source.
 */
public final class JdbcRegisterStore implements RegisterStore {
  /** The schema version this library migrates to, reads and writes. */
  public static final int SCHEMA_VERSION = Migrations.LATEST;

  private final Database db;
  private final JdbcTenants tenants;
  private final JdbcUsages usages;
  private final JdbcDatasets datasets;
  private final JdbcWaivers waivers;
  private final JdbcEvaluations evaluations;
  private final JdbcLedgers ledgers;
  private final JdbcStrategies strategies;

  private JdbcRegisterStore(Database db) {
    this.db = db;
    this.tenants = new JdbcTenants(db);
    this.usages = new JdbcUsages(db, tenants);
    this.datasets = new JdbcDatasets(db);
    this.waivers = new JdbcWaivers(db);
    this.evaluations = new JdbcEvaluations(db);
    this.ledgers = new JdbcLedgers(db);
    this.strategies = new JdbcStrategies(db);
  }

  /**
   * Opens a store over the embedder's data source (pooled or not), migrating its schema.
   *
   * @param dataSource where connections come from; SQLite or PostgreSQL
   * @param clock the source of the instants of revisions and checkpoints
   * @return the store
   * @throws StoreException {@code store.unsupportedDatabase}, {@code store.schemaTooNew}, {@code
   *     store.migration}, or {@code store.sql} when the database cannot be reached
   */
  public static JdbcRegisterStore open(DataSource dataSource, Clock clock) {
    Check.notNull("dataSource", dataSource);
    Check.notNull("clock", clock);
    Dialect dialect = dialect(dataSource);
    Migrations.migrate(dataSource, dialect);
    return new JdbcRegisterStore(new Database(dataSource, dialect, clock));
  }

  /**
   * Opens (creating it when absent) a SQLite store in one file, which any SQLite tool can read.
   *
   * @param file the database file
   * @param clock the source of instants
   * @return the store
   * @throws StoreException when the file cannot be opened or migrated
   */
  public static JdbcRegisterStore sqlite(Path file, Clock clock) {
    Check.notNull("file", file);
    return open(SimpleDataSource.sqlite(file), clock);
  }

  /**
   * Opens a store from a location as a command line gives it: a {@code jdbc:postgresql:} or {@code
   * jdbc:sqlite:} URL (user and password, if any, in the URL), or else a SQLite file path.
   *
   * @param location the URL or path
   * @param clock the source of instants
   * @return the store
   * @throws StoreException {@code store.url} when a {@code jdbc:} URL names another database
   */
  public static JdbcRegisterStore connect(String location, Clock clock) {
    Check.notBlank("location", location);
    if (location.startsWith("jdbc:sqlite:") || location.startsWith("jdbc:postgresql:")) {
      return open(SimpleDataSource.url(location), clock);
    }
    if (location.startsWith("jdbc:")) {
      throw new StoreException(null, "--store", "store.url", Messages.raw(scheme(location)));
    }
    return sqlite(Path.of(location), clock);
  }

  /**
   * Opens an existing store for reading, as the read commands of the command line do: nothing is
   * created or migrated. A SQLite file that does not exist is refused (never created), and so is a
   * database whose schema is not this library's version (older: {@code store init} migrates it).
   *
   * @param location a {@code jdbc:postgresql:} or {@code jdbc:sqlite:} URL, or a SQLite file path
   * @param clock the source of instants
   * @return the store
   * @throws StoreException {@code store.url}, {@code store.notFound}, {@code store.schemaOld},
   *     {@code store.schemaTooNew}, {@code store.unsupportedDatabase}, or {@code store.sql} when
   *     the database cannot be reached or is not a database
   */
  public static JdbcRegisterStore connectExisting(String location, Clock clock) {
    Check.notBlank("location", location);
    Check.notNull("clock", clock);
    DataSource dataSource;
    if (location.startsWith("jdbc:postgresql:")) {
      dataSource = SimpleDataSource.url(location);
    } else if (location.startsWith("jdbc:") && !location.startsWith("jdbc:sqlite:")) {
      throw new StoreException(null, "--store", "store.url", Messages.raw(scheme(location)));
    } else {
      Path file =
          Path.of(
              location.startsWith("jdbc:sqlite:")
                  ? location.substring("jdbc:sqlite:".length())
                  : location);
      // Checked first: SQLite would otherwise create an empty database for a mistyped name.
      if (!Files.isRegularFile(file)) {
        throw new StoreException(null, "--store", "store.notFound", Messages.raw(file));
      }
      dataSource = SimpleDataSource.sqlite(file);
    }
    Dialect dialect = dialect(dataSource);
    int applied = Migrations.applied(dataSource);
    if (applied > SCHEMA_VERSION) {
      throw new StoreException(
          null,
          "schema",
          "store.schemaTooNew",
          Messages.raw(applied),
          Messages.raw(SCHEMA_VERSION));
    }
    if (applied < SCHEMA_VERSION) {
      throw new StoreException(
          null, "schema", "store.schemaOld", Messages.raw(applied), Messages.raw(SCHEMA_VERSION));
    }
    return new JdbcRegisterStore(new Database(dataSource, dialect, clock));
  }

  private static String scheme(String url) {
    int colon = url.indexOf(':', 5);
    return colon < 0 ? url : url.substring(0, colon + 1);
  }

  private static Dialect dialect(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      String product = c.getMetaData().getDatabaseProductName();
      Dialect dialect = Dialect.of(product);
      if (dialect == null) {
        throw new StoreException(
            null, "dataSource", "store.unsupportedDatabase", Messages.raw(product));
      }
      return dialect;
    } catch (SQLException e) {
      throw Database.failure("open", e);
    }
  }

  /** Returns the database's name: {@code SQLite} or {@code PostgreSQL}. */
  public String database() {
    return db.dialect() == Dialect.SQLITE ? "SQLite" : "PostgreSQL";
  }

  @Override
  public UsageRepository usages() {
    return usages;
  }

  @Override
  public DatasetRepository datasets() {
    return datasets;
  }

  @Override
  public WaiverRepository waivers() {
    return waivers;
  }

  @Override
  public EvaluationRepository evaluations() {
    return evaluations;
  }

  @Override
  public StrategyRepository strategies() {
    return strategies;
  }

  @Override
  public TenantRepository tenants() {
    return tenants;
  }

  @Override
  public LedgerRepository ledgers() {
    return ledgers;
  }

  @Override
  public long importBatch(
      TenantId tenant, List<Dataset> datasetList, List<AiUsage> usageList, String author) {
    return importBatch(tenant, datasetList, usageList, author, () -> {});
  }

  /**
   * Imports as {@link #importBatch(TenantId, List, List, String)} does, in one transaction, and
   * calls {@code stored} once per record handled (datasets first, then usages), on the calling
   * thread, so that a caller can show progress. Rows go to the database in JDBC batches of 1,000.
   * Nothing is visible to others before the transaction commits; when it fails, nothing is stored,
   * whatever {@code stored} was told.
   *
   * @param tenant the owning tenant
   * @param datasetList the datasets, stored first
   * @param usageList the usages
   * @param author who imports, not blank
   * @param stored called once per record handled; not null
   * @return how many records were stored
   * @throws StoreException {@code store.sql} when the database fails (nothing is stored)
   */
  public long importBatch(
      TenantId tenant,
      List<Dataset> datasetList,
      List<AiUsage> usageList,
      String author,
      Runnable stored) {
    return importBatch(tenant, datasetList, usageList, List.of(), author, stored);
  }

  /**
   * Imports a register document's records for a tenant in one transaction: the datasets, the
   * usages, then the strategies (each the next revision of its authority's strategy, as {@link
   * StrategyRepository#put} stores it). All or nothing: when any statement fails, none of the
   * datasets, usages or strategies is stored. {@code stored} is called once per dataset and usage
   * handled (datasets first), on the calling thread, so that a caller can show progress.
   *
   * @param tenant the owning tenant
   * @param datasetList the datasets, stored first
   * @param usageList the usages
   * @param strategyList the strategies, stored last; may be empty
   * @param author who imports, not blank
   * @param stored called once per dataset and usage handled; not null
   * @return how many records were stored (datasets, usages and strategies)
   * @throws StoreException {@code store.sql} when the database fails (nothing is stored)
   */
  public long importBatch(
      TenantId tenant,
      List<Dataset> datasetList,
      List<AiUsage> usageList,
      List<Strategy> strategyList,
      String author,
      Runnable stored) {
    Check.notNull("tenant", tenant);
    List<Dataset> ds = Check.list("datasets", datasetList);
    List<AiUsage> us = Check.list("usages", usageList);
    List<Strategy> ss = Check.list("strategies", strategyList);
    Check.notBlank("author", author);
    Check.notNull("stored", stored);
    return db.write(
        "store.importBatch",
        tenant,
        (c, created) -> {
          // A tenant created by this transaction has nothing yet, and its new row is locked.
          if (!created) {
            Database.lockTenant(c, tenant);
          }
          datasets.importAll(c, tenant, ds, author, created, stored);
          usages.importAll(c, tenant, us, author, created, stored);
          for (Strategy strategy : ss) {
            strategies.putIn(c, tenant, strategy, author);
          }
          return ds.size() + (long) us.size() + ss.size();
        });
  }

  /**
   * Computes the barometer of AI governance maturity over the authorities of a tenant's register,
   * in SQL (nothing but one row per authority reaches the JVM), judged on the day the store's clock
   * gives; the same as {@link Barometer#of} over the same register and ledger.
   *
   * @param tenant the tenant, not null
   * @return the barometer; empty when the tenant has nothing
   * @throws StoreException {@code store.sql} when the database fails
   */
  public Barometer barometer(TenantId tenant) {
    return barometer(tenant, BarometerWeights.defaults());
  }

  /**
   * Computes the barometer of a tenant's register with the caller's weights, as {@link
   * #barometer(TenantId)} does.
   *
   * @param tenant the tenant, not null
   * @param weights the components' weights, not null
   * @return the barometer
   * @throws StoreException {@code store.sql} when the database fails
   */
  public Barometer barometer(TenantId tenant, BarometerWeights weights) {
    Check.notNull("tenant", tenant);
    Check.notNull("weights", weights);
    return new JdbcBarometer(db).barometer(tenant, asOf(), weights);
  }

  /**
   * Computes the barometer across several tenants (a national or regional barometer of a store
   * where each commune is its own tenant), in SQL, judged on the store clock's day: the same as
   * {@link Barometer#of} over the union of the tenants' registers, that is each tenant's figures
   * ({@link Barometer#figures}, with the tenant's ledgers) {@linkplain Barometer#merge merged} in
   * tenant order. An authority is keyed by its SIREN when its records state one, so that the same
   * commune in two tenants is one authority and two communes of one name are two.
   *
   * <p>On SQLite the file holds every tenant and the figures are counted tenant by tenant. On
   * PostgreSQL the figures come from the function {@code governance_barometer_figures}, which binds
   * each tenant in turn inside the database and returns only the figures; the connection's role
   * must be allowed to execute it (its owner, the role that ran the migrations, is; others are
   * granted it: {@code docs/store-schema.md}). No row of any tenant reaches the caller.
   *
   * @param tenants the tenants to include, in any order (duplicates ignored); not null, no null
   *     element
   * @param weights the components' weights, not null
   * @return the barometer; empty when the tenants have nothing
   * @throws StoreException {@code store.sql} when the database fails or the role may not execute
   *     the function (SQL state 42501)
   */
  public Barometer barometer(Collection<TenantId> tenants, BarometerWeights weights) {
    List<TenantId> list = Check.list("tenants", tenants);
    Check.notNull("weights", weights);
    return new JdbcBarometer(db).barometer(list, asOf(), weights);
  }

  /**
   * Computes the barometer across every tenant the connection may list ({@link
   * #barometerTenants()}), as {@link #barometer(Collection, BarometerWeights)} does.
   *
   * @param weights the components' weights, not null
   * @return the barometer
   * @throws StoreException {@code store.barometerNoTenant} when no tenant can be listed on
   *     PostgreSQL (an ordinary role sees none: name the tenants, or connect as a reporting role);
   *     {@code store.sql} when the database fails
   */
  public Barometer barometerOfAll(BarometerWeights weights) {
    Check.notNull("weights", weights);
    List<TenantId> all = barometerTenants();
    if (all.isEmpty() && db.dialect() == Dialect.POSTGRESQL) {
      throw new StoreException(null, "tenants", "store.barometerNoTenant");
    }
    return new JdbcBarometer(db).barometer(all, asOf(), weights);
  }

  /**
   * Returns the tenants the connection may list, sorted by SIREN: every tenant of a SQLite store;
   * on PostgreSQL those row-level security lets it see unbound, that is none for an ordinary role
   * and all for a reporting role that bypasses it but may read no table but the tenants' ids
   * ({@code docs/store-schema.md}).
   *
   * @return the tenants
   * @throws StoreException {@code store.sql} when the database fails
   */
  public List<TenantId> barometerTenants() {
    return new JdbcBarometer(db).tenants();
  }

  private LocalDate asOf() {
    Clock clock = db.clock();
    return LocalDate.ofInstant(clock.instant(), clock.getZone());
  }

  /** Nothing to release: connections are taken per call and given back to the data source. */
  @Override
  public void close() {}
}
