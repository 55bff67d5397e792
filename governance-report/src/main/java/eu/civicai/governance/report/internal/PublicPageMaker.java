package eu.civicai.governance.report.internal;

import eu.civicai.governance.Visibility;
import eu.civicai.governance.aiact.AiActClassification;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.data.DatasetLookup;
import eu.civicai.governance.org.Contact;
import eu.civicai.governance.report.PublicPage;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.BenefitIndicator;
import eu.civicai.governance.usage.DatasetUse;
import eu.civicai.governance.usage.DecisionMaking;
import eu.civicai.governance.usage.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds the public page of a usage: PUBLIC parts only (a part's visibility as the record sets it,
 * or its default), in French for residents. Not thread-safe (it holds a {@link Format}).
 */
public final class PublicPageMaker {
  private static final Locale FR = Locale.FRENCH;
  private final Words w = Words.of(FR);
  private final Format format = new Format(FR);
  private final DatasetLookup datasets;

  /** A maker that finds dataset names in {@code datasets} (null when there are none). */
  public PublicPageMaker(DatasetLookup datasets) {
    this.datasets = datasets;
  }

  /** Whether a part of a usage is public. */
  public static boolean isPublic(AiUsage u, Part part) {
    Visibility v =
        u.transparency() == null ? part.defaultVisibility() : u.transparency().visibilityOf(part);
    return v == Visibility.PUBLIC;
  }

  /** The page of a usage; empty when its identity is not public (then it has no public page). */
  public Optional<PublicPage> page(AiUsage u, AiActClassification classification) {
    if (!isPublic(u, Part.IDENTITY)) {
      return Optional.empty();
    }
    List<PublicPage.Block> blocks = new ArrayList<>();
    List<String> what = new ArrayList<>();
    add(what, Clean.text(u.summary()));
    if (isPublic(u, Part.PURPOSE) && u.purpose() != null) {
      add(what, Clean.text(u.purpose().goal()));
    }
    if (what.isEmpty()) {
      add(what, Clean.text(u.description()));
    }
    blocks.add(new PublicPage.Block(w.t("public.what"), what, false));
    blocks.add(
        part(
            u,
            Part.STATUS,
            "public.stage",
            () -> {
              List<String> l = new ArrayList<>();
              if (u.status() != null && u.status().stage() != null) {
                l.add(u.status().stage().label(FR));
              }
              if (u.status() != null && u.status().startDate() != null) {
                l.add(w.f("public.since", format.date(u.status().startDate())));
              }
              return l;
            }));
    blocks.add(
        part(
            u,
            Part.PURPOSE,
            "public.whyAi",
            () -> {
              List<String> l = new ArrayList<>();
              if (u.purpose() != null) {
                add(l, Clean.text(u.purpose().whyAi()));
                if (!u.purpose().audiences().isEmpty()) {
                  l.add(
                      w.f(
                          "affected.audiences",
                          String.join(
                              ", ",
                              u.purpose().audiences().stream().map(a -> a.label(FR)).toList())));
                }
              }
              return l;
            }));
    blocks.add(part(u, Part.DECISION, "public.decision", () -> decision(u.decision())));
    blocks.add(
        part(
            u,
            Part.DATA_USE,
            "public.data",
            () -> {
              List<String> l = new ArrayList<>();
              if (u.dataUse() != null) {
                for (DatasetUse use : u.dataUse().datasets()) {
                  Dataset d =
                      datasets == null ? null : datasets.findDataset(use.dataset()).orElse(null);
                  if (d != null) {
                    String source =
                        d.source() == null
                            ? ""
                            : " — " + w.f("public.source", d.source().label(FR).toLowerCase(FR));
                    l.add(Clean.line(d.name()) + source);
                  }
                }
              }
              return l;
            }));
    blocks.add(
        part(
            u,
            Part.SYSTEM,
            "public.system",
            () -> {
              List<String> l = new ArrayList<>();
              if (u.system() != null) {
                add(l, Clean.text(u.system().description()));
                if (!u.system().techniques().isEmpty()) {
                  l.add(
                      w.f(
                          "public.techniques",
                          String.join(
                              ", ",
                              u.system().techniques().stream()
                                  .map(t -> t.label(FR).toLowerCase(FR))
                                  .toList())));
                }
                if (u.system().publicSourceCode() != null) {
                  l.add(
                      w.f(
                          "public.sourceCode",
                          Clean.line(u.system().publicSourceCode().toString())));
                }
              }
              return l;
            }));
    blocks.add(
        part(
            u,
            Part.BENEFITS,
            "public.benefits",
            () -> {
              List<String> l = new ArrayList<>();
              for (BenefitIndicator b : u.benefits()) {
                if (b.measured() != null) {
                  l.add(
                      Clean.line(b.name())
                          + " : "
                          + format.quantity(b.measured())
                          + (b.period() == null ? "" : " (" + Clean.line(b.period()) + ")"));
                }
              }
              return l;
            }));
    blocks.add(
        part(u, Part.AI_ACT, "public.aiAct", () -> List.of(classification.tier().label(FR))));
    blocks.add(crpa(u));
    blocks.add(contest(u));
    blocks.add(contacts(u));
    return Optional.of(
        new PublicPage(
            u.id().value() + ".html",
            Clean.line(u.name()),
            Clean.line(u.authority().name()),
            blocks));
  }

