package eu.civicai.governance.charter;

/**
 * The facts of group {@code transparency} of the vocabulary ({@code docs/facts.md}), each a
 * constant of this class for the Java DSL. Every fact registers into this class's group; {@link
 * Facts} loads the class before it answers a lookup, so a charter read from JSON finds these names.
 * Immutable and thread-safe.
 */
public final class TransparencyFacts {
  private static final FactGroup FACTS = new FactGroup("transparency");

  private TransparencyFacts() {}

  /** The facts of this scope, once the class is initialised: Facts reads them here. */
  static FactGroup group() {
    return FACTS;
  }

  /** Record published: {@code transparency.published}. */
  public static final BooleanFact PUBLISHED =
      FACTS.add(
          new BooleanFact(
              "transparency.published",
              Scope.USAGE,
              Text.of("Fiche publiée", "Record published"),
              (FactSubject s) ->
                  s.usage().transparency() == null ? null : s.usage().transparency().published()));

  /** Publication address: {@code transparency.publicationUrl}. */
  public static final TextFact PUBLICATION_URL =
      FACTS.add(
          new TextFact(
              "transparency.publicationUrl",
              Scope.USAGE,
              Text.of("Adresse de publication", "Publication address"),
              (FactSubject s) ->
                  s.usage().transparency() == null
                          || s.usage().transparency().publicationUrl() == null
                      ? null
                      : s.usage().transparency().publicationUrl().toString()));

  /** Notice to citizens: {@code transparency.citizenNotice}. */
  public static final TextFact CITIZEN_NOTICE =
      FACTS.add(
          new TextFact(
              "transparency.citizenNotice",
              Scope.USAGE,
              Text.of("Information des citoyens", "Notice to citizens"),
              (FactSubject s) ->
                  s.usage().transparency() == null
                      ? null
                      : s.usage().transparency().citizenNotice()));

  /** Explicit mention (CRPA L311-3-1): {@code transparency.explicitMention}. */
  public static final TextFact EXPLICIT_MENTION =
      FACTS.add(
          new TextFact(
              "transparency.explicitMention",
              Scope.USAGE,
              Text.of("Mention explicite (CRPA L311-3-1)", "Explicit mention (CRPA L311-3-1)"),
              (FactSubject s) ->
                  s.usage().transparency() == null
                      ? null
                      : s.usage().transparency().explicitMention()));

  /** Illustration: {@code transparency.imageUrl}. */
  public static final TextFact IMAGE_URL =
      FACTS.add(
          new TextFact(
              "transparency.imageUrl",
              Scope.USAGE,
              Text.of("Illustration", "Illustration"),
              (FactSubject s) ->
                  s.usage().transparency() == null || s.usage().transparency().imageUrl() == null
                      ? null
                      : s.usage().transparency().imageUrl().toString()));
}
