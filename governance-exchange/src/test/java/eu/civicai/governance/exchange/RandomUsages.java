package eu.civicai.governance.exchange;

import eu.civicai.governance.HostingMode;
import eu.civicai.governance.HostingRegion;
import eu.civicai.governance.Visibility;
import eu.civicai.governance.data.CollectionMode;
import eu.civicai.governance.data.DataSource;
import eu.civicai.governance.measure.Quantity;
import eu.civicai.governance.measure.Unit;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.org.Contact;
import eu.civicai.governance.org.ContactRole;
import eu.civicai.governance.usage.AiActRole;
import eu.civicai.governance.usage.AiModel;
import eu.civicai.governance.usage.AiTechnique;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.Alternative;
import eu.civicai.governance.usage.AnnexIiiArea;
import eu.civicai.governance.usage.Audience;
import eu.civicai.governance.usage.DataRole;
import eu.civicai.governance.usage.DatasetUse;
import eu.civicai.governance.usage.DpiaStatus;
import eu.civicai.governance.usage.Funder;
import eu.civicai.governance.usage.Hosting;
import eu.civicai.governance.usage.HumanOversight;
import eu.civicai.governance.usage.OutputRole;
import eu.civicai.governance.usage.OversightLevel;
import eu.civicai.governance.usage.Part;
import eu.civicai.governance.usage.Sourcing;
import eu.civicai.governance.usage.Stage;
import eu.civicai.governance.usage.Supplier;
import eu.civicai.governance.usage.Theme;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded random usage records for the exports' property tests: every part present or not, each
 * part's visibility drawn, texts of every length up to the model's limits with markup, quotes, line
 * breaks, formulas and characters outside the BMP, languages French, English, Dutch or unsaid. Each
 * text of a part carries a marker {@code RX-<PART>-<n>-} so that a test can check that a restricted
 * part never appears.
 */
public final class RandomUsages {
  private final Random random;
  private int count;

  public RandomUsages(long seed) {
    this.random = new Random(seed);
  }

  /** The marker of a part of the n-th usage. */
  public static String marker(Part part, int n) {
    return "RX-" + part.name().replace("_", "") + "-" + n + "-";
  }

