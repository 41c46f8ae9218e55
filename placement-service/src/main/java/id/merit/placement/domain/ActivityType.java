package id.merit.placement.domain;

/**
 * Kinds of development activity: the training record types of employee-service, plus ROTATION (a job rotation or
 * assignment the 9-box recommends; it earns no JP by default).
 */
public enum ActivityType { DIKLAT, COURSE, SEMINAR, COACHING, MENTORING, ELEARNING, ROTATION }
