/**
 * Agencies (instansi) and their contact persons: the Forkopimda partners and election bodies as units at a
 * region, with the region levels each type may sit at, the Polri and TNI chains of command, and the checks
 * of names, phone numbers and e-mail addresses. Meetings, action items and personnel refer to agencies by id.
 */
package id.deskpilkada.platform.domain.agency;
