package id.deskpilkada.portal.web;

import id.deskpilkada.platform.application.tps.TpsInput;
import id.deskpilkada.platform.application.tps.TpsView;
import java.io.Serializable;

/** The fields of the TPS dialog; a new TPS has no key yet, an existing one keeps its village and number. */
public class TpsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean existing;
    private String villageCode;
    private Integer number;
    private Integer voters;
    private String address;
    private Double latitude;
    private Double longitude;

    static TpsForm blank(String villageCode) {
        TpsForm form = new TpsForm();
        form.villageCode = villageCode;
        return form;
    }

    static TpsForm of(TpsView tps) {
        TpsForm form = new TpsForm();
        form.existing = true;
        form.villageCode = tps.villageCode();
        form.number = tps.number();
        form.voters = tps.voters();
        form.address = tps.address();
        form.latitude = tps.latitude();
        form.longitude = tps.longitude();
        return form;
    }

    TpsInput input() {
        return new TpsInput(villageCode, number, voters, address, latitude, longitude);
    }

    public boolean isExisting() {
        return existing;
    }

    public String getVillageCode() {
        return villageCode;
    }

    public void setVillageCode(String villageCode) {
        this.villageCode = villageCode;
    }

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
    }

    public Integer getVoters() {
        return voters;
    }

    public void setVoters(Integer voters) {
        this.voters = voters;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }
}
