package id.deskpilkada.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a lost or doubled event would leave behind in the modules' own tables, checked by SQL over everything the
 * fault tests' users did (their incidents carry the run's tag in the title, their shipments in the number): each
 * count must be 0. An inbox row proves that a module committed its handling once; these prove that the handling
 * had exactly the effect it should, and that no transaction was half-written (a change without its event, or an
 * event without its change).
 */
final class EffectChecks {

    private static final String REPORTED = "security.IncidentReported";
    private static final String ESCALATED = "security.IncidentEscalated";
    private static final String DISPATCHED = "logistics.ShipmentDispatched";
    private static final String DELAYED = "logistics.ShipmentDelayed";

    /** Whose tag the check's {@code :tag} is: the run's incident titles or its shipment numbers. */
    private enum Subject { INCIDENTS, SHIPMENTS }

    /** A name for the failure message and SQL counting violations, with {@code :since} and {@code :tag}. */
    private record Check(String name, Subject subject, String sql) {
    }

    private static final Pattern PARAMETER = Pattern.compile(":since|:tag");

    private static final List<Check> CHECKS = List.of(
            new Check("incidents without exactly one IncidentReported event", Subject.INCIDENTS, """
                    with events as (select body::jsonb->'payload'->>'incidentId' as id, count(*) as n from plt_outbox
                                    where event_type = '%s' and position > :since group by 1)
                    select count(*) from sec_incident i left join events e on e.id = i.id::text
                    where i.title like :tag and coalesce(e.n, 0) <> 1""".formatted(REPORTED)),
            new Check("IncidentReported events without their incident", Subject.INCIDENTS, """
                    select count(*) from plt_outbox o left join sec_incident i
                      on i.id::text = o.body::jsonb->'payload'->>'incidentId'
                    where o.event_type = '%s' and o.position > :since and i.id is null""".formatted(REPORTED)),
            new Check("incidents whose escalations differ between security, the outbox and the desk", Subject.INCIDENTS, """
                    with events as (select body::jsonb->'payload'->>'incidentId' as id, count(*) as n from plt_outbox
                                    where event_type = '%s' and position > :since group by 1),
                         actions as (select incident_id, count(*) as n from sec_incident_action
                                     where kind = 'ESKALASI' group by 1)
                    select count(*) from sec_incident i
                      left join events e on e.id = i.id::text
                      left join actions a on a.incident_id = i.id
                      left join dsk_incident d on d.incident_id = i.id
                    where i.title like :tag and (d.incident_id is null or coalesce(e.n, 0) <> coalesce(a.n, 0)
                          or d.escalations <> coalesce(a.n, 0))""".formatted(ESCALATED)),
            new Check("incidents rejected in security but not at the desk, or the other way", Subject.INCIDENTS, """
                    select count(*) from sec_incident i join dsk_incident d on d.incident_id = i.id
                    where i.title like :tag and (i.status = 'DITOLAK') <> (d.state = 'DITOLAK')"""),
            new Check("shipment status changes recorded twice", Subject.SHIPMENTS, """
                    select count(*) from (select c.shipment_id, c.to_status from lgs_status_change c
                                          join lgs_shipment s on s.id = c.shipment_id
                                          where s.number like :tag
                                          group by 1, 2 having count(*) > 1) twice"""),
            new Check("dispatched shipments without exactly one ShipmentDispatched event", Subject.SHIPMENTS, """
                    with events as (select body::jsonb->'payload'->>'shipmentId' as id, count(*) as n from plt_outbox
                                    where event_type = '%s' and position > :since group by 1)
                    select count(*) from lgs_shipment s left join events e on e.id = s.id::text
                    where s.number like :tag and s.status in ('DIKIRIM', 'TERTUNDA')
                      and coalesce(e.n, 0) <> 1""".formatted(DISPATCHED)),
            new Check("shipments on the road unknown to security's routes or the desk, or delayed differently", Subject.SHIPMENTS, """
                    select count(*) from lgs_shipment s
                      left join sec_shipment_route r on r.shipment_id = s.id
                      left join dsk_shipment d on d.shipment_id = s.id
                    where s.number like :tag and s.status in ('DIKIRIM', 'TERTUNDA')
                      and (r.shipment_id is null or d.shipment_id is null or d.delayed <> (s.status = 'TERTUNDA'))"""),
            new Check("delays and escalations without exactly one proposed agenda item in the meeting module", Subject.SHIPMENTS, """
                    select count(*) from plt_outbox o
                      left join mtg_proposed_agenda_item p on p.source_event_id = o.event_id
                    where o.event_type in ('%s', '%s') and o.position > :since and p.id is null
                     """.formatted(DELAYED, ESCALATED)));

    static final int COUNT = CHECKS.size();

    private EffectChecks() {
    }

    /**
     * @param since the outbox position before the run's first event
     * @param run   the run's tag in incident titles and shipment numbers
     * @return the checks that found something, with their counts
     */
    static List<String> findDoubleEffects(EventLedger ledger, long since, String run) {
        List<String> failed = new ArrayList<>();
        for (Check check : CHECKS) {
            String tag = check.subject() == Subject.INCIDENTS ? "Uji gangguan " + run + " %" : "FT-" + run + "-%";
            List<Object> parameters = new ArrayList<>();
            Matcher m = PARAMETER.matcher(check.sql());
            StringBuilder sql = new StringBuilder();
            while (m.find()) {
                parameters.add(m.group().equals(":since") ? since : tag);
                m.appendReplacement(sql, "?");
            }
            m.appendTail(sql);
            long found = ledger.single(sql.toString(), parameters.toArray());
            if (found != 0) {
                failed.add(check.name() + ": " + found);
            }
        }
        return failed;
    }
}
