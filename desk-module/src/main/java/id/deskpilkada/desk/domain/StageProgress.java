package id.deskpilkada.desk.domain;

/** Stages done out of all of an election's stages: "13 dari 16 tahapan selesai". */
public record StageProgress(int done, int total) {

    /** Whole percent done, rounded down; 0 for an election without stages. */
    public int percent() {
        return total == 0 ? 0 : done * 100 / total;
    }
}
