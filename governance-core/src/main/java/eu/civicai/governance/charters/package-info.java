/** The built-in charters, ready to adopt, and the compass recommendation. */
package eu.civicai.governance.charters;
