package eu.civicai.governance.tender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.charter.Charter;
import eu.civicai.governance.charter.CharterEvaluator;
import eu.civicai.governance.charter.EvaluationContext;
import eu.civicai.governance.charter.Finding;
import eu.civicai.governance.charter.Outcome;
import eu.civicai.governance.charters.BuiltInCharters;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.data.PersonalDataLevel;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.DataRole;
import eu.civicai.governance.usage.DatasetUse;
import eu.civicai.governance.usage.OutputRole;
import eu.civicai.governance.usage.Procurement;
import eu.civicai.governance.usage.Sourcing;
import eu.civicai.governance.usage.TenderAnswer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue 23, "Tender clauses generated from a charter". */
class TenderClausesTest {
  /** Métropole du Grand Paris, energy steering of public buildings: no individual decision. */
  private static AiUsage draft() {
    return AiUsage.builder("ia-eco-pilot")
        .name("IA Éco Pilot")
        .authority(Authority.of("Métropole du Grand Paris", AuthorityKind.COMMUNE))
        .system(s -> s.sourcing(Sourcing.PUBLIC_PROCUREMENT))
        .decision(
            d ->
                d.outputRole(OutputRole.DECISION_SUPPORT)
                    .concernsIndividuals(false)
                    .generatesContent(false))
        .dataUse(d -> d.datasets(DatasetUse.of("compteurs", DataRole.INPUT)))
        .build();
  }

  private static final Dataset METERS =
      Dataset.builder("compteurs").name("Compteurs").personalData(PersonalDataLevel.NONE).build();

  @Test
  void frugalCharter_keepsTheEnvironmentalClauses_tracedToTheirCriteria() {
    TenderDossier dossier =
        TenderClauses.generate(BuiltInCharters.frugalAi(), draft(), List.of(METERS));

    TenderClause energy =
        dossier.clauses().stream()
            .filter(c -> c.id().equals("cctp.energy-measurement"))
            .findFirst()
            .orElseThrow();
    assertThat(energy.section()).isEqualTo(ClauseSection.CCTP);
    assertThat(energy.criterion()).isEqualTo("frugal.method");
    assertThat(energy.sources().get(0)).isEqualTo("AFNOR SPEC 2314 (IA frugale)");
    Charter frugal = BuiltInCharters.frugalAi();
    List<String> references =
        frugal.criteria().stream()
            .filter(c -> c.id().equals("frugal.method"))
            .findFirst()
            .orElseThrow()
            .references();
    assertThat(energy.sources()).containsAll(references);
    for (TenderClause c : dossier.clauses()) {
      if (!c.id().equals("rc.price")) {
        assertThat(frugal.criteria()).as(c.id()).anyMatch(k -> k.id().equals(c.criterion()));
      }
      assertThat(c.sources()).as(c.id()).isNotEmpty();
    }
    assertThat(dossier.clauses(ClauseSection.DOCUMENT))
        .extracting(TenderClause::id)
        .contains("doc.energy-method", "doc.hosting-location", "doc.model-documentation");
  }

  @Test
  void clausesTheDraftMakesIrrelevant_areLeftOutWithTheReason() {
    TenderDossier dossier =
        TenderClauses.generate(BuiltInCharters.gdprCrpa(), draft(), List.of(METERS));

    assertThat(dossier.omitted())
        .filteredOn(o -> o.id().equals("doc.dpa-art28"))
        .singleElement()
        .extracting(OmittedClause::reason)
        .isEqualTo("les jeux de données de la fiche ne contiennent aucune donnée personnelle");
    assertThat(dossier.omitted())
        .filteredOn(o -> o.id().equals("cctp.explanation"))
        .singleElement()
        .extracting(OmittedClause::reason)
        .isEqualTo("la fiche indique qu'aucune décision individuelle n'en dépend");
  }

  @Test
  void datasetNotGiven_isNeverAssumedFreeOfPersonalData() {
    TenderDossier dossier = TenderClauses.generate(BuiltInCharters.gdprCrpa(), draft(), List.of());
    assertThat(dossier.clauses()).extracting(TenderClause::id).contains("doc.dpa-art28");
    assertThat(
            dossier.clauses().stream()
                .filter(c -> c.id().equals("doc.dpa-art28"))
                .findFirst()
                .orElseThrow()
                .sources())
        .startsWith("RGPD, art. 28");
  }

  @Test
  void clausesWithoutACriterionInTheCharter_areLeftOut_sayingWhich() {
    TenderDossier dossier =
        TenderClauses.generate(BuiltInCharters.frugalAi(), draft(), List.of(METERS));
    assertThat(dossier.omitted())
        .filteredOn(o -> o.id().equals("doc.dpa-art28"))
        .singleElement()
        .extracting(OmittedClause::reason)
        .isEqualTo(
            "la charte civicai.frugal-ai ne contient aucun des critères gdpr.legal-basis,"
                + " gdpr.processing-record, gdpr.transfers");
    // Every clause of the catalogue is either kept or left out, never lost.
    assertThat(dossier.clauses().size() + dossier.omitted().size()).isEqualTo(17);
  }

