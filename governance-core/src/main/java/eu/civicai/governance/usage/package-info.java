/**
 * The AI usage record ({@link eu.civicai.governance.usage.AiUsage}, a "fiche d'usage") and its
 * parts: status, purpose, system, decision-making, AI Act profile, data use, risks, impacts,
 * footprint, benefits, governance, transparency, funding, metadata.
 *
 * <p>Values are immutable records, safe to share between threads; builders are mutable and not
 * thread-safe. Null policy: see {@link eu.civicai.governance}.
 *
 * <p>Texts: a text whose declared maximum length is at most 200 characters (names, titles, labels,
 * references) is single-line and holds no control character, tab or line break; a longer text
 * (descriptions, summaries, notes) may hold tabs and line breaks but no other control character; no
 * text holds a lone surrogate. Web addresses are absolute {@code http} or {@code https} addresses.
 * Both are refused with {@link eu.civicai.governance.InvalidInputException} (rules {@code
 * text.singleLine}, {@code text.control}, {@code text.surrogate}, {@code uri.scheme}) by the
 * setters, the records' constructors and the JSON reader; see {@code docs/limits.md}.
 */
@NullMarked
package eu.civicai.governance.usage;

import org.jspecify.annotations.NullMarked;
