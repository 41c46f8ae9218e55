package id.merit.employee.domain;

/** Where a training record came from: entered by hr-admin, or imported from the registry (rw-diklat / rw-kursus). */
public enum TrainingSource { MANUAL, REGISTRY }
