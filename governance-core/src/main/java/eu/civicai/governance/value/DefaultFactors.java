package eu.civicai.governance.value;

import java.util.List;

/**
 * The library's default factors. Each figure, its derivation and what could not be confirmed is
 * stated in {@code docs/value.md}; keep the two in step.
 */
final class DefaultFactors {
  private DefaultFactors() {}

  /** Loaded hourly cost of a territorial agent, derived from INSEE's mean net salary of 2021. */
  static final ValueFactor AGENT_HOURLY_COST =
      ValueFactor.of(
              FactorKind.AGENT_HOURLY_COST,
              "26",
              "Dérivé d'INSEE Première n° 1956 (salaire net moyen FPT 2021 : 2 039 €/mois EQTP),"
                  + " des taux CNRACL et Urssaf et de la durée annuelle de 1 607 h",
              2021)
          .withUrl("https://www.insee.fr/fr/statistiques/7642268")
          .withNote(
              "2 039 € nets × 1,184 (rapport brut/net INSEE de 2011) ≈ 2 415 € bruts ;"
                  + " × 1,4608 (CNRACL 30,65 % + Urssaf 15,43 %) ≈ 3 528 € chargés par mois ;"
                  + " × 12 / 1 607 h ≈ 26,3 €/h, arrondi à 26. Estimation, non publiée telle"
                  + " quelle : remplacez-la par le coût de vos agents.");

  /** Yearly water use of a household of 2.5 persons: 120 m³ (Centre d'information sur l'eau). */
  static final ValueFactor WATER_PER_HOUSEHOLD_YEAR =
      ValueFactor.of(
              FactorKind.WATER_PER_HOUSEHOLD_YEAR,
              "120",
              "Centre d'information sur l'eau, d'après l'INSEE (foyer de 2,5 personnes)",
              2024)
          .withUrl(
              "https://www.cieau.com/le-metier-de-leau/ressource-en-eau-eau-potable-eaux-usees/"
                  + "quels-sont-les-usages-domestiques-de-leau")
          .withNote(
              "329 litres par jour et par foyer, soit 120 m³ par an ; page mise à jour le"
                  + " 4 juillet 2024, l'année de la mesure INSEE n'y est pas donnée.");

  /** Emission factor of France's grid electricity, mean consumption mix. */
  static final ValueFactor ELECTRICITY_CARBON =
      ValueFactor.of(
              FactorKind.ELECTRICITY_CARBON,
              "0.052",
              "ADEME, Base Empreinte : Électricité - 2022 - mix moyen - consommation (France"
                  + " continentale)",
              2022)
          .withUrl(
              "https://prod-basecarbonesolo.ademe-dri.fr/documentation/UPLOAD_DOC_FR/"
                  + "mix_electrique.htm")
          .withNote(
              "Non confirmée dans la Base Empreinte elle-même (recherche de décembre 2026, voir"
                  + " docs/value.md) : 0,052 est la valeur que des sources secondaires attribuent"
                  + " au mix moyen de consommation de l'ADEME (certaines la disent de 2024) ;"
                  + " d'autres citent 0,0569 à 0,0571 kgCO2e/kWh (Base Carbone v23.6). Remplacez-la"
                  + " par le facteur de votre extraction de la Base Empreinte.");

  static List<ValueFactor> all() {
    return List.of(AGENT_HOURLY_COST, WATER_PER_HOUSEHOLD_YEAR, ELECTRICITY_CARBON);
  }
}
