/**
 * The desk module's public API for the portal: the dashboard of a region ({@link DeskDashboard}), its PDF for the
 * weekly meeting ({@link DeskReports}) and the elections with their stages ({@link Elections}); DTO records.
 */
package id.deskpilkada.desk.application;