  /** Returns the next usage, and its visibility choices in {@code visibility}. */
  public AiUsage next() {
    int n = ++count;
    Map<Part, Visibility> visibility = new EnumMap<>(Part.class);
    for (Part p : Part.values()) {
      if (random.nextInt(3) == 0) {
        visibility.put(p, random.nextBoolean() ? Visibility.PUBLIC : Visibility.RESTRICTED);
      }
    }
    if (random.nextInt(10) == 0) {
      visibility.put(Part.IDENTITY, Visibility.RESTRICTED);
    }
    AiUsage.Builder b =
        AiUsage.builder("usage-" + n)
            .name(text(Part.IDENTITY, n, 1, 100))
            .authority(
                Authority.of(text(Part.IDENTITY, n, 1, 200), pick(AuthorityKind.values()))
                    .withAgents(random.nextInt(500)));
    if (chance()) {
      b.summary(text(Part.IDENTITY, n, 1, 350));
    }
    if (chance()) {
      b.description(text(Part.IDENTITY, n, 1, random.nextInt(4) == 0 ? 20000 : 800));
    }
    if (chance()) {
      b.team(text(Part.IDENTITY, n, 1, 200));
    }
    if (chance()) {
      b.link("Info", "https://example.org/usage/" + n);
    }
    if (chance()) {
      Contact c =
          Contact.of(
              pick(ContactRole.values()),
              marker(Part.CONTACTS, n),
              "rx-contacts-" + n + "@example.org");
      b.contact(random.nextBoolean() ? c.publicly() : c);
    }
    if (chance()) {
      b.status(
          s -> {
            s.stage(pick(Stage.values()));
            if (chance()) {
              s.startDate(LocalDate.of(2015 + random.nextInt(10), 1 + random.nextInt(12), 1));
            }
            if (chance()) {
              s.abandonReason(text(Part.STATUS, n, 1, 2000));
            }
          });
    }
    if (chance()) {
      b.purpose(
          p -> {
            if (chance()) {
              p.goal(text(Part.PURPOSE, n, 1, 2000));
            }
            if (chance()) {
              p.theme(pick(Theme.values()));
            }
            if (chance()) {
              p.subThemes(text(Part.PURPOSE, n, 1, 200));
            }
            if (chance()) {
              p.audiences(pick(Audience.values()));
            }
            if (chance()) {
              p.whyAi(text(Part.PURPOSE, n, 1, random.nextInt(4) == 0 ? 10000 : 500));
            }
            if (chance()) {
              p.alternatives(Alternative.of(text(Part.PURPOSE, n, 1, 300), null));
            }
          });
    }
    if (chance()) {
      b.system(
          s -> {
            if (chance()) {
              s.algorithmName(text(Part.SYSTEM, n, 1, 200));
            }
            if (chance()) {
              s.description(text(Part.SYSTEM, n, 1, random.nextInt(4) == 0 ? 10000 : 500));
            }
            if (chance()) {
              s.techniques(pick(AiTechnique.values()));
            }
            if (chance()) {
              s.selfLearning(random.nextBoolean());
            }
            if (chance()) {
              List<AiModel> models = new ArrayList<>();
              for (int i = 0; i <= random.nextInt(3); i++) {
                AiModel m = AiModel.of(marker(Part.SYSTEM, n) + "model" + i);
                if (chance()) {
                  m = m.withVersion("1." + i);
                }
                if (chance()) {
                  m = m.withProvider(marker(Part.SYSTEM, n) + "provider");
                }
                if (chance()) {
                  m = m.withOpenWeights(random.nextBoolean());
                }
                models.add(m);
              }
              s.models(models);
            }
            if (chance()) {
              s.sourcing(pick(Sourcing.values()));
            }
            if (chance()) {
              s.suppliers(Supplier.of(marker(Part.SYSTEM, n) + "supplier", "development"));
            }
            if (chance()) {
              s.hosting(Hosting.of(pick(HostingMode.values()), pick(HostingRegion.values())));
            }
          });
    }
    if (chance()) {
      b.decision(
          d -> {
            if (chance()) {
              d.outputRole(pick(OutputRole.values()));
            }
            if (chance()) {
              d.concernsIndividuals(random.nextBoolean());
            }
            if (chance()) {
              d.decisionsPerYear((long) random.nextInt(100_000));
            }
            if (chance()) {
              d.contestation(text(Part.DECISION, n, 1, 2000));
            }
            if (chance()) {
              d.profiling(random.nextBoolean());
            }
            if (chance()) {
              HumanOversight.Builder o =
                  HumanOversight.builder().level(pick(OversightLevel.values()));
              if (chance()) {
                o.description(text(Part.DECISION, n, 1, 2000));
              }
              d.oversight(o.build());
            }
          });
    }
    if (chance()) {
      b.aiAct(
          a -> {
            a.role(pick(AiActRole.values()));
            if (chance()) {
              a.annexIiiArea(pick(AnnexIiiArea.values()));
            }
            if (chance()) {
              a.friaReference(text(Part.AI_ACT, n, 1, 200));
            }
            if (chance()) {
              a.registrationReference(text(Part.AI_ACT, n, 1, 200));
            }
          });
    }
    if (chance()) {
      b.dataUse(
          d -> {
            if (chance()) {
              d.datasets(DatasetUse.of("rx-datause-" + n + "-set", pick(DataRole.values())));
            }
            if (chance()) {
              d.processingRecord(
                  random.nextBoolean()
                      ? "https://example.org/rx-datause-" + n + "-record"
                      : text(Part.DATA_USE, n, 1, 200));
            }
            if (chance()) {
              d.dpia(pick(DpiaStatus.values()));
            }
            if (chance()) {
              d.sources(pick(DataSource.values()));
            }
            if (chance()) {
              d.collectionModes(pick(CollectionMode.values()));
            }
          });
    }
    for (int i = 0; i < random.nextInt(3); i++) {
      b.risk(
          r ->
              r.description(text(Part.RISKS, n, 1, 2000))
                  .mitigations(List.of(text(Part.RISKS, n, 1, 200))));
    }
    if (chance()) {
      b.impacts(i -> i.onAgents(text(Part.IMPACTS, n, 1, 300)));
    }
    if (chance()) {
      b.footprint(f -> f.method(text(Part.FOOTPRINT, n, 1, 200)));
    }
    if (chance()) {
      b.benefit(x -> x.name(text(Part.BENEFITS, n, 1, 200)).measured(Quantity.of(3, Unit.KEUR)));
    }
    if (chance()) {
      b.governance(g -> g.watchCommittee(text(Part.GOVERNANCE, n, 1, 200)));
    }
    if (chance()) {
      b.funding(f -> f.funders(Funder.of(text(Part.FUNDING, n, 1, 100), null)));
    }
    b.transparency(
        t -> {
          t.visibility(visibility);
          if (chance()) {
            t.explicitMention(text(Part.TRANSPARENCY, n, 1, 500));
          }
          if (chance()) {
            t.publicationUrl(java.net.URI.create("https://example.org/rx-transparency-" + n));
          }
        });
    String[] languages = {"fr", "en", "nl", null};
    String language = languages[random.nextInt(languages.length)];
    b.metadata(
        m -> {
          m.language(language);
          if (chance()) {
            m.tags("tag" + random.nextInt(5));
          }
          m.updatedAt(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(random.nextInt(1_000_000)));
        });
    return b.build();
  }

