package eu.civicai.governance.store.internal;

import eu.civicai.governance.ConflictException;
import eu.civicai.governance.UsageId;
import eu.civicai.governance.charter.EvaluationReport;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Messages;
import eu.civicai.governance.spi.EvaluationRepository;
import eu.civicai.governance.spi.StoredEvaluation;
import eu.civicai.governance.spi.TenantId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The evaluations table and the latest verdicts, in SQL. */
public final class JdbcEvaluations implements EvaluationRepository {
  private final Database db;

  /** Creates the repository. */
  public JdbcEvaluations(Database db) {
    this.db = db;
  }

  @Override
  public StoredEvaluation record(TenantId tenant, EvaluationReport report) {
    Check.notNull("tenant", tenant);
    Check.notNull("report", report);
    return db.write(
        "evaluations.record",
        tenant,
        c -> {
          // The usage's row lock numbers concurrent evaluations of one usage one after another.
          if (!JdbcUsages.lock(c, tenant, report.usage())) {
            throw new ConflictException(
                "usage", "register.notFound", Messages.raw("usage"), Messages.raw(report.usage()));
          }
          long number;
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT COALESCE(MAX(evaluation_no), 0) + 1 FROM evaluations"
                      + " WHERE tenant_id = ? AND usage_id = ?")) {
            s.setString(1, tenant.value());
            s.setString(2, report.usage().value());
            try (ResultSet r = s.executeQuery()) {
              r.next();
              number = r.getLong(1);
            }
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO evaluations (tenant_id, usage_id, evaluation_no, charter_id,"
                      + " charter_version, usage_revision, library_version, content_hash,"
                      + " evaluated_at, verdict, score, language, document)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, tenant.value());
            s.setString(2, report.usage().value());
            s.setLong(3, number);
            s.setString(4, report.charterId());
            s.setString(5, report.charterVersion());
            s.setInt(6, report.revision());
            s.setString(7, report.libraryVersion());
            s.setString(8, report.contentHash().hex());
            s.setString(9, report.evaluatedAt().toString());
            s.setString(10, report.verdict().name());
            s.setInt(11, report.score());
            s.setString(12, report.language());
            s.setString(13, db.documents().write(report));
            s.executeUpdate();
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO latest_verdicts (tenant_id, usage_id, charter_id, evaluation_no,"
                      + " verdict) VALUES (?, ?, ?, ?, ?)"
                      + " ON CONFLICT (tenant_id, usage_id, charter_id) DO UPDATE"
                      + " SET evaluation_no = excluded.evaluation_no, verdict = excluded.verdict")) {
            s.setString(1, tenant.value());
            s.setString(2, report.usage().value());
            s.setString(3, report.charterId());
            s.setLong(4, number);
            s.setString(5, report.verdict().name());
            s.executeUpdate();
          }
          return new StoredEvaluation(tenant, number, report);
        });
  }

  @Override
  public List<StoredEvaluation> history(TenantId tenant, UsageId usage) {
    Check.notNull("tenant", tenant);
    Check.notNull("usage", usage);
    return select(tenant, usage, null);
  }

  @Override
  public Optional<StoredEvaluation> latest(TenantId tenant, UsageId usage, String charterId) {
    Check.notNull("tenant", tenant);
    Check.notNull("usage", usage);
    Check.notBlank("charterId", charterId);
    List<StoredEvaluation> all = select(tenant, usage, charterId);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  private List<StoredEvaluation> select(TenantId tenant, UsageId usage, String charterId) {
    return db.read(
        "evaluations.history",
        tenant,
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT evaluation_no, document FROM evaluations"
                      + " WHERE tenant_id = ? AND usage_id = ?"
                      + (charterId == null ? "" : " AND charter_id = ?")
                      + " ORDER BY evaluation_no")) {
            s.setString(1, tenant.value());
            s.setString(2, usage.value());
            if (charterId != null) {
              s.setString(3, charterId);
            }
            List<StoredEvaluation> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                out.add(
                    new StoredEvaluation(
                        tenant, r.getLong(1), db.documents().report(r.getString(2))));
              }
            }
            return List.copyOf(out);
          }
        });
  }
}
