/**
 * CivicAI Governance: the library's exceptions and shared contracts.
 *
 * <p>Null policy for every package of the library, stated in the types with JSpecify: every
 * exported package is {@code @NullMarked}, so parameters, returned values and record components are
 * never {@code null} unless their type is {@code @Nullable}; lists, sets and maps are never {@code
 * null} (empty instead); optional single values of records are {@code @Nullable} and null when
 * unknown, because an unknown value is information the charters report on. Passing {@code null}
 * where it is not allowed throws {@link eu.civicai.governance.InvalidInputException} naming the
 * parameter, never a {@code NullPointerException}.
 */
@NullMarked
package eu.civicai.governance;

import org.jspecify.annotations.NullMarked;
