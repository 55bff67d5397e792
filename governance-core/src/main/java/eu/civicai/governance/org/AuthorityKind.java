package eu.civicai.governance.org;

import eu.civicai.governance.Labelled;

/**
 * The kind of a French public authority (collectivité territoriale, groupement or operator), with
 * the kinds real exports of the Interconnectés library use.
 */
public enum AuthorityKind implements Labelled {
  COMMUNE("Commune", "Municipality"),
  /** Any établissement public de coopération intercommunale, when the exact kind is not known. */
  EPCI("EPCI", "Inter-municipal body (EPCI)"),
  METROPOLE("Métropole", "Metropolis"),
  COMMUNAUTE_URBAINE("Communauté urbaine", "Urban community"),
  COMMUNAUTE_AGGLOMERATION("Communauté d'agglomération", "Agglomeration community"),
  COMMUNAUTE_COMMUNES("Communauté de communes", "Community of municipalities"),
  /** Établissement public territorial, in the Métropole du Grand Paris. */
  EPT("Établissement public territorial", "Public territorial establishment (EPT)"),
  DEPARTEMENT("Département", "Department"),
  REGION("Région", "Region"),
  SYNDICAT_MIXTE("Syndicat mixte", "Joint syndicate"),
  OTHER_PUBLIC_OPERATOR("Opérateur public", "Other public operator");

  private final String labelFr;
  private final String labelEn;

  AuthorityKind(String labelFr, String labelEn) {
    this.labelFr = labelFr;
    this.labelEn = labelEn;
  }

  /** Returns whether this kind is an inter-municipal body (EPCI à fiscalité propre or EPT). */
  public boolean isIntercommunal() {
    return switch (this) {
      case EPCI,
          METROPOLE,
          COMMUNAUTE_URBAINE,
          COMMUNAUTE_AGGLOMERATION,
          COMMUNAUTE_COMMUNES,
          EPT ->
          true;
      default -> false;
    };
  }

  @Override
  public String labelFr() {
    return labelFr;
  }

  @Override
  public String labelEn() {
    return labelEn;
  }
}
