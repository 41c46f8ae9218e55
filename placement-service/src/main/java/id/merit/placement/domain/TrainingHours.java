package id.merit.placement.domain;

import java.time.LocalDate;
import java.util.Collection;

/**
 * Hours of competency development in JP (jam pelajaran). Every civil servant is entitled to a minimum per year
 * (20 JP, configuration). An activity counts wholly in the calendar year of its end date: a course from 28 December
 * to 2 January counts in the new year.
 */
public final class TrainingHours {
    private TrainingHours() {
    }

    public record Activity(LocalDate endDate, int hours) {
    }

    public static int yearOf(Activity a) {
        return a.endDate().getYear();
    }

    public static int completed(Collection<Activity> activities, int year) {
        return activities.stream().filter(a -> yearOf(a) == year).mapToInt(Activity::hours).sum();
    }

    public static int shortfall(int completed, int minimum) {
        return Math.max(0, minimum - completed);
    }
}
