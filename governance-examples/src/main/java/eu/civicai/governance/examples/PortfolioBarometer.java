package eu.civicai.governance.examples;

import eu.civicai.governance.barometer.AuthorityFigures;
import eu.civicai.governance.barometer.Barometer;
import eu.civicai.governance.barometer.BarometerGroup;
import eu.civicai.governance.barometer.PopulationBand;
import eu.civicai.governance.data.Ledger;
import eu.civicai.governance.exchange.InterconnectesCsv;
import eu.civicai.governance.json.BarometerJson;
import eu.civicai.governance.register.Register;
import eu.civicai.governance.usage.AiUsage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The main job's barometer (issue 21): the maturity of every authority of the portfolio (with its
 * ledger) and of the imported Interconnectés sample (whose authorities keep no ledger here, so
 * their ledger component stays unknown rather than 0), written to {@code barometer.json} and
 * printed as a short table by population band.
 */
final class PortfolioBarometer {
  private PortfolioBarometer() {}

  /**
   * Computes, writes and prints the barometer.
   *
   * @param out the output directory
   * @param portfolio the portfolio's register
   * @param ledger the portfolio's ledger
   * @param clock the job's clock
   * @param console where the table goes
   * @return the barometer
   */
  static Barometer run(
      Path out, Register portfolio, Ledger ledger, Clock clock, PrintStream console) {
    LocalDate asOf = LocalDate.ofInstant(clock.instant(), clock.getZone());
    Register imported = Register.inMemory(clock);
    for (AiUsage usage : interconnectesSample()) {
      imported.add(usage);
    }
    List<AuthorityFigures> figures = new ArrayList<>(Barometer.figures(portfolio, ledger, asOf));
    figures.addAll(Barometer.figures(imported, null, asOf));
    // One authority in both (the same SIREN, or the same name without one) counts once.
    Barometer barometer = Barometer.fromFigures(Barometer.merge(figures), asOf);
    try {
      Files.writeString(out.resolve("barometer.json"), BarometerJson.write(barometer));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    console.printf(
        "Baromètre : %d collectivités (portefeuille et échantillon Interconnectés), %d avec un"
            + " score%n",
        barometer.overall().authorities(), barometer.overall().scored());
    for (BarometerGroup<PopulationBand> band : barometer.byBand()) {
      if (band.authorities() > 0) {
        console.printf(
            "  %-28s %3d collectivités  médiane %6s  moyenne %6s%n",
            band.key().label(Locale.FRENCH),
            band.authorities(),
            french(band.medianScore()),
            french(band.meanScore()));
      }
    }
    return barometer;
  }

  private static List<AiUsage> interconnectesSample() {
    try (InputStream in =
        PortfolioBarometer.class.getResourceAsStream("interconnectes-sample.csv")) {
      return InterconnectesCsv.importCsv(in).usages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String french(BigDecimal score) {
    return score == null ? "—" : score.toPlainString().replace('.', ',');
  }
}
