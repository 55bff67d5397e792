package eu.civicai.governance.assessment;

import eu.civicai.governance.UsageId;
import eu.civicai.governance.internal.Check;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a usage that supports individual decisions owes the person concerned under the French Code
 * des relations entre le public et l'administration (CRPA), generated from the usage record by
 * {@link CrpaNotices}: the explicit mention carried by each decision, and the information
 * communicated on request.
 *
 * <p>The articles, as in force (Légifrance; summarised in {@code shared/reference/ANCHORS.md},
 * section "France — public algorithms"):
 *
 * <ul>
 *   <li>L311-3-1: « Sous réserve de l'application du 2° de l'article L. 311-5, une décision
 *       individuelle prise sur le fondement d'un traitement algorithmique comporte une mention
 *       explicite en informant l'intéressé. Les règles définissant ce traitement ainsi que les
 *       principales caractéristiques de sa mise en œuvre sont communiquées par l'administration à
 *       l'intéressé s'il en fait la demande. »
 *   <li>R311-3-1-1: « La mention explicite prévue à l'article L. 311-3-1 indique la finalité
 *       poursuivie par le traitement algorithmique. Elle rappelle le droit, garanti par cet
 *       article, d'obtenir la communication des règles définissant ce traitement et des principales
 *       caractéristiques de sa mise en œuvre, ainsi que les modalités d'exercice de ce droit à
 *       communication et de saisine, le cas échéant, de la commission d'accès aux documents
 *       administratifs […]. »
 *   <li>R311-3-1-2: « L'administration communique à la personne faisant l'objet d'une décision
 *       individuelle prise sur le fondement d'un traitement algorithmique, à la demande de
 *       celle-ci, sous une forme intelligible et sous réserve de ne pas porter atteinte à des
 *       secrets protégés par la loi, les informations suivantes : 1° Le degré et le mode de
 *       contribution du traitement algorithmique à la prise de décision ; 2° Les données traitées
 *       et leurs sources ; 3° Les paramètres de traitement et, le cas échéant, leur pondération,
 *       appliqués à la situation de l'intéressé ; 4° Les opérations effectuées par le traitement. »
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param usage the id of the usage the notice was generated from
 * @param revision the revision of the usage record it was generated from
 * @param language the language of the texts ({@code fr} or {@code en})
 * @param applicability whether L311-3-1 applies to the usage, as the record says
 * @param explicitMention the explicit mention (L311-3-1, R311-3-1-1)
 * @param onRequest the four items of R311-3-1-2, in the order of the article (1° to 4°)
 */
public record CrpaNotice(
    UsageId usage,
    int revision,
    String language,
    CrpaApplicability applicability,
    NoticePart explicitMention,
    List<NoticePart> onRequest) {

  /** Checks that no component is null and copies the list. */
  public CrpaNotice {
    Check.notNull("usage", usage);
    Check.notNull("language", language);
    Check.notNull("applicability", applicability);
    Check.notNull("explicitMention", explicitMention);
    onRequest = Check.list("onRequest", onRequest);
  }

  /** Whether every part is complete: nothing is left to fill by hand. */
  public boolean complete() {
    return missing().isEmpty();
  }

  /**
   * Returns the fields of the record (or of the request) that would fill the missing pieces, every
   * part in order, without repeats.
   */
  public List<String> missing() {
    List<String> all = new ArrayList<>();
    for (NoticePart part : parts()) {
      for (String field : part.missing()) {
        if (!all.contains(field)) {
          all.add(field);
        }
      }
    }
    return List.copyOf(all);
  }

  /** Returns the explicit mention, then the four items on request. */
  public List<NoticePart> parts() {
    List<NoticePart> parts = new ArrayList<>(1 + onRequest.size());
    parts.add(explicitMention);
    parts.addAll(onRequest);
    return List.copyOf(parts);
  }

  /**
   * Returns the notice as Markdown: the applicability, the mention, the items on request each with
   * its article, and the list of what is missing. Texts from the record are escaped.
   *
   * @param usageName the usage's name, shown in the title; null leaves it out
   * @return the Markdown text, ending with a line break
   */
  public String toMarkdown(@Nullable String usageName) {
    Locale locale = Locale.forLanguageTag(language);
    StringBuilder out = new StringBuilder(2048);
    out.append("# ").append(Texts.get(locale, "crpa.title"));
    if (usageName != null) {
      out.append(" — ").append(Markdown.escape(usageName));
    }
    out.append("\n\n> ").append(Markdown.escape(applicability.label(locale))).append("\n\n");
    out.append("## ").append(explicitMention.title()).append("\n\n");
    out.append(Markdown.escape(explicitMention.text())).append("\n\n");
    out.append("_").append(Markdown.escape(explicitMention.reference())).append("_\n\n");
    out.append("## ").append(Texts.get(locale, "crpa.request.title")).append("\n\n");
    out.append(Texts.get(locale, "crpa.request.intro")).append("\n\n");
    for (NoticePart part : onRequest) {
      out.append("### ").append(part.title()).append("\n\n");
      out.append(Markdown.escape(part.text())).append("\n\n");
      out.append("_").append(Markdown.escape(part.reference())).append("_\n\n");
    }
    List<String> missing = missing();
    out.append("## ").append(Texts.get(locale, "missing.title")).append("\n\n");
    if (missing.isEmpty()) {
      out.append(Texts.get(locale, "missing.none")).append("\n");
    } else {
      for (String field : missing) {
        out.append("- `").append(field).append("`\n");
      }
    }
    return out.toString();
  }
}
