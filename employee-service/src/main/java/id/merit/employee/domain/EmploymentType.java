package id.merit.employee.domain;

/** ASN employment: civil servant (PNS) or government employee with a work agreement (PPPK). */
public enum EmploymentType { PNS, PPPK }
