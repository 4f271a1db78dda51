package id.deskpilkada.meeting.domain;

/** The kinds of coordination meeting a Pilkada secretariat runs; pages word them from the bundle. */
public enum MeetingType {
    RAKOR, RAKOR_LINTAS_SEKTORAL, DESK_PILKADA_MINGGUAN, RAPAT_EVALUASI, LAINNYA
}
