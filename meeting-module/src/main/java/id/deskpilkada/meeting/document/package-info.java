/**
 * Documents made from a meeting: the notula PDF in the usual Indonesian layout, with a QR code on every page
 * linking to the public verification page, and iCalendar invitations. Pure functions of their input records.
 */
package id.deskpilkada.meeting.document;
