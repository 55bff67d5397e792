/** Authorities (collectivités) with their SIREN and SIRET, contacts and roles. */
package eu.civicai.governance.org;
