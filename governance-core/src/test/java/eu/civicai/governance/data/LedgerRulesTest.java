package eu.civicai.governance.data;

import static eu.civicai.governance.data.LedgerFixture.ACCOUNTS;
import static eu.civicai.governance.data.LedgerFixture.METERS;
import static eu.civicai.governance.data.LedgerFixture.WEATHER;
import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.ConflictException;
import eu.civicai.governance.DatasetId;
import eu.civicai.governance.GovernanceException;
import eu.civicai.governance.HostingRegion;
import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.UsageId;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each refused transition, with its exact message, and the ledger unchanged after it. */
class LedgerRulesTest {
  private static final Instant T1 = Instant.parse("2025-01-10T08:00:00Z");
  private static final Instant T2 = Instant.parse("2025-02-10T08:00:00Z");
  private static final UsageId LEAKS = UsageId.of("fuites");

  private Ledger ledger;

  @BeforeEach
  void setUp() {
    LedgerFixture fixture = new LedgerFixture(LedgerFixture.fixed("2025-12-31T00:00:00Z"));
    ledger = Ledger.inMemory(fixture.register, LedgerFixture.fixed("2025-12-31T00:00:00Z"));
    ledger.append(LifecycleEvent.collected(METERS).at(T1).by("service de l'eau"));
  }

  private GovernanceException refused(LifecycleEvent.Builder event) {
    Checkpoint before = ledger.checkpoint();
    DatasetState stateBefore = ledger.state(event.build().dataset());
    try {
      ledger.append(event);
    } catch (GovernanceException e) {
      assertThat(ledger.checkpoint()).isEqualTo(before);
      assertThat(ledger.entries()).hasSize((int) before.count());
      assertThat(ledger.state(event.build().dataset())).isEqualTo(stateBefore);
      assertThat(ledger.verify(before).intact()).isTrue();
      return e;
    }
    throw new AssertionError("expected a refusal");
  }

  @Test
  void unknownDataset_isRefused() {
    GovernanceException e =
        refused(LifecycleEvent.collected(DatasetId.of("inconnu")).at(T2).by("dsi"));

    assertThat(e).isInstanceOf(InvalidInputException.class);
    assertThat(e.getMessage()).isEqualTo("`dataset`: dataset inconnu is not in the register");
    assertThat(e.message(Locale.FRENCH))
        .isEqualTo("`dataset` : le jeu de données inconnu n'est pas dans le registre");
  }

  @Test
  void timeGoingBackwards_isRefused() {
    GovernanceException e =
        refused(
            LifecycleEvent.collected(WEATHER).at(Instant.parse("2025-01-01T00:00:00Z")).by("dsi"));

    assertThat(e).isInstanceOf(ConflictException.class);
    assertThat(e.getMessage())
        .isEqualTo(
            "`at`: 2025-01-01T00:00:00Z is before the last recorded event (2025-01-10T08:00:00Z); time never goes backwards in the ledger");
  }

  @Test
  void eventInTheFuture_isRefused() {
    GovernanceException e =
        refused(
            LifecycleEvent.collected(WEATHER).at(Instant.parse("2026-01-01T00:00:00Z")).by("dsi"));

    assertThat(e.getMessage())
        .isEqualTo(
            "`at`: 2026-01-01T00:00:00Z is after the ledger clock's present 2025-12-31T00:00:00Z; an event cannot be recorded before it happens");
  }

  @Test
  void useBeforeCollection_isRefused() {
    GovernanceException e =
        refused(
            LifecycleEvent.usedForInference(WEATHER, LEAKS, "détection de fuites")
                .at(T2)
                .by("dsi"));

    assertThat(e.getMessage())
        .isEqualTo(
            "`kind`: dataset meteo has no collection, import or derivation recorded; a USED_FOR_INFERENCE event cannot come first");
  }

  @Test
  void eventAfterDeletion_isRefused_butErasureAndBreachAreNot() {
    ledger.append(LifecycleEvent.of(EventKind.ERASURE_REQUESTED, METERS).at(T2).by("dpo"));
    ledger.append(LifecycleEvent.deleted(METERS, "effacement sécurisé").at(T2).by("dsi"));

    GovernanceException e =
        refused(
            LifecycleEvent.usedForTraining(METERS, LEAKS, "détection de fuites").at(T2).by("dsi"));

    assertThat(e.getMessage())
        .isEqualTo(
            "`kind`: dataset compteurs was deleted at sequence 3; a USED_FOR_TRAINING event cannot follow");
    assertThat(e.message(Locale.FRENCH))
        .isEqualTo(
            "`kind` : le jeu de données compteurs a été supprimé à la séquence 3 ; un événement USED_FOR_TRAINING ne peut suivre");
    ledger.append(LifecycleEvent.of(EventKind.ERASURE_FULFILLED, METERS).at(T2).by("dpo"));
    ledger.append(LifecycleEvent.of(EventKind.BREACH_DETECTED, METERS).at(T2).by("rssi"));
    assertThat(ledger.state(METERS).status()).isEqualTo(LifecycleStatus.DELETED);
    assertThat(ledger.state(METERS).erasurePending()).isFalse();
  }

