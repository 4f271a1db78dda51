/** Repositories and queries on the mtg_* tables. */
package id.deskpilkada.meeting.persistence;
