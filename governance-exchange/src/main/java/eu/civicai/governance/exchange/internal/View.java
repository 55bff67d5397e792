package eu.civicai.governance.exchange.internal;

import eu.civicai.governance.Visibility;
import eu.civicai.governance.exchange.ExportProfile;
import eu.civicai.governance.org.Contact;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.Metadata;
import eu.civicai.governance.usage.Part;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A usage as a profile lets an export see it: in {@link ExportProfile#PUBLIC}, the restricted parts
 * are removed (null or empty), contacts not themselves public are removed, and the values kept from
 * an import are left out. Formats then write what the view holds, so that no format can let a
 * restricted part through by forgetting a check.
 *
 * @param usage what the export may write
 * @param full the record as stored, for conclusions drawn from it (the AI Act tier)
 * @param shown the parts the export may write
 */
public record View(AiUsage usage, AiUsage full, Set<Part> shown) {

  /** Returns whether a part of a usage may be published. */
  public static boolean isPublic(AiUsage u, Part part) {
    Visibility v =
        u.transparency() == null ? part.defaultVisibility() : u.transparency().visibilityOf(part);
    return v == Visibility.PUBLIC;
  }

  /** Returns the view of a usage, or null when the profile leaves the whole usage out. */
  public static View of(AiUsage u, ExportProfile profile) {
    if (profile == ExportProfile.FULL) {
      return new View(u, u, EnumSet.allOf(Part.class));
    }
    Set<Part> shown = EnumSet.noneOf(Part.class);
    for (Part p : Part.values()) {
      if (isPublic(u, p)) {
        shown.add(p);
      }
    }
    if (!shown.contains(Part.IDENTITY)) {
      return null;
    }
    List<Contact> contacts =
        shown.contains(Part.CONTACTS)
            ? u.contacts().stream().filter(c -> c.visibility() == Visibility.PUBLIC).toList()
            : List.of();
    Metadata m = u.metadata();
    AiUsage view =
        new AiUsage(
            u.id(),
            u.name(),
            u.summary(),
            u.description(),
            u.authority(),
            u.partners(),
            u.team(),
            contacts,
            u.links(),
            shown.contains(Part.STATUS) ? u.status() : null,
            shown.contains(Part.PURPOSE) ? u.purpose() : null,
            shown.contains(Part.SYSTEM) ? u.system() : null,
            shown.contains(Part.DECISION) ? u.decision() : null,
            shown.contains(Part.AI_ACT) ? u.aiAct() : null,
            shown.contains(Part.DATA_USE) ? u.dataUse() : null,
            shown.contains(Part.RISKS) ? u.risks() : List.of(),
            shown.contains(Part.IMPACTS) ? u.impacts() : null,
            shown.contains(Part.FOOTPRINT) ? u.footprint() : null,
            shown.contains(Part.BENEFITS) ? u.benefits() : List.of(),
            shown.contains(Part.GOVERNANCE) ? u.governance() : null,
            shown.contains(Part.TRANSPARENCY) ? u.transparency() : null,
            shown.contains(Part.FUNDING) ? u.funding() : null,
            new Metadata(m.revision(), m.updatedAt(), m.language(), m.tags(), Map.of()));
    return new View(view, u, shown);
  }

  /** Returns whether the export may write a part. */
  public boolean shows(Part part) {
    return shown.contains(part);
  }

  /** The part each top-level field of a usage belongs to; null for the id and the metadata. */
  public static Part partOf(String component) {
    return switch (component) {
      case "name", "summary", "description", "authority", "partners", "team", "links" ->
          Part.IDENTITY;
      case "contacts" -> Part.CONTACTS;
      case "status" -> Part.STATUS;
      case "purpose" -> Part.PURPOSE;
      case "system" -> Part.SYSTEM;
      case "decision" -> Part.DECISION;
      case "aiAct" -> Part.AI_ACT;
      case "dataUse" -> Part.DATA_USE;
      case "risks" -> Part.RISKS;
      case "impacts" -> Part.IMPACTS;
      case "footprint" -> Part.FOOTPRINT;
      case "benefits" -> Part.BENEFITS;
      case "governance" -> Part.GOVERNANCE;
      case "transparency" -> Part.TRANSPARENCY;
      case "funding" -> Part.FUNDING;
      default -> null;
    };
  }
}
