/**
 * The authority's AI strategy, above single usages: its roadmap ({@link
 * eu.civicai.governance.strategy.Roadmap}: axes, initiatives linked to usages, milestones,
 * indicators, funding, partners, consultation steps), acculturation ({@link
 * eu.civicai.governance.strategy.Acculturation}: sessions for agents, elected officials and
 * residents, and the AI Act Art. 4 literacy share), the anticipated effects of each usage on
 * agents' work ({@link eu.civicai.governance.strategy.WorkEffects}) and the watch committee ({@link
 * eu.civicai.governance.strategy.WatchCommittee}: members, meetings, decisions). One {@link
 * eu.civicai.governance.strategy.Strategy} gathers them for one authority.
 *
 * <p>Values are immutable records, safe to share between threads; builders are mutable and not
 * thread-safe. Ill-formed values are refused with {@link
 * eu.civicai.governance.InvalidInputException} naming the field and the value; missing parts are
 * well-formed and judged by the charters. Null policy: see {@link eu.civicai.governance}. Texts
 * follow the rules of the {@code usage} package (single-line up to 200 characters).
 */
@NullMarked
package eu.civicai.governance.strategy;

import org.jspecify.annotations.NullMarked;
