package eu.civicai.governance.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.ConflictException;
import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.UsageId;
import eu.civicai.governance.measure.Quantity;
import eu.civicai.governance.measure.Unit;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.register.Register;
import eu.civicai.governance.register.RegisterEvent;
import eu.civicai.governance.spi.InMemoryRegisterStore;
import eu.civicai.governance.spi.TenantId;
import eu.civicai.governance.usage.Consultation;
import eu.civicai.governance.usage.Stakeholder;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue 21: the strategy model, its rules and how the register and the store SPI hold it. */
class StrategyTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);
  static final Authority TOURS =
      Authority.of("Tours Métropole Val de Loire", AuthorityKind.METROPOLE)
          .withSiren("243700754")
          .withPopulation(300_000);

  static Strategy sample() {
    Roadmap roadmap =
        Roadmap.builder("Feuille de route IA 2025-2028")
            .adoptedOn(LocalDate.of(2025, 3, 20))
            .period(LocalDate.of(2025, 1, 1), LocalDate.of(2028, 12, 31))
            .axes(
                RoadmapAxis.of(
                    "agents",
                    "Outiller les agents",
                    Initiative.builder("doriia", "Assistant de rédaction Doriia")
                        .usages("tours-doriia")
                        .milestones(
                            Milestone.done(
                                "Pilote", LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 4)),
                            Milestone.of(
                                "Généralisation",
                                LocalDate.of(2026, 12, 31),
                                MilestoneStatus.IN_PROGRESS))
                        .build()))
            .indicators(
                RoadmapIndicator.of(
                        "agents-formes",
                        "Agents formés",
                        Quantity.of(0, Unit.AGENT),
                        Quantity.of(400, Unit.AGENT))
                    .withMeasured(Quantity.of(180, Unit.AGENT), LocalDate.of(2026, 9, 1)))
            .budget(Quantity.of(450_000, Unit.EUR))
            .funders(
                RoadmapFunder.of(FunderKind.BANQUE_DES_TERRITOIRES, Quantity.of(150_000, Unit.EUR)),
                RoadmapFunder.of(FunderKind.OWN_BUDGET, Quantity.of(300_000, Unit.EUR)))
            .partners("Université de Tours")
            .consultationSteps(
                Consultation.of(Stakeholder.CITIZENS, "Atelier citoyen", LocalDate.of(2025, 2, 1)))
            .build();
    WatchCommittee committee =
        WatchCommittee.builder("Comité de veille IA")
            .members(
                CommitteeMember.of("Élue au numérique", MemberRole.ELECTED_OFFICIAL),
                CommitteeMember.of("DSI", MemberRole.TECHNICIAN),
                CommitteeMember.of("Conseil de développement", MemberRole.RESIDENT))
            .meeting(
                CommitteeMeeting.of(LocalDate.of(2026, 10, 2), "Élue au numérique", "DSI")
                    .withDecisions(
                        CommitteeDecision.of("Généraliser Doriia après le bilan du pilote")
                            .aboutUsages("tours-doriia")
                            .aboutRoadmap("doriia")
                            .aboutWaivers(WaiverRef.of("tours-doriia", "ethics.sobriety"))))
            .meeting(CommitteeMeeting.of(LocalDate.of(2026, 11, 20), "DSI"))
            .build();
    return Strategy.builder(TOURS)
        .charterAdoptedOn(LocalDate.of(2024, 12, 12))
        .roadmap(roadmap)
        .acculturation(
            Acculturation.builder()
                .sessions(
                    AcculturationSession.of(
                        LocalDate.of(2026, 3, 12),
                        SessionAudience.AGENTS,
                        SessionFormat.CAFE_IA,
                        "L'IA générative au quotidien",
                        40,
                        "1.5"),
                    AcculturationSession.of(
                        LocalDate.of(2026, 4, 2),
                        SessionAudience.ELECTED_OFFICIALS,
                        SessionFormat.SERIOUS_GAME,
                        "La bataille de l'IA",
                        12,
                        "2"))
                .literacy(250, 180, LocalDate.of(2026, 9, 1))
                .build())
        .workEffects(
            WorkEffects.builder("tours-doriia")
                .tasksChanged("Rédaction des courriers")
                .hoursSavedPerYear("2000")
                .hoursAddedPerYear("300")
                .newSkills("Relecture critique des textes générés")
                .staffRepresentativesConsultedOn(LocalDate.of(2025, 5, 15))
                .build())
        .committee(committee)
        .build();
  }

  @Test
  void sample_derivedFigures() {
    Strategy s = sample();

    assertThat(s.key()).isEqualTo("Tours Métropole Val de Loire");
    assertThat(s.acculturation().trainedShare()).contains(new BigDecimal("72.0"));
    assertThat(s.acculturation().participants(SessionAudience.AGENTS)).isEqualTo(40);
    assertThat(s.acculturation().participantHours()).isEqualByComparingTo("84");
    assertThat(s.committee().lastMeetingWithElectedOfficials()).contains(LocalDate.of(2026, 10, 2));
    assertThat(s.committee().count(MemberRole.ELECTED_OFFICIAL)).isEqualTo(1);
    assertThat(s.roadmap().hasIndicatorsWithTargets()).isTrue();
    assertThat(s.roadmap().itemIds()).containsExactly("agents", "doriia");
    assertThat(s.roadmap().usages()).containsExactly(UsageId.of("tours-doriia"));
    assertThat(s.roadmap().milestones()).hasSize(2);
    assertThat(s.workEffects(UsageId.of("tours-doriia"))).get().matches(WorkEffects::anticipated);
    assertThat(s.workEffects(UsageId.of("other"))).isEmpty();
    assertThat(s.toBuilder().build()).isEqualTo(s);
    assertThat(s.roadmap().toBuilder().build()).isEqualTo(s.roadmap());
    assertThat(s.committee().toBuilder().build()).isEqualTo(s.committee());
  }

  @Test
  void trainedShare_unknownOrNoAgents_isEmpty() {
    assertThat(Acculturation.builder().build().trainedShare()).isEmpty();
    assertThat(
            Acculturation.builder().literacy(0, 0, LocalDate.of(2026, 1, 1)).build().trainedShare())
        .isEmpty();
    assertThat(
            Acculturation.builder().literacy(3, 1, LocalDate.of(2026, 1, 1)).build().trainedShare())
        .contains(new BigDecimal("33.3"));
  }

  @Test
  void literacy_moreTrainedThanUsers_namesTheFieldInBothLanguages() {
    assertThatThrownBy(() -> Acculturation.builder().literacy(10, 11, LocalDate.of(2026, 1, 1)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("agentsUsingAiTrained");
              assertThat(e.getMessage())
                  .isEqualTo(
                      "`agentsUsingAiTrained` must not exceed `agentsUsingAi` (10), but was 11");
              assertThat(e.message(Locale.FRENCH))
                  .isEqualTo(
                      "`agentsUsingAiTrained` ne doit pas dépasser `agentsUsingAi` (10), mais valait"
                          + " 11");
            });
    assertThatThrownBy(() -> new Acculturation(List.of(), 10, 11, null))
        .hasMessage("`agentsUsingAiTrained` must not exceed `agentsUsingAi` (10), but was 11");
  }

  @Test
  void session_badHoursAndParticipants_refused() {
    LocalDate d = LocalDate.of(2026, 1, 1);
    assertThatThrownBy(
            () ->
                AcculturationSession.of(
                    d, SessionAudience.RESIDENTS, SessionFormat.WEBINAR, "IA", 5, "0"))
        .hasMessage("`hours` must be positive, but was 0");
    assertThatThrownBy(
            () ->
                AcculturationSession.of(
                    d, SessionAudience.RESIDENTS, SessionFormat.WEBINAR, "IA", 5, "1001"))
        .hasMessage("`hours` must be at most 1000, but was 1001");
    assertThatThrownBy(
            () ->
                AcculturationSession.of(
                    d, SessionAudience.RESIDENTS, SessionFormat.WEBINAR, "IA", 5, "deux"))
        .hasMessage("`hours` must be a decimal number, but was 'deux'");
    assertThatThrownBy(
            () ->
                AcculturationSession.of(
                    d, SessionAudience.RESIDENTS, SessionFormat.WEBINAR, "IA", -1, "1"))
        .hasMessage("`participants` must not be negative, but was -1");
    assertThatThrownBy(
            () ->
                AcculturationSession.of(
                    d, SessionAudience.RESIDENTS, SessionFormat.WEBINAR, " ", 1, "1"))
        .hasMessage("`topic` must not be blank, but was ' '");
  }

  @Test
  void milestone_doneOnWithoutDone_refused() {
    assertThatThrownBy(
            () ->
                new Milestone(
                    "Pilote",
                    LocalDate.of(2026, 1, 1),
                    MilestoneStatus.PLANNED,
                    LocalDate.of(2026, 1, 2)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.getMessage())
                  .isEqualTo("`doneOn` (2026-01-02) may be given only when `status` is DONE");
              assertThat(e.message(Locale.FRENCH))
                  .isEqualTo(
                      "`doneOn` (2026-01-02) ne peut être renseigné que si `status` vaut DONE");
            });
  }

  @Test
  void roadmap_rulesBetweenFields() {
    assertThatThrownBy(
            () -> Roadmap.builder("R").period(LocalDate.of(2026, 1, 1), LocalDate.of(2025, 1, 1)))
        .hasMessage("`endsOn` must not be before `startsOn` (2026-01-01), but was 2025-01-01");
    assertThatThrownBy(() -> Roadmap.builder("R").budget(Quantity.of(3, Unit.KWH)))
        .hasMessage("`budget` must be a quantity of MONEY, but was 3 kWh");
    assertThatThrownBy(
            () ->
                Roadmap.builder("R")
                    .axes(
                        RoadmapAxis.of("a", "A", Initiative.builder("x", "X").build()),
                        RoadmapAxis.of("b", "B", Initiative.builder("x", "X bis").build()))
                    .build())
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("axes[1].initiatives[0].id");
              assertThat(e.getMessage())
                  .isEqualTo("`axes[1].initiatives[0].id`: roadmap item x is listed twice");
            });
    assertThatThrownBy(
            () -> RoadmapIndicator.of("i", "I", Quantity.of(1, Unit.EUR), Quantity.of(2, Unit.KWH)))
        .hasMessage("`target` (2 kWh) does not convert to `baseline` (1 €)");
    assertThatThrownBy(() -> Roadmap.builder("R").partners("A", " "))
        .hasMessage("`partners[1]` must not be blank, but was ' '");
    assertThatThrownBy(() -> Initiative.builder("Bad Id", "X"))
        .hasMessage(
            "`id` must be a slug (1 to 64 lower-case letters, digits or single hyphens), but was"
                + " 'Bad Id'");
    assertThatThrownBy(() -> Initiative.builder("x", "X").usages("a", "a").build())
        .hasMessage("`usages[1]`: usage a is listed twice");
  }

  @Test
  void committee_attendeeNotAMember_refused() {
    assertThatThrownBy(
            () ->
                WatchCommittee.builder("C")
                    .members(CommitteeMember.of("Maire", MemberRole.ELECTED_OFFICIAL))
                    .meeting(CommitteeMeeting.of(LocalDate.of(2026, 1, 1), "Maire", "Inconnu"))
                    .build())
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("meetings[0].attendees[1]");
              assertThat(e.getMessage())
                  .isEqualTo(
                      "`meetings[0].attendees[1]`: 'Inconnu' is not a member of the committee");
              assertThat(e.message(Locale.FRENCH))
                  .isEqualTo("`meetings[0].attendees[1]` : 'Inconnu' n'est pas membre du comité");
            });
    assertThatThrownBy(
            () ->
                WatchCommittee.builder("C")
                    .members(
                        CommitteeMember.of("Maire", MemberRole.ELECTED_OFFICIAL),
                        CommitteeMember.of("Maire", MemberRole.TECHNICIAN))
                    .build())
        .hasMessage("`members[1]`: member Maire is listed twice");
  }

  @Test
  void committee_withoutElectedOfficialPresent_hasNoSuchMeeting() {
    WatchCommittee c =
        WatchCommittee.builder("C")
            .members(
                CommitteeMember.of("Maire", MemberRole.ELECTED_OFFICIAL),
                CommitteeMember.of("DGS", MemberRole.TECHNICIAN))
            .meeting(CommitteeMeeting.of(LocalDate.of(2026, 1, 1), "DGS"))
            .build();
    assertThat(c.lastMeetingWithElectedOfficials()).isEmpty();
  }

  @Test
  void strategy_decisionNamingAnUnknownRoadmapItem_refused() {
    WatchCommittee c =
        WatchCommittee.builder("C")
            .meeting(
                CommitteeMeeting.of(LocalDate.of(2026, 1, 1))
                    .withDecisions(CommitteeDecision.of("D").aboutRoadmap("nowhere")))
            .build();
    assertThatThrownBy(() -> Strategy.builder(TOURS).committee(c).build())
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("committee.meetings[0].decisions[0].roadmapItems[0]");
              assertThat(e.getMessage())
                  .isEqualTo(
                      "`committee.meetings[0].decisions[0].roadmapItems[0]`: 'nowhere' is neither"
                          + " an axis nor an initiative of the roadmap");
            });
  }

  @Test
  void workEffects_rules() {
    assertThatThrownBy(
            () ->
                Strategy.builder(TOURS)
                    .workEffects(
                        WorkEffects.builder("u").build(), WorkEffects.builder("u").build()))
        .hasMessage("`workEffects[1]`: usage u is listed twice");
    assertThatThrownBy(() -> WorkEffects.builder("u").hoursSavedPerYear("-1"))
        .hasMessage("`hoursSavedPerYear` must not be negative, but was -1");
    assertThatThrownBy(
            () ->
                new WorkEffects(
                    UsageId.of("u"), null, null, null, null, false, LocalDate.of(2026, 1, 1)))
        .hasMessage(
            "`consultedOn` (2026-01-01) may be given only when `staffRepresentativesConsulted` is"
                + " true");
    WorkEffects none = WorkEffects.builder("u").staffRepresentativesNotConsulted().build();
    assertThat(none.anticipated()).isFalse();
    assertThat(none.staffRepresentativesConsulted()).isFalse();
    assertThat(none.toBuilder().build()).isEqualTo(none);
  }

  @Test
  void nulls_areRefusedWithTheLibrarysException() {
    assertThatThrownBy(() -> Strategy.builder(null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("`authority` must not be null");
    assertThatThrownBy(() -> Strategy.builder(TOURS).workEffects((WorkEffects) null))
        .hasMessage("`workEffects[0]` must not be null");
    assertThatThrownBy(() -> WatchCommittee.builder("C").meeting(null))
        .hasMessage("`meeting` must not be null");
    assertThatThrownBy(() -> CommitteeMeeting.of(null)).hasMessage("`date` must not be null");
    assertThatThrownBy(() -> sample().acculturation().participants(null))
        .hasMessage("`audience` must not be null");
  }

  @Test
  void labels_inFrenchAndEnglish() {
    assertThat(SessionFormat.CAFE_IA.label(Locale.FRENCH)).isEqualTo("Café de l'IA");
    assertThat(SessionFormat.CAFE_IA.label(Locale.ENGLISH)).isEqualTo("AI café");
    assertThat(MemberRole.ELECTED_OFFICIAL.label(Locale.FRANCE)).isEqualTo("Élu");
    assertThat(FunderKind.FRANCE_2030.label(Locale.ENGLISH)).isEqualTo("France 2030");
    for (Enum<?>[] values :
        List.<Enum<?>[]>of(
            SessionAudience.values(),
            SessionFormat.values(),
            MilestoneStatus.values(),
            FunderKind.values(),
            MemberRole.values())) {
      for (Enum<?> v : values) {
        eu.civicai.governance.Labelled l = (eu.civicai.governance.Labelled) v;
        assertThat(l.labelFr()).as(v.name()).isNotBlank();
        assertThat(l.labelEn()).as(v.name()).isNotBlank();
      }
    }
  }

  @Test
  void register_holdsOneStrategyPerAuthority_andPublishesEvents() {
    Register register = Register.inMemory(CLOCK);
    List<RegisterEvent> events = new ArrayList<>();
    register.subscribe(events::add);
    Strategy first = sample();
    Strategy second = first.toBuilder().acculturation(null).build();

    assertThat(register.putStrategy(first)).isEmpty();
    assertThat(register.putStrategy(second)).contains(first);
    assertThat(register.findStrategy("Tours Métropole Val de Loire")).contains(second);
    assertThat(register.findStrategy("Sicoval")).isEmpty();
    assertThat(register.strategies()).containsExactly(second);
    assertThat(register.removeStrategy("Tours Métropole Val de Loire")).isEqualTo(second);
    assertThat(register.strategies()).isEmpty();
    assertThat(events)
        .containsExactly(
            new RegisterEvent.StrategyPut(CLOCK.instant(), null, first),
            new RegisterEvent.StrategyPut(CLOCK.instant(), first, second),
            new RegisterEvent.StrategyRemoved(CLOCK.instant(), second));
    assertThatThrownBy(() -> register.removeStrategy("Sicoval"))
        .isInstanceOf(ConflictException.class)
        .hasMessage("`authorityName`: strategy 'Sicoval' is not in the register");
  }

  @Test
  void inMemoryStore_keepsRevisionsPerTenant() {
    InMemoryRegisterStore store = InMemoryRegisterStore.create(CLOCK);
    TenantId tours = TenantId.of("243700754");
    TenantId other = TenantId.of("243100633");
    Strategy first = sample();
    Strategy second = first.toBuilder().committee(null).build();

    assertThat(store.strategies().put(tours, first, "dsi")).isEqualTo(1);
    assertThat(store.strategies().put(tours, second, "dsi")).isEqualTo(2);
    assertThat(store.strategies().find(tours, first.key())).contains(second);
    assertThat(store.strategies().revisions(tours, first.key())).isEqualTo(2);
    assertThat(store.strategies().list(tours)).containsExactly(second);
    assertThat(store.strategies().find(other, first.key())).isEmpty();
    assertThat(store.strategies().list(other)).isEmpty();
    assertThatThrownBy(() -> store.strategies().put(tours, first, " "))
        .hasMessage("`author` must not be blank, but was ' '");
  }
}
