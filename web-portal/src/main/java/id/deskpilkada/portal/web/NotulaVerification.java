package id.deskpilkada.portal.web;

import id.deskpilkada.meeting.application.MinutesApproval;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.UUID;

/**
 * The public page behind the QR code on every notula page: anyone holding a printed notula checks, without
 * logging in, whether it matches the approved minutes. It shows only title, date and status.
 */
@Named
@RequestScoped
public class NotulaVerification {

    @Inject
    MinutesApproval approval;

    private String meeting;
    private String hash;
    private Optional<MinutesApproval.Verification> result = Optional.empty();

    public void check() {
        try {
            result = meeting == null ? Optional.empty() : approval.verify(UUID.fromString(meeting), hash);
        } catch (IllegalArgumentException malformedId) {
            result = Optional.empty();
        }
    }

    public boolean isFound() {
        return result.isPresent();
    }

    public MinutesApproval.Verification getResult() {
        return result.orElse(null);
    }

    public String getMeeting() {
        return meeting;
    }

    public void setMeeting(String meeting) {
        this.meeting = meeting;
    }

    public String getHash() {
        return hash;
    }

    public void setHash(String hash) {
        this.hash = hash;
    }
}
