package eu.civicai.governance.examples;

import eu.civicai.governance.DatasetId;
import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.UsageId;
import eu.civicai.governance.data.Checkpoint;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.data.EndAction;
import eu.civicai.governance.data.Ledger;
import eu.civicai.governance.data.LedgerEntry;
import eu.civicai.governance.data.LedgerVerification;
import eu.civicai.governance.data.LedgerVerifier;
import eu.civicai.governance.data.LifecycleEvent;
import eu.civicai.governance.data.PersonalDataLevel;
import eu.civicai.governance.data.RetentionRule;
import eu.civicai.governance.data.RetentionTrigger;
import eu.civicai.governance.register.Register;
import eu.civicai.governance.spi.LedgerStore;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Records lifecycle events, takes a checkpoint, and detects a tampering of the stored ledger. */
public final class DetectATampering {
  private DetectATampering() {}

  /**
   * Runs the example and returns the verification of the tampered copy.
   *
   * @param locale the language of the printed explanation
   * @return the verification outcome of the tampered ledger
   */
  public static LedgerVerification run(Locale locale) {
    Clock clock = Clock.fixed(Instant.parse("2025-12-31T17:00:00Z"), ZoneId.of("Europe/Paris"));
    Register register = Register.inMemory(clock);
    DatasetId meters = DatasetId.of("sicoval-telereleve");
    register.addDataset(
        Dataset.builder("sicoval-telereleve")
            .name("Télérelève des compteurs")
            .personalData(PersonalDataLevel.NONE)
            .purposes("détection de fuites")
            .retention(
                RetentionRule.of(Period.ofYears(3), RetentionTrigger.COLLECTION, EndAction.DELETE))
            .build());

    Ledger ledger = Ledger.inMemory(register, clock);
    ledger.append(
        LifecycleEvent.collected(meters)
            .at(Instant.parse("2025-01-06T06:00:00Z"))
            .by("service de l'eau"));
    ledger.append(
        LifecycleEvent.usedForTraining(
                meters, UsageId.of("sicoval-detection-fuites"), "détection de fuites")
            .at(Instant.parse("2025-02-03T09:00:00Z"))
            .by("data scientist"));
    Checkpoint checkpoint = ledger.checkpoint(); // what an auditor keeps

    // Someone edits the stored copy: the training now claims another purpose.
    List<LedgerEntry> stored = new ArrayList<>(ledger.entries());
    LedgerEntry second = stored.get(1);
    LifecycleEvent e = second.event();
    LifecycleEvent forged =
        LifecycleEvent.usedForTraining(e.dataset(), e.usage(), "maintenance prédictive")
            .at(e.at())
            .by(e.actorRole())
            .build();
    stored.set(1, new LedgerEntry(second.sequence(), forged, second.previousHash(), second.hash()));

    System.out.println(ledger.verify(checkpoint).message(locale));
    // The auditor verifies the copy received; opening it as a ledger is refused, for the same
    // reason: a ledger never replays an entry that verification refuses.
    LedgerVerification tampered = LedgerVerifier.verify(stored, checkpoint);
    System.out.println(tampered.message(locale));
    try {
      Ledger.open(LedgerStore.inMemory(stored), register, clock);
    } catch (InvalidInputException refused) {
      System.out.println(refused.message(locale));
    }
    return tampered;
  }

  /**
   * Runs the example in French.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    run(Locale.FRENCH);
  }
}