  @Test
  void liftingAHoldNeverPlaced_isRefused() {
    GovernanceException e =
        refused(LifecycleEvent.holdLifted(METERS, "contentieux-12").at(T2).by("juridique"));

    assertThat(e.getMessage())
        .isEqualTo(
            "`holdReference`: no legal hold 'contentieux-12' is in place on dataset compteurs");
  }

  @Test
  void placingAHoldTwice_isRefused() {
    ledger.append(LifecycleEvent.holdPlaced(METERS, "contentieux-12").at(T2).by("juridique"));

    GovernanceException e =
        refused(LifecycleEvent.holdPlaced(METERS, "contentieux-12").at(T2).by("juridique"));

    assertThat(e.getMessage())
        .isEqualTo(
            "`holdReference`: legal hold 'contentieux-12' is already in place on dataset compteurs");
  }

  @Test
  void erasureFulfilledWithoutRequest_isRefused() {
    GovernanceException e =
        refused(LifecycleEvent.of(EventKind.ERASURE_FULFILLED, METERS).at(T2).by("dpo"));

    assertThat(e.getMessage())
        .isEqualTo("`kind`: no erasure request is pending on dataset compteurs");
  }

  @Test
  void derivationFromUnknownSource_isRefused() {
    GovernanceException e =
        refused(LifecycleEvent.derived(WEATHER, DatasetId.of("absent")).at(T2).by("dsi"));

    assertThat(e.getMessage()).isEqualTo("`sources[0]`: dataset absent is not in the register");
  }

  @Test
  void derivationFromDeletedSource_isRefused() {
    ledger.append(LifecycleEvent.deleted(METERS, "effacement").at(T2).by("dsi"));

    GovernanceException e = refused(LifecycleEvent.derived(WEATHER, METERS).at(T2).by("dsi"));

    assertThat(e.getMessage())
        .isEqualTo(
            "`sources[0]`: dataset compteurs was deleted at sequence 2; nothing can derive from it");
  }

  @Test
  void derivationCycle_isRefused() {
    ledger.append(LifecycleEvent.derived(WEATHER, METERS).at(T2).by("dsi"));
    ledger.append(LifecycleEvent.collected(ACCOUNTS).at(T2).by("dsi"));
    ledger.append(LifecycleEvent.derived(ACCOUNTS, WEATHER).at(T2).by("dsi"));

    GovernanceException e = refused(LifecycleEvent.derived(METERS, ACCOUNTS).at(T2).by("dsi"));

    assertThat(e.getMessage())
        .isEqualTo("`sources[0]`: dataset compteurs would derive from itself through abonnes");
  }

  @Test
  void detailsOfAnotherKind_areRejectedWhenBuilt() {
    GovernanceException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidInputException.class,
            () -> LifecycleEvent.collected(METERS).by("dsi").recipient("Veolia").build());

    assertThat(e.getMessage())
        .isEqualTo("`recipient` does not apply to a COLLECTED event; leave it out");
  }

  @Test
  void missingDetail_isRejectedWhenBuilt() {
    GovernanceException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidInputException.class,
            () -> LifecycleEvent.of(EventKind.SHARED, METERS).by("dsi").build());

    assertThat(e.getMessage()).isEqualTo("`recipient` is required for a SHARED event");
  }

  @Test
  void missingActorRole_isRejected() {
    GovernanceException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidInputException.class, () -> LifecycleEvent.collected(METERS).build());

    assertThat(e.getMessage()).isEqualTo("`actorRole` must not be blank, but was null");
  }

  @Test
  void eventWithoutInstant_isStampedWithTheClock() {
    LedgerEntry entry = ledger.append(LifecycleEvent.collected(WEATHER).by("dsi"));

    assertThat(entry.event().at()).isEqualTo(Instant.parse("2025-12-31T00:00:00Z"));
    assertThat(entry.sequence()).isEqualTo(2);
  }

  @Test
  void undeclaredPurposeAndSharingOutsideTheEu_areRecordedAsConcerns() {
    ledger.append(LifecycleEvent.collected(ACCOUNTS).at(T2).by("service de l'eau"));
    ledger.append(
        LifecycleEvent.usedForInference(ACCOUNTS, LEAKS, "Détection de fuites ").at(T2).by("dsi"));
    ledger.append(
        LifecycleEvent.usedForTraining(ACCOUNTS, LEAKS, "prospection commerciale")
            .at(T2)
            .by("dsi"));
    ledger.append(
        LifecycleEvent.shared(ACCOUNTS, "Prestataire US", HostingRegion.OUTSIDE_EU)
            .at(T2)
            .by("dsi"));
    ledger.append(
        LifecycleEvent.shared(METERS, "Prestataire US", HostingRegion.OUTSIDE_EU).at(T2).by("dsi"));

    assertThat(ledger.concerns())
        .extracting(Concern::kind, Concern::sequence, Concern::detail)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                ConcernKind.UNDECLARED_PURPOSE, 4L, "prospection commerciale"),
            org.assertj.core.groups.Tuple.tuple(
                ConcernKind.PERSONAL_DATA_OUTSIDE_EU, 5L, "Prestataire US"));
    assertThat(ledger.personalDataUses())
        .extracting(PersonalDataUse::purpose)
        .containsExactly("Détection de fuites ", "prospection commerciale");
  }
}
