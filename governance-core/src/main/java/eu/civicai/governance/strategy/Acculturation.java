package eu.civicai.governance.strategy;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Constraints;
import eu.civicai.governance.internal.Messages;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An authority's acculturation to AI: the sessions held, and how many of the agents who use AI
 * systems were trained — the AI literacy measure of Art. 4 of the AI Act (Regulation (EU)
 * 2024/1689), which deployers owe their staff.
 *
 * <p>Rules: the trained agents are not more than the agents using AI; {@code countedOn} is given
 * only with a count.
 *
 * @param sessions the sessions held (never null; empty when none)
 * @param agentsUsingAi how many agents use AI systems in their work; null when unknown
 * @param agentsUsingAiTrained how many of them were trained; null when unknown
 * @param countedOn when those two were counted
 */
public record Acculturation(
    List<AcculturationSession> sessions,
    @PositiveOrZero @Nullable Integer agentsUsingAi,
    @PositiveOrZero @Nullable Integer agentsUsingAiTrained,
    @Nullable LocalDate countedOn) {

  /**
   * Checks the components; see the class description for the rules.
   *
   * @throws InvalidInputException naming the field that breaks a rule
   */
  public Acculturation {
    sessions = Check.listOrEmpty("sessions", sessions);
    Constraints.checkRecord(
        Acculturation.class, sessions, agentsUsingAi, agentsUsingAiTrained, countedOn);
    if (agentsUsingAi != null
        && agentsUsingAiTrained != null
        && agentsUsingAiTrained > agentsUsingAi) {
      throw new InvalidInputException(
          "agentsUsingAiTrained",
          "strategy.notAbove",
          Messages.raw(agentsUsingAiTrained),
          Messages.raw("agentsUsingAi"),
          Messages.raw(agentsUsingAi));
    }
    Refs.onlyWhen(
        "countedOn",
        countedOn,
        agentsUsingAi != null || agentsUsingAiTrained != null,
        "agentsUsingAi",
        "set");
  }

  /**
   * Returns the share of agents using AI who were trained, in per cent with one decimal (half up),
   * or empty when either count is unknown or no agent uses AI.
   */
  public Optional<BigDecimal> trainedShare() {
    if (agentsUsingAi == null || agentsUsingAiTrained == null || agentsUsingAi == 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(agentsUsingAiTrained * 100L)
            .divide(BigDecimal.valueOf(agentsUsingAi), 1, RoundingMode.HALF_UP));
  }

  /** Returns how many took part in sessions for this audience, summed over the sessions. */
  public long participants(SessionAudience audience) {
    Check.notNull("audience", audience);
    return sessions.stream()
        .filter(s -> s.audience() == audience)
        .mapToLong(AcculturationSession::participants)
        .sum();
  }

  /** Returns the participant-hours over every session. */
  public BigDecimal participantHours() {
    return sessions.stream()
        .map(AcculturationSession::participantHours)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this value's components, to copy and change. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.sessions.addAll(sessions);
    b.agentsUsingAi = agentsUsingAi;
    b.agentsUsingAiTrained = agentsUsingAiTrained;
    b.countedOn = countedOn;
    return b;
  }

  /**
   * Builds {@link Acculturation} values. Each setter checks its value at once and throws {@link
   * InvalidInputException} naming the field; {@link #build()} checks the rules between fields. Not
   * thread-safe: use one builder per thread.
   */
  public static final class Builder {
    private final List<AcculturationSession> sessions = new ArrayList<>();
    private Integer agentsUsingAi;
    private Integer agentsUsingAiTrained;
    private LocalDate countedOn;

    Builder() {}

    /**
     * Sets the sessions, replacing any earlier ones.
     *
     * @param values the sessions, without null elements
     * @return this builder
     */
    public Builder sessions(AcculturationSession... values) {
      return sessions(Arrays.asList(Check.notNull("sessions", values)));
    }

    /**
     * Sets the sessions, replacing any earlier ones.
     *
     * @param values the sessions, without null elements
     * @return this builder
     */
    public Builder sessions(Collection<? extends AcculturationSession> values) {
      List<AcculturationSession> copy = Check.list("sessions", values);
      sessions.clear();
      sessions.addAll(copy);
      return this;
    }

    /**
     * Sets the AI literacy count (AI Act Art. 4) on a day.
     *
     * @param usingAi how many agents use AI systems, not negative
     * @param trained how many of them were trained, not negative and not more than {@code usingAi}
     * @param on when they were counted, not null
     * @return this builder
     * @throws InvalidInputException naming the field that breaks a rule
     */
    public Builder literacy(int usingAi, int trained, LocalDate on) {
      Constraints.checkValue(Acculturation.class, "agentsUsingAi", usingAi);
      Constraints.checkValue(Acculturation.class, "agentsUsingAiTrained", trained);
      if (trained > usingAi) {
        throw new InvalidInputException(
            "agentsUsingAiTrained",
            "strategy.notAbove",
            Messages.raw(trained),
            Messages.raw("agentsUsingAi"),
            Messages.raw(usingAi));
      }
      this.agentsUsingAi = usingAi;
      this.agentsUsingAiTrained = trained;
      this.countedOn = Check.notNull("countedOn", on);
      return this;
    }

    /**
     * Builds the value.
     *
     * @return a new immutable value
     */
    public Acculturation build() {
      return new Acculturation(sessions, agentsUsingAi, agentsUsingAiTrained, countedOn);
    }
  }
}
