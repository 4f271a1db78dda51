/**
 * Platform domain: user accounts, roles, jurisdictions (scopes) and the rules of administering them; the
 * audit chain. Regions live in the {@code region} sub-package.
 */
package id.deskpilkada.platform.domain;
