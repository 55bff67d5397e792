package eu.civicai.governance.report;

/**
 * How many of something, with its label for people and a stable key for programs.
 *
 * @param key a stable key, such as the enum constant's name ({@code NON_COMPLIANT}); never shown
 * @param label the label in the report's language
 * @param count how many
 */
public record Count(String key, String label, long count) {}
