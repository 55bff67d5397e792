/**
 * Charters and their evaluation: the condition language ({@link
 * eu.civicai.governance.charter.Condition}), the fact vocabulary ({@link
 * eu.civicai.governance.charter.Facts}), the Java DSL, the evaluator, reports, waivers.
 */
@NullMarked
package eu.civicai.governance.charter;

import org.jspecify.annotations.NullMarked;
