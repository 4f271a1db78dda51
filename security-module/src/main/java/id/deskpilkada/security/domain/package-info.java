/** Security domain: routes, vulnerability, incidents and their rules. */
package id.deskpilkada.security.domain;
