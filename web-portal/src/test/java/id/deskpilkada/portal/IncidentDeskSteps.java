package id.deskpilkada.portal;

/**
 * What a security desk officer does with a flood in the browser: report it as a bencana of medium severity at a
 * place, verify it after a check on the spot and escalate it to the desk above. Shared by the browser tests that
 * need an escalated incident; screenshots are named after the caller's prefix.
 */
final class IncidentDeskSteps {

    private IncidentDeskSteps() {
    }

    /** Leaves the browser on the escalated incident's page. */
    static void reportVerifyAndEscalateFlood(BrowserSession browser, String title, String description,
                                             String placeCode, String check, String escalationReason,
                                             String screenshotPrefix) throws java.io.IOException {
        browser.open("/security/incidents.xhtml");
        browser.click("incidentsForm:newIncident");
        browser.selectOneMenuByLabel("reportForm:type", "Bencana");
        browser.selectOneMenuByLabel("reportForm:severity", "Sedang");
        browser.type("reportForm:title", title);
        browser.type("reportForm:description", description);
        browser.typeKeys("reportForm:place_input", placeCode);
        browser.waitForAjax();
        browser.clickCss("#reportForm\\:place_panel li");
        browser.screenshot(screenshotPrefix + "-report");
        browser.click("reportForm:submitReport");
        browser.waitForText("Kejadian telah dilaporkan");
        browser.clickText(title);
        browser.waitForText("Penanganan di meja");
        browser.selectOneMenuByLabel("incidentForm:nextStatus", "Terverifikasi");
        browser.type("incidentForm:note", check);
        browser.click("incidentForm:saveStatus");
        browser.waitForText("Status kejadian disimpan");
        browser.type("incidentForm:escalationReason", escalationReason);
        browser.click("incidentForm:escalate");
        browser.waitForText("Kejadian dieskalasi");
    }
}
