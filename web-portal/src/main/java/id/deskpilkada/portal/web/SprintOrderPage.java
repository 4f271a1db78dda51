package id.deskpilkada.portal.web;

import id.deskpilkada.security.application.SprintOrder;
import id.deskpilkada.security.application.TeamAssignments;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;

/** The printable sprint order of one unit ({@code sprint.xhtml?unit=…}): its teams, where they go, how many. */
@Named
@RequestScoped
public class SprintOrderPage {

    @Inject
    TeamAssignments teams;

    private String unit;
    private SprintOrder order;

    /** f:viewAction: a unit id that is malformed or unknown answers 404. */
    public void load() throws IOException {
        try {
            order = teams.sprintOrder(UUID.fromString(unit));
        } catch (IllegalArgumentException noSuchUnit) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, noSuchUnit.getMessage());
            faces.responseComplete();
        }
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public SprintOrder getOrder() {
        return order;
    }
}
