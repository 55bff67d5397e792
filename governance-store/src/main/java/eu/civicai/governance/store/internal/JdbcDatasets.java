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

  /** Creates the repository. */
  public JdbcDatasets(Database db) {
    this.db = db;
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
    String now = db.clock().instant().toString();
    String document = db.documents().write(dataset);
    String level = dataset.personalData() == null ? null : dataset.personalData().name();
    int updated;
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE datasets SET revision = revision + 1, name = ?, personal_data = ?,"
                + " updated_at = ?, document = ? WHERE tenant_id = ? AND dataset_id = ?")) {
      s.setString(1, dataset.name());
      s.setString(2, level);
      s.setString(3, now);
      s.setString(4, document);
      s.setString(5, tenant.value());
      s.setString(6, dataset.id().value());
      updated = s.executeUpdate();
    }
    if (updated == 0) {
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO datasets (tenant_id, dataset_id, revision, name, personal_data,"
                  + " updated_at, document) VALUES (?, ?, 1, ?, ?, ?, ?)")) {
        s.setString(1, tenant.value());
        s.setString(2, dataset.id().value());
        s.setString(3, dataset.name());
        s.setString(4, level);
        s.setString(5, now);
        s.setString(6, document);
        s.executeUpdate();
      }
    }
    int revision = revisions(c, tenant, dataset.id());
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO dataset_revisions (tenant_id, dataset_id, revision, author, changed_at,"
                + " document) VALUES (?, ?, ?, ?, ?, ?)")) {
      s.setString(1, tenant.value());
      s.setString(2, dataset.id().value());
      s.setInt(3, revision);
      s.setString(4, author);
      s.setString(5, now);
      s.setString(6, document);
      s.executeUpdate();
    }
    return revision;
  }

  /**
   * Imports datasets in an open transaction: new ones in JDBC batches, the others one by one as
   * their next revision.
   */
  public void importAll(
      Connection c, TenantId tenant, List<Dataset> datasets, String author, boolean noneYet)
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
      boolean any = false;
      for (Dataset d : datasets) {
        if (!existing.add(d.id().value())) {
          again.add(d);
          continue;
        }
        String document = db.documents().write(d);
        rows.setString(1, tenant.value());
        rows.setString(2, d.id().value());
        rows.setString(3, d.name());
        rows.setString(4, d.personalData() == null ? null : d.personalData().name());
        rows.setString(5, now);
        rows.setString(6, document);
        rows.addBatch();
        revisions.setString(1, tenant.value());
        revisions.setString(2, d.id().value());
        revisions.setString(3, author);
        revisions.setString(4, now);
        revisions.setString(5, document);
        revisions.addBatch();
        any = true;
      }
      if (any) {
        rows.executeBatch();
        revisions.executeBatch();
      }
    }
    for (Dataset d : again) {
      putIn(c, tenant, d, author);
    }
  }

  private static int revisions(Connection c, TenantId tenant, DatasetId id) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT revision FROM datasets WHERE tenant_id = ? AND dataset_id = ?")) {
      s.setString(1, tenant.value());
      s.setString(2, id.value());
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getInt(1) : 0;
      }
    }
  }

  @Override
  public Optional<Dataset> find(TenantId tenant, DatasetId id) {
    Check.notNull("tenant", tenant);
    Check.notNull("id", id);
    return db.read(
        "datasets.find",
        tenant,
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT document FROM datasets WHERE tenant_id = ? AND dataset_id = ?")) {
            s.setString(1, tenant.value());
            s.setString(2, id.value());
            try (ResultSet r = s.executeQuery()) {
              return r.next()
                  ? Optional.of(db.documents().dataset(r.getString(1)))
                  : Optional.empty();
            }
          }
        });
  }

  @Override
  public int revisions(TenantId tenant, DatasetId id) {
    Check.notNull("tenant", tenant);
    Check.notNull("id", id);
    return db.read("datasets.revisions", tenant, c -> revisions(c, tenant, id));
  }

  @Override
  public List<Dataset> list(TenantId tenant) {
    Check.notNull("tenant", tenant);
    return db.read(
        "datasets.list",
        tenant,
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT document FROM datasets WHERE tenant_id = ? ORDER BY dataset_id")) {
            s.setString(1, tenant.value());
            List<Dataset> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                out.add(db.documents().dataset(r.getString(1)));
              }
            }
            return List.copyOf(out);
          }
        });
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
