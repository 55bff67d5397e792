/**
 * Clauses of a call for tenders generated from a charter and the draft of a usage ({@link
 * eu.civicai.governance.tender.TenderClauses}), and the bidder's answers recorded against them as
 * the usage's procurement record ({@link eu.civicai.governance.tender.TenderDossier#record}).
 *
 * <p>Values are immutable and thread-safe; generators are stateless. Null policy: see {@link
 * eu.civicai.governance}. Clause texts are in French, the language of French public procurement.
 */
@NullMarked
package eu.civicai.governance.tender;

import org.jspecify.annotations.NullMarked;
