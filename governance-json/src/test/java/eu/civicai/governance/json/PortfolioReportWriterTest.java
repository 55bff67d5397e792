package eu.civicai.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.ConflictException;
import eu.civicai.governance.charter.PortfolioReport;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, "No command builds its whole output as one string": the streaming writer of portfolio
 * reports gives the bytes of the document writer, for seeded random portfolios of every size.
 */
class PortfolioReportWriterTest {
  private static final GovernanceJson JSON = GovernanceJson.create();

  @Test
  void issue16_streamedPortfolio_hasTheBytesOfTheDocumentWriter() {
    RandomDocuments random = new RandomDocuments(16);
    List<PortfolioReport.UsageEvaluation> all = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      all.addAll(random.portfolio().usages());
    }
    for (int n : new int[] {0, 1, 2, 7, all.size()}) {
      PortfolioReport report = PortfolioReport.of(all.subList(0, n));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (PortfolioReportWriter writer = JSON.portfolioReportWriter(out)) {
        report.usages().forEach(writer::usage);
        assertThat(writer.summary().verdicts()).isEqualTo(report.verdicts());
      }
      assertThat(out.toString(StandardCharsets.UTF_8))
          .as("%d usages", n)
          .isEqualTo(JSON.write(DocumentType.PORTFOLIO_REPORT, report));
      assertThat(JSON.read(DocumentType.PORTFOLIO_REPORT, out.toString(StandardCharsets.UTF_8)))
          .isEqualTo(report);
    }
  }

  @Test
  void issue16_aClosedWriter_refusesMore() {
    RandomDocuments random = new RandomDocuments(17);
    PortfolioReport.UsageEvaluation one = random.portfolio().usages().get(0);
    PortfolioReportWriter writer = JSON.portfolioReportWriter(new ByteArrayOutputStream());
    writer.usage(one).close();
    writer.close();
    assertThatThrownBy(() -> writer.usage(one)).isInstanceOf(ConflictException.class);
  }
}
