package id.merit.employee.domain;

public enum CompetencyKind { MANAGERIAL, SOCIOCULTURAL, TECHNICAL }