  @Test
  void awardCriteria_carrySuggestedWeights_thePriceAlways() {
    TenderDossier ethics =
        TenderClauses.generate(BuiltInCharters.ethics(), draft(), List.of(METERS));
    assertThat(ethics.clauses(ClauseSection.RC))
        .extracting(TenderClause::id, TenderClause::weight)
        .contains(
            org.assertj.core.groups.Tuple.tuple("rc.technical", 40),
            org.assertj.core.groups.Tuple.tuple("rc.price", 25));
    assertThat(ethics.clauses(ClauseSection.RC))
        .filteredOn(c -> c.id().equals("rc.price"))
        .singleElement()
        .extracting(TenderClause::criterion, c -> c.sources())
        .containsExactly(null, List.of("Code de la commande publique, art. R2152-7"));
  }

  @Test
  void toMarkdown_listsTheSectionsAndTheClausesLeftOut() {
    String md =
        TenderClauses.generate(BuiltInCharters.frugalAi(), draft(), List.of(METERS)).toMarkdown();
    assertThat(md)
        .startsWith("# Clauses de l'appel d'offres — ia-eco-pilot\n\nCharte : civicai.frugal-ai ")
        .contains("## Exigences du CCTP\n\n### Mesure de l'énergie et du carbone\n\n")
        .contains("_Clause `cctp.energy-measurement`, critère `frugal.method` ; sources : AFNOR")
        .contains("### Performance environnementale — 20 %")
        .contains("Total des pondérations proposées : ")
        .contains("## Clauses écartées\n\n- ");
  }

  @Test
  void record_bidderAnswersBecomeTheProcurementRecord_whichTheFrugalCharterReads() {
    TenderDossier dossier =
        TenderClauses.generate(BuiltInCharters.frugalAi(), draft(), List.of(METERS));
    Procurement record =
        dossier.record(
            Procurement.builder().procedure("Appel d'offres ouvert").build(),
            List.of(
                TenderAnswer.of(
                    "doc.energy-method", "Titulaire SA", "CodeCarbon, par requête", true),
                TenderAnswer.of("doc.hosting-location", "Titulaire SA", "Paris (FR)", true)));
    assertThat(record.procedure()).isEqualTo("Appel d'offres ouvert");
    assertThat(record.environmentalCriteria()).isTrue();
    assertThat(record.criteria())
        .containsExactly(
            "Mesure de l'énergie et du carbone",
            "Performance environnementale",
            "Méthode de mesure de l'énergie et du carbone");
    assertThat(record.answers()).hasSize(2);

    AiUsage awarded = draft().toBuilder().system(s -> s.procurement(record)).build();
    assertThat(frugal(awarded, "frugal.tender-energy-method")).isEqualTo(Outcome.SATISFIED);
    assertThat(frugal(awarded, "frugal.tender-criteria-listed")).isEqualTo(Outcome.SATISFIED);

    Procurement rejected =
        dossier.record(
            null,
            List.of(TenderAnswer.of("doc.energy-method", "Titulaire SA", "Estimation", false)));
    AiUsage bad = draft().toBuilder().system(s -> s.procurement(rejected)).build();
    assertThat(frugal(bad, "frugal.tender-energy-method")).isEqualTo(Outcome.NOT_SATISFIED);
  }

  @Test
  void record_answerToAClauseNotInTheDossier_isRejectedInBothLanguages() {
    TenderDossier dossier =
        TenderClauses.generate(BuiltInCharters.frugalAi(), draft(), List.of(METERS));
    InvalidInputException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            () -> dossier.record(null, List.of(TenderAnswer.of("doc.dpa-art28", "X", null, null))),
            InvalidInputException.class);
    assertThat(e.getMessage())
        .isEqualTo(
            "`answers[0].clause`: the call for tenders generated from civicai.frugal-ai has no"
                + " clause 'doc.dpa-art28'");
    assertThat(e.message(Locale.FRENCH))
        .isEqualTo(
            "`answers[0].clause` : l'appel d'offres généré depuis civicai.frugal-ai n'a pas de"
                + " clause 'doc.dpa-art28'");
    assertThatThrownBy(() -> TenderClauses.generate(null, draft(), List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("`charter` must not be null");
  }

  private static Outcome frugal(AiUsage usage, String criterion) {
    Clock clock = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);
    return CharterEvaluator.of(BuiltInCharters.frugalAi())
        .evaluate(usage, EvaluationContext.of(clock, Locale.FRENCH))
        .get(0)
        .findings()
        .stream()
        .filter(f -> f.criterionId().equals(criterion))
        .map(Finding::outcome)
        .findFirst()
        .orElseThrow();
  }
}
