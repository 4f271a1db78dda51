/**
 * Agencies and contact persons for the portal and the REST API: paged lists within the caller's
 * jurisdiction, changes by administrators and the secretariat (audited, published as
 * {@code platform.AgencyChanged}), and the demo profile's agencies of NTT, Jambi, Kota Kupang and Kota Jambi.
 */
package id.deskpilkada.platform.application.agency;
