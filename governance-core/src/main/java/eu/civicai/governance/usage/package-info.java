/**
 * The AI usage record ({@link eu.civicai.governance.usage.AiUsage}, a "fiche d'usage") and its
 * parts: status, purpose, system, decision-making, AI Act profile, data use, risks, impacts,
 * footprint, benefits, governance, transparency, funding, metadata.
 *
 * <p>Values are immutable records, safe to share between threads; builders are mutable and not
 * thread-safe. Null policy: see {@link eu.civicai.governance}.
 */
package eu.civicai.governance.usage;