  private List<String> decision(DecisionMaking d) {
    List<String> l = new ArrayList<>();
    if (d == null) {
      return l;
    }
    if (d.outputRole() != null) {
      l.add(w.f("public.outputRole", d.outputRole().label(FR).toLowerCase(FR)));
    }
    if (d.concernsIndividuals() != null) {
      l.add(w.t(d.concernsIndividuals() ? "public.individual" : "public.notIndividual"));
    }
    if (d.oversight() != null && d.oversight().level() != null) {
      l.add(w.f("public.oversight", d.oversight().level().label(FR).toLowerCase(FR)));
    }
    if (d.oversight() != null) {
      add(l, Clean.text(d.oversight().description()));
    }
    if (d.decisionsPerYear() != null) {
      l.add(w.f("affected.decisions", format.count(d.decisionsPerYear())));
    }
    return l;
  }

  /** What the CRPA asks to publish: the rules, where they are, the explicit mention. */
  private PublicPage.Block crpa(AiUsage u) {
    List<String> l = new ArrayList<>();
    l.add(w.t("public.crpa.intro"));
    if (isPublic(u, Part.TRANSPARENCY) && u.transparency() != null) {
      if (u.transparency().publicationUrl() != null) {
        l.add(
            w.f("public.crpa.published", Clean.line(u.transparency().publicationUrl().toString())));
      }
      add(l, Clean.text(u.transparency().citizenNotice()));
      if (u.transparency().explicitMention() != null) {
        l.add(w.f("public.crpa.mention", Clean.line(u.transparency().explicitMention())));
      }
    }
    if (l.size() == 1) {
      l.add(w.t("public.crpa.notPublished"));
    }
    return new PublicPage.Block(w.t("public.crpa"), l, false);
  }

  private PublicPage.Block contest(AiUsage u) {
    List<String> l = new ArrayList<>();
    if (isPublic(u, Part.DECISION) && u.decision() != null) {
      add(l, Clean.text(u.decision().contestation()));
    }
    l.add(w.t("public.contest.rights"));
    l.add(w.t("public.contest.appeal"));
    return new PublicPage.Block(w.t("public.contest"), l, false);
  }

  private PublicPage.Block contacts(AiUsage u) {
    List<String> l = new ArrayList<>();
    if (isPublic(u, Part.CONTACTS)) {
      for (Contact c : u.contacts()) {
        if (c.visibility() == Visibility.RESTRICTED) {
          continue;
        }
        List<String> parts = new ArrayList<>();
        if (c.role() != null) {
          parts.add(c.role().label(FR));
        }
        if (c.name() != null) {
          parts.add(Clean.line(c.name()));
        }
        if (c.email() != null) {
          parts.add(Clean.line(c.email()));
        }
        if (!parts.isEmpty()) {
          l.add(String.join(" — ", parts));
        }
      }
    }
    if (l.isEmpty()) {
      l.add(w.f("public.contact.authority", Clean.line(u.authority().name())));
    }
    return new PublicPage.Block(w.t("public.contact"), l, false);
  }

  private PublicPage.Block part(
      AiUsage u, Part part, String title, java.util.function.Supplier<List<String>> lines) {
    if (!isPublic(u, part)) {
      return new PublicPage.Block(w.t(title), List.of(w.t("public.withheld")), true);
    }
    return new PublicPage.Block(w.t(title), lines.get(), false);
  }

  private static void add(List<String> l, String text) {
    if (text != null && !text.isBlank()) {
      l.add(text);
    }
  }
}
