package id.deskpilkada.meeting;

import id.deskpilkada.platform.events.DeskModule;
import jakarta.enterprise.context.ApplicationScoped;

/** Registers the meeting module with the platform: tables {@code mtg_*}, inbox and subscription. */
@ApplicationScoped
public class MeetingModule implements DeskModule {

    public static final String NAME = "meeting";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String tablePrefix() {
        return "mtg_";
    }
}
