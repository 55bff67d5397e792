/** Runnable examples of the library, written against its public API only. */
@NullMarked
package eu.civicai.governance.examples;

import org.jspecify.annotations.NullMarked;
