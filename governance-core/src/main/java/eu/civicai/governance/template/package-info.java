/**
 * A catalogue of usage templates that a small commune copies and adapts, in the manner of the
 * mutualised use-case libraries (La Rochelle, the Interconnectés library): chatbot for residents,
 * water-leak detection, building energy steering, drafting assistant, delivery bays, flood-risk
 * twin, water-stress prediction.
 *
 * <p>A {@link eu.civicai.governance.template.UsageTemplate} carries what such usages have in common
 * — purpose, techniques, how the output is used, human oversight, typical datasets, risks — and the
 * {@link eu.civicai.governance.template.OpenQuestion}s each commune must answer for itself (why AI,
 * where it is hosted, whether a DPIA is needed…). {@link
 * eu.civicai.governance.template.UsageTemplate#instantiate} gives the commune's usage: the open
 * questions are left unanswered, so that the built-in charters report them as UNKNOWN until the
 * commune answers. {@link eu.civicai.governance.template.UsageTemplates} lists the catalogue.
 *
 * <p>Templates are immutable and thread-safe. The catalogue is data written in Java, so that core
 * stays free of file formats. Null policy: see {@link eu.civicai.governance}.
 */
@NullMarked
package eu.civicai.governance.template;

import org.jspecify.annotations.NullMarked;
