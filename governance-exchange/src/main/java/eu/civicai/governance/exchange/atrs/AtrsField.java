package eu.civicai.governance.exchange.atrs;

import java.util.List;

/**
 * One field of the ATRS 4.0 record: its section, its attribute name, whether the standard requires
 * it. Drawn from the 3.0 template ({@code previous-versions/v3.0/template_table.md}) with the
 * changes of the official 3.0 → 4.0 change log: metadata filter fields deleted; "Information"
 * renamed "Summary information"; external supplier renamed third party; scope merged into the
 * detailed description; process integration and provided information merged into integration into
 * the broader operational process; human decisions and review renamed human review; the
 * decision-making process section renamed deployment context; the tool specification's phase
 * deleted and system-level input and output added; datasets and dataset purposes merged; the data
 * specification split into development data and operational data. A merged field is required when
 * one of its parts was; the new system-level fields are optional (the change log does not say
 * otherwise). A test checks this table against the 3.0 template and these changes.
 */
record AtrsField(String section, String name, boolean required) {

  static final String TITLE = "title_information";
  static final String TIER_1 = "summary_information";
  static final String OWNER = "owner_and_responsibility";
  static final String DESCRIPTION = "description_and_rationale";
  static final String DEPLOYMENT = "deployment_context";
  static final String TOOL = "tool_specification";
  static final String MODEL = "model_specification";
  static final String DEVELOPMENT_DATA = "development_data";
  static final String OPERATIONAL_DATA = "operational_data";
  static final String RISKS = "risks_mitigations_and_impact_assessments";

  /** The phases of 4.0: "Pilot/beta" replaced by private and public beta. */
  static final List<String> PHASES =
      List.of(
          "Idea", "Design", "Development", "Private beta", "Public beta", "Production", "Retired");

  /** The regions, "International" added in 4.0. */
  static final List<String> REGIONS =
      List.of("England", "Scotland", "Wales", "Northern Ireland", "UK-wide", "International");

  /** The data fields, the same in both data sections. */
  static final List<AtrsField> DATA =
      List.of(
          new AtrsField("", "source_data_name", true),
          new AtrsField("", "data_modality", true),
          new AtrsField("", "data_description", true),
          new AtrsField("", "data_quantities", true),
          new AtrsField("", "sensitive_attributes", true),
          new AtrsField("", "data_completeness_and_representativeness", true),
          new AtrsField("", "source_data_url", true),
          new AtrsField("", "data_collection", true),
          new AtrsField("", "data_cleaning", false),
          new AtrsField("", "data_sharing_agreements", true),
          new AtrsField("", "data_access_and_storage", true));

  /** The fields of one model of the model specification. */
  static final List<AtrsField> MODEL_FIELDS =
      List.of(
          new AtrsField(MODEL, "model_name", true),
          new AtrsField(MODEL, "model_version", true),
          new AtrsField(MODEL, "model_task", true),
          new AtrsField(MODEL, "model_input", true),
          new AtrsField(MODEL, "model_output", true),
          new AtrsField(MODEL, "model_architecture", true),
          new AtrsField(MODEL, "model_performance", true),
          new AtrsField(MODEL, "datasets", true));

  /** The fields of the record outside the per-model and per-dataset lists, in order. */
  static final List<AtrsField> ALL =
      List.of(
          new AtrsField(TITLE, "title", true),
          new AtrsField(TITLE, "organisation_name", true),
          new AtrsField(TITLE, "phase", true),
          new AtrsField(TITLE, "region", true),
          new AtrsField(TITLE, "one_sentence_description", true),
          new AtrsField(TIER_1, "name", true),
          new AtrsField(TIER_1, "description", true),
          new AtrsField(TIER_1, "website_url", true),
          new AtrsField(TIER_1, "contact_email", true),
          new AtrsField(OWNER, "organisation_or_department", true),
          new AtrsField(OWNER, "team", true),
          new AtrsField(OWNER, "senior_responsible_owner", true),
          new AtrsField(OWNER, "third_party_involvement", true),
          new AtrsField(OWNER, "third_party", false),
          new AtrsField(OWNER, "companies_house_number", false),
          new AtrsField(OWNER, "third_party_role", false),
          new AtrsField(OWNER, "procurement_procedure_type", false),
          new AtrsField(OWNER, "data_access_terms", false),
          new AtrsField(DESCRIPTION, "detailed_description", true),
          new AtrsField(DESCRIPTION, "benefit", true),
          new AtrsField(DESCRIPTION, "previous_process", false),
          new AtrsField(DESCRIPTION, "alternatives_considered", false),
          new AtrsField(DEPLOYMENT, "integration_into_broader_operational_process", true),
          new AtrsField(DEPLOYMENT, "human_review", true),
          new AtrsField(DEPLOYMENT, "frequency_and_scale_of_usage", true),
          new AtrsField(DEPLOYMENT, "required_training", true),
          new AtrsField(DEPLOYMENT, "appeals_and_review", false),
          new AtrsField(TOOL, "system_architecture", true),
          new AtrsField(TOOL, "system_level_input", false),
          new AtrsField(TOOL, "system_level_output", false),
          new AtrsField(TOOL, "maintenance", true),
          new AtrsField(TOOL, "models", true),
          new AtrsField(RISKS, "impact_assessment", true),
          new AtrsField(RISKS, "risks_and_mitigations", true));

  static final List<String> SECTIONS =
      List.of(
          TITLE,
          TIER_1,
          OWNER,
          DESCRIPTION,
          DEPLOYMENT,
          TOOL,
          MODEL,
          DEVELOPMENT_DATA,
          OPERATIONAL_DATA,
          RISKS);
}