  /**
   * Returns a usage answered so that the AI Act classifier finds it high-risk for a deployer at an
   * Annex III point (with, at times, a FRIA), its other parts kept.
   */
  public AiUsage highRisk(AiUsage u, eu.civicai.governance.usage.AnnexIiiPoint point) {
    Map<eu.civicai.governance.usage.ProhibitedPractice, Boolean> none =
        new EnumMap<>(eu.civicai.governance.usage.ProhibitedPractice.class);
    for (var p : eu.civicai.governance.usage.ProhibitedPractice.values()) {
      none.put(p, false);
    }
    var a =
        eu.civicai.governance.usage.AiActProfile.builder()
            .role(AiActRole.DEPLOYER)
            .aiSystem(eu.civicai.governance.usage.Answer.YES)
            .article2Exclusion(eu.civicai.governance.usage.Article2Exclusion.NONE)
            .annexIiiPoint(point)
            .emotionRecognitionOrBiometricCategorisation(eu.civicai.governance.usage.Answer.NO)
            .prohibitedPractices(none);
    if (random.nextBoolean()) {
      a.friaReference("RX-AIACT-" + u.id().value().substring(6) + "-fria");
    }
    var d =
        eu.civicai.governance.usage.DecisionMaking.builder()
            .profiling(false)
            .interactsWithPublic(false)
            .generatesContent(false)
            .concernsIndividuals(true);
    if (u.decision() != null && u.decision().contestation() != null) {
      d.contestation(u.decision().contestation());
    }
    return u.toBuilder().aiAct(a.build()).decision(d.build()).build();
  }

  /** Returns the next {@code size} usages. */
  public List<AiUsage> next(int size) {
    List<AiUsage> out = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      out.add(next());
    }
    return out;
  }

  private boolean chance() {
    return random.nextInt(10) < 7;
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private static final String[] PIECES = {
    "eau",
    "réseau",
    " ",
    "<b>",
    "&",
    "\"",
    "'",
    ";",
    ",",
    "\n",
    "=SUM(A1)",
    "😀",
    "é",
    "—",
    "-",
    "données",
    "<script>",
    "a&amp;b",
    "\t",
    "ß"
  };

  /** A text of the part, with its marker first, between {@code min} and {@code max} characters. */
  private String text(Part part, int n, int min, int max) {
    String marker = marker(part, n);
    int target =
        Math.max(min, random.nextInt(4) == 0 ? max : random.nextInt(Math.min(max, 400)) + 1);
    StringBuilder s = new StringBuilder(marker);
    while (s.length() < target) {
      s.append(PIECES[random.nextInt(PIECES.length)]);
    }
    String text = s.toString();
    if (text.length() > max) {
      text = text.substring(0, max);
      if (Character.isHighSurrogate(text.charAt(text.length() - 1))) {
        text = text.substring(0, text.length() - 1);
      }
    }
    text = text.strip();
    if (max <= 200) {
      text = text.replace('\n', ' ').replace('\t', ' ');
    }
    return text.isEmpty() ? marker : text;
  }
}
