package eu.civicai.governance.org;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Constraints;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A public authority that owns or partners in an AI usage: its name, identifiers, kind and
 * population.
 *
 * <p>Start with {@link #of(String, AuthorityKind)} and add what is known with the {@code with}
 * methods, each returning a new value. When both a SIREN and a SIRET are given, the SIRET must
 * belong to the SIREN. Immutable and thread-safe.
 *
 * @param name the authority's name, such as "Sicoval" (not blank, at most 200 characters)
 * @param kind the kind of authority
 * @param siren the legal entity's SIREN
 * @param siret the SIRET of the establishment concerned
 * @param population the population served (INSEE municipal population)
 * @param agents the number of agents in full-time equivalents, which decides the CRPA L312-1-3
 *     publication duty above 50
 */
public record Authority(
    @NotBlank @Size(max = 200) String name,
    AuthorityKind kind,
    @Nullable Siren siren,
    @Nullable Siret siret,
    @PositiveOrZero @Nullable Long population,
    @PositiveOrZero @Nullable Long agents) {

  /** Checks the fields and that the SIRET belongs to the SIREN. */
  public Authority {
    Check.notNull("kind", kind);
    Constraints.checkRecord(Authority.class, name, kind, siren, siret, population, agents);
    if (siren != null && siret != null && !siret.sirenDigits().equals(siren.value())) {
      throw new InvalidInputException("siret", "siret.sirenMismatch", siret.value(), siren.value());
    }
    if (siren == null && siret != null) {
      siren = siret.siren();
    }
  }

  /** Returns an authority known by its name and kind only. */
  public static Authority of(String name, AuthorityKind kind) {
    return new Authority(name, kind, null, null, null, null);
  }

  /** Returns a copy with the given SIREN (checked, spaces ignored). */
  public Authority withSiren(String siren) {
    return new Authority(name, kind, Siren.of(siren), siret, population, agents);
  }

  /** Returns a copy with the given SIRET (checked, spaces ignored); its SIREN follows from it. */
  public Authority withSiret(String siret) {
    return new Authority(name, kind, null, Siret.of(siret), population, agents);
  }

  /** Returns a copy with the given population, not negative. */
  public Authority withPopulation(long population) {
    return new Authority(name, kind, siren, siret, population, agents);
  }

  /** Returns a copy with the number of agents (full-time equivalents), not negative. */
  public Authority withAgents(long agents) {
    return new Authority(name, kind, siren, siret, population, agents);
  }
}
