package id.deskpilkada.meeting.application;

import java.util.UUID;

/** An agency that may be invited to, or own an action item of, a meeting of a region. */
public record AgencyChoice(UUID id, String name, String type, String regionCode) {
}
