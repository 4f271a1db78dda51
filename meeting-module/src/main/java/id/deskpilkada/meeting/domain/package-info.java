/** Meeting domain: meetings, agenda proposals and their rules. */
package id.deskpilkada.meeting.domain;
