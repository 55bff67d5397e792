package eu.civicai.governance.store.internal;

import eu.civicai.governance.DatasetId;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.data.DatasetLookup;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.spi.DatasetRepository;
import eu.civicai.governance.spi.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The datasets table and its history, in SQL. */
public final class JdbcDatasets implements DatasetRepository {
  private final Database db;
  private final RevisedTable<Dataset> table;

  /** Creates the repository. */
  public JdbcDatasets(Database db) {
    this.db = db;
    this.table =
        new RevisedTable<>(
            db,
            "datasets",
            "dataset_revisions",
            "dataset_id",
            List.of("name", "personal_data", "updated_at"),
            (s, at, d, now) -> {
              s.setString(at, d.name());
              s.setString(at + 1, level(d));
              s.setString(at + 2, now);
              return at + 3;
            },
            db.documents()::write,
            db.documents()::dataset);
  }

  private static String level(Dataset d) {
    return d.personalData() == null ? null : d.personalData().name();
  }

  @Override
  public int put(TenantId tenant, Dataset dataset, String author) {
    Check.notNull("tenant", tenant);
    Check.notNull("dataset", dataset);
    Check.notBlank("author", author);
    return db.write("datasets.put", tenant, c -> putIn(c, tenant, dataset, author));
  }

  /** Stores a dataset in an open transaction and returns its revision. */
  public int putIn(Connection c, TenantId tenant, Dataset dataset, String author)
      throws SQLException {
    return table.put(c, tenant, dataset.id().value(), dataset, author);
  }

  /**
   * Imports datasets in an open transaction: new ones in JDBC batches, the others one by one as
   * their next revision.
   */
  public void importAll(
      Connection c,
      TenantId tenant,
      List<Dataset> datasets,
      String author,
      boolean noneYet,
      Runnable stored)
      throws SQLException {
    java.util.Set<String> existing = new java.util.HashSet<>();
    if (!noneYet) {
      try (PreparedStatement s =
          c.prepareStatement("SELECT dataset_id FROM datasets WHERE tenant_id = ?")) {
        s.setString(1, tenant.value());
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            existing.add(r.getString(1));
          }
        }
      }
    }
    List<Dataset> again = new ArrayList<>();
    String now = db.clock().instant().toString();
    try (PreparedStatement rows =
            c.prepareStatement(
                "INSERT INTO datasets (tenant_id, dataset_id, revision, name, personal_data,"
                    + " updated_at, document) VALUES (?, ?, 1, ?, ?, ?, ?)");
        PreparedStatement revisions =
            c.prepareStatement(
                "INSERT INTO dataset_revisions (tenant_id, dataset_id, revision, author,"
                    + " changed_at, document) VALUES (?, ?, 1, ?, ?, ?)")) {
      int pending = 0;
      for (Dataset d : datasets) {
        if (!existing.add(d.id().value())) {
          again.add(d);
          continue;
        }
        String document = db.documents().write(d);
        rows.setString(1, tenant.value());
        rows.setString(2, d.id().value());
        rows.setString(3, d.name());
        rows.setString(4, level(d));
        rows.setString(5, now);
        rows.setString(6, document);
        rows.addBatch();
        revisions.setString(1, tenant.value());
        revisions.setString(2, d.id().value());
        revisions.setString(3, author);
        revisions.setString(4, now);
        revisions.setString(5, document);
        revisions.addBatch();
        if (++pending == Sql.BATCH) {
          rows.executeBatch();
          revisions.executeBatch();
          pending = 0;
        }
        stored.run();
      }
      if (pending > 0) {
        rows.executeBatch();
        revisions.executeBatch();
      }
    }
    for (Dataset d : again) {
      putIn(c, tenant, d, author);
      stored.run();
    }
  }

  @Override
  public Optional<Dataset> find(TenantId tenant, DatasetId id) {
    Check.notNull("tenant", tenant);
    Check.notNull("id", id);
    return table.find("datasets.find", tenant, id.value());
  }

  @Override
  public int revisions(TenantId tenant, DatasetId id) {
    Check.notNull("tenant", tenant);
    Check.notNull("id", id);
    return db.read("datasets.revisions", tenant, c -> table.revision(c, tenant, id.value()));
  }

  @Override
  public List<Dataset> list(TenantId tenant) {
    Check.notNull("tenant", tenant);
    return table.list("datasets.list", tenant);
  }

  @Override
  public DatasetLookup lookup(TenantId tenant) {
    Check.notNull("tenant", tenant);
    return new DatasetLookup() {
      @Override
      public Optional<Dataset> findDataset(DatasetId id) {
        return find(tenant, id);
      }

      @Override
      public Collection<Dataset> datasets() {
        return list(tenant);
      }
    };
  }
}
