package id.deskpilkada.portal.web;

import id.deskpilkada.platform.application.tps.TpsFilter;
import id.deskpilkada.platform.application.tps.TpsService;
import id.deskpilkada.platform.application.tps.TpsTotals;
import id.deskpilkada.platform.application.tps.TpsView;
import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.region.RegionCode;
import id.deskpilkada.platform.domain.tps.TpsStatus;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The TPS table: lazy pages of ~435,000 TPS filtered in the database, the total of voters of the filtered
 * list, and for administrators a dialog to add or change a TPS and a soft delete. Filters apply when the
 * user presses the filter button, not on every key stroke.
 */
@Named
@ViewScoped
public class TpsList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TpsService service;

    @Inject
    transient TpsMessages messages;

    @Inject
    CurrentUser user;

    private String regionPrefix;
    private String villageCode;
    private TpsStatus status = TpsStatus.AKTIF;
    private Integer minVoters;
    private Integer maxVoters;
    private String addressText;

    /** The filter the table shows, fixed when the user applies the filter fields. */
    private TpsFilter applied;
    private TpsTotals totals = TpsTotals.NONE;
    private PagedList<TpsView> rows;
    private TpsForm form = TpsForm.blank(null);

    @PostConstruct
    void init() {
        applied = currentFilter();
        rows = new PagedList<>((first, max) -> service.page(applied, first, max), () -> {
            totals = service.totals(applied);
            return totals.tps();
        });
    }

    /** Applies the filter fields; a code that is no region code is reported, the table keeps its last filter. */
    public void filter() {
        for (String code : new String[] {regionPrefix, villageCode}) {
            if (code != null && !code.isBlank() && !RegionCode.isWellFormed(code.strip())) {
                messages.error("tps.filter.badCode", code);
                return;
            }
        }
        try {
            TpsFilter next = currentFilter();
            totals = service.totals(next);
            applied = next;
        } catch (RuntimeException e) {
            messages.refused(e, villageCode, null);
        }
    }

    public void clearFilter() {
        regionPrefix = null;
        villageCode = null;
        status = TpsStatus.AKTIF;
        minVoters = null;
        maxVoters = null;
        addressText = null;
        filter();
    }

    public void startNew() {
        form = TpsForm.blank(villageCode);
    }

    public void edit(TpsView tps) {
        form = TpsForm.of(tps);
    }

    /** Saves the dialog; on a refusal the dialog stays open with the reason. */
    public void save() {
        try {
            TpsView saved = form.isExisting()
                    ? service.update(form.getVillageCode(), form.getNumber(), form.input()).orElse(null)
                    : service.create(form.input());
            if (saved == null) {
                messages.error("tps.notFound", form.getVillageCode(), form.getNumber());
                return;
            }
            messages.info("tps.saved", saved.villageCode(), saved.numberLabel());
        } catch (RuntimeException e) {
            messages.refused(e, form.getVillageCode(), form.getNumber());
        }
    }

    public void remove(TpsView tps) {
        try {
            service.remove(tps.villageCode(), tps.number());
            messages.info("tps.removed", tps.villageCode(), tps.numberLabel());
        } catch (RuntimeException e) {
            messages.refused(e, tps.villageCode(), tps.number());
        }
    }

    public boolean isAdmin() {
        return user.hasRole(Role.ADMIN);
    }

    public List<TpsStatus> getStatuses() {
        return List.of(TpsStatus.values());
    }

    private TpsFilter currentFilter() {
        return new TpsFilter(regionPrefix, villageCode, status, minVoters, maxVoters, addressText);
    }

    public PagedList<TpsView> getRows() {
        return rows;
    }

    public TpsTotals getTotals() {
        return totals;
    }

    /** "N TPS, M voters" of the filtered list, as the table's footer shows it. */
    public String getTotalsText() {
        return messages.format("tps.totals", totals.tps(), totals.voters());
    }

    public TpsForm getForm() {
        return form;
    }

    public String getRegionPrefix() {
        return regionPrefix;
    }

    public void setRegionPrefix(String regionPrefix) {
        this.regionPrefix = regionPrefix;
    }

    public String getVillageCode() {
        return villageCode;
    }

    public void setVillageCode(String villageCode) {
        this.villageCode = villageCode;
    }

    public TpsStatus getStatus() {
        return status;
    }

    public void setStatus(TpsStatus status) {
        this.status = status;
    }

    public Integer getMinVoters() {
        return minVoters;
    }

    public void setMinVoters(Integer minVoters) {
        this.minVoters = minVoters;
    }

    public Integer getMaxVoters() {
        return maxVoters;
    }

    public void setMaxVoters(Integer maxVoters) {
        this.maxVoters = maxVoters;
    }

    public String getAddressText() {
        return addressText;
    }

    public void setAddressText(String addressText) {
        this.addressText = addressText;
    }
}
