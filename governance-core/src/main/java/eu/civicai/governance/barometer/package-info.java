/**
 * The barometer of AI governance maturity across the authorities of a register (issue 21): a score
 * from 0 to 100 per authority, made of weighted components ({@link
 * eu.civicai.governance.barometer.MaturityComponent}), and its distribution by population band
 * ({@link eu.civicai.governance.barometer.PopulationBand}, boundary at 50,000 inhabitants), by
 * authority kind and by theme. The formula, weights and reasons are in {@code docs/barometer.md}.
 *
 * <p>Compute it over a register in memory with {@link
 * eu.civicai.governance.barometer.Barometer#of(eu.civicai.governance.register.Register,
 * eu.civicai.governance.data.Ledger, java.time.Clock)}; a store computes the per-authority figures
 * ({@link eu.civicai.governance.barometer.AuthorityFigures}) in SQL and gives them to {@link
 * eu.civicai.governance.barometer.Barometer#fromFigures}, so that both paths share the arithmetic.
 *
 * <p>An authority is keyed by its SIREN when its records state one, by its name otherwise; the
 * figures of several registers (the tenants of a store) are merged by that key with {@link
 * eu.civicai.governance.barometer.Barometer#merge}. The components weigh what {@link
 * eu.civicai.governance.barometer.BarometerWeights#defaults()} gives, or what the caller chooses.
 *
 * <p>A component that cannot be judged is unknown, never 0: the score is taken over the known
 * components and each authority says how many are unknown. All values are immutable and
 * thread-safe. Null policy: see {@link eu.civicai.governance}.
 */
@NullMarked
package eu.civicai.governance.barometer;

import org.jspecify.annotations.NullMarked;
