package eu.civicai.governance.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.DatasetId;
import eu.civicai.governance.HostingRegion;
import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.UsageId;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, tests that kill mutants: each detail of an event is required by its kinds and refused
 * by every other kind, with the field and the kind named.
 */
class Issue18LifecycleEventDetailsTest {
  private static final DatasetId D = DatasetId.of("d");
  private static final Instant AT = Instant.parse("2025-01-10T08:00:00Z");

  private record Detail(String field, UnaryOperator<LifecycleEvent.Builder> set) {}

  private static final List<Detail> DETAILS =
      List.of(
          new Detail("sources", b -> b.sources(DatasetId.of("source"))),
          new Detail("usage", b -> b.usage(UsageId.of("fuites"))),
          new Detail("recipient", b -> b.recipient("délégataire")),
          new Detail("recipientRegion", b -> b.recipientRegion(HostingRegion.FRANCE)),
          new Detail("method", b -> b.method("effacement sécurisé")),
          new Detail("extension", b -> b.extension(Period.ofMonths(6))),
          new Detail("holdReference", b -> b.holdReference("contentieux 2025-14")));

  private static InvalidInputException refusal(LifecycleEvent.Builder builder) {
    try {
      builder.at(AT).by("dsi").build();
    } catch (InvalidInputException e) {
      return e;
    }
    throw new AssertionError("accepted");
  }

  @Test
  void everyDetail_isRefusedByAKindItDoesNotApplyTo() {
    for (EventKind kind : List.of(EventKind.COLLECTED, EventKind.ARCHIVED)) {
      for (Detail detail : DETAILS) {
        InvalidInputException e = refusal(detail.set().apply(LifecycleEvent.of(kind, D)));
        assertThat(e.field()).as(detail.field()).isEqualTo(detail.field());
        assertThat(e.rule()).as(detail.field()).isEqualTo("event.notApplicable");
        assertThat(e.getMessage())
            .isEqualTo(
                "`%s` does not apply to a %s event; leave it out".formatted(detail.field(), kind));
      }
    }
  }

  @Test
  void eachKind_requiresItsDetails() {
    assertRequired(LifecycleEvent.of(EventKind.DERIVED, D), "sources");
    assertRequired(
        LifecycleEvent.of(EventKind.USED_FOR_TRAINING, D).purpose("apprentissage"), "usage");
    assertRequired(
        LifecycleEvent.of(EventKind.USED_FOR_INFERENCE, D).purpose("détection"), "usage");
    assertRequired(
        LifecycleEvent.of(EventKind.SHARED, D).recipientRegion(HostingRegion.EU), "recipient");
    assertRequired(
        LifecycleEvent.of(EventKind.SHARED, D).recipient("délégataire"), "recipientRegion");
    assertRequired(LifecycleEvent.of(EventKind.DELETED, D), "method");
    assertRequired(LifecycleEvent.of(EventKind.RETENTION_EXTENDED, D).reason("CRC"), "extension");
    assertRequired(LifecycleEvent.of(EventKind.LEGAL_HOLD_PLACED, D), "holdReference");
    assertRequired(LifecycleEvent.of(EventKind.LEGAL_HOLD_LIFTED, D), "holdReference");
  }

  private static void assertRequired(LifecycleEvent.Builder builder, String field) {
    InvalidInputException e = refusal(builder);
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.rule()).isEqualTo("event.required");
  }

  @Test
  void aUse_requiresAPurpose_andAnExtension_aReason() {
    assertRequired(
        LifecycleEvent.of(EventKind.USED_FOR_TRAINING, D).usage(UsageId.of("u")), "purpose");
    assertRequired(
        LifecycleEvent.of(EventKind.USED_FOR_INFERENCE, D).usage(UsageId.of("u")).purpose(" "),
        "purpose");
    assertRequired(
        LifecycleEvent.of(EventKind.RETENTION_EXTENDED, D).extension(Period.ofMonths(1)), "reason");
  }

  @Test
  void eachKind_withItsDetails_isAccepted() {
    assertThat(LifecycleEvent.shared(D, "délégataire", HostingRegion.EU).at(AT).by("dsi").build())
        .extracting(LifecycleEvent::recipient, LifecycleEvent::recipientRegion)
        .containsExactly("délégataire", HostingRegion.EU);
    assertThat(LifecycleEvent.deleted(D, "broyage").at(AT).by("dsi").build().method())
        .isEqualTo("broyage");
    assertThat(LifecycleEvent.holdPlaced(D, "h").at(AT).by("dsi").build().holdReference())
        .isEqualTo("h");
    assertThat(LifecycleEvent.imported(D).at(AT).by("dsi").build().kind())
        .isEqualTo(EventKind.IMPORTED);
  }

  @Test
  void instantsOutsideTheYears0To9999_areRefused_andTheBoundsAccepted() {
    assertThat(
            LifecycleEvent.collected(D)
                .at(Instant.parse("0000-01-01T00:00:00Z"))
                .by("dsi")
                .build()
                .at())
        .isEqualTo(Instant.parse("0000-01-01T00:00:00Z"));
    assertThat(
            LifecycleEvent.collected(D)
                .at(Instant.parse("9999-12-31T23:59:59.999999999Z"))
                .by("dsi")
                .build()
                .at())
        .isEqualTo(Instant.parse("9999-12-31T23:59:59.999999999Z"));
    assertThatThrownBy(
            () ->
                LifecycleEvent.collected(D)
                    .at(Instant.parse("+10000-01-01T00:00:00Z"))
                    .by("dsi")
                    .build())
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).rule())
        .isEqualTo("event.instantRange");
  }
}
