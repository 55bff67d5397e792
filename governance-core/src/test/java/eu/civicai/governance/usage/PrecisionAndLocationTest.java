package eu.civicai.governance.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue 15 §4: a start known to the month only, and a point on the map. */
class PrecisionAndLocationTest {

  @Test
  void startMonth_isTheFirstDayWithMonthPrecision() {
    Status status = Status.builder().startMonth(YearMonth.of(2024, 1)).build();
    assertThat(status.startDate()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(status.startDatePrecision()).isEqualTo(DatePrecision.MONTH);
    assertThat(status.startPrecision()).isEqualTo(DatePrecision.MONTH);
  }

  @Test
  void dayPrecision_isHeldAsNull_soBothSpellingsAreOneValue() {
    Status explicit =
        Status.builder()
            .startDate(LocalDate.of(2024, 1, 15))
            .startDatePrecision(DatePrecision.DAY)
            .build();
    assertThat(explicit).isEqualTo(new Status(null, null, LocalDate.of(2024, 1, 15), null));
    assertThat(explicit.startDatePrecision()).isNull();
    assertThat(explicit.startPrecision()).isEqualTo(DatePrecision.DAY);
  }

  @Test
  void monthPrecision_notOnTheFirstDay_isRefused() {
    assertThatThrownBy(
            () ->
                Status.builder()
                    .startDate(LocalDate.of(2024, 1, 15))
                    .startDatePrecision(DatePrecision.MONTH)
                    .build())
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.getMessage())
                  .isEqualTo(
                      "`startDate` must be the first day of its month when it is known to the"
                          + " month only, but was 2024-01-15");
              assertThat(e.message(Locale.FRENCH))
                  .isEqualTo(
                      "`startDate` doit être le premier jour de son mois quand seul le mois est"
                          + " connu, mais valait 2024-01-15");
            });
  }

  @Test
  void precisionWithoutDate_isRefused() {
    assertThatThrownBy(() -> Status.builder().startDatePrecision(DatePrecision.MONTH).build())
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.rule()).isEqualTo("date.precisionWithoutDate"));
  }

  @Test
  void geoPoint_acceptsTheBounds_andRefusesBeyond() {
    assertThat(GeoPoint.of(new BigDecimal("-90"), new BigDecimal("180")).latitude())
        .isEqualByComparingTo("-90");
    assertThatThrownBy(() -> GeoPoint.of(new BigDecimal("90.0001"), BigDecimal.ZERO))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("latitude");
              assertThat(e.rule()).isEqualTo("max");
            });
    assertThatThrownBy(() -> GeoPoint.of(BigDecimal.ZERO, new BigDecimal("-180.5")))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("longitude"));
    assertThatThrownBy(() -> GeoPoint.of(null, BigDecimal.ZERO))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void transparency_keepsItsLocation() {
    GeoPoint point = GeoPoint.of(new BigDecimal("43.5"), new BigDecimal("1.43"));
    Transparency t = Transparency.builder().location(point).build();
    assertThat(t.location()).isEqualTo(point);
    assertThat(t.toBuilder().build()).isEqualTo(t);
  }
}
