package eu.civicai.governance.data;

import eu.civicai.governance.DatasetId;
import eu.civicai.governance.HostingRegion;
import eu.civicai.governance.register.Register;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;

/** A register with a few datasets, and helpers to build ledgers over it. */
final class LedgerFixture {
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final DatasetId METERS = DatasetId.of("compteurs");
  static final DatasetId ACCOUNTS = DatasetId.of("abonnes");
  static final DatasetId WEATHER = DatasetId.of("meteo");

  final Register register;

  LedgerFixture(Clock clock) {
    register = Register.inMemory(clock);
    register.addDataset(
        Dataset.builder("compteurs")
            .name("Télérelève des compteurs")
            .personalData(PersonalDataLevel.NONE)
            .purposes("détection de fuites")
            .retention(
                RetentionRule.of(Period.ofYears(3), RetentionTrigger.COLLECTION, EndAction.DELETE))
            .build());
    register.addDataset(
        Dataset.builder("abonnes")
            .name("Fichier des abonnés")
            .personalData(PersonalDataLevel.PERSONAL)
            .legalBasis(LegalBasis.PUBLIC_TASK)
            .purposes("facturation", "détection de fuites")
            .storageRegion(HostingRegion.FRANCE)
            .retention(
                RetentionRule.of(
                    Period.ofMonths(1), RetentionTrigger.COLLECTION, EndAction.ANONYMISE))
            .build());
    register.addDataset(
        Dataset.builder("meteo").name("Météo").personalData(PersonalDataLevel.NONE).build());
  }

  static Clock fixed(String instant) {
    return Clock.fixed(Instant.parse(instant), PARIS);
  }
}
