package id.deskpilkada.portal.rest;

import id.deskpilkada.platform.application.UserSummary;
import java.util.List;

/** One page of the user list and how many users match in all. */
public record UserPage(long total, int first, int max, List<UserSummary> users) {
}
