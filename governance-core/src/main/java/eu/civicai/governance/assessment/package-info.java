/**
 * Documents the library writes about a usage and reads back: the CRPA notice for individual
 * decisions ({@link eu.civicai.governance.assessment.CrpaNotices}), the fundamental-rights impact
 * assessment of AI Act Art. 27, and the impact questionnaire in the manner of Canada's Algorithmic
 * Impact Assessment.
 *
 * <p>Values are immutable records, safe to share between threads; generators are stateless. Null
 * policy: see {@link eu.civicai.governance}. Texts are French by default; the caller chooses the
 * locale, never the machine.
 */
@NullMarked
package eu.civicai.governance.assessment;

import org.jspecify.annotations.NullMarked;
