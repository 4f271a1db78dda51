/** Repositories and queries on the lgs_* tables. */
package id.deskpilkada.logistics.persistence;
