/** The built-in charters, ready to adopt, and the compass recommendation. */
@NullMarked
package eu.civicai.governance.charters;

import org.jspecify.annotations.NullMarked;
