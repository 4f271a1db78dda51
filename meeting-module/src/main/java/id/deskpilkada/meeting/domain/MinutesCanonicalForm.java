package id.deskpilkada.meeting.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The approved content of minutes as one deterministic text, and its SHA-256. Covers what the notula states:
 * schedule, people, attendance, agenda, minutes, reports, decisions and the action items as agreed (not their
 * later progress). One field per line, {@code key=value}, values escaped so that no value can forge a line.
 * Recomputed by the public verification page: any change to a stored row after approval changes the hash.
 */
public final class MinutesCanonicalForm {

    private MinutesCanonicalForm() {
    }

    public static String hash(Meeting meeting, List<ActionItem> actionItems) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(text(meeting, actionItems).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public static String text(Meeting m, List<ActionItem> actionItems) {
        StringBuilder out = new StringBuilder(4_096);
        line(out, "format", "deskpilkada-notula-1");
        line(out, "meeting", m.id());
        line(out, "region", m.regionCode());
        line(out, "title", m.title());
        line(out, "type", m.type());
        line(out, "mode", m.mode());
        line(out, "place", m.place());
        line(out, "link", m.onlineLink());
        line(out, "start", m.startsAtUtc());
        line(out, "end", m.endsAtUtc());
        line(out, "chair", m.chairName());
        line(out, "chairPosition", m.chairPosition());
        line(out, "minuteTaker", m.minuteTakerName());
        for (Participant p : m.participants()) {
            line(out, "participant", p.ordinal(), p.agencyId(), p.agencyName(), p.attendance(), p.representative(),
                    p.representativePosition(), p.walkIn());
        }
        Map<java.util.UUID, Integer> itemOrder = m.agenda().stream()
                .collect(Collectors.toMap(AgendaItem::id, AgendaItem::ordinal));
        for (AgendaItem item : m.agenda()) {
            line(out, "item", item.ordinal(), item.title());
            line(out, "minutes", item.minutesHtml());
            item.reports().stream().sorted(Comparator.comparing(AgencyReport::agencyName)
                            .thenComparing(AgencyReport::indicator).thenComparing(AgencyReport::asOf))
                    .forEach(r -> line(out, "report", r.agencyName(), r.indicator(), r.value().toPlainString(),
                            r.unit(), r.asOf()));
            item.decisions().forEach(d -> line(out, "decision", d.ordinal(), d.text()));
        }
        actionItems.stream()
                .sorted(Comparator.comparing((ActionItem a) -> itemOrder.getOrDefault(a.agendaItemId(), 0))
                        .thenComparing(ActionItem::description).thenComparing(a -> a.id().toString()))
                .forEach(a -> line(out, "action", itemOrder.get(a.agendaItemId()), a.description(),
                        a.ownerAgencyName(), a.personInCharge(), a.dueDate()));
        return out.toString();
    }

    private static void line(StringBuilder out, String key, Object... values) {
        out.append(key).append('=');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('|');
            }
            out.append(escape(values[i]));
        }
        out.append('\n');
    }

    private static final Function<String, String> ESCAPE = s -> s.replace("\\", "\\\\").replace("|", "\\|")
            .replace("\n", "\\n").replace("\r", "\\r");

    private static String escape(Object value) {
        return Objects.isNull(value) ? "\\0" : ESCAPE.apply(value.toString());
    }
}
