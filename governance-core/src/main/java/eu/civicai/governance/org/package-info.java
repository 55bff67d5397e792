/** Authorities (collectivités) with their SIREN and SIRET, contacts and roles. */
@NullMarked
package eu.civicai.governance.org;

import org.jspecify.annotations.NullMarked;
