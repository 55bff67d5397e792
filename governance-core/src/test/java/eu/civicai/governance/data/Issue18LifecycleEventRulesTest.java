package eu.civicai.governance.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.DatasetId;
import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.UsageId;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: the rules of a lifecycle event hold both when the builder sets a value (checked at
 * once) and when a reader of a stored event calls the canonical constructor (a ledger file, a
 * store): a value too long, a lone surrogate, a missing purpose or reason, a period that is not
 * positive, sources repeated.
 */
class Issue18LifecycleEventRulesTest {
  private static final Instant AT = Instant.parse("2025-01-10T08:00:00Z");
  private static final DatasetId METERS = DatasetId.of("compteurs");

  @Test
  void builderTexts_tooLong_areRefusedWhenSet() {
    Map<String, Consumer<LifecycleEvent.Builder>> setters =
        Map.of(
            "note", b -> b.note("n".repeat(2001)),
            "purpose", b -> b.purpose("p".repeat(201)),
            "recipient", b -> b.recipient("r".repeat(201)),
            "method", b -> b.method("m".repeat(201)),
            "reason", b -> b.reason("r".repeat(2001)),
            "holdReference", b -> b.holdReference("h".repeat(201)));
    setters.forEach(
        (field, setter) ->
            assertThatThrownBy(() -> setter.accept(LifecycleEvent.collected(METERS)))
                .as(field)
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", field));
    // At their limit, accepted.
    LifecycleEvent.Builder b =
        LifecycleEvent.collected(METERS)
            .note("n".repeat(2000))
            .purpose("p".repeat(200))
            .method("m".repeat(200));
    assertThat(b).isNotNull();
  }

  private static LifecycleEvent event(
      EventKind kind,
      String note,
      List<DatasetId> sources,
      UsageId usage,
      String purpose,
      Period extension,
      String reason) {
    return new LifecycleEvent(
        AT, METERS, kind, "dsi", note, sources, usage, purpose, null, null, null, extension, reason,
        null);
  }

  @Test
  void storedTexts_withALoneSurrogate_areRefusedAtItsPosition() {
    for (String[] c :
        new String[][] {
          {"ab\uD800", "3"},
          {"\uDC00x", "1"},
          {"a\uD800b", "2"},
          {"😀\uDC00", "3"},
          {"\uD800\uD800", "1"}
        }) {
      assertThatThrownBy(() -> event(EventKind.COLLECTED, c[0], List.of(), null, null, null, null))
          .as("%s", c[1])
          .isInstanceOf(InvalidInputException.class)
          .hasFieldOrPropertyWithValue("field", "note")
          .hasMessageEndingWith("holds a lone surrogate at character " + c[1]);
    }
    for (String fine : new String[] {"😀", "a😀", "😀b", "télé😀relève😀", ""}) {
      assertThat(event(EventKind.COLLECTED, fine, List.of(), null, null, null, null).note())
          .isEqualTo(fine);
    }
  }

  @Test
  void storedUse_needsAPurpose_andAStoredExtension_aReasonAndAPositivePeriod() {
    UsageId usage = UsageId.of("fuites");
    for (String purpose : new String[] {null, " "}) {
      assertThatThrownBy(
              () ->
                  event(EventKind.USED_FOR_INFERENCE, null, List.of(), usage, purpose, null, null))
          .isInstanceOf(InvalidInputException.class)
          .hasFieldOrPropertyWithValue("field", "purpose")
          .hasFieldOrPropertyWithValue("rule", "event.required");
      assertThatThrownBy(
              () -> event(EventKind.USED_FOR_TRAINING, null, List.of(), usage, purpose, null, null))
          .hasFieldOrPropertyWithValue("field", "purpose");
    }
    assertThat(
            event(EventKind.USED_FOR_INFERENCE, null, List.of(), usage, "fuites", null, null)
                .purpose())
        .isEqualTo("fuites");

    for (String reason : new String[] {null, "\t"}) {
      assertThatThrownBy(
              () ->
                  event(
                      EventKind.RETENTION_EXTENDED,
                      null,
                      List.of(),
                      null,
                      null,
                      Period.ofMonths(6),
                      reason))
          .isInstanceOf(InvalidInputException.class)
          .hasFieldOrPropertyWithValue("field", "reason")
          .hasFieldOrPropertyWithValue("rule", "event.required");
    }
    for (Period notPositive : new Period[] {Period.ZERO, Period.ofMonths(-1)}) {
      assertThatThrownBy(
              () ->
                  event(
                      EventKind.RETENTION_EXTENDED,
                      null,
                      List.of(),
                      null,
                      null,
                      notPositive,
                      "contentieux"))
          .isInstanceOf(InvalidInputException.class)
          .hasFieldOrPropertyWithValue("field", "extension")
          .hasFieldOrPropertyWithValue("rule", "retention.duration");
    }
    assertThat(
            event(
                    EventKind.RETENTION_EXTENDED,
                    null,
                    List.of(),
                    null,
                    null,
                    Period.ofDays(1),
                    "contentieux")
                .extension())
        .isEqualTo(Period.ofDays(1));
  }

  @Test
  void storedDerivation_fromTheSameSourceTwice_orFromItself_isRefused() {
    DatasetId weather = DatasetId.of("meteo");
    assertThatThrownBy(
            () ->
                new LifecycleEvent(
                    AT,
                    DatasetId.of("indicateurs"),
                    EventKind.DERIVED,
                    "dsi",
                    null,
                    List.of(weather, METERS, weather),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null))
        .isInstanceOf(InvalidInputException.class)
        .hasFieldOrPropertyWithValue("rule", "event.duplicateSource");
    assertThatThrownBy(
            () -> event(EventKind.DERIVED, null, List.of(METERS), null, null, null, null))
        .isInstanceOf(InvalidInputException.class)
        .hasFieldOrPropertyWithValue("rule", "register.derivationCycle");
    assertThat(
            new LifecycleEvent(
                    AT,
                    DatasetId.of("indicateurs"),
                    EventKind.DERIVED,
                    "dsi",
                    null,
                    List.of(weather, METERS),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null)
                .sources())
        .containsExactly(weather, METERS);
  }
}
