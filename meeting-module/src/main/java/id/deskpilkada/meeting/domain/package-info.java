/**
 * The meeting module's model: a {@link id.deskpilkada.meeting.domain.Meeting} with its participants, agenda,
 * minutes, agency reports, decisions and addenda; {@link id.deskpilkada.meeting.domain.ActionItem}s that are
 * followed until done across meetings; agenda items proposed by other modules' events. Rules live here and are
 * tested with plain JUnit; persistence annotations only map them.
 */
package id.deskpilkada.meeting.domain;
