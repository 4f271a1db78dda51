package id.deskpilkada.portal.web;

import id.deskpilkada.platform.application.AuditLog;
import id.deskpilkada.platform.application.AuditRecord;
import id.deskpilkada.platform.application.ChainVerification;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The audit trail for administrators, newest first, filtered by region and subject; and the chain check. */
@Named
@ViewScoped
public class AuditTrail implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditLog audit;

    private String regionPrefix = "";
    private String subjectType;
    private PagedList<AuditRecord> rows;
    private ChainVerification verification;

    @PostConstruct
    void init() {
        filter();
    }

    public void filter() {
        String prefix = regionPrefix == null ? "" : regionPrefix.strip();
        String type = subjectType == null || subjectType.isBlank() ? null : subjectType.strip();
        rows = new PagedList<>((first, max) -> audit.page(prefix, type, first, max), () -> audit.count(prefix, type));
    }

    public void verify() {
        verification = audit.verify();
    }

    public PagedList<AuditRecord> getRows() {
        return rows;
    }

    public ChainVerification getVerification() {
        return verification;
    }

    public String getRegionPrefix() {
        return regionPrefix;
    }

    public void setRegionPrefix(String regionPrefix) {
        this.regionPrefix = regionPrefix;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public void setSubjectType(String subjectType) {
        this.subjectType = subjectType;
    }
}
