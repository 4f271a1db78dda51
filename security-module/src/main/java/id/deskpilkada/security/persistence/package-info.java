/** Repositories and queries on the sec_* tables. */
package id.deskpilkada.security.persistence;
