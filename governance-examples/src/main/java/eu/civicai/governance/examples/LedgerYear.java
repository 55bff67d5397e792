package eu.civicai.governance.examples;

import eu.civicai.governance.DatasetId;
import eu.civicai.governance.HostingRegion;
import eu.civicai.governance.UsageId;
import eu.civicai.governance.data.EventKind;
import eu.civicai.governance.data.Ledger;
import eu.civicai.governance.data.LifecycleEvent;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A year of lifecycle events across the portfolio (December 2025 to November 2026): collections,
 * training, inference, sharing, a derivation, an anonymisation, a deletion, a legal hold, and one
 * retention left overdue (Doriia's agents' requests, kept beyond their three months).
 */
final class LedgerYear {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private LedgerYear() {}

  private static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(PARIS).toInstant();
  }

  private static DatasetId d(String id) {
    return DatasetId.of(id);
  }

  static void record(Ledger ledger) {
    UsageId sicoval = UsageId.of("sicoval-detection-fuites");
    ledger.append(
        LifecycleEvent.collected(d("sicoval-debits-reseau"))
            .at(at("2025-12-01T06:00"))
            .by("capteurs du réseau"));
    ledger.append(
        LifecycleEvent.collected(d("sicoval-abonnes"))
            .at(at("2025-12-01T07:00"))
            .by("service de l'eau"));
    ledger.append(
        LifecycleEvent.collected(d("mgp-consommations-batiments"))
            .at(at("2025-12-02T08:00"))
            .by("communes membres"));
    ledger.append(
        LifecycleEvent.collected(d("cvl-piezometrie"))
            .at(at("2025-12-03T09:00"))
            .by("service des données"));
    ledger.append(
        LifecycleEvent.imported(d("saclay-topographie"))
            .at(at("2025-12-04T09:00"))
            .by("service SIG")
            .note("Données ouvertes IGN"));
    ledger.append(
        LifecycleEvent.collected(d("mgp-annonces-materiaux"))
            .at(at("2025-12-05T10:00"))
            .by("plateforme"));
    ledger.append(
        LifecycleEvent.collected(d("mgp-capteurs-aires-livraison"))
            .at(at("2025-12-06T10:00"))
            .by("capteurs"));
    ledger.append(
        LifecycleEvent.usedForTraining(d("sicoval-debits-reseau"), sicoval, "détection de fuites")
            .at(at("2026-01-15T10:00"))
            .by("prestataire de supervision"));
    ledger.append(
        LifecycleEvent.collected(d("tours-requetes-agents"))
            .at(at("2026-01-20T09:00"))
            .by("Doriia"));
    ledger.append(
        LifecycleEvent.usedForInference(
                d("tours-requetes-agents"), UsageId.of("tours-doriia"), "aide à la rédaction")
            .at(at("2026-01-20T09:01"))
            .by("Doriia"));
    ledger.append(
        LifecycleEvent.derived(d("cvl-indicateurs-stress-hydrique"), d("cvl-piezometrie"))
            .at(at("2026-02-01T12:00"))
            .by("Previso"));
    ledger.append(
        LifecycleEvent.usedForInference(d("sicoval-abonnes"), sicoval, "détection de fuites")
            .at(at("2026-02-02T02:00"))
            .by("détecteur de fuites"));
    ledger.append(
        LifecycleEvent.shared(
                d("sicoval-debits-reseau"), "Exploitant du réseau", HostingRegion.FRANCE)
            .purpose("détection de fuites")
            .at(at("2026-03-10T08:00"))
            .by("direction du cycle de l'eau"));
    ledger.append(
        LifecycleEvent.usedForInference(
                d("mgp-consommations-batiments"),
                UsageId.of("mgp-ia-eco-pilot"),
                "pilotage énergétique")
            .at(at("2026-03-15T08:00"))
            .by("IA Éco Pilot"));
    ledger.append(
        LifecycleEvent.collected(d("sicoval-consommations-anonymisees"))
            .at(at("2026-04-01T08:00"))
            .by("service de l'eau"));
    ledger.append(
        LifecycleEvent.of(EventKind.ANONYMISED, d("sicoval-consommations-anonymisees"))
            .at(at("2026-04-01T08:30"))
            .by("service de l'eau")
            .note("Agrégation par secteur de 50 abonnés au moins"));
    ledger.append(
        LifecycleEvent.of(EventKind.PUBLISHED, d("sicoval-consommations-anonymisees"))
            .at(at("2026-04-02T08:00"))
            .by("service de l'eau"));
    ledger.append(
        LifecycleEvent.usedForInference(
                d("mgp-annonces-materiaux"),
                UsageId.of("mgp-ia-btp-match"),
                "mise en relation de l'offre et de la demande de matériaux")
            .at(at("2026-04-15T10:00"))
            .by("IA BTP Match"));
    ledger.append(
        LifecycleEvent.of(EventKind.ERASURE_REQUESTED, d("mgp-annonces-materiaux"))
            .at(at("2026-05-02T10:00"))
            .by("délégué à la protection des données"));
    ledger.append(
        LifecycleEvent.deleted(d("mgp-annonces-materiaux"), "effacement en base et des sauvegardes")
            .at(at("2026-05-20T10:00"))
            .by("plateforme"));
    ledger.append(
        LifecycleEvent.of(EventKind.ERASURE_FULFILLED, d("mgp-annonces-materiaux"))
            .at(at("2026-05-20T10:05"))
            .by("délégué à la protection des données"));
    ledger.append(
        LifecycleEvent.usedForInference(
                d("cvl-indicateurs-stress-hydrique"),
                UsageId.of("cvl-previso"),
                "prévision du stress hydrique")
            .at(at("2026-07-01T08:00"))
            .by("Previso"));
    ledger.append(
        LifecycleEvent.holdPlaced(d("mgp-capteurs-aires-livraison"), "contentieux-livraisons-2026")
            .at(at("2026-09-01T10:00"))
            .by("direction juridique")
            .note("Conservation demandée pour un recours"));
    ledger.append(
        LifecycleEvent.usedForInference(d("sicoval-abonnes"), sicoval, "détection de fuites")
            .at(at("2026-11-02T02:00"))
            .by("détecteur de fuites"));
  }
}
