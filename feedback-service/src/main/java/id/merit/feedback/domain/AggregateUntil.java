package id.merit.feedback.domain;

import java.time.LocalDate;

/**
 * Up to when the public's responses count in the aggregates that leave the service (IKM, public rating,
 * feedback.summary). An aggregate that moves with each submission tells whoever knows when someone submitted (the
 * desk officer who issued their token) what that person answered; counted once a day, it moves by a whole day's
 * responses at once.
 */
public enum AggregateUntil {
    /** The production rule: a response counts from the day after it was submitted (days of merit.feedback.zone). */
    START_OF_DAY,
    /** Every response counts as soon as it is submitted: development, the demo and the e2e suite only. */
    NOW;

    /** The first day whose responses do not count yet, {@code today} being the service desks' day. */
    public LocalDate firstUncountedDay(LocalDate today) {
        return this == NOW ? today.plusDays(1) : today;
    }
}
