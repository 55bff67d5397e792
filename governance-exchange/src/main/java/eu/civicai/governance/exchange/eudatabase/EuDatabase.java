package eu.civicai.governance.exchange.eudatabase;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.civicai.governance.aiact.AiActClassification;
import eu.civicai.governance.aiact.AiActClassifier;
import eu.civicai.governance.aiact.AiActTier;
import eu.civicai.governance.aiact.Duty;
import eu.civicai.governance.aiact.DutyStatus;
import eu.civicai.governance.aiact.Obligation;
import eu.civicai.governance.data.DatasetLookup;
import eu.civicai.governance.exchange.Diagnostic;
import eu.civicai.governance.exchange.Export;
import eu.civicai.governance.exchange.ExportProfile;
import eu.civicai.governance.exchange.Exporter;
import eu.civicai.governance.exchange.internal.Json;
import eu.civicai.governance.exchange.internal.Language;
import eu.civicai.governance.exchange.internal.RecordOut;
import eu.civicai.governance.exchange.internal.View;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.org.Contact;
import eu.civicai.governance.org.ContactRole;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.DpiaStatus;
import eu.civicai.governance.usage.FundamentalRightsAssessment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Registration in the EU database of a public authority's use of a high-risk AI system, as the
 * deployer must submit it (AI Act Art. 49(3), Annex VIII, Section C): one JSON record per usage
 * that needs it, with the Annex's five points —
 *
 * <ol>
 *   <li>{@code deployer}: name, address and contact details of the deployer;
 *   <li>{@code submitter}: name, address and contact details of the person submitting on the
 *       deployer's behalf;
 *   <li>{@code providerDatabaseEntry}: the URL of the system's entry in the EU database by its
 *       provider;
 *   <li>{@code friaSummary}: a summary of the findings of the fundamental rights impact assessment
 *       (Art. 27);
 *   <li>{@code dpiaSummary}: a summary of the data protection impact assessment (GDPR Art. 35),
 *       where applicable.
 * </ol>
 *
 * <p>Which usages need it is the core AI Act classifier's decision ({@link AiActClassifier}): a
 * usage whose duties include {@link Obligation#REGISTRATION} is written; one for which that duty
 * depends on open questions, or whose tier is undetermined, is left out with {@code
 * export.undetermined}; the others are left out with the note {@code export.notRequired} (Annex III
 * point 2 systems, registered at national level under Art. 49(5), among them). Systems of Annex III
 * points 1, 6 and 7 are marked for the secure non-public section (Art. 49(4)). The record states
 * the language of its texts ({@code language}). A point the record cannot fill (the deployer's
 * address, which the usage model does not hold; the provider's entry) is reported with {@code
 * export.missing}. Stateless and thread-safe.
 */
public final class EuDatabase {
  /** The format's name on the command line. */
  public static final String FORMAT = "eu-database";

  /** The legal basis written in each record. */
  public static final String BASIS = "Regulation (EU) 2024/1689, Art. 49(3), Annex VIII, Section C";

  private EuDatabase() {}

  /** Returns this format's exporter. */
  public static Exporter exporter() {
    return EuDatabase::export;
  }

  /**
   * Returns whether a usage must be registered by its deployer, per the core classifier: {@code
   * true} when the registration duty applies, {@code false} when it does not, empty when it depends
   * on questions still open.
   *
   * @param usage the usage, as stored
   * @return the answer, or empty
   * @throws eu.civicai.governance.InvalidInputException when the usage is null
   */
  public static Optional<Boolean> needsRegistration(AiUsage usage) {
    AiActClassification c = AiActClassifier.classify(Check.notNull("usage", usage));
    Optional<Duty> duty = c.duty(Obligation.REGISTRATION);
    if (duty.isPresent()) {
      return duty.get().status() == DutyStatus.DEPENDS_ON_ANSWERS
          ? Optional.empty()
          : Optional.of(true);
    }
    return c.tier() == AiActTier.UNDETERMINED ? Optional.empty() : Optional.of(false);
  }

  /**
   * Exports the registrations of the usages that need one.
   *
   * @param usages the usages
   * @param profile which parts to write
   * @param datasets unused by this format (accepted for the common interface)
   * @return the JSON document (an array of registrations) and its diagnostics
   * @throws eu.civicai.governance.InvalidInputException when an argument is null
   */
  public static Export export(List<AiUsage> usages, ExportProfile profile, DatasetLookup datasets) {
    Check.notNull("usages", usages);
    Check.notNull("profile", profile);
    Check.notNull("datasets", datasets);
    ArrayNode records = Json.array();
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (AiUsage usage : Check.list("usages", usages)) {
      Optional<Boolean> needed = needsRegistration(usage);
      if (needed.isEmpty()) {
        diagnostics.add(
            new Diagnostic(0, "", "", "export.undetermined", usage.id().value(), false));
        continue;
      }
      if (!needed.get()) {
        diagnostics.add(new Diagnostic(0, "", "", "export.notRequired", usage.id().value(), false));
        continue;
      }
      View view = View.of(usage, profile);
      if (view == null) {
        diagnostics.add(new Diagnostic(0, "", "", "export.withheld", usage.id().value(), false));
        continue;
      }
      records.add(write(new RecordOut(view, records.size() + 1, diagnostics)));
    }
    return new Export(FORMAT, "application/json", Json.write(records), diagnostics);
  }

  private static ObjectNode write(RecordOut out) {
    AiUsage u = out.usage();
    boolean fr = Language.french(u);
    ObjectNode r = Json.object();
    r.put("regulation", BASIS);
    if (u.metadata().language() != null) {
      r.put("language", u.metadata().language());
    } else {
      out.missing("language", "Annex VIII");
    }
    r.put("usageId", u.id().value());
    out.carried("name");
    r.put("aiSystemName", u.name());
    Duty duty = AiActClassifier.classify(out.view().full()).duty(Obligation.REGISTRATION).get();
    r.put(
        "databaseSection",
        duty.articles().contains("Art. 49(4)") ? "secure non-public (Art. 49(4))" : "public");
    if (u.aiAct() != null) {
      out.carried("aiAct.annexIiiArea", "aiAct.annexIiiPoint", "aiAct.role");
      if (u.aiAct().annexIiiPoint() != null) {
        r.put("annexIii", u.aiAct().annexIiiPoint().name());
      } else if (u.aiAct().annexIiiArea() != null) {
        r.put("annexIii", u.aiAct().annexIiiArea().name());
      }
      Json.put(r, "deployerRegistrationReference", u.aiAct().registrationReference());
      out.carried("aiAct.registrationReference");
    }
    // Point 1: the deployer.
    ObjectNode deployer = r.putObject("deployer");
    deployer.put("name", u.authority().name());
    out.carried("authority.name");
    if (u.authority().siren() != null) {
      deployer.put("siren", u.authority().siren().value());
      out.carried("authority.siren");
    }
    out.missing("deployer.address", "Annex VIII, Section C, point 1");
    Optional<Contact> contact = u.contacts().stream().filter(c -> c.email() != null).findFirst();
    if (contact.isPresent()) {
      deployer.put("contact", contact.get().email());
      out.carried("contacts[" + u.contacts().indexOf(contact.get()) + "].email");
    } else {
      out.missing("deployer.contact", "Annex VIII, Section C, point 1");
    }
    // Point 2: who submits, on the deployer's behalf: the AI referent, else the owner.
    Optional<Contact> submitter =
        u.contact(ContactRole.AI_REFERENT).or(() -> u.contact(ContactRole.OWNER));
    if (submitter.isPresent()) {
      ObjectNode s = r.putObject("submitter");
      Contact c = submitter.get();
      int i = u.contacts().indexOf(c);
      out.carried("contacts[" + i + "]");
      Json.put(s, "name", c.name() != null ? c.name() : Language.label(u, c.role()));
      Json.put(s, "role", Language.label(u, c.role()));
      Json.put(s, "contact", c.email());
      if (c.email() == null) {
        out.missing("submitter.contact", "Annex VIII, Section C, point 2");
      }
    } else {
      out.missing("submitter", "Annex VIII, Section C, point 2");
    }
    // Point 3: the provider's entry; the usage model keeps none.
    out.missing("providerDatabaseEntry", "Annex VIII, Section C, point 3");
    // Point 4: the FRIA's findings.
    String fria = friaSummary(out, fr);
    if (fria != null) {
      r.put("friaSummary", fria);
    } else {
      out.missing("friaSummary", "Annex VIII, Section C, point 4");
    }
    if (u.aiAct() != null && u.aiAct().friaReference() != null) {
      r.put("friaReference", u.aiAct().friaReference());
      out.carried("aiAct.friaReference");
    }
    // Point 5: the DPIA, where applicable.
    if (u.dataUse() != null && u.dataUse().dpia() != null) {
      out.carried("dataUse.dpia", "dataUse.dpiaReference");
      if (u.dataUse().dpia() != DpiaStatus.NOT_REQUIRED) {
        String text =
            (fr ? "AIPD : " : "DPIA: ")
                + Language.label(u, u.dataUse().dpia())
                + (u.dataUse().dpiaReference() == null ? "" : " — " + u.dataUse().dpiaReference());
        r.put("dpiaSummary", text);
      } else {
        r.put(
            "dpiaSummary",
            fr ? "Sans objet : AIPD non requise." : "Not applicable: no DPIA required.");
      }
    } else {
      out.missing("dpiaSummary", "Annex VIII, Section C, point 5");
    }
    out.reportUnmapped();
    return r;
  }

  private static String friaSummary(RecordOut out, boolean fr) {
    AiUsage u = out.usage();
    if (u.aiAct() == null || u.aiAct().fria() == null) {
      return null;
    }
    FundamentalRightsAssessment f = u.aiAct().fria();
    out.carried("aiAct.fria");
    List<String> lines = new ArrayList<>();
    lines.add(
        (fr ? "Version " + f.version() + " du " : "Version " + f.version() + " of ")
            + f.assessedOn()
            + (f.assessor() == null ? "" : " (" + f.assessor() + ")"));
    add(lines, "(a)", f.processes());
    add(lines, "(b)", f.periodAndFrequency());
    add(
        lines,
        "(c)",
        f.affectedCategories().isEmpty() ? null : String.join(", ", f.affectedCategories()));
    add(lines, "(d)", f.risksOfHarm().isEmpty() ? null : String.join(" ; ", f.risksOfHarm()));
    add(lines, "(e)", f.oversightMeasures());
    add(lines, "(f)", f.measuresIfRisksMaterialise());
    add(lines, "(f)", f.governanceAndComplaints());
    return String.join("\n", lines);
  }

  private static void add(List<String> lines, String point, String text) {
    if (text != null && !text.isBlank()) {
      lines.add(point + " " + text);
    }
  }
}
