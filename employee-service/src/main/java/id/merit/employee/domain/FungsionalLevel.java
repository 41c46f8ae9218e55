package id.merit.employee.domain;

/** Levels of a functional position: keahlian (Ahli ...) and keterampilan (Penyelia ... Pemula). */
public enum FungsionalLevel { AHLI_UTAMA, AHLI_MADYA, AHLI_MUDA, AHLI_PERTAMA, PENYELIA, MAHIR, TERAMPIL, PEMULA }
