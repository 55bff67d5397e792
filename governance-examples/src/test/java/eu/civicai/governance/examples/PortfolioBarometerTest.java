package eu.civicai.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import eu.civicai.governance.barometer.AuthorityMaturity;
import eu.civicai.governance.barometer.Barometer;
import eu.civicai.governance.barometer.MaturityComponent;
import eu.civicai.governance.data.Ledger;
import eu.civicai.governance.json.BarometerJson;
import eu.civicai.governance.register.Register;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 21: the main job's barometer over the portfolio and the Interconnectés sample. */
class PortfolioBarometerTest {
  private static final Clock CLOCK = Clock.fixed(Portfolio.AT, ZoneId.of("Europe/Paris"));
  @TempDir Path out;

  @Test
  void run_writesBarometerJson_andPrintsTheBands() throws Exception {
    Register register = TerritorialCases.register(Register.inMemory(CLOCK));
    Ledger ledger = Ledger.inMemory(register, CLOCK);
    LedgerYear.record(ledger);
    ByteArrayOutputStream console = new ByteArrayOutputStream();

    Barometer b =
        PortfolioBarometer.run(
            out, register, ledger, CLOCK, new PrintStream(console, true, StandardCharsets.UTF_8));

    String json = Files.readString(out.resolve("barometer.json"));
    assertThat(json).isEqualTo(BarometerJson.write(b));
    try (InputStream in = BarometerJson.class.getResourceAsStream(BarometerJson.SCHEMA_RESOURCE)) {
      ObjectMapper plain = new ObjectMapper();
      assertThat(
              JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                  .getSchema(plain.readTree(in))
                  .validate(plain.readTree(json)))
          .isEmpty();
    }
    // Every authority of the portfolio, and those of the sample, whose ledger is unknown.
    long portfolioAuthorities =
        register.usages().stream().map(u -> u.authority().name()).distinct().count();
    assertThat(b.authorities().size()).isGreaterThan((int) portfolioAuthorities);
    AuthorityMaturity valDeBrume = b.find("Commune de Val-de-Brume").orElseThrow();
    assertThat(valDeBrume.component(MaturityComponent.LEDGER_KEPT).isKnown()).isFalse();
    assertThat(valDeBrume.component(MaturityComponent.USAGES_DOCUMENTED).isKnown()).isTrue();
    assertThat(
            b.authorities().stream()
                .filter(m -> m.component(MaturityComponent.LEDGER_KEPT).isKnown())
                .count())
        .isEqualTo(portfolioAuthorities);
    String text = console.toString(StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith(
            "Baromètre : "
                + b.overall().authorities()
                + " collectivités (portefeuille et échantillon Interconnectés)");
    JsonNode content = new ObjectMapper().readTree(json).get("content");
    assertThat(content.get("authorities")).hasSize(b.authorities().size());
  }
}
