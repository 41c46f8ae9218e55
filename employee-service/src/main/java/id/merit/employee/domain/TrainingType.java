package id.merit.employee.domain;

/** Kinds of development activity (pengembangan kompetensi) with their Indonesian display labels. */
public enum TrainingType {
    DIKLAT("Diklat"),
    COURSE("Kursus"),
    SEMINAR("Seminar"),
    COACHING("Coaching"),
    MENTORING("Mentoring"),
    ELEARNING("E-learning");

    public final String label;

    TrainingType(String label) {
        this.label = label;
    }
}
